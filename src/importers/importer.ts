import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { z } from 'zod';
import { FUTURE_TOLERANCE_MS } from '../_internal/clock.js';
import { ConfigError, ImportError, isValidationError } from '../errors.js';
import { parseConfig, regionSchema } from '../schemas/common.js';
import { type ContactInput, DEFAULT_CONTENT_LIMIT, prepareContact } from '../schemas/contact.js';
import { notAnExport } from './_file-signature.js';

/** One record an importer could not turn into a contact, and where it sits in the file. */
export interface ImportRejection {
  /** The file read. */
  readonly file: string;
  /** The 1-based line the record starts on, when the format has lines. */
  readonly line?: number;
  /** The 1-based record number (element, row or message) in the file. */
  readonly record?: number;
  /** The 0-based byte offset, for encoding errors. */
  readonly offset?: number;
  /** Why the record was rejected. */
  readonly reason: string;
  /**
   * What kind of rejection it is, for a program to act on, when it is one of the typed kinds:
   * `future_time`, a time after `latest` (read in the wrong time zone, most likely);
   * `past_time`, a time before `earliest` (a two-digit year in the wrong century, a wrong
   * `dateFormat`).
   */
  readonly code?: ImportRejectionCode;
}

/**
 * The typed kinds of {@link ImportRejection}: `future_time` (a time after `latest`), `past_time`
 * (a time before `earliest`), `nonexistent_time` (a local time the zone skips when summer time
 * begins), `ambiguous_time` (a local time the zone passes twice when it ends; the reason names
 * both instants).
 */
export type ImportRejectionCode = 'future_time' | 'past_time' | 'nonexistent_time' | 'ambiguous_time';

/** The rejection code of a refused date cell, when it has one. */
export function dateProblemCode(problem: unknown): ImportRejectionCode | undefined {
  return problem === 'nonexistent_time' || problem === 'ambiguous_time' ? problem : undefined;
}

/** How far past the clock a record's time may lie (clock skew between phone, server and you). */
export { FUTURE_TOLERANCE_MS } from '../_internal/clock.js';

/**
 * A record an importer skipped on purpose (not an error), so that every record read is accounted
 * for: yielded, rejected (`onReject`) or skipped (`onSkip`). The person's own outgoing call or
 * text (`outgoing`: a call she made, a text she sent, drafted or queued), or a caller of the person's own circle in a phone backup (`saved_contact`: the
 * phone has a name for it; `called_by_owner`: the owner called or texted it).
 */
export interface ImportSkip {
  /** The file read. */
  readonly file: string;
  /** The 1-based line the record starts on, when the format has lines. */
  readonly line?: number;
  /**
   * Why it was skipped: `outgoing` the person's own call or text out; `saved_contact` /
   * `called_by_owner` the person's circle (Android); `not_a_line` a call log's row that reached
   * no phone number (a PBX extension, a feature code, Asterisk's `s`/`h`/`i`/`t` extensions);
   * `other_line` a row to a number not among the lines watched (Asterisk `dids`).
   */
  readonly code: 'outgoing' | 'saved_contact' | 'called_by_owner' | 'not_a_line' | 'other_line';
  /** The other party, when the record names one. */
  readonly from?: string;
  /** `not_a_line`, `other_line`: the number or extension the record reached. */
  readonly to?: string;
  /** `saved_contact`: the name the phone saved the other party under. */
  readonly name?: string;
}

/** A record whose time was written without a zone, and so read in the import's `timeZone`. */
export interface ImportZonelessTime {
  /** The file read. */
  readonly file: string;
  /** The 1-based line the record starts on, when the format has lines. */
  readonly line?: number;
  /** The 1-based record number in the file, when the format counts them. */
  readonly record?: number;
}

