import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { aliasDomain } from '../../identity/email-alias.js';
import { defaultCsvChannel } from '../../importers/_csv-channel.js';
import { headerCells, readDateCell } from '../../importers/_csv-rows.js';
import { DAY_PERIOD_WORDS } from '../../importers/_day-period.js';
import { readText, TEXT_ENCODINGS, type TextEncoding } from '../../importers/_decode.js';
import { adoptAliases } from '../../importers/aliases.js';
import type { CsvColumns } from '../../importers/csv.js';
import { type ContactFormat, type DetectedFormat, detectFormat } from '../../importers/detect.js';
import { checkReadable, type ImportRejection, type ScanSink } from '../../importers/importer.js';
import { ALIAS_EXPORT_FORMATS, CONTACT_FORMATS, readContacts } from '../../importers/index.js';
import { parsePhone } from '../../match/normalize-phone.js';
import type { RecordManySummary, Subject } from '../../types.js';
import { chooseSubject, type Session, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput, CliError, EXIT } from '../errors.js';
import { t } from '../i18n.js';
import { plainReason, ReasonTally, timeConflictLines, timeConflicts } from '../import-summary.js';
import { type CliStrings, en } from '../locales/en.js';
import { print, printable, printJson } from '../output.js';
import { estimateRecords, progressBar } from '../progress.js';
import { choice, examples } from './_options.js';

const FORMATS = ['auto', ...CONTACT_FORMATS, ...ALIAS_EXPORT_FORMATS] as const;
const COLUMN_KEYS = [
  'at',
  'time',
  'from',
  'to',
  'fromName',
  'content',
  'transcript',
  'channel',
  'id',
  'direction',
] as const;

interface ImportFlags {
  readonly format: (typeof FORMATS)[number];
  readonly owner?: string;
  readonly columns?: string;
  readonly to?: string;
  readonly dateFormat?: string;
  readonly delimiter?: string;
  readonly encoding?: TextEncoding;
  readonly timeZone?: string;
  readonly ownDomain?: string[];
  readonly strict?: boolean;
  readonly replace?: boolean;
  readonly channel?: 'call' | 'sms' | 'email' | 'mail' | 'other';
  readonly keepCircle?: boolean;
  readonly contentLimit?: number;
}

/**
 * Says on stderr which channel a CSV without a channel column is read as: texts when its content
 * column is named as a message's (`defaultCsvChannel`), else calls, its content read as what the
 * caller said (a bare `Text` column, as iMazing's message export names it, is a call log's note
 * too), and how to read it the other way.
 */
function sayChannel(file: string, columns: CsvColumns, json: boolean | undefined): void {
  if (json || columns.channel !== undefined || typeof columns.content !== 'string') return;
  const said = defaultCsvChannel(columns.content).inferred
    ? t().importing.readAsTexts(file, columns.content)
    : t().importing.readAsCalls(file, columns.content);
  process.stderr.write(`${said}\n`);
}

/**
 * Refuses a CSV whose rows would all be rejected for want of a `to`: no `to` column, no `--to`,
 * and calls, texts or mail by `--channel` or by the file's content column, each of which needs
 * the number or address it reached (a letter or `other` does not).
 *
 * @throws CliError (exit 2) saying to pass `--to` or map `to=<column>`.
 */
function needTo(file: string, columns: CsvColumns, flags: Pick<ImportFlags, 'to' | 'channel'>): void {
  if (columns.to !== undefined || flags.to !== undefined || columns.channel !== undefined) return;
  const channel =
    flags.channel ??
    defaultCsvChannel(typeof columns.content === 'string' ? columns.content : undefined).channel;
  if (channel === 'call' || channel === 'sms' || channel === 'email')
    throw badInput(t().importing.noTo(file, channel), { file });
}

/** The most characters `--content-limit` may allow: `createTracer`'s own bound on `contentLimit`. */
const MAX_CONTENT_LIMIT = 10_000_000;

