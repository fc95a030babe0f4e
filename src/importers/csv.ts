/**
 * @module leaktrace/importers/csv
 *
 * Any CSV call or message log as contacts, through a column mapping and a date format.
 */

import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { parsePhone, phoneKey } from '../match/normalize-phone.js';
import type { ContactInput } from '../schemas/contact.js';
import type { Channel } from '../types.js';
import { channelOfCell, defaultCsvChannel } from './_csv-channel.js';
import {
  csvRows,
  dateIsWallTime,
  dateIsZoned,
  dateProblemReason,
  looksLikeFormula,
  readDateCell,
} from './_csv-rows.js';
import { TEXT_ENCODINGS, type TextEncoding } from './_decode.js';
import { DIRECTION_EXAMPLES, isDirectionHeader, looksLikeDirection, readDirection } from './_direction.js';
import {
  checkOptions,
  checkPath,
  DEFAULT_MAX_RECORD_BYTES,
  dateProblemCode,
  type ImportOptions,
  importOptionsShape,
  positiveInt,
  presentOf,
  runImport,
  type ScannedRecord,
  type ScanSink,
  stableId,
} from './importer.js';

/** A column, by header name or by 0-based index. */
export type CsvColumn = string | number;

/** Which column holds which contact field. */
export interface CsvColumns {
  /** The column holding when the contact arrived (required): the date and time, or the date alone with {@link CsvColumns.time}. */
  readonly at: CsvColumn;
  /**
   * The column holding the time of day when `at` holds only the date (a US carrier's
   * `Date,Time,Number` export): `13:05`, `13:05:09`, `01:30 AM`, `1:30 p.m.`, `下午1:30`. Joined
   * to the date before it is read (`dateFormat` then gives the date part alone). A log with such
   * a column left unmapped is refused: every row would be stored at midnight.
   */
  readonly time?: CsvColumn;
  /** The column holding the caller or sender. */
  readonly from?: CsvColumn;
  /** The column holding the number or address reached. */
  readonly to?: CsvColumn;
  /** The column holding the caller's display name. */
  readonly fromName?: CsvColumn;
  /** The column holding the text, message or transcript. */
  readonly content?: CsvColumn;
  /**
   * The column holding a call's transcript (a voicemail or call-recording export's `Transcript`):
   * the contact's content, read as speech is (names by sound, numbers read aloud); after the
   * `content` column's text, on its own line, when both are mapped.
   */
  readonly transcript?: CsvColumn;
  /** The column holding the channel (`call`, `sms`, `email`, `mail`, `other`). */
  readonly channel?: CsvColumn;
  /** The column holding the exporter's own record id (makes the stable id). */
  readonly id?: CsvColumn;
  /**
   * The column saying which way the call or text went (`主叫`/`被叫`, `呼出`/`呼入`, `MO`/`MT`,
   * `outgoing`/`incoming`): the person's own outgoing records are skipped (`onSkip`, code
   * `outgoing`), never read as arrivals. A file with such a column left unmapped is refused.
   */
  readonly direction?: CsvColumn;
}

/** Options of {@link readCsv}. */
export interface CsvImportOptions extends ImportOptions {
  /** The column mapping. */
  readonly columns: CsvColumns;
  /** The first row is a header; `true` when any column is named, `false` otherwise. */
  readonly header?: boolean;
  /**
   * The channel of rows without a channel column. When omitted: `sms` when the `content` column
   * is named as a message's text (`Body`, `Message`, `SMS text`, `内容`, `短信`…: a phone's message
   * export), `call` otherwise (see `defaultCsvChannel`).
   */
  readonly channel?: Channel;
  /** The `to` of rows without a `to` column (the number the log belongs to). */
  readonly to?: string;
  /** The date-fns format of the date column (e.g. `dd/MM/yyyy HH:mm`); ISO or epoch when omitted. */
  readonly dateFormat?: string;
  /** The IANA zone of dates written without an offset; `UTC` when omitted. */
  readonly timeZone?: string;
  /** The field delimiter; `,` when omitted. */
  readonly delimiter?: string;
  /**
   * The text encoding: `utf-8`, `gb18030` (GBK exports), `big5` or `big5-hkscs` (Taiwan and Hong
   * Kong exports) or `auto` (sniffed, GB18030 and Big5 told apart by their characters, refused
   * when the text does not tell; the default).
   */
  readonly encoding?: TextEncoding;
  /** A prefix for stable ids, so two logs with the same row ids stay apart; `csv` when omitted. */
  readonly idPrefix?: string;
}

