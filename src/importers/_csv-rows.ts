import { TZDate, tz } from '@date-fns/tz';
import { type CastingContext, CsvError, parse as csvParse, type Info } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { parse as parseDate } from 'date-fns';
import { CsvRowGuard, OVERSIZED_ROW } from './_csv-row-guard.js';
import { latinDayPeriod } from './_day-period.js';
import { readText, type TextEncoding } from './_decode.js';
import { fail, type ScanSink } from './importer.js';

/** Why the rows of a CSV end early: csv-parse's error, or a quote in an unquoted cell. */
type Malformed = { readonly code: string; readonly message: string; readonly lines?: number | undefined };

/** One CSV row and where it ends in the file. */
export interface CsvRow {
  readonly fields: readonly string[];
  /**
   * The 1-based physical line the row starts on (a quoted cell may run over several lines; a
   * CRLF is one line break, as an editor shows it).
   */
  readonly line: number;
  /** The 1-based row number, header included. */
  readonly record: number;
}

/**
 * Streams the rows of a CSV file through csv-parse, after the shared decoding (UTF-8 checked,
 * GB18030 chosen or sniffed). A row longer than `maxRecordBytes` characters is rejected alone
 * (kept from csv-parse by {@link CsvRowGuard}, whose own limit error would end the parse); the
 * rows after it are read.
 *
 * @throws ImportError on bad bytes, malformed quoting, or an oversized header row (`header`).
 */