/** `--content-limit`: a whole number of characters, 1 to 10,000,000. */
function contentLimitFlag(value: string): number {
  const n = Number(value.replaceAll(/[_,]/gu, ''));
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONTENT_LIMIT)
    throw badInput(t().importing.badContentLimit(value, MAX_CONTENT_LIMIT));
  return n;
}

/** What an import's callbacks told: the records skipped on purpose, by why (`ImportSkip`'s codes), and the zoneless times. */
interface Counts {
  /** The person's own calls out and texts sent (`outgoing`). */
  outgoing: number;
  /** Her circle in a phone backup (`saved_contact`, `called_by_owner`). */
  circle: number;
  /** Rows that reached no phone number or another line (`not_a_line`, `other_line`). */
  noLine: number;
  /** The saved names of the circle skipped, with their counts. */
  readonly names: Map<string, number>;
  /** Records whose time named no zone, read in `--time-zone` (`onZonelessTime`). */
  zoneless: number;
}

/** The names of the saved contacts skipped, most first (`: 妈妈 ×3, Anna ×1 — --keep-circle imports them`). */
function skippedNames(names: ReadonlyMap<string, number>): string {
  if (names.size === 0) return '';
  const top = [...names].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return t().importing.circle(
    top.map(([n, k]) => `${printable(n)} ×${k}`).join(', '),
    names.size - top.length,
  );
}

/** Parses `at=Date,from=Caller,content=3` into a CSV column mapping (names or 0-based indexes). */
export function parseColumns(spec: string): CsvColumns {
  const columns: Record<string, string | number> = {};
  for (const part of spec.split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (!COLUMN_KEYS.includes(key as (typeof COLUMN_KEYS)[number]) || !value)
      throw badInput(t().importFlags.columnsPart(part, COLUMN_KEYS.join(', ')));
    columns[key!] = /^\d+$/u.test(value) ? Number(value) : value;
  }
  if (columns.at === undefined) throw badInput(t().importFlags.columnsAt);
  return columns as unknown as CsvColumns;
}

/**
 * Reads `--owner`: one number, or `1=13800138000,2=13900139001` (SIM id = number) for a dual-SIM
 * backup, each record filed under the line its SIM is.
 */
export function parseOwner(spec: string): string | Record<string, string> {
  if (!spec.includes('=')) return spec;
  const sims: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const [sim, number] = part.split('=').map((s) => s.trim());
    if (!sim || !number || part.split('=').length !== 2) throw badInput(t().importFlags.owner(part));
    sims[sim] = number;
  }
  return sims;
}

/**
 * The first 64 KiB of a file's text, decoded as the import would read it (`encoding`, `auto`
 * sniffing a GBK, Big5, Shift_JIS or Windows-1252 export), so that its column names are quoted
 * as written; bytes no encoding explains are read as UTF-8 with replacement characters.
 */
async function headText(file: string, encoding: TextEncoding): Promise<string> {
  const quiet: ScanSink = { reject: () => undefined, skip: () => undefined };
  let head = '';
  try {
    for await (const chunk of readText(file, quiet, encoding)) {
      head += chunk.text;
      if (head.length >= 64 * 1024) break;
    }
    return head;
  } catch {
    const { readFile } = await import('node:fs/promises');
    return (await readFile(file)).subarray(0, 64 * 1024).toString('utf8');
  }
}

/**
 * What to pass as `--columns` for a CSV imported without it: the file's own header cells, in
 * the file's encoding.
 */
async function columnsHint(file: string, encoding: TextEncoding, delimiter?: string): Promise<string> {
  const cells = headerCells(await headText(file, encoding), delimiter);
  // Every cell, so the one to map is never among those left out; a header too long to read in
  // one message is cut after 40 with the count of the rest.
  const shown = cells.length > 40 ? [...cells.slice(0, 40), `… (${cells.length - 40} more)`] : cells;
  return `${file}: say which column is which: --columns at=<column>,from=<column>,content=<column> (keys ${COLUMN_KEYS.join(', ')})${shown.length > 0 ? `; this file's first line has: ${shown.join(', ')}` : ''}`;
}

