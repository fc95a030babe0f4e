import type { Command } from 'commander';
import { callerText, dealerLetter, letterSenderName } from '../../report/findings.js';
import { en, type ReportStrings } from '../../report/locales/en.js';
import { zhCN } from '../../report/locales/zh-CN.js';
import type { Store } from '../../stores/store.js';
import type { Actor } from '../../trace/actors.js';
import type { Analysis } from '../../trace/analyze.js';
import { isInferredDealer } from '../../trace/brokers.js';
import type { Tracer } from '../../tracer.js';
import type { Locale } from '../../types.js';
import { settingsOf, withTracer } from '../context.js';
import { CLI_LOCALES, cliLocale } from '../i18n.js';
import type { CliStrings } from '../locales/en.js';
import { notableActors } from '../notable-actors.js';
import { day, print, printJson, table } from '../output.js';
import { checkWindow, examples, instant, notAfterNow, windowEnd } from './_options.js';

/** A data dealer as the report names it: `Dealer A` (信息贩子 A) for `brk_1`; the id stays in `--json`. */
export function dealerName(brokerId: string, strings: ReportStrings = en): string {
  const n = Number(/^brk_(\d+)$/u.exec(brokerId)?.[1]);
  return Number.isInteger(n) && n > 0 ? strings.report.dealer(dealerLetter(n)) : brokerId;
}

/** How a table names a status and a topic: as the CLI always has in English, as the report does in Chinese. */
const NAMES = {
  en: { status: (status: SourceStatus): string => status, topic: (topic: string): string => topic },
  'zh-CN': {
    status: (status: SourceStatus): string => zhCN.report.status[status],
    topic: (topic: string): string => zhCN.report.topic[topic] ?? topic,
  },
} as const;

/** The tables' words in `locale`: the CLI catalogue's, and the status and topic names. */
const wordsOf = (locale: Locale) => ({ ...CLI_LOCALES[locale].analyze, ...NAMES[locale] });

type SourceStatus = Analysis['sources'][number]['status'];

/** The strongest evidence kind of a finding, in words. */
function how(finding: Analysis['sources'][number], words: CliStrings['analyze']['how']): string {
  const kinds = new Set(finding.evidence.map((e) => e.kind));
  if (kinds.has('decisive')) return words.decisive;
  if (kinds.has('merge')) return words.merge;
  if (kinds.has('actor')) return words.actor;
  if (finding.posterior !== null && finding.status !== 'clean' && finding.status !== 'legitimate-only')
    return words.pool(finding.posterior.toFixed(2));
  return finding.legitimateContacts > 0 ? words.own(finding.legitimateContacts) : '';
}

const ORDER = { leaked: 0, suspected: 1, clean: 2, 'legitimate-only': 3 } as const;

/**
 * The sources table of an analysis, fitting 80 columns, in `locale` (English by default), its
 * dates in `zone` (the subject's, as the report shows them).
 */
export function sourcesTable(
  tracer: Tracer,
  analysis: Analysis,
  locale: Locale = 'en',
  zone = 'UTC',
): string {
  const words = wordsOf(locale);
  const rows = [...analysis.sources]
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.firstLeakAt?.getTime() ?? 0) - (b.firstLeakAt?.getTime() ?? 0),
    )
    .map((s) => [
      tracer.getSource(s.sourceId)?.name ?? s.sourceId,
      words.status(s.status),
      `${s.subjects.leaked}/${s.subjects.total}`,
      day(s.firstLeakAt, zone),
      s.lagDays === null ? '-' : words.lag(s.lagDays),
      how(s, words.how),
    ]);
  const [source, status, people, firstLeak, lag, known] = words.headers;
  return table(
    [
      { header: source, flexible: true },
      { header: status },
      { header: people, align: 'right' },
      { header: firstLeak },
      { header: lag, align: 'right' },
      { header: known, flexible: true },
    ],
    rows,
  );
}

/**
 * An actor as people read it: the name your label gave it, else its first line as a phone shows
 * it (`10690000123` for the stored `short:CN:10690000123`; the table counts the rest).
 */
export function actorName(actor: Actor, letterSenders?: ReadonlyMap<string, string>): string {
  const line = actor.numbers[0] ?? actor.senders[0];
  return (
    actor.names[0] ?? (line === undefined ? (letterSenders?.get(actor.id) ?? actor.id) : callerText(line))
  );
}

