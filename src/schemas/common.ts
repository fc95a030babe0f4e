import { isSupportedCountry } from 'libphonenumber-js/max';
import { z } from 'zod';
import { ConfigError, type LeaktraceIssue, ValidationError } from '../errors.js';

/**
 * Characters refused in what the user supplies (ids, subject, source and label names):
 * C0/C1 controls (tab, CR and LF only in free text), the line and paragraph separators
 * U+2028/U+2029 (line breaks to JSON and JavaScript readers), and bidi embedding/override/isolate
 * controls, which make `moc.lapyap` display as `paypal.com` (CVE-2021-42574 "Trojan Source").
 * What came from a contact is evidence and is never refused for them: see {@link evidenceText}.
 */
const CONTROL_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAKS = /[\t\n\r]/u;
/** A UTF-16 surrogate that is not half of a pair (a cut emoji): no Unicode text at all. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/**
 * Invisible format characters (Unicode category Cf: LRM/RLM/ALM, zero-width space and joiners,
 * BOM, soft hyphen, word joiner, tag characters…) and the Hangul fillers, which render as
 * nothing: `Hil\u200Bton` would look like `Hilton`.
 */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
const JOINERS = new Set(['\u200C', '\u200D']);
const SCRIPT_LETTER = /^[\p{L}\p{M}]$/u;
const LATIN_OR_COMMON = /^[\p{Script=Latin}\p{Script=Common}]$/u;

/**
 * Whether a text holds an invisible format character. The zero-width non-joiner and joiner are
 * part of how Persian, Arabic and Indic names are written, so they pass between two letters of
 * such a script; anywhere else (between Latin letters, at an edge) they are refused.
 */
export function hasInvisibleFormat(value: string): boolean {
  const chars = Array.from(value);
  const scriptLetter = (c: string | undefined): boolean =>
    c !== undefined && SCRIPT_LETTER.test(c) && !LATIN_OR_COMMON.test(c);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    INVISIBLE.lastIndex = 0;
    if (!INVISIBLE.test(c)) continue;
    if (JOINERS.has(c) && scriptLetter(chars[i - 1]) && scriptLetter(chars[i + 1])) continue;
    return true;
  }
  return false;
}

/**
 * A string free of controls, bidi overrides, lone surrogates and (on a single line) invisible
 * format characters, `max` characters at most. Multi-line free text (a note, an address) may
 * hold format characters (an emoji sequence's joiner, say), and so may what a contact's sender
 * wrote (`allowInvisible`: a phone number exported with a left-to-right mark). `checked` gives
 * the text the character rules apply to (a phone number's, without the bidi marks that wrap it);
 * the value itself is kept as written.
 */
export function safeText(
  max: number,
  options: { multiline?: boolean; allowInvisible?: boolean; checked?: (value: string) => string } = {},
) {
  const checked = options.checked ?? ((value: string) => value);
  return z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !CONTROL_CHARS.test(checked(value)), {
      message: 'must not contain control characters, line separators or bidi overrides',
      params: { leaktrace: 'control_characters' },
    })
    .refine((value) => !LONE_SURROGATE.test(value), {
      message: 'must not contain a lone UTF-16 surrogate (a cut character)',
      params: { leaktrace: 'lone_surrogate' },
    })
    .refine(
      (value) =>
        options.multiline === true ||
        options.allowInvisible === true ||
        CONTROL_CHARS.test(checked(value)) || // one issue per text: the bidi controls are reported above
        !hasInvisibleFormat(checked(value)),
      {
        message: 'must not contain invisible format characters (zero-width, bidi marks, BOM, fillers)',
        params: { leaktrace: 'invisible_characters' },
      },
    )
    .refine((value) => options.multiline === true || !LINE_BREAKS.test(value), {
      message: 'must be a single line',
      params: { leaktrace: 'control_characters' },
    });
}

/**
 * Text that came from a contact (its content, the name it was addressed as, the sender's
 * name): evidence, kept as it came — controls, bidi overrides, invisible marks and all — and
 * bounded only in size. Matching strips what it must; renderers escape.
 */