// A date as exports write it: three numbers with one separator (`17.11.26`, `10/03/2026`,
// `2026/11/28`), the Chinese `2026年11月28日` or the Korean `2026. 4. 2.`, then an optional time,
// maybe with AM/PM or a zh/ja/ko day period before or after it (`上午10:15`, `오후 3:05`).
const DATE_SHAPE = new RegExp(
  `^(?:(?<a>\\d{1,4})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{1,4})|(?<cy>\\d{4})年\\d{1,2}月\\d{1,2}日|\\d{4}(?<k1>\\. ?)\\d{1,2}(?<k2>\\. ?)\\d{1,2}(?<k3>\\.?))` +
    `(?:(?<gap>\\s*|[ T]|,\\s*)(?:(?<pre>${DAY_PERIOD_WORDS})(?<preGap>\\s*))?(?<hh>\\d{1,2}):\\d{2}(?<ss>:\\d{2})?(?<postGap>\\s*)(?<post>[AaPp]\\.?[Mm]\\.?|${DAY_PERIOD_WORDS})?)?$`,
  'u',
);

// A date written as digits only, year first (ISO 8601 basic format, as Chinese carriers' and
// PBX exports write it): `20261112`, `202611121000`, `20261112100000`.
const COMPACT_FORMATS: Readonly<Record<number, string>> = {
  8: 'yyyyMMdd',
  12: 'yyyyMMddHHmm',
  14: 'yyyyMMddHHmmss',
};

/** Whether a refused value has a shape a format is suggested for. */
const knownShape = (value: string): boolean =>
  DATE_SHAPE.test(value) || (/^\d+$/u.test(value) && COMPACT_FORMATS[value.length] !== undefined);

/** The date-fns formats a refused date's shape may be written in, most likely first. */
function formatsFor(value: string, dayFirst: boolean | undefined): string[] {
  const compact = /^\d+$/u.test(value.trim()) ? COMPACT_FORMATS[value.trim().length] : undefined;
  if (compact !== undefined) return [compact];
  const g = DATE_SHAPE.exec(value.trim())?.groups;
  if (!g) return [];
  const { a, sep, b, c, cy, k1, k2, k3, gap, pre, preGap, hh, ss, postGap, post } = g;
  const twelve = pre !== undefined || post !== undefined;
  const time =
    hh === undefined
      ? ''
      : `${gap === 'T' ? "'T'" : gap}${pre ? `a${preGap}` : ''}${twelve ? 'hh' : 'HH'}:mm${ss ? ':ss' : ''}${post ? `${postGap}a` : ''}`;
  if (cy !== undefined) return [`yyyy年M月d日${time}`];
  if (k1 !== undefined) return [`yyyy${k1}M${k2}d${k3}${time}`];
  if (a!.length === 4) return [`yyyy${sep}MM${sep}dd${time}`];
  const year = c!.length === 2 ? 'yy' : 'yyyy';
  const day = `dd${sep}MM${sep}${year}${time}`;
  const month = `MM${sep}dd${sep}${year}${time}`;
  if (dayFirst === true || Number(a) > 12) return [day];
  if (dayFirst === false || Number(b) > 12) return [month];
  // Dots are the day-first countries' (German 17.11.2026); slashes and dashes are both ways.
  return sep === '.' ? [day] : [day, month];
}

/**
 * A `--date-format` to suggest when dates were refused: from the refused values' shape (German
 * `17.11.26 14:03` → `dd.MM.yy HH:mm`, US `10/03/2026 10:12 AM` → `MM/dd/yyyy hh:mm a`, Chinese
 * `2026/11/28 09:12:30` → `yyyy/MM/dd HH:mm:ss`, digits only `20261112100000` → `yyyyMMddHHmmss`),
 * day and month told apart by any refused value
 * with a part over 12, and only a format that reads every refused value it is shown with.
 *
 * @param rejections - The import's rejections.
 * @returns The hint line, or undefined when no refused date has a known shape.
 */