export async function* csvRows(
  file: string,
  sink: ScanSink,
  options: {
    encoding: TextEncoding;
    delimiter?: string | undefined;
    maxRecordBytes: number;
    /** The first row names the columns: over the limit, it ends the import. */
    header: boolean;
    /** The column names the file is read for, which tell its encoding when sniffed. */
    expected?: readonly string[];
  },
): AsyncGenerator<CsvRow, void, undefined> {
  const chunks = readText(file, sink, options.encoding, options.expected)[Symbol.asyncIterator]();
  // The head of the file, for the delimiter: enough lines to compare rows, or the whole file.
  let head = '';
  let ended = false;
  // Bad bytes in the head end the import after the rows before them, as anywhere else.
  let headError: unknown;
  try {
    while (head.length < SNIFF_CHARS && (head.match(/\n/gu)?.length ?? 0) < SNIFF_LINES) {
      const next = await chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      head += next.value.text;
    }
  } catch (error) {
    headError = error;
    ended = true;
  }
  const layout = csvLayout(head, ended, options.delimiter);
  // The first malformed row (listened for before the first write, which parses at once): the rows before it are read, then the import ends at its line.
  let malformed: Malformed | undefined;
  const parser = csvParse({
    info: true,
    // The row as written, to count its physical lines: csv-parse's own `info.lines` is where a
    // row ends, and counts a CRLF inside a quoted cell as two lines.
    raw: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // A malformed row is reported here, not thrown mid-stream: a stream's error drops the good
    // rows parsed before it.
    skip_records_with_error: true,
    // A quote inside an unquoted cell is let through to `cast`, which reads Excel's text cell
    // (`="+4930123456"`) and stops the import at any other (`,=HYPERLINK("x"),`).
    relax_quotes: true,
    cast: (value: string, context: CastingContext) => {
      const text = excelText(value);
      if (text !== undefined) return text;
      if (!context.quoting && value.includes('"'))
        malformed ??= {
          code: 'INVALID_OPENING_QUOTE',
          message: `a quote inside the unquoted cell ${context.index + 1}, ${JSON.stringify(value.slice(0, 40))}: quote the cell, or export the file again`,
          lines: context.lines,
        };
      return value;
    },
    max_record_size: options.maxRecordBytes,
    delimiter: layout.delimiter,
    // Excel's `sep=;` line names the delimiter; it is no row.
    ...(layout.sepLine ? { from_line: 2 } : {}),
  });
  const guard = new CsvRowGuard(layout.delimiter, options.maxRecordBytes);
  let last = '';
  parser.on('skip', (error: CsvError) => {
    malformed ??= error;
  });
  const pump = (async () => {
    const write = async (text: string): Promise<void> => {
      if (text.length > 0) last = text.slice(-1);
      if (!parser.write(text)) await new Promise((resolve) => parser.once('drain', resolve));
    };
    await write(guard.push(head));
    if (headError !== undefined) throw headError;
    if (!ended)
      for (let next = await chunks.next(); !next.done; next = await chunks.next())
        await write(guard.push(next.value.text));
    await write(guard.end());
    parser.end();
  })();
  pump.catch((error: unknown) => parser.destroy(error as Error));
  const tooLong = `a row is longer than ${options.maxRecordBytes} characters`;
  const stop = (csv: Malformed): never => {
    const reason = csv.code === 'CSV_MAX_RECORD_SIZE' ? tooLong : csv.message;
    return fail(file, sink, csv.lines === undefined ? {} : { line: csv.lines }, reason);
  };
  // Rows are yielded one behind, so the last can be refused when the file does not end with a
  // line break: exporters end every row with one, and a cut file ends mid-row.
  let held: (CsvRow & { readonly end: number }) | undefined;
  // Physical lines read before the current row: Excel's `sep=` line, then every row's own.
  const lines = new PhysicalLines(layout.sepLine ? 1 : 0);
  try {
    for await (const { record, info, raw } of parser as AsyncIterable<{
      record: string[];
      info: Info;
      raw: string;
    }>) {
      if (malformed !== undefined && (malformed.lines === undefined || info.lines >= malformed.lines)) break;
      if (held) yield held;
      held = undefined;
      const line = lines.next(raw);
      if (record.length === 1 && record[0]!.startsWith(OVERSIZED_ROW)) {
        // The header names every column: without it no row can be read.
        if (options.header && info.records === 1) fail(file, sink, { line }, tooLong);
        sink.reject({ line, record: info.records }, tooLong);
        continue;
      }
      held = { fields: record, line, record: info.records, end: info.lines };
    }
    if (malformed !== undefined) {
      // The row held ended before the malformed one, with its line break.
      if (held && (malformed.lines === undefined || held.end < malformed.lines)) yield held;
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

/**
 * Counts physical lines through the rows csv-parse reads, from each row's raw text: a row's
 * leading line breaks are the empty lines skipped before it, and each of CRLF, LF and a lone CR
 * ends one line (csv-parse leaves the LF of a row's closing CRLF out of its raw text).
 */
class PhysicalLines {
  #before: number;

  constructor(before: number) {
    this.#before = before;
  }

  /** The 1-based line the row whose raw text this is starts on. */
  next(raw: string): number {
    const empty = /^(?:\r\n|\r|\n)*/u.exec(raw)![0];
    const start = this.#before + lineBreaks(empty) + 1;
    this.#before += lineBreaks(raw);
    return start;
  }
}

/** The line breaks in a text, a CRLF counted once. */
function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/gu)?.length ?? 0;
}

const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 20;
/** The delimiters a CSV export uses: comma, semicolon (German and other decimal-comma locales, FRITZ!Box), tab, pipe. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
// Excel's text cell: a formula whose value is one string literal (`="+4930123456"`, quotes
// inside doubled), which exporters write so a spreadsheet keeps a number's `+` and leading zeros
// (Microsoft, "Formula operators": a text literal is "quoted text"; its value is the text).
const EXCEL_TEXT = /^="((?:[^"]|"")*)"$/u;

/**
 * The text of a cell written as Excel's text formula (`="+4930123456"` is `+4930123456`, `="a""b"`
 * is `a"b`), whether the CSV quoted the cell or not; undefined for any other cell.
 */
export function excelText(cell: string): string | undefined {
  const m = EXCEL_TEXT.exec(cell.trim());
  return m ? m[1]!.replaceAll('""', '"') : undefined;
}

const SEP_LINE = /^\uFEFF?sep=(.)\r?\n/u;

/**
 * How a CSV file is laid out: its delimiter, and whether it opens with Excel's `sep=` line.
 * An explicit delimiter wins; otherwise the `sep=` line's; otherwise each usual delimiter is
 * tried on the file's first lines with csv-parse itself (quotes honoured), and the one that
 * splits the header into the most columns with the most rows of that width is chosen (a comma
 * when none splits anything).
 *
 * @param head - The file's first characters.
 * @param whole - `head` is the whole file (its last line is complete).
 * @param given - The delimiter the caller named, if any.
 * @returns The delimiter and whether line 1 is a `sep=` line.
 */
export function csvLayout(
  head: string,
  whole: boolean,
  given?: string | undefined,
): { delimiter: string; sepLine: boolean } {
  const sep = SEP_LINE.exec(head);
  if (given !== undefined) return { delimiter: given, sepLine: sep !== null };
  if (sep) return { delimiter: sep[1]!, sepLine: true };
  // Only complete lines: a cut one would miscount its cells.
  const cut = whole ? head.length : head.lastIndexOf('\n') + 1;
  const sample = head.slice(0, cut > 0 ? cut : head.length);
  let best: { delimiter: string; columns: number; rows: number } = { delimiter: ',', columns: 1, rows: 0 };
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parseSync(sample, {
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
      }) as string[][];
    } catch {
      continue;
    }
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    const alike = rows.filter((r) => r.length === columns).length;
    if (alike > best.rows || (alike === best.rows && columns > best.columns))
      best = { delimiter, columns, rows: alike };
  }
  return { delimiter: best.delimiter, sepLine: false };
}