const CHANNELS: readonly Channel[] = ['call', 'sms', 'email', 'mail', 'other'];
// A number Excel and LibreOffice write as `8.61651E+12` when a General cell is too narrow (11
// significant digits at most, fewer in a narrow column): its trailing digits are gone, so two
// callers of one range would read as one. No phone number or address is written so.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d+$/iu;
// A number a data tool wrote from a float column (pandas writes an integer column holding an
// empty cell as floats: `447911123457.0`; a spreadsheet's Number format `447911123457,00`). Its
// digits are whole (a double holds every integer of up to 15 digits, the E.164 maximum, ITU-T
// E.164 §6.1), so the number is its integer part; kept as written, it keyed as no phone number.
const WHOLE_DECIMAL = /^(\+?\d{3,15})[.,]0+$/u;

/** A phone cell without a float's zero fraction (`447911123457.0` is `447911123457`). */
function wholeNumber(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (WHOLE_DECIMAL.exec(value)?.[1] ?? value);
}

/** Checks an IANA zone. @throws ConfigError when unknown. */
export function checkTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    throw new ConfigError(`timeZone: ${JSON.stringify(zone)} is not an IANA time zone`);
  }
}

/** The fields of one row, by contact field, or a reason it cannot be one. */
export interface RowFields {
  readonly at: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly fromName?: string | undefined;
  readonly content?: string | undefined;
  readonly channel?: string | undefined;
  readonly id?: string | undefined;
}

/**
 * Builds a contact from row fields: the date read, identifying cells checked for spreadsheet
 * formulas (content is kept as it came: it is evidence, and reports neutralise formulas).
 *
 * @returns The contact, or the reason the row is rejected.
 */
export function rowContact(
  row: RowFields,
  defaults: {
    channel: Channel;
    to?: string | undefined;
    timeZone: string;
    dateFormat?: string | undefined;
    idPrefix: string;
    /** The region national numbers are read in, for the id (`17012345678` is `+8617012345678`). */
    region?: string | undefined;
    /** The present, for the window two-digit years are read in; the system clock when omitted. */
    now?: number | undefined;
  },
): ContactInput | string {
  for (const key of ['at', 'from', 'to', 'id', 'channel'] as const) {
    const value = row[key];
    if (value !== undefined && looksLikeFormula(value))
      return `${key}: ${JSON.stringify(value.slice(0, 40))} looks like a spreadsheet formula`;
  }
  const at = readDateCell(row.at, defaults.timeZone, defaults.dateFormat, defaults.now);
  if (typeof at !== 'number')
    return dateProblemReason('at', row.at, at, defaults.timeZone, defaults.dateFormat, defaults.now);
  const channel = row.channel === undefined ? defaults.channel : channelOfCell(row.channel, defaults.channel);
  if (channel === undefined)
    return `channel: ${JSON.stringify(row.channel)} is not one of ${CHANNELS.join(', ')} (nor SMS, iMessage, RCS, Phone, FaceTime, 短信, 电话…)`;
  for (const key of ['from', 'to'] as const) {
    const value = row[key]?.trim();
    if (value !== undefined && SCIENTIFIC.test(value))
      return `${key}: ${JSON.stringify(value)} is a number a spreadsheet wrote in scientific notation, its digits lost (callers would merge): format the column as text, or import the export as it came, before any spreadsheet saved it`;
  }
  const written = wholeNumber(row.to?.trim());
  const to = written || defaults.to;
  const from = wholeNumber(row.from?.trim());
  const id = row.id?.trim()
    ? stableId(defaults.idPrefix, [row.id.trim()])
    : stableId(defaults.idPrefix, [
        // What the file says, not how the row spells it: another export of the same calls (an
        // extra column, columns reordered, `17012345678` for `+8617012345678`) adds nothing.
        // Never what options add (`to`, `channel`, `timeZone`): reading the file again with
        // corrected options finds the records it stored. A wall time is keyed as written, so a
        // file read again in another zone is known (and the import says the times differ).
        // The channel is no part of it either: a file read again with a channel column added
        // (texts first read as calls) replaces its records rather than adding copies.
        dateIsZoned(row.at, defaults.dateFormat)
          ? new Date(at).toISOString()
          : wallTime(at, defaults.timeZone),
        numberKey(written || undefined, defaults.region),
        numberKey(from || undefined, defaults.region),
        row.content ?? '',
      ]);
  return {
    id,
    channel,
    at,
    ...(to ? { to } : {}),
    ...(from ? { from } : {}),
    ...(row.fromName?.trim() ? { fromName: row.fromName.trim() } : {}),
    ...(row.content ? { content: row.content } : {}),
  };
}