export function dateFormatHint(
  rejections: readonly ImportRejection[],
  words: Pick<CliStrings['importing'], 'dateFormatHint'> = en.importing,
): string | undefined {
  const values = rejections
    .map((r) => /^(?:at|start): "([^"]*)" is not a date/u.exec(r.reason)?.[1])
    .filter((v): v is string => v !== undefined && knownShape(v.trim()));
  const value = values[0];
  if (value === undefined) return undefined;
  // Day first when some value's first part is over 12, month first when its second is.
  let dayFirst: boolean | undefined;
  for (const v of values) {
    const g = DATE_SHAPE.exec(v.trim())?.groups;
    if (g?.a === undefined || g.a.length === 4) continue;
    if (Number(g.a) > 12) dayFirst = true;
    else if (Number(g.b) > 12) dayFirst ??= false;
  }
  const sample = values.slice(0, 50);
  const formats = formatsFor(value, dayFirst).filter((f) =>
    sample.every((v) => typeof readDateCell(v, 'UTC', f) === 'number'),
  );
  if (formats.length === 0) return undefined;
  return words.dateFormatHint(JSON.stringify(value), formats[0]!, formats[1]);
}

/**
 * A hint when an Android backup read without `--owner` made every new record untraceable while
 * the person has pool numbers: the backup was most likely taken on a pool phone.
 */
function ownerHint(
  words: Pick<CliStrings['importing'], 'ownerHint'>,
  format: string,
  flags: ImportFlags,
  subject: { readonly phones: { readonly real: readonly string[]; readonly pool: readonly string[] } },
  result: RecordManySummary,
): string[] {
  const fresh = result.inserted + (result.replaced ?? 0);
  if (format !== 'android' || flags.owner !== undefined || fresh === 0) return [];
  if (subject.phones.pool.length === 0 || result.verdicts.untraceable < result.inserted) return [];
  return [words.ownerHint(fresh, subject.phones.real[0] ?? '')];
}

/**
 * How long before the person's store a record may be dated: 30 years, beyond mobile texting and
 * web mail (1996 for a store set up in 2026). An earlier date is a misread one (`17.11.26` as
 * 1926), refused with its line rather than stored where no re-import can move it.
 */
export const PLAUSIBLE_PAST_YEARS = 30;

/** The earliest date an import into a store created at `createdAt` accepts. */
export function earliestPlausible(createdAt: Date): Date {
  const earliest = new Date(createdAt.getTime());
  earliest.setUTCFullYear(earliest.getUTCFullYear() - PLAUSIBLE_PAST_YEARS);
  return earliest;
}

/** `--delimiter`: one character; `tab` or `\t` for a tab. */
function delimiterFlag(value: string): string {
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...d].length !== 1 || /[\r\n"]/u.test(d)) throw badInput(t().importFlags.delimiter(value));
  return d;
}

/**
 * The one person whose lines (real, pool or sub-numbers; a national number read in `--region`,
 * else in that person's region) are every number `--owner` and `--to` give, or `undefined` when they give none, or name nobody's
 * line, or several people's.
 */
