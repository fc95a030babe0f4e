import { TZDate, tz } from '@date-fns/tz';
import { CsvError, parse as csvParse, type Info } from 'csv-parse';
import { parse as parseDate } from 'date-fns';
import { readText, type TextEncoding } from './_decode.js';
import { fail, type ScanSink } from './importer.js';

/** One CSV row and where it ends in the file. */
export interface CsvRow {
  readonly fields: readonly string[];
  /** The 1-based line the row ends on. */
  readonly line: number;
  /** The 1-based row number, header included. */
  readonly record: number;
}

/**
 * Streams the rows of a CSV file through csv-parse, after the shared decoding (UTF-8 checked,
 * GB18030 chosen or sniffed). A row longer than `maxRecordBytes` characters ends the import:
 * csv-parse cannot skip it without buffering it.
 *
 * @throws ImportError on bad bytes, malformed quoting, or an oversized row.
 */
export async function* csvRows(
  file: string,
  sink: ScanSink,
  options: { encoding: TextEncoding; delimiter?: string | undefined; maxRecordBytes: number },
): AsyncGenerator<CsvRow, void, undefined> {
  const parser = csvParse({
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // A malformed row (a quote inside an unquoted cell: `,=HYPERLINK("x"),`) is reported here,
    // not thrown mid-stream: a stream's error drops the good rows parsed before it.
    skip_records_with_error: true,
    max_record_size: options.maxRecordBytes,
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
  });
  let last = '';
  const pump = (async () => {
    for await (const chunk of readText(file, sink, options.encoding)) {
      if (chunk.text.length > 0) last = chunk.text.slice(-1);
      if (!parser.write(chunk.text)) await new Promise((resolve) => parser.once('drain', resolve));
    }
    parser.end();
  })();
  pump.catch((error: unknown) => parser.destroy(error as Error));
  // The first malformed row: the rows before it are read, then the import ends at its line.
  let malformed: (CsvError & { lines?: number }) | undefined;
  parser.on('skip', (error: CsvError) => {
    malformed ??= error;
  });
  const stop = (csv: CsvError & { lines?: number }): never => {
    const reason =
      csv.code === 'CSV_MAX_RECORD_SIZE'
        ? `a row is longer than ${options.maxRecordBytes} characters`
        : csv.message;
    return fail(file, sink, csv.lines === undefined ? {} : { line: csv.lines }, reason);
  };
  // Rows are yielded one behind, so the last can be refused when the file does not end with a
  // line break: exporters end every row with one, and a cut file ends mid-row.
  let held: CsvRow | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (malformed !== undefined && (malformed.lines === undefined || info.lines >= malformed.lines)) break;
      if (held) yield held;
      held = { fields: record, line: info.lines, record: info.records };
    }
    if (malformed !== undefined) {
      // The row held ended before the malformed one, with its line break.
      if (held && (malformed.lines === undefined || held.line < malformed.lines)) yield held;
      stop(malformed);
    }
    if (held) {
      if (last === '\n' || last === '\r') yield held;
      else sink.reject({ line: held.line, record: held.record }, 'truncated: the last row has no line break');
    }
  } catch (error) {
    if (error instanceof CsvError) stop(error);
    throw error;
  } finally {
    parser.destroy();
  }
  await pump;
}

// A spreadsheet runs a cell starting with = or @ (and + or - not followed by a number).
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s(]))/u;

/** Tells whether an identifying value (number, address, id, date) is a spreadsheet formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA.test(value);
}

const EPOCH = /^\d{10}(?:\d{3})?$/u;
// The calendar part of an ISO-like time: date, then optionally hours, minutes, seconds.
const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/u;

/**
 * Whether a date cell names its instant itself (epoch, or ISO 8601 with a zone), rather than a
 * wall time read in the import's zone.
 */
export function dateIsZoned(value: string, format?: string): boolean {
  const text = value.trim();
  return format === undefined && (EPOCH.test(text) || (!LOCAL.test(text) && ZONED.test(text)));
}

/**
 * Whether the date and time an ISO-like text starts with exist: month 1–12, a day of that month
 * (29 February only in a leap year), hour 0–23, minute and second 0–59. Texts that do not start
 * with a `YYYY-MM-DD` date pass (other readers judge them).
 */
export function calendarValid(text: string): boolean {
  const m = CALENDAR.exec(text);
  if (!m) return true;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? undefined : Number(v))) as [
    number,
    number,
    number,
    number?,
    number?,
    number?,
  ];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth && h <= 23 && mi <= 59 && s <= 59;
}
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/u;
const ZONED = /(?:Z|[+-]\d{2}:?\d{2})$/u;

/**
 * Reads a date cell: with `format` (date-fns tokens, e.g. `dd/MM/yyyy HH:mm`) in `timeZone`;
 * otherwise epoch seconds or milliseconds, ISO 8601 with a zone, or `YYYY-MM-DD HH:mm[:ss]`
 * (Asterisk's form) in `timeZone`.
 *
 * @returns Epoch milliseconds, or undefined when the cell is not a date.
 */
export function readDate(value: string, timeZone: string, format?: string): number | undefined {
  const text = value.trim();
  // `2026-02-30 10:00` or `2026-13-45 99:99` would roll over into another day: a made-up time
  // (before or after a canary's issue) is worse than a rejected row.
  if (format === undefined && !calendarValid(text)) return undefined;
  if (format !== undefined) {
    const date = parseDate(text, format, new Date(0), { in: tz(timeZone) });
    const time = date.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (EPOCH.test(text)) return text.length === 10 ? Number(text) * 1000 : Number(text);
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s, ms] = local.map(Number) as number[];
    const time = new TZDate(y!, mo! - 1, d!, h!, mi!, s || 0, ms || 0, timeZone).getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (ZONED.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}
