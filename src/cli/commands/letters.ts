import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type Law, type Report, renderLetter } from '../../report/index.js';
import type { Locale } from '../../types.js';
import { settingsOf, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { print, printJson } from '../output.js';
import { choice, examples } from './_options.js';
import { buildSessionReport } from './report.js';
import { findSource } from './source.js';

interface LettersFlags {
  readonly source?: string;
  readonly law: Law;
  readonly locale?: Locale;
  readonly to: 'source' | 'regulator';
  readonly kind: 'request' | 'reminder';
  readonly out?: string;
}

/** One letter written. */
export interface WrittenLetter {
  readonly sourceId: string;
  readonly source: string;
  readonly to: 'source' | 'regulator';
  readonly file?: string;
  readonly text: string;
}

/** A file name for a letter: the source's id (names may hold any script) and the recipient. */
export const letterFile = (sourceId: string, to: string): string => `letter-${to}-${sourceId}.txt`;

/**
 * Writes the letters about each given (or each leaked) source of a report.
 *
 * @throws CliError (exit 2) when a given source did not leak and so has no evidence to cite.
 */
export function writeLetters(
  report: Report,
  sourceIds: readonly string[],
  options: {
    law: Law;
    to: 'source' | 'regulator';
    locale?: Locale;
    out?: string;
    /** To the source: the first request, or a reminder citing a case's request (default request). */
    kind?: 'request' | 'reminder';
  },
): WrittenLetter[] {
  if (options.out !== undefined) mkdirSync(options.out, { recursive: true, mode: 0o700 });
  return sourceIds.map((sourceId) => {
    const source = report.sources.find((s) => s.id === sourceId)!;
    const text = renderLetter(report, {
      to: options.to,
      sourceId,
      law: options.law,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.kind === 'reminder' ? { kind: 'reminder' as const } : {}),
    });
    const name = letterFile(sourceId, options.kind === 'reminder' ? 'reminder' : options.to);
    const file = options.out === undefined ? undefined : join(options.out, name);
    if (file !== undefined) writeFileSync(file, text, { mode: 0o600 });
    return { sourceId, source: source.name, to: options.to, ...(file ? { file } : {}), text };
  });
}

/** `leaktrace letters`: requests to a leaking source, or complaints to the regulator. */
export function register(program: Command): Command {
  const command = program
    .command('letters')
    .description('write letters about leaked sources: a request under PIPL, GDPR or CCPA, or a complaint')
    .option('--source <source>', 'the source (id or name); every leaked source when omitted')
    .addOption(choice('--law <law>', 'the law the requests are made under', ['PIPL', 'GDPR', 'CCPA'], 'PIPL'))
    .addOption(choice('--locale <locale>', 'the language (default: the subject’s)', ['en', 'zh-CN']))
    .addOption(
      choice(
        '--to <recipient>',
        'write to the source, or to the regulator',
        ['source', 'regulator'],
        'source',
      ),
    )
    .addOption(
      choice(
        '--kind <kind>',
        'to the source: the first request, or a reminder after its deadline passed (needs a case)',
        ['request', 'reminder'],
        'request',
      ),
    )
    .option('--out <folder>', 'write one file per letter into this folder instead of stdout');
  examples(
    command,
    'leaktrace letters --source "上海希尔顿酒店" --law PIPL --locale zh-CN',
    'leaktrace letters --law GDPR --locale en --out letters/',
    'leaktrace letters --source src_1 --to regulator --law CCPA',
    'leaktrace letters --source "上海希尔顿酒店" --kind reminder',
  );
  return command.action(async (flags: LettersFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    if (flags.kind === 'reminder' && flags.to === 'regulator')
      throw badInput('a reminder goes to the source: drop --to regulator');
    await withTracer(settings, async (session) => {
      const report = await buildSessionReport(session, flags.locale ? { locale: flags.locale } : {});
      const leaked = report.sources.filter(
        (s) => s.finding.status === 'leaked' || s.finding.status === 'suspected',
      );
      let ids: string[];
      if (flags.source !== undefined) {
        const source = findSource(session.tracer, flags.source);
        if (!leaked.some((s) => s.id === source.id))
          throw badInput(`${source.name} has not leaked: there is no evidence to write about`);
        ids = [source.id];
      } else ids = leaked.map((s) => s.id);
      const letters = writeLetters(report, ids, {
        law: flags.law,
        to: flags.to,
        kind: flags.kind,
        ...(flags.locale ? { locale: flags.locale } : {}),
        ...(flags.out ? { out: flags.out } : {}),
      });
      if (settings.json) return printJson(letters.map((l) => (l.file ? { ...l, text: undefined } : l)));
      if (letters.length === 0) return print('No source leaked: no letter to write.');
      for (const l of letters) {
        if (l.file) print(`${l.source}: ${l.file}`);
        else print(l.text, '');
      }
    });
  });
}