function lineHolder(
  subjects: readonly Subject[],
  flags: Pick<ImportFlags, 'owner' | 'to'>,
  region: string | undefined,
): Subject | undefined {
  const owner = flags.owner === undefined ? undefined : parseOwner(flags.owner);
  const numbers = [
    ...(owner === undefined ? [] : typeof owner === 'string' ? [owner] : Object.values(owner)),
    ...(flags.to === undefined || flags.to.includes('@') ? [] : [flags.to]),
  ];
  if (numbers.length === 0) return undefined;
  const holders = new Set<Subject>();
  for (const written of numbers) {
    const holding = subjects.filter((s) => {
      const parsed = parsePhone(written, region ?? s.region);
      if (parsed?.kind !== 'number') return false;
      const lines = [...s.phones.real, ...s.phones.pool, ...(s.phones.subNumbers ?? [])];
      return lines.includes(parsed.e164);
    });
    if (holding.length !== 1) return undefined;
    holders.add(holding[0]!);
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}

/**
 * The person a contact file is imported for. Mail names its person itself (each message is filed
 * under whoever its alias, plus-address or mailbox belongs to), so a mailbox holding several
 * people's mail (a family mbox over two catch-all domains) needs no `--subject`: it is read for
 * all of them, their plus-mailboxes together, dates in the zone they share (else UTC). Other
 * formats reach a line, not a person: one person is chosen (`--subject` when several), or the
 * person whose line `--owner` or `--to` is, when it is one person's.
 */
async function importSubject(
  session: Session,
  format: ContactFormat,
  flags: Pick<ImportFlags, 'owner' | 'to'>,
): Promise<Subject> {
  const subjects = await session.store.listSubjects();
  if (
    session.settings.subject === undefined &&
    subjects.length >= 2 &&
    format !== 'mbox' &&
    format !== 'eml'
  ) {
    const holder = lineHolder(subjects, flags, session.settings.region);
    if (holder) return holder;
  }
  if (
    session.settings.subject !== undefined ||
    subjects.length < 2 ||
    (format !== 'mbox' && format !== 'eml')
  )
    return chooseSubject(session);
  const regions = new Set(subjects.map((s) => s.region));
  const zones = new Set(subjects.map(subjectZone));
  const [first] = subjects as [Subject, ...Subject[]];
  return {
    ...first,
    name: subjects.map((s) => s.name).join(', '),
    emails: subjects.flatMap((s) => s.emails),
    createdAt: new Date(Math.min(...subjects.map((s) => s.createdAt.getTime()))),
    region: regions.size === 1 ? first.region : (session.settings.region ?? first.region),
    timeZone: zones.size === 1 ? subjectZone(first) : 'UTC',
  };
}

/** `file:line: reason`, the way compilers name a place. */
export const placeOf = (r: ImportRejection): string =>
  `${r.file}${r.line !== undefined ? `:${r.line}` : r.record !== undefined ? t().files.record(r.record) : r.offset !== undefined ? t().files.byte(r.offset) : ''}`;

/**
 * The line a run that rejected records fails with, or `undefined` when none was rejected.
 *
 * @param rejections - The rejections kept (the first one is named).
 * @param count - Every rejection, kept or not.
 * @param stored - The records this run stored.
 * @param zone - The zone dates in reasons are told in.
 */
function failureOf(
  rejections: readonly ImportRejection[],
  count: number,
  stored: number,
  zone: string,
): string | undefined {
  const first = rejections[0];
  return first && t().importing.failed(placeOf(first), plainReason(first.reason, zone), count, stored);
}

async function importContacts(
  session: Session,
  file: string,
  format: ContactFormat,
  flags: ImportFlags,
  rejections: ImportRejection[],
  tally: ReasonTally,
  timeZone: string,
  counts: Counts,
): Promise<RecordManySummary> {
  const subject = await importSubject(session, format, flags);
  const owner = flags.owner ?? subject.phones.real[0] ?? subject.phones.pool[0];
  if (format === 'android' && owner === undefined) throw badInput(t().importFlags.ownerNeeded);
  const { settings } = session;
  const total = settings.json || !process.stderr.isTTY ? 0 : await estimateRecords(file, format);
  const bar = progressBar(total, !settings.json);
  try {
    return await session.tracer.recordMany(
      readContacts(file, {
        format,
        onReject: (r) => rejections.push(r),
        onZonelessTime: () => {
          counts.zoneless++;
        },
        onSkip: (skip) => {
          // A PBX row that reached no phone number is no call of the person's: said apart.
          if (skip.code === 'not_a_line' || skip.code === 'other_line') {
            counts.noLine++;
            return;
          }
          if (skip.code === 'outgoing') {
            counts.outgoing++;
            return;
          }
          counts.circle++;
          if (skip.name !== undefined) counts.names.set(skip.name, (counts.names.get(skip.name) ?? 0) + 1);
        },
        ...(flags.keepCircle ? { keepCircle: true } : {}),
        ...(flags.strict ? { strict: true } : {}),
        ...(settings.region ? { region: settings.region } : {}),
        // The person's region reads their national numbers (a German person's `0176 12345670`)
        // and a mail's `CST` (China's for a person there).
        ...(!settings.region && subject.region ? { region: subject.region } : {}),
        ...(owner === undefined ? {} : { owner: parseOwner(owner) }),
        ...(flags.columns ? { columns: parseColumns(flags.columns) } : {}),
        ...(flags.to ? { to: flags.to } : {}),
        ...(flags.channel ? { channel: flags.channel } : {}),
        ...(flags.dateFormat ? { dateFormat: flags.dateFormat } : {}),
        ...(flags.delimiter !== undefined ? { delimiter: delimiterFlag(flags.delimiter) } : {}),
        ...(flags.encoding ? { encoding: flags.encoding } : {}),
        ...(flags.contentLimit ? { contentLimit: flags.contentLimit } : {}),
        timeZone,
        earliest: earliestPlausible(subject.createdAt),
        ...(flags.ownDomain ? { ownDomains: flags.ownDomain } : {}),
        plusMailboxes: subject.emails.filter((e) => e.strategy === 'plus').map((e) => e.address),
        // A call log's row from one of the person's own lines is her call out, not a contact.
        ...(format === 'asterisk' ? { ownLines: [...subject.phones.real, ...subject.phones.pool] } : {}),
        // Mail forwarded into another mailbox keeps the alias below the forwarder's header: the
        // store's alias domains and canary addresses say which recipient is the alias.
        ...(format === 'mbox' || format === 'eml'
          ? {
              preferred: [
                ...subject.emails.flatMap((e) => aliasDomain(e) ?? []),
                ...session.tracer.listCanaries().flatMap((c) => c.email ?? []),
              ],
            }
          : {}),
      }),
      // --strict: all or nothing, also for records the tracer refuses after the file check.
      // Every rejection is kept: --json lists them all.
      {
        onProgress: (p) => bar.update(p.processed + rejections.length),
        onRecorded: tally.add,
        atomic: flags.strict === true,
        keepRejections: Number.POSITIVE_INFINITY,
        ...(flags.replace ? { replace: true } : {}),
      },
    );
  } finally {
    bar.stop();
  }
}

/** `leaktrace import <file>`: contacts from a call log, SMS backup, CDR, mailbox or CSV; or an alias export. */
export function register(program: Command): Command {
  const command = program
    .command('import <file>')
    .description('import calls, texts or mail from an export (format detected), or adopt an alias export')
    .addOption(choice('--format <format>', 'the file format', FORMATS, 'auto'))
    .option(
      '--owner <number>',
      'android: the number the backup was taken on, every record\'s "to" (default: your first real number); a dual-SIM backup: SIM id=number for each, e.g. 1=13800138000,2=13900139001; records already imported keep theirs',
    )
    .option(
      '--columns <map>',
      "csv: which column is which, e.g. at=time,from=number,content=text; transcript=<column> for a call's transcript; time=<column> when the date and the time of day are in two columns (at=Date,time=Time); direction=<column> skips your outgoing calls (主叫/被叫, MO/MT, outgoing/incoming)",
    )
    .option('--to <value>', 'csv: the number or address every row reached, when no column says')
    .addOption(
      choice(
        '--channel <channel>',
        'csv: what every row is, when no column says (default: sms when the content column is named as a message, Body, Message, 内容, 短信…; call otherwise)',
        ['call', 'sms', 'email', 'mail', 'other'],
      ),
    )
    .option(
      '--date-format <format>',
      'csv: the date format, e.g. "dd/MM/yyyy HH:mm" (default: ISO 8601, epoch, year-first "2026/09/02 10:15" or day-first dotted "28.11.2026 14:05")',
    )
    .addOption(
      choice(
        '--encoding <encoding>',
        'csv, asterisk: the text encoding (default: sniffed among UTF-8, UTF-16 with its byte order mark, GB18030, Big5, Shift_JIS and Windows-1252; euc-kr/cp949 when chosen)',
        TEXT_ENCODINGS,
        'auto',
      ),
    )
    .option(
      '--delimiter <char>',
      'csv: the field delimiter, e.g. ";" or tab (default: the file\'s sep= line, else detected among , ; tab |)',
    )
    .option(
      '--time-zone <zone>',
      "csv, asterisk, mail: the zone of times written without one, e.g. Asia/Shanghai (default: the subject's)",
    )
    .option(
      '--own-domain <domain>',
      'mail: read only mail to this domain, rejecting the rest (repeatable); not needed to find your aliases, the store knows their domains',
      (v, p: string[] = []) => [...p, v],
    )
    .option(
      '--keep-circle',
      'android: also import callers your phone has a name for, or that you called or texted first (skipped as your own circle otherwise; names saved as spam labels, 骚扰/推销/Spam…, are never your circle)',
    )
    .option(
      '--content-limit <characters>',
      'the longest text kept whole (default 100000): a longer mail is cut in the middle with a note, a longer message of another format rejected',
      contentLimitFlag,
    )
    .option('--strict', 'import nothing if any record is bad')
    .option(
      '--replace',
      'read the file again: records already stored are replaced by this reading (a wrong zone or --owner corrected)',
    );
  examples(
    command,
    'leaktrace import sms-20261129.xml --owner +8613900139001',
    'leaktrace import calls-20261129.csv --columns at=time,from=number,content=text --to 13900139002',
    'leaktrace import Master.csv --format asterisk --time-zone Asia/Shanghai',
    'leaktrace import ~/Mail/inbox.mbox',
    'leaktrace import simplelogin-aliases.csv',
  );
  return command.action(async (file: string, flags: ImportFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    const stat = statSync(file, { throwIfNoEntry: false });
    const words = t().importing;
    if (!stat) throw badInput(words.noFile(file, process.cwd()));
    if (!stat.isFile()) throw badInput(words.notFile(file));
    // Outlook's own format, told by its name before its OLE2 signature says only "binary".
    if (flags.format === 'auto' && /\.msg$/iu.test(file)) throw badInput(words.outlookMsg(file));
    let format: DetectedFormat | undefined =
      flags.format === 'auto' ? await detectFormat(file) : flags.format;
    if (format === undefined) throw badInput(words.noFormat(file, FORMATS.slice(1).join(', ')));
    const rejections: ImportRejection[] = [];
    // The zone dates are told in: the subject's.
    let zone = 'UTC';
    // The records this run stored (new contacts or adopted aliases), for the closing line.
    let stored = 0;
    // Every rejection, including those the tracer counted but did not keep.
    let rejectedCount = 0;
    await withTracer(
      settings,
      async (session) => {
        let summary: Record<string, unknown>;
        let lines: string[];
        zone = session.timeZone;
        if ((ALIAS_EXPORT_FORMATS as readonly string[]).includes(format!)) {
          const subject = await chooseSubject(session);
          const adopted = await adoptAliases(session.tracer, file, {
            subjectId: subject.id,
            format: format as (typeof ALIAS_EXPORT_FORMATS)[number],
            onReject: (r) => rejections.push(r),
            ...(flags.strict ? { strict: true } : {}),
          });
          stored = adopted.adopted.length;
          summary = {
            file,
            format: adopted.format,
            total: adopted.total,
            adopted: adopted.adopted.length,
            duplicates: adopted.duplicates,
            weak: adopted.weak,
            undated: adopted.undated,
            sourcesCreated: adopted.sourcesCreated.map((s) => ({ id: s.id, name: s.name })),
          };
          lines = [
            words.adopted(
              file,
              adopted.format,
              adopted.total,
              adopted.adopted.length,
              adopted.weak,
              adopted.duplicates,
              adopted.sourcesCreated.length,
            ),
          ];
          if (adopted.undated > 0) lines.push(words.undated(adopted.undated));
        } else {
          format = format as ContactFormat;
          if (format === 'csv' && flags.columns === undefined)
            throw badInput(
              await columnsHint(
                file,
                flags.encoding ?? 'auto',
                flags.delimiter !== undefined ? delimiterFlag(flags.delimiter) : undefined,
              ),
            );
          // What the file is (an empty file, a packed download) is said before what its rows lack.
          if (format === 'csv') {
            await checkReadable(file);
            needTo(file, parseColumns(flags.columns!), flags);
          }
          if (format === 'csv' && flags.channel === undefined)
            sayChannel(file, parseColumns(flags.columns!), settings.json);
          const subject = await importSubject(session, format, flags);
          zone = subjectZone(subject);
          const timeZone = flags.timeZone ?? zone;
          const tally = new ReasonTally(session.tracer);
          let result: RecordManySummary;
          const counts: Counts = {
            outgoing: 0,
            circle: 0,
            noLine: 0,
            names: new Map<string, number>(),
            zoneless: 0,
          };
          try {
            result = await importContacts(session, file, format, flags, rejections, tally, timeZone, counts);
          } catch (error) {
            if (error instanceof ConfigError) throw badInput(error.message.replace(/^\[leaktrace\]\s*/u, ''));
            throw error;
          }
          const skips = counts.outgoing + counts.circle + counts.noLine;
          // Every record read is accounted for: stored, already recorded, skipped or rejected.
          const read = result.total + rejections.length + skips;
          // `total` counts the records read and `rejectedCount` every rejection (the file's and
          // the tracer's), as the human summary says: "3 records read … 1 rejected".
          const allRejected = rejections.length + result.rejectedCount;
          stored = result.inserted + (result.replaced ?? 0);
          for (const r of result.rejected) rejections.push({ file, record: r.index + 1, reason: r.reason });
          result = { ...result, total: read, rejectedCount: allRejected };
          // The zone is said when it was used: a time written without one (a CSV whose times end
          // in `Z` or are epoch milliseconds was read in no zone of ours).
          const naive = counts.zoneless > 0;
          const conflicts = await timeConflicts(session.store, tally.duplicates);
          summary = {
            file,
            format,
            ...(naive ? { timeZone, zonelessTimes: counts.zoneless } : {}),
            ...result,
            skipped: skips,
            skippedBy: { outgoing: counts.outgoing, circle: counts.circle, noLine: counts.noLine },
            timeConflicts: conflicts.count,
            rejected: undefined,
          };
          const verdictLines = tally.lines(zone);
          lines = [
            words.imported(
              file,
              format,
              read,
              result.inserted,
              flags.replace ? (result.replaced ?? 0) : undefined,
              result.duplicates,
              skips,
              rejections.length,
            ),
            ...(counts.outgoing > 0 ? [words.skipped(counts.outgoing)] : []),
            ...(counts.circle > 0 ? [words.skippedCircle(counts.circle, skippedNames(counts.names))] : []),
            ...(counts.noLine > 0 ? [words.skippedNoLine(counts.noLine)] : []),
            ...(naive
              ? [words.zone(counts.zoneless, timeZone, flags.timeZone !== undefined, subject.name)]
              : []),
            ...(verdictLines.length > 0 ? [words.verdictsHead(result.replaced ?? 0), ...verdictLines] : []),
            ...timeConflictLines(conflicts, zone),
            ...(format === 'android' && flags.owner !== undefined && result.duplicates > 0
              ? [words.keepOwner(result.duplicates, flags.owner)]
              : []),
            ...ownerHint(words, format, flags, subject, result),
          ];
        }
        summary.rejected = rejections;
        summary.rejectedCount ??= rejections.length;
        rejectedCount = summary.rejectedCount as number;
        if (settings.json) {
          // One document: a failure (any record rejected) is inside it, not printed after it.
          const failure = failureOf(rejections, summary.rejectedCount as number, stored, zone);
          if (failure) summary.error = { exitCode: EXIT.input, code: 'rejected_records', message: failure };
          printJson(summary);
        } else {
          print(...lines);
          for (const r of rejections.slice(0, 20))
            print(words.rejectedLine(placeOf(r), printable(plainReason(r.reason, zone))));
          if (rejections.length > 20) print(words.moreRejected(rejections.length - 20));
          const hint = flags.dateFormat === undefined ? dateFormatHint(rejections, words) : undefined;
          if (hint) print(hint);
        }
      },
      flags.contentLimit ? { contentLimit: flags.contentLimit } : {},
    );
    // The good records are kept; a rejected one still makes the run fail, so scripts notice.
    const failure = failureOf(rejections, rejectedCount, stored, zone);
    if (failure) throw new CliError(EXIT.input, failure, { jsonPrinted: settings.json === true });
  });
}