/** Options every file importer takes. */
export interface ImportOptions {
  /** The function called with each rejected record (the import goes on). */
  readonly onReject?: (rejection: ImportRejection) => void;
  /** The function called with each record skipped on purpose (see {@link ImportSkip}). */
  readonly onSkip?: (skip: ImportSkip) => void;
  /**
   * The function called with each record whose time names no zone (a CSV cell
   * `2026-11-20 09:15`, an Asterisk `start`), read in the importer's `timeZone`: a summary can
   * say which zone was assumed, and only when one was. A time in epoch milliseconds or with `Z`
   * or an offset is never reported. Called once per record, also when `strict` reads twice.
   */
  readonly onZonelessTime?: (record: ImportZonelessTime) => void;
  /**
   * The whole file is checked first and nothing is yielded if any record is bad: the import
   * then throws an {@link ImportError} naming the first problem (every one goes to `onReject`).
   * Consume it with `tracer.recordMany(…, { atomic: true })` (the CLI's `--strict` does) so
   * that nothing is written either when the tracer refuses a record the file check accepted or
   * the file changes while it is read.
   */
  readonly strict?: boolean;
  /** The region national numbers are read in while checking records; `CN` when omitted. */
  readonly region?: string;
  /** The most characters of content a record may carry; the tracer's default when omitted. */
  readonly contentLimit?: number;
  /** The most bytes one record may span before it is rejected unread; 4 MiB when omitted. */
  readonly maxRecordBytes?: number;
  /**
   * Each record is checked as `tracer.record()` checks it, so a bad one is reported with its
   * line; `true` when omitted. `false` skips it (a third of the cost on unique numbers):
   * `recordMany()` still refuses bad records, by index only. `strict` always checks.
   */
  readonly check?: boolean;
  /**
   * The latest time a record may carry; a later one is rejected with code `future_time` (a
   * server's local time read as UTC lands hours ahead). Now plus 15 minutes when omitted (clock
   * skew); `null` accepts any time (simulated logs).
   */
  readonly latest?: Date | null;
  /**
   * The earliest time a record may carry; an earlier one is rejected with code `past_time` (a
   * date decades before the person started watching is a misread date: `17.11.26` read as 1926,
   * a day-month swap, a wrong format). No bound when omitted or `null`; the CLI passes 30 years
   * before the person's store was set up.
   */
  readonly earliest?: Date | null;
}

/**
 * The present an import reads relative dates against (the window of two-digit years): `latest`
 * less the clock-skew tolerance when given, else the system clock.
 *
 * @param options - The import's options.
 * @returns Epoch milliseconds.
 */
export function presentOf(options: Pick<ImportOptions, 'latest'>): number {
  const latest = options.latest?.getTime();
  return latest === undefined || Number.isNaN(latest) ? Date.now() : latest - FUTURE_TOLERANCE_MS;
}

/** An importer: reads a file into contact inputs, reporting bad records as it goes. */
export type Importer<O extends ImportOptions = ImportOptions> = (
  path: string,
  options: O,
) => AsyncIterable<ContactInput>;

/** The record-level callbacks a format scanner reports to. */
export interface ScanSink {
  /** Reports a bad record; the scan goes on. */
  reject(
    where: { line?: number; record?: number; offset?: number },
    reason: string,
    code?: ImportRejectionCode,
  ): void;
  /** Reports a record skipped on purpose (`onSkip`: once, also when `strict` reads twice). */
  skip(skip: ImportSkip): void;
}

/** A format scanner: yields candidate contacts with where they came from. */
export type Scan = (sink: ScanSink) => AsyncIterable<ScannedRecord>;

/** A contact candidate and its position, before the shared checks. */
export interface ScannedRecord {
  readonly contact: ContactInput;
  readonly line?: number;
  readonly record?: number;
  /** Its time was written without a zone and read in the import's zone. */
  readonly zoneless?: boolean;
}

/** Records over this many bytes are rejected unread: 4 MiB holds any real SMS, CDR or row. */
export const DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;

/**
 * Runs a scanner under the rules every importer shares: each candidate is checked as
 * `tracer.record()` would check it (so a bad record is reported here with its line, not later
 * by index), bad records go to `onReject`, and `strict` reads the whole file once before
 * yielding anything (and throws at a record that turned bad in between: the file changed).
 * A strict import writes nothing when consumed by `recordMany(…, { atomic: true })`.
 *
 * @param file - The path, for rejections.
 * @param options - The shared options.
 * @param scan - The format's scanner; called twice in strict mode.
 * @returns The valid contacts.
 * @throws ImportError in strict mode when any record is bad, or when the scanner fails.
 */
