import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { idSchema, instantSchema, parseConfig } from '../schemas/common.js';
import { REGULATORS } from './letters/regulators.js';
import { SCHEMA_VERSION } from './report-schema.js';

/**
 * The options of every renderer of `leaktrace/report`, as zod schemas: a wrong type or value is a
 * `ConfigError` whose `path` names the option (`maxLogRows`), never a raw `TypeError` deep in a
 * renderer. Unknown keys are refused too, so a misspelt option is not silently ignored.
 */

/** A report language. */
export const localeOption = z.enum(['en', 'zh-CN']);

/** A bound on rows or characters: a whole number from 0 to ten million. */
const bound = z.number().int().min(0).max(10_000_000);

/** Options of `renderHtml`. */
export const renderHtmlOptionsSchema = z.strictObject({
  locale: localeOption.optional(),
  maxLogRows: bound.optional(),
  maxActorRows: bound.optional(),
  maxTextLength: bound.min(1).optional(),
});

/** Options of `renderMarkdown`. */
export const renderMarkdownOptionsSchema = z.strictObject({
  locale: localeOption.optional(),
  maxLogRows: bound.optional(),
  maxActorRows: bound.optional(),
});

/** Options of `renderCsv`. */
export const renderCsvOptionsSchema = z.strictObject({
  table: z.enum(['findings', 'contacts', 'actors', 'cases']).optional(),
  locale: localeOption.optional(),
});

/** Options of `renderJson`. */
export const renderJsonOptionsSchema = z.strictObject({
  indent: z.number().int().min(0).max(10).optional(),
});

/** Options of `renderLetter`. */
export const letterOptionsSchema = z.strictObject({
  to: z.enum(['source', 'regulator']),
  sourceId: idSchema,
  law: z.enum(['PIPL', 'GDPR', 'CCPA']),
  locale: localeOption.optional(),
  regulator: z.enum(REGULATORS).optional(),
  subjectId: idSchema.optional(),
  date: instantSchema.optional(),
  kind: z.enum(['request', 'reminder']).optional(),
  // A number; its range is the reminder's to check (`reminderDays`, `invalid`).
  reminderDays: z.number().optional(),
});

/**
 * Parses a renderer's options: `undefined` is no options; anything else must match the schema.
 *
 * @throws ConfigError naming the option when it does not.
 */
export function parseRenderOptions<T extends z.ZodType>(schema: T, options: unknown): z.output<T> {
  return parseConfig(schema, options === undefined ? {} : options);
}

/**
 * Checks, cheaply, that a renderer was given a report model: an object of this schema version
 * with its lists. The full check is `parseReport()`; a model from `buildReport()` is checked
 * there already, and every renderer trusts its fields.
 *
 * @throws ValidationError (path `report…`) when it is not one.
 */
export function checkReportArgument(report: unknown): void {
  const fail = (path: string, message: string): never => {
    throw new ValidationError([{ code: 'invalid_type', path, message }]);
  };
  if (typeof report !== 'object' || report === null || Array.isArray(report))
    fail('report', 'expected the report model from buildReport()');
  let r: Record<string, unknown> = {};
  try {
    r = { ...(report as Record<string, unknown>) };
  } catch (error) {
    fail('report', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (r.schemaVersion !== SCHEMA_VERSION)
    fail(
      'report.schemaVersion',
      `expected ${SCHEMA_VERSION}: read older or outside models with parseReport()`,
    );
  for (const key of ['subjects', 'sources', 'canaries', 'contacts', 'actors', 'brokers', 'weeks'] as const)
    if (!Array.isArray(r[key])) fail(`report.${key}`, 'expected a list');
}

/**
 * Checks that a text argument is a string.
 *
 * @throws ValidationError naming the argument when it is not.
 */
export function checkText(text: unknown, name = 'text'): asserts text is string {
  if (typeof text !== 'string')
    throw new ValidationError([
      { code: 'invalid_type', path: name, message: `expected a string, received ${typeOf(text)}` },
    ]);
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