/**
 * How the report names each notable actor that has no number or mail address: a letter's sender
 * by its return address or letterhead ({@link letterSenderName}), else "an unknown sender"; never
 * the internal `act_…` id.
 */
export async function letterSenders(
  store: Pick<Store, 'getContact'>,
  actors: readonly Actor[],
  strings: ReportStrings,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const actor of actors) {
    if (actor.names.length > 0 || actor.numbers.length > 0 || actor.senders.length > 0) continue;
    let name: string | undefined;
    for (const id of actor.contactIds.slice(0, 100)) {
      name = letterSenderName((await store.getContact(id))?.contact, strings);
      if (name !== undefined) break;
    }
    names.set(actor.id, name ?? strings.report.unknownSender);
  }
  return names;
}

/** The actors table (those worth blocking), fitting 80 columns, in `locale` (English by default), dates in `zone`. */
export function actorsTable(
  tracer: Tracer,
  analysis: Analysis,
  locale: Locale = 'en',
  zone = 'UTC',
  senders?: ReadonlyMap<string, string>,
): string {
  const words = wordsOf(locale);
  // A caller's sources are those its contacts count against (leaked or suspected), never one
  // that only its own senders used: "uses 宝马4S店's records" next to "宝马4S店 did not leak" misled.
  const against = new Map(
    analysis.sources
      .filter((s) => s.status === 'leaked' || s.status === 'suspected')
      .map((s) => [s.sourceId, new Set(s.actorIds)]),
  );
  const rows = notableActors(analysis).map((a) => [
    actorName(a, senders),
    words.topic(a.topic),
    a.numbers.length + a.senders.length === 0 ? '-' : String(a.numbers.length + a.senders.length),
    String(a.contactIds.length),
    a.sourceIds
      .filter((id) => against.get(id)?.has(a.id))
      .map((id) => tracer.getSource(id)?.name ?? id)
      .join(words.comma) || '-',
    day(a.firstSeen, zone),
  ]);
  const [actor, topic, lines, contacts, sources, firstSeen] = words.actorHeaders;
  return table(
    [
      { header: actor, flexible: true },
      { header: topic },
      { header: lines, align: 'right' },
      { header: contacts, align: 'right' },
      { header: sources, flexible: true },
      { header: firstSeen },
    ],
    rows,
  );
}

interface AnalyzeFlags {
  readonly from?: Date;
  readonly to?: Date;
}

/** `leaktrace analyze`: who leaked, the callers and the dealers between them. */
export function register(program: Command): Command {
  const command = program
    .command('analyze')
    .description('say which registrants leaked, who calls with their data, and the dealers in between')
    .option('--from <time>', 'only contacts from this time', instant)
    .option(
      '--to <time>',
      'only contacts before this time (default now); a date alone: up to the end of that day',
      windowEnd,
    );
  examples(command, 'leaktrace analyze', 'leaktrace analyze --from 2026-01-01 --json > analysis.json');
  return command.action(async (flags: AnalyzeFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    checkWindow(flags);
    await withTracer(settings, async ({ tracer, store, timeZone, zones, settings: { subject } }) => {
      // Lags are counted in full days of the person's zone, as the report counts them.
      const analysis = await tracer.analyze(
        {
          ...(subject === undefined ? {} : { subjectId: subject }),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: notAfterNow(flags.to) } : {}),
        },
        { timeZone },
      );
      if (settings.json) return printJson(analysis);
      const locale = cliLocale();
      const words = CLI_LOCALES[locale].analyze;
      const report = locale === 'zh-CN' ? zhCN : en;
      const leaked = analysis.sources.filter((s) => s.status === 'leaked').length;
      const dealers = analysis.brokers.filter(isInferredDealer);
      const brokers = dealers.map((b) =>
        words.dealer(
          dealerName(b.id, report),
          b.sourceIds.map((id) => tracer.getSource(id)?.name ?? id).join(words.comma),
          b.actorIds.length,
          b.confidence,
        ),
      );
      print(
        words.leaked(leaked, analysis.sources.length),
        // Both tables' dates are in one zone, said: the person's, or UTC for people in several.
        words.datesIn(timeZone, zones),
        '',
        sourcesTable(tracer, analysis, locale, timeZone),
        '',
        words.callers,
        actorsTable(
          tracer,
          analysis,
          locale,
          timeZone,
          await letterSenders(store, notableActors(analysis), report),
        ),
        '',
        words.dealers(dealers.length),
        ...brokers,
      );
    });
  });
}
