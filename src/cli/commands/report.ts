import type { Command } from 'commander';
import type { Report } from '../../report/index.js';
import { buildReport, renderCsv, renderHtml, renderJson, renderMarkdown } from '../../report/index.js';
import type { Locale } from '../../types.js';
import { type Session, settingsOf, withTracer } from '../context.js';
import { t } from '../i18n.js';
import { checkOutFile, toStdout, writeOutFile } from '../out-file.js';
import { print, printJson } from '../output.js';
import { suggest } from '../suggest.js';
import { checkWindow, choice, examples, instant, notAfterNow, windowEnd } from './_options.js';

/** The report formats the CLI writes. */
export const REPORT_FORMATS = ['html', 'md', 'json', 'csv'] as const;
/** One report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportFlags {
  readonly format: ReportFormat;
  readonly out?: string;
  readonly locale?: Locale;
  readonly table?: 'findings' | 'contacts' | 'actors' | 'cases';
  readonly from?: Date;
  readonly to?: Date;
}

/**
 * Builds the report model of a session, for one subject when `--subject` (or `subjectId`) chose
 * one, its dates in the session's zone (the subject's) unless `timeZone` says otherwise.
 */
export function buildSessionReport(
  { tracer, settings, timeZone }: Session,
  window: { from?: Date; to?: Date; locale?: Locale; now?: Date; subjectId?: string; timeZone?: string },
): Promise<Report> {
  return buildReport(tracer, {
    ...(settings.subject === undefined ? {} : { subjectId: settings.subject }),
    timeZone,
    ...window,
  });
}

/** Renders a report model in one format. */
export async function renderReport(
  report: Report,
  format: ReportFormat,
  options: { locale?: Locale; table?: ReportFlags['table'] } = {},
): Promise<string> {
  const locale = options.locale === undefined ? {} : { locale: options.locale };
  if (format === 'html') return renderHtml(report, locale);
  if (format === 'md') return renderMarkdown(report, locale);
  if (format === 'csv') return renderCsv(report, options.table === undefined ? {} : { table: options.table });
  return renderJson(report);
}

/** `leaktrace report`: the evidence report, as one HTML file, Markdown, JSON or CSV. */
export function register(program: Command): Command {
  const command = program
    .command('report')
    .description('write the leak report: HTML (one self-contained file), Markdown, JSON or CSV')
    .addOption(choice('--format <format>', 'the format', REPORT_FORMATS, 'html'))
    .option('--out <file>', 'write to a file (mode 0600) instead of stdout (`-`: stdout)')
    .addOption(choice('--locale <locale>', 'the language (default: the subject’s)', ['en', 'zh-CN']))
    .addOption(
      choice('--table <table>', 'csv: which table', ['findings', 'contacts', 'actors', 'cases'], 'findings'),
    )
    .option('--from <time>', 'only contacts from this time', instant)
    .option(
      '--to <time>',
      'only contacts before this time (default now); a date alone: up to the end of that day',
      windowEnd,
    );
  examples(
    command,
    'leaktrace report --out report.html',
    'leaktrace report --format md --locale en > report.md',
    'leaktrace report --format csv --table contacts --out contacts.csv',
  );
  return command.action(async (flags: ReportFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    checkWindow(flags);
    if (!toStdout(flags.out)) checkOutFile(flags.out);
    await withTracer(settings, async (session) => {
      const report = await buildSessionReport(session, {
        ...(flags.from ? { from: flags.from } : {}),
        ...(flags.to ? { to: notAfterNow(flags.to) } : {}),
        ...(flags.locale ? { locale: flags.locale } : {}),
      });
      const text = await renderReport(report, flags.format, {
        ...(flags.locale ? { locale: flags.locale } : {}),
        ...(flags.table ? { table: flags.table } : {}),
      });
      if (toStdout(flags.out)) {
        process.stdout.write(text);
        const note = terminalNote(flags.format, flags.out, process.stdout.isTTY === true);
        if (note !== undefined) process.stderr.write(`${note}\n`);
        return;
      }
      writeOutFile(flags.out, text);
      const leaked = report.sources.filter((s) => s.finding.status === 'leaked').length;
      if (settings.json)
        printJson({ format: flags.format, out: flags.out, bytes: Buffer.byteLength(text), leaked });
      else
        print(
          t().report.wrote(flags.out, flags.format, Buffer.byteLength(text), leaked, report.sources.length),
        );
    });
  });
}

/**
 * What to say after an HTML report was printed to a terminal because no `--out` was given: a
 * page of markup scrolled past, and the report is read in a browser, so the command that writes it
 * to a file. Nothing for `--out -` (asked for), a pipe or redirect, or a text format.
 *
 * @param format - The report's format.
 * @param out - `--out` as given (`undefined` when not given).
 * @param terminal - Whether standard output is a terminal.
 * @returns The note for stderr, or `undefined`.
 */
export function terminalNote(format: string, out: string | undefined, terminal: boolean): string | undefined {
  if (format !== 'html' || out !== undefined || !terminal) return undefined;
  return t().report.toTerminal(suggest('report --out report.html'));
}
