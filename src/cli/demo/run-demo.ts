import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReport, renderHtml, renderMarkdown } from '../../report/index.js';
import { simulate } from '../../simulate/simulate.js';
import { sqliteStore } from '../../stores/sqlite.js';
import type { Analysis } from '../../trace/analyze.js';
import { blockListCsv, blockListVCard } from '../../trace/block-list.js';
import { createTracer, type Tracer } from '../../tracer.js';
import type { Locale } from '../../types.js';
import { writeLetters } from '../commands/letters.js';
import { badInput } from '../errors.js';
import { notableActors } from '../notable-actors.js';
import { ensureOutFolder, writeOutFile } from '../out-file.js';
import { DEMO_SEED, DEMO_WORLD, MERCHANTS } from './world.js';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The folder written: `./leaktrace-demo` when omitted. */
  readonly out?: string;
  /** The world's language, and the reports': `zh-CN` when omitted. */
  readonly locale?: Locale;
  /** The world's seed. */
  readonly seed?: string;
  /** The clock the world ends before: now when omitted (nothing the demo shows is in the future). */
  readonly now?: Date;
}

const DAY_MS = 86_400_000;

/**
 * The demo world's first instant: midnight UTC `DEMO_WORLD.days + 1` days before the day of
 * `now`, so the world ends at midnight UTC the day before: every contact, report and letter is
 * dated in the past, wherever the person lives.
 *
 * @param now - The clock.
 * @returns The start of the simulated period.
 */
export function demoStart(now: Date): Date {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return new Date(today - (DEMO_WORLD.days + 1) * DAY_MS);
}

/** What the demo made: the folder, its files, and the open tracer's analysis. */
export interface DemoResult {
  readonly out: string;
  readonly files: string[];
  readonly analysis: Analysis;
  readonly tracer: Tracer;
  readonly contacts: number;
  readonly end: Date;
  /** The zone the report shows dates in (the people's), for the terminal to agree with it. */
  readonly timeZone: string;
}

/** The file that marks a folder as the demo's, so a later run may replace its database. */
const DEMO_MARKER = '.leaktrace-demo';

/** A letter's file name as the demo writes it: `letter-<source>-<law>.txt`, no folder. */
const isLetterName = (name: string): boolean =>
  /^letter-[^/\\]+\.txt$/u.test(name) && name !== '.' && !name.includes('..');

/** The marker's text: what the folder is, and the letters of the run that wrote it. */
const markerText = (letters: readonly string[]): string =>
  `This folder was written by \`leaktrace demo\`; its leaktrace.db is rebuilt on each run.\n${
    letters.length === 0 ? '' : `Letters of the last run (replaced by the next):\n${letters.join('\n')}\n`
  }`;

/** The letters a marker lists (none when it is missing). */
function lettersListed(marker: string): string[] {
  if (!existsSync(marker)) return [];
  return readFileSync(marker, 'utf8').split('\n').filter(isLetterName);
}

const write = (out: string, files: string[], name: string, text: string): void => {
  writeOutFile(join(out, name), text);
  files.push(name);
};

/**
 * Builds the demo world into a fresh SQLite file: registrants, people and their canaries are
 * issued through the tracer, a year and a half of calls, texts and mail recorded; then reopens
 * the file as a user would, analyses it and writes the block lists (and, with the report module,
 * the reports and letters). The caller closes `tracer`.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const out = resolve(options.out ?? 'leaktrace-demo');
  const locale = options.locale ?? 'zh-CN';
  ensureOutFolder(out);
  const path = join(out, 'leaktrace.db');
  // The demo rebuilds its own database only: a leaktrace.db it did not make (the person's real
  // store, say, with `--out .`) is never removed.
  const marker = join(out, DEMO_MARKER);
  if (existsSync(path) && !existsSync(marker))
    throw badInput(
      `${path} exists and was not made by the demo: choose another --out (the demo replaces its own database only)`,
      { file: path },
    );
  // The letters of the run before (another locale's world leaks other sources) would stay beside
  // this run's: those the marker lists are removed, and no other file.
  for (const name of lettersListed(marker)) rmSync(join(out, name), { force: true });
  writeOutFile(marker, markerText([]));
  for (const end of ['', '-wal', '-shm']) rmSync(path + end, { force: true });

  const world = await simulate({
    ...DEMO_WORLD,
    seed: options.seed ?? DEMO_SEED,
    merchantNames: MERCHANTS[locale],
    latinShare: locale === 'en' ? 1 : 0,
    // An English world is a Californian one (US numbers, America/Los_Angeles, the CCPA); the
    // Chinese one lives in Shanghai under the PIPL.
    region: locale === 'en' ? 'US' : 'CN',
    start: demoStart(options.now ?? new Date()),
    store: sqliteStore({ path }),
  });
  await world.tracer.close();

  // A second process would see the same: everything is in the file.
  const tracer = await createTracer({ store: sqliteStore({ path }), now: world.end });
  const report = await buildReport(tracer, { to: world.end, now: world.end, locale });
  // The terminal's lags in the report's zone (the people's), so both tell the same days.
  const analysis = await tracer.analyze({ to: world.end }, { timeZone: report.timeZone });
  let contacts = 0;
  for await (const _ of tracer.listContacts()) contacts++;
  const files = ['leaktrace.db'];
  const blocked = notableActors(analysis);
  write(out, files, 'blocklist.csv', blockListCsv(blocked));
  write(out, files, 'blocklist.vcf', blockListVCard(blocked, { locale }));
  write(out, files, 'report.html', await renderHtml(report));
  write(out, files, 'report.md', renderMarkdown(report));
  // A letter to each leaked source under the world's law: PIPL in China, CCPA in California.
  const leaked = report.sources.filter((s) => s.finding.status === 'leaked').map((s) => s.id);
  for (const letter of writeLetters(report, leaked, {
    law: locale === 'en' ? 'CCPA' : 'PIPL',
    to: 'source',
    locale,
    out,
  }))
    files.push(letter.file!.slice(out.length + 1));
  writeOutFile(marker, markerText(files.filter(isLetterName)));
  return { out, files, analysis, tracer, contacts, end: world.end, timeZone: report.timeZone };
}