/** A header name as compared when no cell is named exactly so: `Date`, `date` and `ＤＡＴＥ` alike. */
const foldName = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

/**
 * The index of the header cell a column name maps: the one cell named so exactly, else the one
 * named so but for case, width and surrounding space (`--columns at=date` for `Date`).
 *
 * @returns The index, or the reason the header maps no cell or two (a log naming `Number` for
 *   the caller and again for the line: either read alone would mix callers with the line).
 */
function headerColumn(names: readonly string[], column: string, key: string): number | string {
  for (const same of [(n: string) => n === column.trim(), (n: string) => foldName(n) === foldName(column)]) {
    const found = names.flatMap((n, i) => (same(n) ? [i] : []));
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      return `the header has ${found.length} columns named ${JSON.stringify(column)} (${found.map((i) => JSON.stringify(names[i])).join(', ')} at 0-based ${found.join(', ')}), for ${key}: map the one meant by its index`;
  }
  return `the header has no column ${JSON.stringify(column)} (for ${key})`;
}

/** The header name of the column mapped as `content` (by name, or by index under a header). */
function contentHeader(columns: CsvColumns, headerNames: readonly string[] | undefined): string | undefined {
  const column = columns.content;
  return typeof column === 'number' ? headerNames?.[column] : column;
}

/** The wall time an instant has in `zone`, as `2026-03-01T09:00:00.000`. */
function wallTime(at: number, zone: string): string {
  const offset = new TZDate(at, zone).getTimezoneOffset();
  return new Date(at - offset * 60_000).toISOString().slice(0, 23);
}

/** A row's text and transcript cells as one content: either alone, or both on two lines. */
function joinedText(text: string | undefined, transcript: string | undefined): string | undefined {
  if (!transcript?.trim()) return text;
  return text?.trim() ? `${text}\n${transcript}` : transcript;
}

/** A number as E.164 when it reads as one (in `region`), else the value as written. */
function numberKey(value: string | undefined, region = 'CN'): string | undefined {
  if (value === undefined) return undefined;
  const phone = parsePhone(value, region);
  return phone ? phoneKey(phone) : value.toLowerCase();
}

