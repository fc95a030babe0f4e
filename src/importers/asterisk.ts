/**
 * @module leaktrace/importers/asterisk
 *
 * Asterisk call detail records (`cdr-csv/Master.csv`) as contacts.
 */

import { z } from 'zod';
import { parsePhone, phoneKey, phoneTextForms } from '../match/normalize-phone.js';
import type { ContactInput } from '../schemas/contact.js';
import { csvRows, dateIsWallTime, dateProblemReason, looksLikeFormula, readDateCell } from './_csv-rows.js';
import { TEXT_ENCODINGS, type TextEncoding } from './_decode.js';
import { checkTimeZone } from './csv.js';
import {
  checkOptions,
  DEFAULT_MAX_RECORD_BYTES,
  dateProblemCode,
  type ImportOptions,
  importOptionsShape,
  positiveInt,
  runImport,
  type ScannedRecord,
  type ScanSink,
  stableId,
} from './importer.js';

/** Options of {@link readAsteriskCdr}. */
export interface AsteriskCdrOptions extends ImportOptions {
  /** The IANA zone the server writes `start` in (cdr.conf `usegmtime=no`); `UTC` when omitted. */
  readonly timeZone?: string;
  /**
   * The canary DIDs: only calls whose `dst` is one of them are contacts (the others are skipped,
   * `onSkip` code `other_line`); every call when omitted. A DID written with its country code
   * matches `dst` in every form a trunk writes it: national with or without the trunk 0
   * (`017612345673` or `17612345673` for `+4917612345673`, `4155550124` for `+14155550124`), with
   * the country code, behind an international prefix; one without is read in `region`.
   */
  readonly dids?: readonly string[];
  /**
   * The person's own lines (real and pool numbers): a call whose `src` is one of them is her own
   * outgoing call, skipped (`onSkip`, code `outgoing`), as is a call placed from an internal
   * extension (`dcontext` `from-internal…`, FreePBX's context for calls its phones dial).
   */
  readonly ownLines?: readonly string[];
  /** The text encoding; `auto` when omitted. */
  readonly encoding?: TextEncoding;
}

/**
 * The column order cdr_csv writes, without a header: the last two only with
 * `loguniqueid` and `loguserfield` in cdr.conf.
 */
export const ASTERISK_CDR_COLUMNS = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
  'uniqueid',
  'userfield',
] as const;

