import { checkReportArgument, parseRenderOptions, renderJsonOptionsSchema } from './options.js';
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
 * @throws ConfigError naming the option when an option has a wrong type or value.
 * @throws ValidationError when `report` is not a report model.
 * @example
 * ```ts
 * await writeFile('report.json', renderJson(report));
 * ```
 */
export function renderJson(report: Report, options: RenderJsonOptions = {}): string {
  checkReportArgument(report);
  const { indent } = parseRenderOptions(renderJsonOptionsSchema, options);
  return `${JSON.stringify(report, null, indent ?? 2)}\n`;
}