async function* scanCsv(
  path: string,
  options: CsvImportOptions,
  sink: ScanSink,
): AsyncGenerator<ScannedRecord> {
  const columns = options.columns;
  const named = Object.values(columns).some((c) => typeof c === 'string');
  const header = options.header ?? named;
  if (named && !header) throw new ConfigError('columns: named columns need a header row');
  const timeZone = checkTimeZone(options.timeZone ?? 'UTC');
  const maxRecordBytes = positiveInt('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_RECORD_BYTES);
  let index: Partial<Record<keyof CsvColumns, number>> | undefined = header
    ? undefined
    : (columns as unknown as Record<string, number>);
  let headerNames: string[] | undefined;
  let yielded = false;
  const copies = new Map<string, number>();
  let copiesAt: string | undefined;
  for await (const row of csvRows(path, sink, {
    encoding: options.encoding ?? 'auto',
    delimiter: options.delimiter,
    maxRecordBytes,
    header: !index,
    expected: Object.values(columns).filter((c): c is string => typeof c === 'string'),
  })) {
    if (!index) {
      const names = row.fields.map((f) => f.trim());
      headerNames = names;
      const resolved: Partial<Record<keyof CsvColumns, number>> = {};
      for (const [key, column] of Object.entries(columns) as [keyof CsvColumns, CsvColumn][]) {
        const at = typeof column === 'number' ? column : headerColumn(names, column, key);
        if (typeof at === 'string') {
          sink.reject({ line: row.line, record: row.record }, at);
          return;
        }
        resolved[key] = at;
      }
      index = resolved;
      continue;
    }
    const cell = (key: keyof CsvColumns): string | undefined => {
      const at = index![key];
      return at === undefined ? undefined : row.fields[at];
    };
    const where = { line: row.line, record: row.record };
    let at = cell('at');
    // The date cell as the file writes it, for a rejection of the date and time joined.
    const written = at;
    if (index.time !== undefined && at !== undefined) {
      const joined = joinTime(at, cell('time') ?? '', options.dateFormat);
      if (joined.reason !== undefined) {
        sink.reject(where, joined.reason);
        continue;
      }
      at = joined.text;
    } else if (at !== undefined) {
      const unmapped = unmappedTime(row.fields, index, at, headerNames);
      if (unmapped >= 0) {
        const name = headerNames?.[unmapped] ?? String(unmapped);
        const message = `column ${JSON.stringify(name)} holds the time of day (${JSON.stringify(row.fields[unmapped]!.trim())}) and the date column only the date: map it (time=${name}), or every row is stored at midnight`;
        if (!yielded)
          throw new ConfigError(`columns.time: ${message}`, {
            issues: [{ code: 'time_unmapped', path: 'columns.time', message }],
          });
        sink.reject(where, message);
        continue;
      }
    }
    // A text always has a sender: a message export's row with the sender cell empty (an iPhone
    // export's `Sender ID` of the person's own texts) is the person's own, never an arrival. A
    // call with no caller is a withheld number and is kept.
    const fallback = options.channel ?? defaultCsvChannel(contentHeader(columns, headerNames)).channel;
    const channelCell = cell('channel');
    const channel = (channelCell === undefined ? fallback : channelOfCell(channelCell, fallback)) ?? fallback;
    const direction = cell('direction');
    if (direction !== undefined) {
      const way = readDirection(direction, headerNames?.[index.direction!], channel, headerNames);
      if (way === undefined) {
        sink.reject(
          where,
          `direction: ${JSON.stringify(direction.slice(0, 40))} is neither incoming (${DIRECTION_EXAMPLES.incoming.join(', ')}, …) nor outgoing (${DIRECTION_EXAMPLES.outgoing.join(', ')}, …)`,
        );
        continue;
      }
      if (way === 'outgoing') {
        const other = cell('from')?.trim();
        sink.skip({ file: path, line: row.line, code: 'outgoing', ...(other ? { from: other } : {}) });
        continue;
      }
    } else {
      const mapped = new Set(Object.values(index));
      // A cell only a direction column holds (主叫, Outgoing), or an outgoing one (`Sent`, a
      // FRITZ!Box `3`) under a direction header (Type, Status, Typ, 通信方式).
      const unmapped = row.fields.findIndex(
        (f, i) =>
          !mapped.has(i) &&
          (looksLikeDirection(f) ||
            (headerNames?.[i] !== undefined &&
              isDirectionHeader(headerNames[i]!) &&
              readDirection(f, headerNames[i], channel, headerNames) === 'outgoing')),
      );
      if (unmapped >= 0) {
        const name = headerNames?.[unmapped] ?? String(unmapped);
        const message = `column ${JSON.stringify(name)} says which way each call or text went (${JSON.stringify(row.fields[unmapped])}); map it (direction=${name}) so your outgoing calls and sent texts are not read as arrivals`;
        if (!yielded)
          throw new ConfigError(`columns.direction: ${message}`, {
            issues: [{ code: 'direction_unmapped', path: 'columns.direction', message }],
          });
        sink.reject(where, message);
        continue;
      }
    }
    if (at === undefined) {
      sink.reject(where, `the row has ${row.fields.length} columns; the date column is missing`);
      continue;
    }
    if (index.from !== undefined && channel === 'sms' && !cell('from')?.trim()) {
      sink.skip({ file: path, line: row.line, code: 'outgoing' });
      continue;
    }
    const contact = rowContact(
      {
        at,
        from: cell('from'),
        to: cell('to'),
        fromName: cell('fromName'),
        content: joinedText(cell('content'), cell('transcript')),
        channel: cell('channel'),
        id: cell('id'),
      },
      {
        channel: fallback,
        to: options.to,
        timeZone,
        dateFormat: timeFormat(options),
        idPrefix: options.idPrefix ?? 'csv',
        region: options.region,
        now: presentOf(options),
      },
    );
    if (typeof contact === 'string')
      sink.reject(
        where,
        written !== undefined && written !== at
          ? asWritten(contact, at!, written, cell('time') ?? '', options.dateFormat)
          : contact,
        dateProblemCode(readDateCell(at, timeZone, timeFormat(options), presentOf(options))),
      );
    else {
      // Logs and bills have minute resolution: a robot redialling writes the same row several
      // times in one minute, each a call. The nth copy among the rows of one time gets an id of
      // its own (the same n on every import of the file), never dropped as a duplicate.
      if (at !== copiesAt) {
        copies.clear();
        copiesAt = at;
      }
      const n = (copies.get(contact.id!) ?? 0) + 1;
      copies.set(contact.id!, n);
      const id =
        n === 1 || cell('id')?.trim() ? contact.id! : stableId(options.idPrefix ?? 'csv', [contact.id, n]);
      yielded = true;
      yield {
        ...where,
        contact: { ...contact, id },
        ...(dateIsWallTime(at!, timeFormat(options)) ? { zoneless: true } : {}),
      };
    }
  }
}

// A time of day alone: `13:05`, `13:05:09`, `1:30 PM`, `01:30 a.m.`, `下午1:30`, `13時05分`.
const TIME_OF_DAY =
  /^(?:(上午|早上|凌晨|中午|下午|晚上)\s*)?(\d{1,2})\s*[:：時时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2})\s*秒?|\s*分)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/u;
