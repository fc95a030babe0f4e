import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { adoptAliases } from '../../importers/aliases.js';
import type { CsvColumns } from '../../importers/csv.js';
import { type ContactFormat, type DetectedFormat, detectFormat } from '../../importers/detect.js';
import type { ImportRejection } from '../../importers/importer.js';
import { ALIAS_EXPORT_FORMATS, CONTACT_FORMATS, readContacts } from '../../importers/index.js';
import type { RecordManySummary } from '../../types.js';
import { chooseSubject, type Session, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput, CliError, EXIT } from '../errors.js';
import { plainReason, ReasonTally, timeConflictLines, timeConflicts } from '../import-summary.js';
import { count, print, printable, printJson } from '../output.js';
import { estimateRecords, progressBar } from '../progress.js';
import { choice, examples } from './_options.js';

const FORMATS = ['auto', ...CONTACT_FORMATS, ...ALIAS_EXPORT_FORMATS] as const;
/** Formats whose times may be written without a zone (a CSV cell, a CDR server's local time). */
const NAIVE_TIME_FORMATS: readonly ContactFormat[] = ['csv', 'asterisk'];
const COLUMN_KEYS = ['at', 'from', 'to', 'fromName', 'content', 'channel', 'id', 'direction'] as const;

interface ImportFlags {
  readonly format: (typeof FORMATS)[number];
  readonly owner?: string;
  readonly columns?: string;
  readonly to?: string;
  readonly dateFormat?: string;
  readonly timeZone?: string;
  readonly ownDomain?: string[];
  readonly strict?: boolean;
  readonly replace?: boolean;
}

/** Parses `at=Date,from=Caller,content=3` into a CSV column mapping (names or 0-based indexes). */
export function parseColumns(spec: string): CsvColumns {
  const columns: Record<string, string | number> = {};
  for (const part of spec.split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (!COLUMN_KEYS.includes(key as (typeof COLUMN_KEYS)[number]) || !value)
      throw badInput(`--columns: "${part}" is not key=column with a key among ${COLUMN_KEYS.join(', ')}`);
    columns[key!] = /^\d+$/u.test(value) ? Number(value) : value;
  }
  if (columns.at === undefined) throw badInput('--columns: the "at" column (when it arrived) is required');
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
    if (!sim || !number || part.split('=').length !== 2)
      throw badInput(
        `--owner: "${part}" is not <SIM id>=<number> (e.g. --owner 1=13800138000,2=13900139001)`,
      );
    sims[sim] = number;
  }
  return sims;
}

/**
 * What to pass as `--columns` for a CSV imported without it: the file's own header cells.
 */
async function columnsHint(file: string): Promise<string> {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', end: 64 * 1024 }) });
  let header = '';
  for await (const line of lines) {
    header = line.replace(/^\uFEFF/u, '');
    break;
  }
  lines.close();
  const cells = header
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/gu, ''))
    .filter(Boolean)
    .slice(0, 12);
  return `${file}: say which column is which: --columns at=<column>,from=<column>,content=<column> (keys ${COLUMN_KEYS.join(', ')})${cells.length > 0 ? `; this file's first line has: ${cells.join(', ')}` : ''}`;
}

/**
 * A `--date-format` to suggest when dates were refused: from the first refused value's shape
 * (`29/11/2026 18:10` → `dd/MM/yyyy HH:mm`; day and month told apart where a part is over 12).
 */
export function dateFormatHint(rejections: readonly ImportRejection[]): string | undefined {
  const value = rejections
    .map((r) => /^(?:at|start): "([^"]*)" is not a date/u.exec(r.reason)?.[1])
    .find((v) => v !== undefined);
  const m = value && /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(:\d{2})?)?$/u.exec(value);
  if (!m) return undefined;
  const [, a, sep, b, , hh, , ss] = m;
  const time = hh === undefined ? '' : ` HH:mm${ss ? ':ss' : ''}`;
  const dayFirst = `dd${sep}MM${sep}yyyy${time}`;
  const monthFirst = `MM${sep}dd${sep}yyyy${time}`;
  const format = Number(a) > 12 ? dayFirst : Number(b) > 12 ? monthFirst : undefined;
  return format
    ? `Hint: the dates look like ${JSON.stringify(value)}: pass --date-format "${format}"`
    : `Hint: the dates look like ${JSON.stringify(value)}: pass --date-format "${dayFirst}" (day first) or "${monthFirst}" (month first)`;
}