export async function* runImport(
  file: string,
  options: ImportOptions,
  scan: Scan,
): AsyncGenerator<ContactInput, void, undefined> {
  checkPath(file);
  const region = options.region ?? 'CN';
  const contentLimit = options.contentLimit ?? DEFAULT_CONTENT_LIMIT;
  const latest =
    options.latest === null
      ? Number.POSITIVE_INFINITY
      : (options.latest?.getTime() ?? Date.now() + FUTURE_TOLERANCE_MS);
  if (Number.isNaN(latest)) throw new ConfigError('latest: must be a valid Date or null');
  const earliest = options.earliest?.getTime() ?? Number.NEGATIVE_INFINITY;
  const check = (item: ScannedRecord, sink: ScanSink): boolean => {
    let at: Date;
    try {
      at = prepareContact(item.contact, region, contentLimit).contact.at;
    } catch (error) {
      if (!isValidationError(error)) throw error;
      sink.reject(where(item), error.message.replace(/^\[leaktrace\] /u, ''));
      return false;
    }
    if (at.getTime() > latest) {
      sink.reject(where(item), futureReason(at, latest), 'future_time');
      return false;
    }
    if (at.getTime() < earliest) {
      sink.reject(where(item), pastReason(at, earliest), 'past_time');
      return false;
    }
    return true;
  };
  if (options.strict) {
    const rejections: ImportRejection[] = [];
    const sink: ScanSink = {
      reject: (at, reason, code) => rejections.push({ file, ...at, reason, ...(code ? { code } : {}) }),
      // The checking pass says nothing of skips: the pass that yields does.
      skip: () => undefined,
    };
    try {
      for await (const item of scan(sink)) check(item, sink);
    } catch (error) {
      for (const r of rejections) options.onReject?.(r);
      throw error;
    }
    if (rejections.length > 0) {
      for (const r of rejections) options.onReject?.(r);
      const first = rejections[0]!;
      throw new ImportError(
        first,
        `${rejections.length} bad record(s), nothing imported; first: ${describe(first)}`,
      );
    }
  }
  // Strict: the first pass found every record good, so a bad one now means the file changed
  // between the passes; stop there (a consumer importing with `recordMany(…, { atomic: true })`
  // then writes nothing at all).
  const sink: ScanSink = options.strict
    ? {
        reject: (at, reason) => {
          throw new ImportError(
            { file, ...at },
            `the file changed while it was imported (${describe({ ...at, reason })}); import it again`,
          );
        },
        skip: (s) => options.onSkip?.(s),
      }
    : {
        reject: (at, reason, code) => options.onReject?.({ file, ...at, reason, ...(code ? { code } : {}) }),
        skip: (s) => options.onSkip?.(s),
      };
  const checking = options.check !== false || options.strict === true;
  for await (const item of scan(sink)) {
    if (item.zoneless) options.onZonelessTime?.({ file, ...where(item) });
    if (!checking || check(item, sink)) yield item.contact;
  }
}

/** `at: 1926-11-17T13:03:00.000Z is 70 years before 1996-…: …` */
function pastReason(at: Date, earliest: number): string {
  const years = Math.floor((earliest - at.getTime()) / (365.2425 * 86_400_000));
  const span = years >= 1 ? `${years} year${years === 1 ? '' : 's'} ` : '';
  return `at: ${at.toISOString()} is ${span}before ${new Date(earliest).toISOString().slice(0, 10)}, the earliest date this import accepts: a two-digit year read in the wrong century, or the wrong date format? (check dateFormat, --date-format)`;
}

/** `at: 2026-11-29T23:30:00.000Z is 7.2 hours in the future: …` */
function futureReason(at: Date, latest: number): string {
  const ahead = (at.getTime() - (latest === Number.POSITIVE_INFINITY ? Date.now() : latest)) / 3_600_000;
  const span = ahead >= 48 ? `${Math.round(ahead / 24)} days` : `${Math.max(ahead, 0.1).toFixed(1)} hours`;
  return `at: ${at.toISOString()} is ${span} in the future: a local time read in the wrong time zone? (give the file's zone: timeZone, --time-zone)`;
}

function where(item: ScannedRecord): { line?: number; record?: number } {
  return {
    ...(item.line === undefined ? {} : { line: item.line }),
    ...(item.record === undefined ? {} : { record: item.record }),
  };
}

/** `line 12 (record 3): reason`, for messages. */
export function describe(r: Omit<ImportRejection, 'file'>): string {
  const at = [
    r.line === undefined ? '' : `line ${r.line}`,
    r.record === undefined ? '' : `record ${r.record}`,
    r.offset === undefined ? '' : `byte ${r.offset}`,
  ].filter(Boolean);
  return `${at.join(', ')}${at.length ? ': ' : ''}${r.reason}`;
}

/**
 * A stable contact id from the parts that identify a record in its source, so re-importing
 * the same file (or an overlapping later export) adds nothing.
 *
 * @param prefix - The format, e.g. `android-sms`.
 * @param parts - The identifying values.
 * @returns `prefix:` and 128 bits of SHA-256 in base64url.
 */