const PM_WORDS = new Set(['中午', '下午', '晚上']);
// The header of a time-of-day column, in the languages of the supported regions.
const TIME_HEADER =
  /^(?:time|call time|start time|time of call|local time|uhrzeit|zeit|heure|hora|ora|tijd|czas|godzina|时间|時間|时刻|時刻|开始时间|起始时间|시간|時刻表示)$/iu;
const TWELVE_HOUR = /(?:[AaPp]\.?\s*[Mm]\.?$|^(?:上午|下午|凌晨|晚上|中午|早上))/u;
// date-fns tokens of a time of day (outside quoted text).
const TIME_TOKENS = /[HhkKmsa]/u;

/** A time-of-day cell as `HH:mm:ss` (24 hours), or undefined when it is not one. */
function readTimeOfDay(cell: string): string | undefined {
  const m = TIME_OF_DAY.exec(cell.trim());
  if (!m) return undefined;
  const [, word, hh, mm, ss = '00', half] = m;
  let h = Number(hh);
  const twelve = half !== undefined || word !== undefined;
  if (twelve ? h < 0 || h > 12 : h > 23) return undefined;
  if (Number(mm) > 59 || Number(ss) > 59) return undefined;
  const pm = half ? half.toLowerCase() === 'p' : word !== undefined && PM_WORDS.has(word);
  if (half !== undefined || word !== undefined) {
    if (pm && h < 12) h += 12;
    else if (!pm && h === 12 && (half !== undefined || word === '凌晨')) h = 0;
  }
  return `${String(h).padStart(2, '0')}:${mm}:${ss}`;
}

