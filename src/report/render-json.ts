import type { Report } from './report-schema.js';

/** Options of {@link renderJson}. */
export interface RenderJsonOptions {
  /** Spaces of indentation; 2 when omitted, 0 for one line (the smallest file). */
  readonly indent?: number;
}

/**
 * Renders a report as JSON: the model itself, which `parseReport()` reads back unchanged and
 * `leaktrace/report/schema.json` describes.
 *
 * @param report - The report model from `buildReport()`.
 * @param options - Indentation.
 * @returns JSON text.
 * @example
 * ```ts
 * await writeFile('report.json', renderJson(report));
 * ```
 */
export function renderJson(report: Report, options: RenderJsonOptions = {}): string {
  return `${JSON.stringify(report, null, options.indent ?? 2)}\n`;
}