export function evidenceText(max: number) {
  return z.string().max(max, { message: `must be at most ${max} characters` });
}

/** A caller-chosen id: 1–200 visible characters. */
export const idSchema = safeText(200).pipe(z.string().min(1, { message: 'must not be empty' }));

/**
 * The earliest and latest instants accepted: 1900-01-01 and 9999-12-31T23:59:59.999Z (ISO 8601
 * four-digit years). Every day count between two accepted instants, in any time zone, is a
 * finite number.
 */
export const INSTANT_RANGE = {
  min: Date.UTC(1900, 0, 1),
  max: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
} as const;

/**
 * Numbers are epoch milliseconds. One whose magnitude is below 100,000,000,000 (1e11) is
 * refused as plausibly epoch seconds: as seconds it is any instant from 1970 to the year 5138,
 * as milliseconds only the first three years of 1970–1973. Give such instants as a `Date` or an
 * ISO string.
 */
export const EPOCH_SECONDS_BOUND = 1e11;

// An ISO 8601 date-time's calendar fields, to tell a day that does not exist from another form.
const ISO_FIELDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/u;
const isoDateTime = z.iso.datetime({ offset: true });

/** An ISO 8601 date-time with a zone; a day or hour that does not exist is said to be one. */
const isoInstant = z.string().superRefine((value, ctx) => {
  if (isoDateTime.safeParse(value).success) return;
  const m = ISO_FIELDS.exec(value);
  const [y, mo, d, h, mi, sec = 0] = (m?.slice(1) ?? []).map((v) =>
    v === undefined ? undefined : Number(v),
  );
  const exists =
    m !== null &&
    mo! >= 1 &&
    mo! <= 12 &&
    d! >= 1 &&
    d! <= new Date(Date.UTC(y!, mo!, 0)).getUTCDate() &&
    h! <= 23 &&
    mi! <= 59 &&
    sec! <= 59;
  ctx.addIssue({
    code: 'custom',
    message:
      m !== null && !exists
        ? 'is not a date that exists (month 1–12, a day of that month, hour 0–23)'
        : 'must be an ISO 8601 date-time with a zone',
    params: { leaktrace: m !== null && !exists ? 'invalid_date' : 'invalid_format' },
  });
});

/**
 * An instant given as a Date, an ISO 8601 string with a zone, or epoch milliseconds (at least
 * {@link EPOCH_SECONDS_BOUND} in magnitude), within {@link INSTANT_RANGE}.
 */
export const instantSchema = z
  .union([
    z.date(),
    isoInstant,
    z
      .number()
      .int()
      .refine((n) => Math.abs(n) >= EPOCH_SECONDS_BOUND, {
        message: 'looks like epoch seconds; give epoch milliseconds, a Date or an ISO string',
        params: { leaktrace: 'epoch_seconds' },
      }),
  ])
  .transform((value, ctx) => {
    const date = new Date(value instanceof Date ? value.getTime() : value);
    const time = date.getTime();
    if (Number.isNaN(time) || time < INSTANT_RANGE.min || time > INSTANT_RANGE.max) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a valid date between 1900-01-01 and 9999-12-31',
        params: { leaktrace: 'invalid_date' },
      });
      return z.NEVER;
    }
    return date;
  });

/** Formats a zod path as `phones.pool[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Maps zod's issues to ours, so zod's types stay out of the public surface. */
export function toIssues(error: z.ZodError): [LeaktraceIssue, ...LeaktraceIssue[]] {
  const issues = error.issues.flatMap((issue): LeaktraceIssue[] => {
    // A misspelt key is named by its own path (`maxLogRows`, `analysis.leakQ`), one issue a key:
    // zod puts the object's path on the issue and the keys in a list.
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
      return issue.keys.map((key) => ({
        code: issue.code,
        path: formatPath([...issue.path, key]),
        message: `Unrecognized key: ${JSON.stringify(key)}`,
      }));
    }
    const custom =
      issue.code === 'custom' ? (issue.params as { leaktrace?: string } | undefined)?.leaktrace : undefined;
    return [{ code: custom ?? issue.code, path: formatPath(issue.path), message: issue.message }];
  });
  return issues as [LeaktraceIssue, ...LeaktraceIssue[]];
}