/** Whether a date format (date-fns tokens) writes a time of day. */
function formatHasTime(format: string): boolean {
  return TIME_TOKENS.test(format.replace(/'[^']*'/gu, ''));
}

/** The date format to read a row's `at` with: with a time column, the date's format and the time. */
function timeFormat(options: CsvImportOptions): string | undefined {
  if (options.columns.time === undefined || options.dateFormat === undefined) return options.dateFormat;
  return `${options.dateFormat} HH:mm:ss`;
}

/**
 * A rejection of a date joined from a date and a time column, quoting both cells as the file
 * writes them (`at: "10/31/2026" is not a date (time: "9:12 PM")`), never the text they were
 * joined into, so a `--date-format` read from it is the date column's own.
 */
function asWritten(reason: string, joined: string, date: string, time: string, dateFormat?: string): string {
  const quoted = (v: string): string => JSON.stringify(v.trim().slice(0, 40));
  const prefix = `at: ${quoted(joined)} is not a date`;
  if (!reason.startsWith(prefix)) return reason.replace(quoted(joined), `${quoted(date)} ${quoted(time)}`);
  const format = dateFormat === undefined ? '' : ` in the format ${dateFormat}`;
  return `at: ${quoted(date)} is not a date${format} (time: ${quoted(time)})`;
}

/** A date cell and a time cell joined into one, or why they cannot be. */
function joinTime(
  date: string,
  time: string,
  dateFormat: string | undefined,
): { text: string; reason?: undefined } | { reason: string } {
  const t = readTimeOfDay(time);
  if (t === undefined)
    return { reason: `time: ${JSON.stringify(time.trim().slice(0, 40))} is not a time of day` };
  const d = date.trim();
  if (dateFormat === undefined && d.includes(':'))
    return {
      reason: `at: ${JSON.stringify(d.slice(0, 40))} holds a time already, and the time column another`,
    };
  return { text: dateFormat === undefined ? `${d}T${t}` : `${d} ${t}` };
}

/**
 * The index of an unmapped cell that is a time of day, when the date cell holds no time: the log
 * writes its time in a column of its own, and without it every row would be read at midnight.
 */
function unmappedTime(
  fields: readonly string[],
  index: Partial<Record<keyof CsvColumns, number>>,
  at: string,
  headers: readonly string[] | undefined,
): number {
  const text = at.trim();
  if (text.includes(':') || /^\d{10,13}$/u.test(text)) return -1;
  const mapped = new Set(Object.values(index));
  // A duration (`0:45`) looks like a time too: a cell counts under a time header, or with AM/PM.
  return fields.findIndex(
    (f, i) =>
      !mapped.has(i) &&
      readTimeOfDay(f) !== undefined &&
      (TIME_HEADER.test(headers?.[i]?.trim() ?? '') || TWELVE_HOUR.test(f.trim())),
  );
}

const column = z.union([z.string().min(1), z.number().int().nonnegative()]);
const csvOptionsSchema = z.object({
  ...importOptionsShape,
  columns: z.object({
    at: column,
    from: column.optional(),
    to: column.optional(),
    fromName: column.optional(),
    content: column.optional(),
    transcript: column.optional(),
    channel: column.optional(),
    id: column.optional(),
    direction: column.optional(),
    time: column.optional(),
  }),
  header: z.boolean().optional(),
  channel: z.enum(CHANNELS as [Channel, ...Channel[]]).optional(),
  to: z.string().min(1).optional(),
  dateFormat: z.string().min(1).optional(),
  timeZone: z.string().min(1).optional(),
  delimiter: z.string().length(1).optional(),
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  idPrefix: z.string().min(1).max(40).optional(),
});

/**
 * Reads a CSV call or message log as contacts through a column mapping.
 *
 * Hint: GBK/GB18030 exports (common from Chinese phone tools) are sniffed or chosen with
 * `encoding`; bytes that are neither end the import with their offset, never mojibake.
 * Identifying cells that look like spreadsheet formulas (`=HYPERLINK(…)`) are rejected;
 * content is kept as it came. A row without an id column gets a stable id from its cells.
 *
 * @param path - The CSV file.
 * @param options - `columns` (at least `at`), `dateFormat`, `timeZone`, `encoding`, `onReject`, `strict`.
 * @returns The contacts, for `tracer.recordMany()`.
 * @throws ConfigError on a bad path or option (unknown zone, named columns without a header, a
 * Proxy that cannot be read).
 * @throws ImportError on a missing file, bad bytes, broken quoting (at its line, after the rows
 * before it), an oversized row, or (strict) any bad row.
 * @example
 * ```ts
 * import { readCsv } from 'leaktrace/importers/csv';
 * await tracer.recordMany(readCsv('log.csv', {
 *   columns: { at: '时间', from: '号码', content: '内容' }, channel: 'sms', to: '+8613800138000',
 *   dateFormat: 'yyyy/MM/dd HH:mm', timeZone: 'Asia/Shanghai',
 * }));
 * ```
 */
export function readCsv(path: string, options: CsvImportOptions): AsyncIterable<ContactInput> {
  checkPath(path);
  options = checkOptions<CsvImportOptions>(csvOptionsSchema, options);
  if (
    options.columns.time !== undefined &&
    options.dateFormat !== undefined &&
    formatHasTime(options.dateFormat)
  ) {
    const message = `dateFormat ${JSON.stringify(options.dateFormat)} writes a time, and columns.time names a column of its own: give the date part alone (e.g. "MM/dd/yyyy")`;
    throw new ConfigError(`dateFormat: ${message}`, {
      issues: [{ code: 'time_twice', path: 'dateFormat', message }],
    });
  }
  return runImport(path, options, (sink) => scanCsv(path, options, sink));
}