export function stableId(prefix: string, parts: readonly (string | number | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part === undefined ? '\u0000' : String(part)}\u0001`);
  return `${prefix}:${hash.digest('base64url').slice(0, 22)}`;
}

/** Throws the {@link ImportError} for a fatal problem after reporting it as a rejection. */
export function fail(
  file: string,
  sink: ScanSink,
  at: { line?: number; record?: number; offset?: number },
  reason: string,
): never {
  sink.reject(at, reason);
  throw new ImportError({ file, ...at }, describe({ ...at, reason }));
}

/**
 * Checks a positive integer option.
 *
 * @throws ConfigError when it is not one.
 */
export function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name}: must be a positive integer`);
  return n;
}

/**
 * Checks an importer's path: a non-empty string.
 *
 * @throws ConfigError when it is not one.
 */
export function checkPath(path: unknown): asserts path is string {
  if (typeof path !== 'string' || path.length === 0)
    throw new ConfigError('path: must be a file path (a non-empty string)');
}

/**
 * Reads an importer's options once into a plain copy (and its plain nested objects, such as
 * `columns`), so a throwing getter or Proxy is a {@link ConfigError} here, never a raw error
 * later. `undefined` reads as no options.
 *
 * @throws ConfigError when the options are not an object or cannot be read.
 */
export function readOptions<O extends object>(options: unknown): O {
  if (options === undefined) return {} as O;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new ConfigError('options: must be an object');
  const copy = (value: object, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        depth < 2 &&
        inner !== null &&
        typeof inner === 'object' &&
        !Array.isArray(inner) &&
        !(inner instanceof Date)
          ? copy(inner, depth + 1)
          : inner;
    }
    return out;
  };
  try {
    return copy(options, 0) as O;
  } catch (error) {
    throw new ConfigError(
      `options: could not be read: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Checks that a file can be read before it is opened, so a missing one is an {@link ImportError}
 * naming it, never a raw `ENOENT`; and that it is a regular file (or a link to one): a folder,
 * FIFO, socket or device is refused before it is opened, so a named pipe never blocks the
 * import and `/dev/zero` is never read for ever.
 *
 * @throws ImportError when the file is missing, cannot be read, or is not a regular file.
 */
export async function checkReadable(file: string): Promise<void> {
  const refuse = (reason: string, error?: unknown): ImportError =>
    new ImportError({ file }, reason, error === undefined ? undefined : { cause: error });
  let stats: Stats;
  try {
    stats = await stat(file);
    await access(file, constants.R_OK);
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    if (code === 'ENOENT') throw refuse('no such file', error);
    if (code === 'ENOTDIR') throw refuse('no such file (a part of the path is a file, not a folder)', error);
    throw refuse(`cannot be read (${String(code ?? error)})`, error);
  }
  if (stats.isFile()) {
    const reason = await notAnExport(file, stats.size);
    if (reason !== undefined) throw refuse(reason);
    return;
  }
  const kind = stats.isDirectory()
    ? 'a folder'
    : stats.isFIFO()
      ? 'a FIFO (named pipe)'
      : stats.isSocket()
        ? 'a socket'
        : 'a device';
  throw refuse(`is ${kind}, not a file`);
}

const callback = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
  message: 'must be a function',
});

/** The zod shape of {@link ImportOptions}, for each importer's own option schema to extend. */
export const importOptionsShape = {
  onReject: callback.optional(),
  onSkip: callback.optional(),
  onZonelessTime: callback.optional(),
  strict: z.boolean().optional(),
  region: regionSchema.optional(),
  contentLimit: z.number().int().positive().optional(),
  maxRecordBytes: z.number().int().positive().optional(),
  check: z.boolean().optional(),
  latest: z
    .union([z.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date'), z.null()])
    .optional(),
  earliest: z
    .union([z.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date'), z.null()])
    .optional(),
};

/** A callback option (`onReject`, `onSkip`): a function. */
export const callbackOption = callback;

/**
 * Checks an importer's options against its schema after reading them once (a throwing getter or
 * Proxy is refused here): a {@link ConfigError} whose message and `path` name the option
 * (`ownDomains: expected array, received string`), never a raw TypeError later.
 *
 * @param schema - The importer's option schema (built on {@link importOptionsShape}).
 * @param options - The options as given; `undefined` reads as `{}`.
 * @returns The options as given (unknown keys kept, for {@link readContacts}' shared bag).
 * @throws ConfigError naming the first bad option.
 */
export function checkOptions<O extends object>(schema: z.ZodObject, options: unknown): O {
  const plain = readOptions<O>(options);
  parseConfig(schema.loose(), plain);
  return plain;
}