/**
 * A hint when an Android backup read without `--owner` made every new record untraceable while
 * the person has pool numbers: the backup was most likely taken on a pool phone.
 */
function ownerHint(
  format: string,
  flags: ImportFlags,
  subject: { readonly phones: { readonly real: readonly string[]; readonly pool: readonly string[] } },
  result: RecordManySummary,
): string[] {
  const fresh = result.inserted + (result.replaced ?? 0);
  if (format !== 'android' || flags.owner !== undefined || fresh === 0) return [];
  if (subject.phones.pool.length === 0 || result.verdicts.untraceable < result.inserted) return [];
  return [
    `Hint: all ${fresh} were read as reaching your real number ${subject.phones.real[0] ?? ''} (no --owner), so none can be traced. If this backup comes from the phone holding a pool number, import it again with --owner <that number> --replace.`,
  ];
}

/** `file:line: reason`, the way compilers name a place. */
export const placeOf = (r: ImportRejection): string =>
  `${r.file}${r.line !== undefined ? `:${r.line}` : r.record !== undefined ? ` record ${r.record}` : r.offset !== undefined ? ` byte ${r.offset}` : ''}`;

async function importContacts(
  session: Session,
  file: string,
  format: ContactFormat,
  flags: ImportFlags,
  rejections: ImportRejection[],
  tally: ReasonTally,
  timeZone: string,
  skipped: { count: number },
): Promise<RecordManySummary> {
  const subject = await chooseSubject(session);
  const owner = flags.owner ?? subject.phones.real[0] ?? subject.phones.pool[0];
  if (format === 'android' && owner === undefined)
    throw badInput('--owner: the number the backup was taken on is needed (the subject has no phone)');
  const { settings } = session;
  const total = settings.json || !process.stderr.isTTY ? 0 : await estimateRecords(file, format);
  const bar = progressBar(total, !settings.json);
  try {
    return await session.tracer.recordMany(
      readContacts(file, {
        format,
        onReject: (r) => rejections.push(r),
        onSkip: () => {
          skipped.count++;
        },
        ...(flags.strict ? { strict: true } : {}),
        ...(settings.region ? { region: settings.region } : {}),
        ...(owner === undefined ? {} : { owner: parseOwner(owner) }),
        ...(flags.columns ? { columns: parseColumns(flags.columns) } : {}),
        ...(flags.to ? { to: flags.to } : {}),
        ...(flags.dateFormat ? { dateFormat: flags.dateFormat } : {}),
        timeZone,
        ...(flags.ownDomain ? { ownDomains: flags.ownDomain } : {}),
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
      'csv: which column is which, e.g. at=time,from=number,content=text; direction=<column> skips your outgoing calls (主叫/被叫, MO/MT, outgoing/incoming)',
    )
    .option('--to <value>', 'csv: the number or address every row reached, when no column says')
    .option('--date-format <format>', 'csv: the date format, e.g. "dd/MM/yyyy HH:mm" (default ISO or epoch)')
    .option(
      '--time-zone <zone>',
      "csv, asterisk: the zone of times written without one, e.g. Asia/Shanghai (default: the subject's)",
    )
    .option('--own-domain <domain>', 'mail: a domain of your aliases (repeatable)', (v, p: string[] = []) => [
      ...p,
      v,
    ])
    .option('--strict', 'import nothing if any record is bad')
    .option(
      '--replace',
      'read the file again: records already stored are replaced by this reading (a wrong zone or --owner corrected)',
    );
  examples(
    command,
    'leaktrace import calls-20261129.xml',
    'leaktrace import sms.xml --owner +8613900139001',
    'leaktrace import log.csv --columns at=time,from=number,content=text --to +8613900139001 --time-zone Asia/Shanghai',
    'leaktrace import Master.csv --format asterisk --time-zone Asia/Shanghai',
    'leaktrace import ~/Mail/inbox.mbox --own-domain zw.example',
    'leaktrace import simplelogin-aliases.csv',
  );
  return command.action(async (file: string, flags: ImportFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat)
      throw badInput(
        `${file}: no such file (in ${process.cwd()}); check the path, or try the sample examples/sms-20261129.xml of a clone`,
      );
    if (!stat.isFile()) throw badInput(`${file}: not a file`);
    let format: DetectedFormat | undefined =
      flags.format === 'auto' ? await detectFormat(file) : flags.format;
    if (format === undefined)
      throw badInput(`${file}: cannot tell its format; pass --format (${FORMATS.slice(1).join(', ')})`);
    const rejections: ImportRejection[] = [];
    // The zone dates are told in: the subject's.
    let zone = 'UTC';
    // The records this run stored (new contacts or adopted aliases), for the closing line.
    let stored = 0;
    await withTracer(settings, async (session) => {
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
          sourcesCreated: adopted.sourcesCreated.map((s) => ({ id: s.id, name: s.name })),
        };
        lines = [
          `Adopted ${file} (${adopted.format}): ${count(adopted.total, 'alias', 'aliases')} read, ${adopted.adopted.length} adopted as canaries (${adopted.weak} guessable), ${adopted.duplicates} already known, ${count(adopted.sourcesCreated.length, 'source')} created.`,
        ];
      } else {
        format = format as ContactFormat;
        if (format === 'csv' && flags.columns === undefined) throw badInput(await columnsHint(file));
        const subject = await chooseSubject(session);
        zone = subjectZone(subject);
        const timeZone = flags.timeZone ?? zone;
        const tally = new ReasonTally(session.tracer);
        let result: RecordManySummary;
        const skipped = { count: 0 };
        try {
          result = await importContacts(session, file, format, flags, rejections, tally, timeZone, skipped);
        } catch (error) {
          if (error instanceof ConfigError) throw badInput(error.message.replace(/^\[leaktrace\]\s*/u, ''));
          throw error;
        }
        const read = result.total + rejections.length;
        stored = result.inserted + (result.replaced ?? 0);
        for (const r of result.rejected) rejections.push({ file, record: r.index + 1, reason: r.reason });
        const naive = NAIVE_TIME_FORMATS.includes(format);
        const conflicts = await timeConflicts(session.store, tally.duplicates);
        summary = {
          file,
          format,
          ...(naive ? { timeZone } : {}),
          ...result,
          skipped: skipped.count,
          timeConflicts: conflicts.count,
          rejected: undefined,
        };
        const verdictLines = tally.lines(zone);
        lines = [
          `Imported ${file} (${format}): ${count(read, 'record')} read, ${result.inserted} new, ${flags.replace ? `${result.replaced ?? 0} replaced by this reading, ` : ''}${result.duplicates} already recorded, ${rejections.length} rejected.`,
          ...(skipped.count > 0
            ? [
                `${skipped.count} skipped as your own: ${format === 'android' ? 'callers your phone has a name for or that you called or texted' : 'calls and texts you made'}.`,
              ]
            : []),
          ...(naive
            ? [
                `Times without a zone were read in ${timeZone}${flags.timeZone ? ' (--time-zone)' : ` (${subject.name}'s zone; --time-zone to change)`}.`,
              ]
            : []),
          ...(verdictLines.length > 0 ? ['Verdicts of the new ones:', ...verdictLines] : []),
          ...timeConflictLines(conflicts, zone),
          ...(format === 'android' && flags.owner !== undefined && result.duplicates > 0
            ? [
                `The ${result.duplicates} already recorded keep the number they were first imported for: add --replace to read them again for --owner ${flags.owner}.`,
              ]
            : []),
          ...ownerHint(format, flags, subject, result),
        ];
      }
      summary.rejected = rejections;
      if (settings.json) printJson(summary);
      else {
        print(...lines);
        for (const r of rejections.slice(0, 20))
          print(`  rejected ${placeOf(r)}: ${printable(plainReason(r.reason, zone))}`);
        if (rejections.length > 20) print(`  … and ${rejections.length - 20} more (--json lists them all)`);
        const hint = flags.dateFormat === undefined ? dateFormatHint(rejections) : undefined;
        if (hint) print(hint);
      }
    });
    // The good records are kept; a rejected one still makes the run fail, so scripts notice.
    const first = rejections[0];
    if (first) {
      const rejected = rejections.length > 1 ? `${rejections.length} records rejected` : '1 record rejected';
      const more = ` (${rejected}, ${stored === 0 ? 'none imported' : `${stored} imported`})`;
      throw new CliError(EXIT.input, `${placeOf(first)}: ${plainReason(first.reason, zone)}${more}`);
    }
  });
}