const col = (name: (typeof ASTERISK_CDR_COLUMNS)[number]): number => ASTERISK_CDR_COLUMNS.indexOf(name);
// `"Caller Name" <8613…>`: the name part of the caller id.
const CLID_NAME = /^\s*"?([^"<]*?)"?\s*<[^<>]*>\s*$/u;
const DIGITS = /\D/gu;
// FreePBX's contexts for calls its own extensions dial (`from-internal`, `from-internal-xfer`…).
const INTERNAL = /^from-internal/iu;
// A `dst` that is no phone number: Asterisk's special extensions (`s` start, `h` hangup, `i`
// invalid, `t`/`T` timeout, `o` operator, `a` asterisk, `e` exception: the Asterisk dialplan
// documentation), a feature code (`*97` voicemail, `#21`), an extension of up to 5 digits.
const NOT_A_LINE = /^(?:[a-z]|[*#][\d*#]*|\d{1,5})$/iu;

/**
 * The digit strings a line may be written as in `dst`: every form of the number (national with
 * and without the trunk 0, with the country code, behind an exit code) and its plain digits.
 */
function lineForms(n: string, region: string): string[] {
  const digits = n.replace(DIGITS, '');
  const read = parsePhone(n, region);
  return read === undefined ? [digits] : [digits, ...phoneTextForms(read)];
}

async function* scanCdr(
  path: string,
  options: AsteriskCdrOptions,
  sink: ScanSink,
): AsyncGenerator<ScannedRecord> {
  const timeZone = checkTimeZone(options.timeZone ?? 'UTC');
  const maxRecordBytes = positiveInt('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_RECORD_BYTES);
  // Numbers compared as numbers of the region's plan, else by their digits: `+86 21 5555 0100`,
  // `862155550100` and, read in CN, `02155550100` agree.
  const region = options.region ?? 'CN';
  const keyOf = (n: string): string => {
    const read = parsePhone(n, region);
    return read === undefined ? n.replace(DIGITS, '') : phoneKey(read);
  };
  // Each number by both readings: a trunk writing `4917612345673` (no `+`) is matched by digits.
  const both = (n: string): string[] => [keyOf(n), n.replace(DIGITS, '')];
  // Each form of each DID → the DID as given, which becomes the contact's `to` (the trunk's
  // national `017612345673` is read by the tracer in its own region, maybe not the trunk's).
  const dids = options.dids
    ? new Map(options.dids.flatMap((n) => [...both(n), ...lineForms(n, region)].map((k) => [k, n] as const)))
    : undefined;
  const own = new Set((options.ownLines ?? []).flatMap(both));
  const isIn = (set: ReadonlySet<string>, n: string): boolean => both(n).some((k) => set.has(k));
  for await (const row of csvRows(path, sink, {
    encoding: options.encoding ?? 'auto',
    delimiter: ',',
    maxRecordBytes,
    header: false,
  })) {
    const where = { line: row.line, record: row.record };
    const f = row.fields;
    if (f.length < 16 || f.length > 18) {
      sink.reject(where, `${f.length} columns; Master.csv rows have 16 to 18`);
      continue;
    }
    const src = f[col('src')]!.trim();
    const dst = f[col('dst')]!.trim();
    const start = f[col('start')]!;
    // The person's own call out (from her line, or dialled on an internal extension): no contact.
    if ((src !== '' && isIn(own, src)) || INTERNAL.test(f[col('dcontext')]!.trim())) {
      sink.skip({ file: path, line: row.line, code: 'outgoing', ...(dst ? { from: dst } : {}) });
      continue;
    }
    // A row never vanishes: one to no phone number, or to a line not watched, is skipped and said.
    if (NOT_A_LINE.test(dst)) {
      sink.skip({ file: path, line: row.line, code: 'not_a_line', to: dst });
      continue;
    }
    const did = dids === undefined ? dst : both(dst).flatMap((k) => dids.get(k) ?? [])[0];
    if (did === undefined) {
      sink.skip({ file: path, line: row.line, code: 'other_line', to: dst });
      continue;
    }
    const bad = [src, dst, start].find(looksLikeFormula);
    if (bad !== undefined) {
      sink.reject(where, `${JSON.stringify(bad.slice(0, 40))} looks like a spreadsheet formula`);
      continue;
    }
    const at = readDateCell(start, timeZone);
    if (typeof at !== 'number') {
      sink.reject(where, dateProblemReason('start', start, at, timeZone), dateProblemCode(at));
      continue;
    }
    const name = CLID_NAME.exec(f[col('clid')]!)?.[1]?.trim();
    const uniqueid = f[col('uniqueid')];
    const contact: ContactInput = {
      id: uniqueid ? stableId('asterisk', [uniqueid, dst, start]) : stableId('asterisk', f),
      channel: 'call',
      at,
      to: did,
      ...(src ? { from: src } : {}),
      ...(name && name !== src ? { fromName: name } : {}),
    };
    yield { ...where, contact, ...(dateIsWallTime(start) ? { zoneless: true } : {}) };
  }
}

const asteriskOptionsSchema = z.object({
  ...importOptionsShape,
  timeZone: z.string().min(1).optional(),
  dids: z.array(z.string().min(1)).max(10_000).optional(),
  ownLines: z.array(z.string().min(1)).max(10_000).optional(),
  encoding: z.enum(TEXT_ENCODINGS).optional(),
});

/**
 * Reads an Asterisk `Master.csv` (cdr_csv: standard column order, no header) as calls: `dst`
 * is the dialled canary DID, `src` the caller, `clid` their name, `start` in the server's zone.
 *
 * @param path - The Master.csv file.
 * @param options - `timeZone` (the server's), `dids` (only calls to these), `onReject`, `strict`.
 * @returns The contacts, for `tracer.recordMany()`.
 * @throws ConfigError on an unknown time zone.
 * @throws ImportError on bad bytes, broken quoting, an oversized row, or (strict) any bad row.
 * @example
 * ```ts
 * import { readAsteriskCdr } from 'leaktrace/importers/asterisk';
 * await tracer.recordMany(readAsteriskCdr('/var/log/asterisk/cdr-csv/Master.csv', {
 *   timeZone: 'Asia/Shanghai', dids: ['+862155550100'],
 * }));
 * ```
 */
export function readAsteriskCdr(path: string, options: AsteriskCdrOptions = {}): AsyncIterable<ContactInput> {
  options = checkOptions<AsteriskCdrOptions>(asteriskOptionsSchema, options);
  return runImport(path, options, (sink) => scanCdr(path, options, sink));
}
