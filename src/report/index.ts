/**
 * @module leaktrace/report
 *
 * Leak reports and letters. `buildReport()` gathers a tracer's subjects, sources, canaries,
 * contacts and analysis into one plain, versioned, JSON-safe model (validated with zod, published
 * as JSON Schema in `leaktrace/report/schema.json`); every renderer — HTML, Markdown, JSON, CSV,
 * letters — is a pure function of that model.
 */

export { type BuildReportOptions, buildReport } from './build-report.js';
export { escapeHtml, html, isSafeHtml, raw, type SafeHtml } from './html/escape.js';
export { type RenderHtmlOptions, renderHtml } from './html/render-html.js';
export { type LetterOptions, type Regulator, renderLetter } from './letters/render-letter.js';
export type { ReportStrings } from './locales/en.js';
export { type CsvTable, findingBasis, type RenderCsvOptions, renderCsv } from './render-csv.js';
export { type RenderJsonOptions, renderJson } from './render-json.js';
export {
  fromMarkdownText,
  markdownText,
  type RenderMarkdownOptions,
  renderMarkdown,
} from './render-markdown.js';
export {
  type Law,
  parseReport,
  type Report,
  type ReportActor,
  type ReportCanary,
  type ReportCase,
  type ReportContact,
  type ReportSource,
  reportJsonSchema,
  reportSchema,
  SCHEMA_VERSION,
} from './report-schema.js';
export { fromVisible, visible } from './visible.js';
