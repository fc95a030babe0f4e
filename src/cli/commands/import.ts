import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { adoptAliases } from '../../importers/aliases.js';
import type { CsvColumns } from '../../importers/csv.js';
import { type ContactFormat, type DetectedFormat, detectFormat } from '../../importers/detect.js';
import type { ImportRejection } from '../../importers/importer.js';
import { ALIAS_EXPORT_FORMATS, CONTACT_FORMATS, readContacts } from '../../importers/index.js';
import type { RecordManySummary } from '../../types.js';
import { chooseSubject, type Session, settingsOf, withTracer } from '../context.js';
import { badInput, CliError, EXIT } from '../errors.js';
import { print, printable, printJson } from '../output.js';
import { estimateRecords, progressBar } from '../progress.js';
import { choice, examples } from './_options.js';

const FORMATS = ['auto', ...CONTACT_FORMATS, ...ALIAS_EXPORT_FORMATS] as const;
const COLUMN_KEYS = ['at', 'from', 'to', 'fromName', 'content', 'channel', 'id'] as const;

interface ImportFlags {
  readonly format: (typeof FORMATS)[number];
  readonly owner?: string;
  readonly columns?: string;
  readonly to?: string;
  readonly dateFormat?: string;
  readonly timeZone?: string;
  readonly ownDomain?: string[];
  readonly strict?: boolean;
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

/** `file:line: reason`, the way compilers name a place. */
export const placeOf = (r: ImportRejection): string =>
  `${r.file}${r.line !== undefined ? `:${r.line}` : r.record !== undefined ? ` record ${r.record}` : r.offset !== undefined ? ` byte ${r.offset}` : ''}`;

async function importContacts(
  session: Session,
  file: string,
  format: ContactFormat,
  flags: ImportFlags,
  rejections: ImportRejection[],
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
        ...(flags.strict ? { strict: true } : {}),
        ...(settings.region ? { region: settings.region } : {}),
        ...(owner === undefined ? {} : { owner }),
        ...(flags.columns ? { columns: parseColumns(flags.columns) } : {}),
        ...(flags.to ? { to: flags.to } : {}),
        ...(flags.dateFormat ? { dateFormat: flags.dateFormat } : {}),
        ...(flags.timeZone ? { timeZone: flags.timeZone } : {}),
        ...(flags.ownDomain ? { ownDomains: flags.ownDomain } : {}),
      }),
      // --strict: all or nothing, also for records the tracer refuses after the file check.
      // Every rejection is kept: --json lists them all.
      {
        onProgress: (p) => bar.update(p.processed + rejections.length),
        atomic: flags.strict === true,
        keepRejections: Number.POSITIVE_INFINITY,
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
      'android: the number the backup was taken on, every record\'s "to" (default: your first real number); records already imported keep theirs',
    )
    .option('--columns <map>', 'csv: which column is which, e.g. at=time,from=number,content=text')
    .option('--to <value>', 'csv: the number or address every row reached, when no column says')
    .option('--date-format <format>', 'csv: the date format, e.g. "dd/MM/yyyy HH:mm" (default ISO or epoch)')
    .option('--time-zone <zone>', 'csv: the zone of dates without one, e.g. Asia/Shanghai (default UTC)')
    .option('--own-domain <domain>', 'mail: a domain of your aliases (repeatable)', (v, p: string[] = []) => [
      ...p,
      v,
    ])
    .option('--strict', 'import nothing if any record is bad');
  examples(
    command,
    'leaktrace import calls-20261129.xml',
    'leaktrace import sms.xml --owner +8613900139001',
    'leaktrace import log.csv --columns at=time,from=number,content=text --to +8613900139001',
    'leaktrace import ~/Mail/inbox.mbox --own-domain zw.example',
    'leaktrace import simplelogin-aliases.csv',
  );
  return command.action(async (file: string, flags: ImportFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw badInput(`${file}: no such file`);
    if (!stat.isFile()) throw badInput(`${file}: not a file`);
    let format: DetectedFormat | undefined =
      flags.format === 'auto' ? await detectFormat(file) : flags.format;
    if (format === undefined)
      throw badInput(`${file}: cannot tell its format; pass --format (${FORMATS.slice(1).join(', ')})`);
    const rejections: ImportRejection[] = [];
    await withTracer(settings, async (session) => {
      let summary: Record<string, unknown>;
      let lines: string[];
      if ((ALIAS_EXPORT_FORMATS as readonly string[]).includes(format!)) {
        const subject = await chooseSubject(session);
        const adopted = await adoptAliases(session.tracer, file, {
          subjectId: subject.id,
          format: format as (typeof ALIAS_EXPORT_FORMATS)[number],
          onReject: (r) => rejections.push(r),
          ...(flags.strict ? { strict: true } : {}),
        });
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
          `Adopted ${file} (${adopted.format}): ${adopted.total} aliases read, ${adopted.adopted.length} adopted as canaries (${adopted.weak} guessable), ${adopted.duplicates} already known, ${adopted.sourcesCreated.length} sources created.`,
        ];
      } else {
        format = format as ContactFormat;
        let result: RecordManySummary;
        try {
          result = await importContacts(session, file, format, flags, rejections);
        } catch (error) {
          if (error instanceof ConfigError) throw badInput(error.message.replace(/^\[leaktrace\]\s*/u, ''));
          throw error;
        }
        const read = result.total + rejections.length;
        for (const r of result.rejected) rejections.push({ file, record: r.index + 1, reason: r.reason });
        summary = { file, format, ...result, rejected: undefined };
        const verdicts = Object.entries(result.verdicts)
          .filter(([, n]) => n > 0)
          .map(([v, n]) => `${n} ${v}`)
          .join(', ');
        lines = [
          `Imported ${file} (${format}): ${read} records read, ${result.inserted} new, ${result.duplicates} already recorded, ${rejections.length} rejected.`,
          ...(verdicts ? [`Verdicts of the new ones: ${verdicts}.`] : []),
          ...(format === 'android' && flags.owner !== undefined && result.duplicates > 0
            ? [
                `The ${result.duplicates} already recorded keep the number they were first imported for: --owner never makes a record new.`,
              ]
            : []),
        ];
      }
      summary.rejected = rejections;
      if (settings.json) printJson(summary);
      else {
        print(...lines);
        for (const r of rejections.slice(0, 20)) print(`  rejected ${placeOf(r)}: ${printable(r.reason)}`);
        if (rejections.length > 20) print(`  … and ${rejections.length - 20} more (--json lists them all)`);
      }
    });
    // The good records are kept; a rejected one still makes the run fail, so scripts notice.
    const first = rejections[0];
    if (first) {
      const more =
        rejections.length > 1
          ? ` (${rejections.length} records rejected, the others imported)`
          : ' (the other records were imported)';
      throw new CliError(EXIT.input, `${placeOf(first)}: ${first.reason}${more}`);
    }
  });
}