/**
 * The header row's cells of a CSV whose first characters are `head`, split as the import splits
 * them (the delimiter of {@link csvLayout}, quotes honoured, a `sep=` line and a byte order mark
 * skipped), trimmed, empty ones left out.
 *
 * @param head - The file's first characters.
 * @param given - The delimiter the caller named, if any.
 * @returns The header's cells, in order.
 */
export function headerCells(head: string, given?: string): string[] {
  const { delimiter, sepLine } = csvLayout(head, false, given);
  let rows: string[][];
  try {
    rows = parseSync(head.replace(/^\uFEFF/u, ''), {
      delimiter,
      from_line: sepLine ? 2 : 1,
      to_line: sepLine ? 2 : 1,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch {
    return [];
  }
  return (rows[0] ?? []).map((c) => c.trim()).filter(Boolean);
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
 * Whether a date cell is a wall time, read in the import's zone because it names none: ISO
 * 8601's `2026-11-20 09:15` (or year-first `2026/11/20 09:15`), or any cell read with a format
 * that has no zone token. Epoch time and ISO 8601 with `Z` or an offset name their instant.
 */
export function dateIsWallTime(value: string, format?: string): boolean {
  if (format !== undefined) return !ZONE_TOKEN.test(format.replace(QUOTED, ''));
  return LOCAL.test(isoFromYearFirst(value.trim()));
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
 * Why a date cell was refused: it is no date (`invalid`), a local time the zone skips
 * (`nonexistent_time`), or one it passes twice (`ambiguous_time`: the repeated hour when summer
 * time ends, 01:30 on 1 November 2026 in Los Angeles is 08:30Z and 09:30Z).
 */
export type DateProblem = 'invalid' | 'nonexistent_time' | 'ambiguous_time';

/** The shifts a zone's clocks make (Lord Howe's 30 minutes, the usual hour, wartime's two). */
const CLOCK_SHIFTS_MS = [30, 60, 120].map((m) => m * 60_000);

/**
 * Both instants of a wall time the zone passes twice, earlier first, or undefined when it passes
 * it once. `time` is one of its instants (either).
 *
 * @param time - An instant of the wall time.
 * @param timeZone - The IANA zone.
 * @returns `[earlier, later]`, or undefined.
 */
export function repeatedWallTime(time: number, timeZone: string): [number, number] | undefined {
  const wall = (t: number): string => {
    const d = new TZDate(t, timeZone);
    return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()} ${d.getHours()}:${d.getMinutes()}:${d.getSeconds()}`;
  };
  const own = wall(time);
  for (const shift of CLOCK_SHIFTS_MS) {
    if (wall(time + shift) === own) return [time, time + shift];
    if (wall(time - shift) === own) return [time - shift, time];
  }
  return undefined;
}

/**
 * The instant a wall time has in `zone`, or `nonexistent_time` when the zone skips it (the hour
 * clocks jump at the start of summer time: 02:30 on 8 March 2026 in New York never happened). A
 * time in the repeated hour of the autumn change is read as its first occurrence.
 */
export function wallTimeIn(
  fields: readonly [number, number, number, number, number, number, number],
  timeZone: string,
): number | 'nonexistent_time' | 'invalid' {
  const [y, mo, d, h, mi, s, ms] = fields;
  const date = new TZDate(y, mo, d, h, mi, s, ms, timeZone);
  const time = date.getTime();
  if (Number.isNaN(time)) return 'invalid';
  // Read back in the zone: a time the clocks skipped comes back an hour off.
  const back = new TZDate(time, timeZone);
  if (back.getHours() !== h || back.getMinutes() !== mi || back.getDate() !== d) return 'nonexistent_time';
  return time;
}

/**
 * The first year of the 100-year window a two-digit year is read in: 80 years before the year of
 * `now` up to 20 after it (2026: 1946–2045). The window Unicode TR35 leaves to implementations
 * and ICU and Java's `SimpleDateFormat` use ("within 80 years before and 20 years after the time
 * the SimpleDateFormat instance is created"); a call list's `17.11.26` is then 2026, never 1926.
 */
export function twoDigitYear(yy: number, now: number): number {
  const start = new Date(now).getUTCFullYear() - 80;
  const century = Math.floor(start / 100) * 100;
  const year = century + yy;
  return year < start ? year + 100 : year;
}

// A date-fns year token (`y`, `yy`, `yyyy`, …) outside quoted literals, and zone tokens.
const QUOTED = /'(?:[^']|'')*'/gu;
const ZONE_TOKEN = /[XxOz]/u;
// date-fns's AM/PM token.
const DAY_PERIOD_TOKEN = /a/u;

/**
 * How a format writes the year: `2` for `yy` (two digits, always windowed), `1` for `y` (windowed
 * when the cell holds two digits, as ICU and Java read it), `0` for a longer or no year token.
 */
function yearDigits(format: string): 0 | 1 | 2 {
  const m = /(?<![yY])[yY]+(?![yY])/u.exec(format.replace(QUOTED, ''));
  const n = m?.[0].length ?? 0;
  return n === 1 ? 1 : n === 2 ? 2 : 0;
}

/**
 * Reads a date cell: with `format` (date-fns tokens, e.g. `dd/MM/yyyy HH:mm`) in `timeZone`;
 * otherwise epoch seconds or milliseconds, ISO 8601 with a zone, or `YYYY-MM-DD HH:mm[:ss]`
 * (Asterisk's form) in `timeZone`. The format's `a` reads the zh/ja/ko day periods too (上午/下午,
 * 午前/午後, 오전/오후: {@link latinDayPeriod}). A two-digit year (`yy`, or `y` given two digits) is read in
 * the window of {@link twoDigitYear} around `now`; a local time the zone skips (summer time's
 * missing hour) is refused, never moved an hour.
 *
 * @param value - The cell.
 * @param timeZone - The IANA zone of times written without one.
 * @param format - The date-fns format, when the cell is not ISO or epoch.
 * @param now - The present, for the two-digit-year window; the system clock when omitted.
 * @returns Epoch milliseconds, or why the cell is not a time.
 */
export function readDateCell(
  value: string,
  timeZone: string,
  format?: string,
  now: number = Date.now(),
): number | DateProblem {
  const at = readCell(value, timeZone, format, now);
  if (typeof at === 'object')
    return repeatedWallTime(at.wall, timeZone) === undefined ? at.wall : 'ambiguous_time';
  return at;
}

/**
 * Both instants a date cell may mean when it is a wall time the zone passes twice, else
 * undefined (see {@link readDateCell}'s `ambiguous_time`).
 */
export function ambiguousInstants(
  value: string,
  timeZone: string,
  format?: string,
  now: number = Date.now(),
): [number, number] | undefined {
  const at = readCell(value, timeZone, format, now);
  return typeof at === 'object' ? repeatedWallTime(at.wall, timeZone) : undefined;
}

/** A cell read: an instant it states, `{ wall }` for a wall time placed in the zone, or a problem. */
function readCell(
  value: string,
  timeZone: string,
  format: string | undefined,
  now: number,
): number | { wall: number } | Exclude<DateProblem, 'ambiguous_time'> {
  if (format !== undefined) return readFormatted(value.trim(), timeZone, format, now);
  const text = isoFromYearFirst(value.trim());
  // `2026-02-30 10:00` or `2026-13-45 99:99` would roll over into another day: a made-up time
  // (before or after a canary's issue) is worse than a rejected row.
  if (!calendarValid(text)) return 'invalid';
  if (EPOCH.test(text)) return text.length === 10 ? Number(text) * 1000 : Number(text);
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s, ms] = local.map(Number) as number[];
    return asWall(wallTimeIn([y!, mo! - 1, d!, h!, mi!, s || 0, ms || 0], timeZone));
  }
  if (ZONED.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? 'invalid' : time;
  }
  return 'invalid';
}

// A year-first date with `/` or `.` (`2026/09/02 10:15:22`, `2026.9.2 9:05`, as Chinese, Japanese
// and Korean phones export): unambiguous, since no calendar writes the day before the month
// after a leading year.
const YEAR_FIRST =
  /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?:(?:[T ]|\s+)(\d{1,2}):(\d{2})(:\d{2}(?:\.\d{1,3})?)?)?$/u;

// A day-first date with dots and a four-digit year (`28.11.2026 14:05`, as German, Russian,
// Polish, Czech, Finnish, Norwegian and Turkish phones and carriers export): CLDR's dotted
// numeric date patterns put the year last only after the day and the month (dd.MM.y), never
// the month first (the US writes slashes), so it is read without --date-format. A two-digit
// year (`28.11.26`) still needs one, for its century.
const DAY_FIRST_DOTTED =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:(?:[T ]|\s+)(\d{1,2}):(\d{2})(:\d{2}(?:\.\d{1,3})?)?)?$/u;

/**
 * A year-first date written with `/` or `.` (`2026/9/2 9:05:30`), or a day-first dotted one with
 * a four-digit year (`2.9.2026 9:05:30`), as its ISO form
 * (`2026-09-02 09:05:30`); any other text as it is.
 *
 * @param text - A trimmed date cell.
 * @returns The ISO-like text read by the rules of an ISO cell.
 */
export function isoFromYearFirst(text: string): string {
  const two = (v: string): string => v.padStart(2, '0');
  const m = YEAR_FIRST.exec(text);
  const d = m ? undefined : DAY_FIRST_DOTTED.exec(text);
  if (!m && !d) return text;
  const [year, month, day, hour, minute, second] = m
    ? [m[1]!, m[3]!, m[4]!, m[5], m[6], m[7]]
    : [d![3]!, d![2]!, d![1]!, d![4], d![5], d![6]];
  const date = `${year}-${two(month)}-${two(day)}`;
  return hour === undefined ? date : `${date} ${two(hour)}:${minute}${second ?? ''}`;
}

/** A wall time's instant marked as such (a problem passed through). */
function asWall(
  at: number | 'nonexistent_time' | 'invalid',
): { wall: number } | 'nonexistent_time' | 'invalid' {
  return typeof at === 'number' ? { wall: at } : at;
}

/**
 * A 12-hour time whose hour is written 0 after (or before) its day period (`凌晨0:03`,
 * `午前0:15`, `午後0:30`, `AM 0:05`), with that hour written 12, as `h` reads it: Japanese and
 * some Chinese exports count the hours of each half 0–11 (CLDR's `K` pattern), so AM 0 is
 * midnight and PM 0 is noon, the hours `h` calls 12 AM and 12 PM.
 *
 * @param text - A date cell, its day periods already written `AM`/`PM`.
 * @returns The cell with an hour 0 of a day period written 12.
 */
function zeroHour(text: string): string {
  return text
    .replace(/(AM|PM)(\s*)0?0(?=\s*[:：時시]\s*\d)/gu, '$1$212')
    .replace(/(?<!\d)0?0(?=\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*(?:AM|PM)\b)/gu, '12');
}

function readFormatted(
  cell: string,
  timeZone: string,
  format: string,
  now: number,
): number | { wall: number } | 'nonexistent_time' | 'invalid' {
  // `a` reads AM/PM; Chinese, Japanese and Korean phones write 上午/下午, 午前/午後, 오전/오후.
  const tokens = format.replace(QUOTED, '');
  const periods = DAY_PERIOD_TOKEN.test(tokens) ? latinDayPeriod(cell) : cell;
  // `h` counts 1–12: an hour 0 of a period is its 12 (`K`, 0–11, reads it as written).
  const text = DAY_PERIOD_TOKEN.test(tokens) && /h/u.test(tokens) ? zeroHour(periods) : periods;
  const digits = yearDigits(format);
  if (ZONE_TOKEN.test(format.replace(QUOTED, ''))) {
    // The cell names its offset: the instant is read as written, the year windowed in UTC.
    const date = parseDate(text, format, new Date(now));
    let time = date.getTime();
    if (Number.isNaN(time)) return 'invalid';
    const year = date.getUTCFullYear();
    if (digits === 2 || (digits === 1 && year < 100)) {
      const shifted = new Date(time);
      shifted.setUTCFullYear(twoDigitYear(year % 100, now));
      time = shifted.getTime();
    }
    return time;
  }
  // Read as a wall time (fields in UTC), then placed in the zone: the zone's offset in a far
  // year (or a year the window moves) never shifts the fields.
  const wall = parseDate(text, format, new Date(now), { in: tz('UTC') });
  if (Number.isNaN(wall.getTime())) return 'invalid';
  let year = wall.getUTCFullYear();
  if (digits === 2 || (digits === 1 && year < 100)) year = twoDigitYear(year % 100, now);
  // `yyyy` given `26` is the year 26: no call or text, and a `Date` would read it as 1926.
  if (year < 1000) return 'invalid';
  const month = wall.getUTCMonth();
  const day = wall.getUTCDate();
  // 29 February of a windowed year must exist in that year too (1900 is no leap year).
  if (new Date(Date.UTC(year, month + 1, 0)).getUTCDate() < day) return 'invalid';
  return asWall(
    wallTimeIn(
      [
        year,
        month,
        day,
        wall.getUTCHours(),
        wall.getUTCMinutes(),
        wall.getUTCSeconds(),
        wall.getUTCMilliseconds(),
      ],
      timeZone,
    ),
  );
}

/**
 * {@link readDateCell}, undefined for any cell that is not a time.
 *
 * @returns Epoch milliseconds, or undefined when the cell is not a date.
 */
export function readDate(value: string, timeZone: string, format?: string, now?: number): number | undefined {
  const at = readDateCell(value, timeZone, format, now);
  return typeof at === 'number' ? at : undefined;
}

/** Why a refused date cell is not a time, for a rejection. */
export function dateProblemReason(
  field: string,
  value: string,
  problem: DateProblem,
  timeZone: string,
  format?: string,
  now: number = Date.now(),
): string {
  const cell = JSON.stringify(value.trim().slice(0, 40));
  if (problem === 'ambiguous_time') {
    const both = ambiguousInstants(value, timeZone, format, now);
    const at = (t: number): string =>
      `${new Date(t).toISOString().replace('.000Z', 'Z')} (${offsetText(t, timeZone)})`;
    return `${field}: ${cell} occurs twice in ${timeZone} (the clocks went back: summer time ended)${both ? `: ${at(both[0])} or ${at(both[1])}` : ''}; write the time with its offset to say which (e.g. ${both ? offsetExample(both[1], timeZone) : '2026-11-01T01:30:00-08:00'})`;
  }
  return problem === 'nonexistent_time'
    ? `${field}: ${cell} does not exist in ${timeZone}: the clocks skipped that hour (summer time began); a time from another zone, or a mistyped hour?`
    : `${field}: ${cell} is not a date${format ? ` in the format ${format}` : ''}`;
}

/** The UTC offset a zone has at an instant, as `-07:00`. */
function offsetText(time: number, timeZone: string): string {
  const minutes = -new TZDate(time, timeZone).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall time of `time` in ISO 8601 with its offset: how to write one of two readings. */
function offsetExample(time: number, timeZone: string): string {
  const d = new TZDate(time, timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}${offsetText(time, timeZone)}`;
}