const joinPath = (path: string, key: string): string =>
  /^\d+$/u.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Finds the field of an input whose reading throws (a throwing getter, a hostile Proxy), so the
 * error can name it: own keys first, then the fields a schema would read.
 */
function unreadablePath(value: unknown, schema: z.ZodType | undefined, path: string, depth = 0): string {
  if (depth > 6 || value === null || (typeof value !== 'object' && typeof value !== 'function')) return path;
  let keys: string[];
  try {
    keys = Reflect.ownKeys(value).filter((k): k is string => typeof k === 'string');
  } catch {
    return path;
  }
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  for (const key of new Set([...keys, ...Object.keys(shape)])) {
    let child: unknown;
    try {
      child = (value as Record<string, unknown>)[key];
    } catch {
      return joinPath(path, key);
    }
    const inner = Object.hasOwn(shape, key) ? shape[key] : undefined;
    try {
      inner?.safeParse(child);
      if (inner === undefined && child !== null && typeof child === 'object') Reflect.ownKeys(child);
    } catch {
      return unreadablePath(child, undefined, joinPath(path, key), depth + 1);
    }
  }
  return path;
}

/**
 * Parses with a schema, throwing our {@link ValidationError} on failure, also when reading the
 * input throws (a getter, a Proxy, a Date whose `getTime` throws): that is a bad input too.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, at = ''): z.output<T> {
  let issues: [LeaktraceIssue, ...LeaktraceIssue[]];
  try {
    // An object schema takes records only: a Date, Map or RegExp has no fields, yet is no input.
    if (schema instanceof z.ZodObject && typeof input === 'object' && input !== null) {
      const tag = Object.prototype.toString.call(input);
      if (tag !== '[object Object]') {
        throw new ValidationError([
          { code: 'invalid_type', path: at, message: `expected an object, received ${tag.slice(8, -1)}` },
        ]);
      }
    }
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    // zod words its messages lazily, reading the input again: inside the guard too.
    issues = toIssues(result.error);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    const path = unreadablePath(input, schema, at);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([{ code: 'unreadable', path, message: `could not be read: ${reason}` }]);
  }
  const under = (path: string): string =>
    path === '' ? at : path.startsWith('[') ? `${at}${path}` : `${at}.${path}`;
  throw new ValidationError(
    at ? (issues.map((i) => ({ ...i, path: under(i.path) })) as typeof issues) : issues,
  );
}

/**
 * Parses options with a schema, throwing a {@link ConfigError} that names the option: for the
 * options of `createTracer()` and the store factories.
 */
export function parseConfig<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  try {
    return parseInput(schema, input);
  } catch (error) {
    const issues = (error as ValidationError).issues;
    throw new ConfigError(error instanceof Error ? error.message.replace(/^\[leaktrace\] /u, '') : '', {
      issues,
    });
  }
}

/** Collects issues found after parsing, to throw them together. */
export class IssueList {
  readonly issues: LeaktraceIssue[] = [];

  add(path: string, code: string, message: string): void {
    this.issues.push({ code, path, message });
  }

  /** Throws a {@link ValidationError} when any issue was added. */
  throwIfAny(): void {
    if (this.issues.length > 0)
      throw new ValidationError(this.issues as [LeaktraceIssue, ...LeaktraceIssue[]]);
  }
}

/** An IANA time zone name the runtime knows, e.g. `Asia/Shanghai`. */
export const timeZoneSchema: z.ZodType<string> = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.length > 0;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone like Asia/Shanghai', params: { leaktrace: 'invalid_time_zone' } },
);

/** An ISO 3166-1 alpha-2 region code that has a telephone numbering plan (`ZZ` has none). */
export const regionSchema = z
  .string()
  .regex(/^[A-Z]{2}$/u, { message: 'must be an ISO 3166 alpha-2 code like CN' })
  .refine((region) => isSupportedCountry(region), {
    message: 'is not a region with a telephone numbering plan',
    params: { leaktrace: 'unknown_region' },
  });
