import type { Command } from 'commander';
import { dealerLetter } from '../../report/findings.js';
import { en, type ReportStrings } from '../../report/locales/en.js';
import { zhCN } from '../../report/locales/zh-CN.js';
import type { Actor } from '../../trace/actors.js';
import type { Analysis } from '../../trace/analyze.js';
import type { Tracer } from '../../tracer.js';
import type { Locale } from '../../types.js';
import { settingsOf, withTracer } from '../context.js';
import { notableActors } from '../notable-actors.js';
import { count, day, print, printJson, table } from '../output.js';
import { checkWindow, examples, instant } from './_options.js';

/** A data dealer as the report names it: `Dealer A` (信息贩子 A) for `brk_1`; the id stays in `--json`. */
export function dealerName(brokerId: string, strings: ReportStrings = en): string {
  const n = Number(/^brk_(\d+)$/u.exec(brokerId)?.[1]);
  return Number.isInteger(n) && n > 0 ? strings.report.dealer(dealerLetter(n)) : brokerId;
}

/** The tables' words: English (the CLI's own) or Chinese (the demo's zh-CN world). */
const WORDS = {
  en: {
    headers: ['source', 'status', 'people', 'first leak', 'lag', 'how it is known'],
    actorHeaders: ['actor', 'topic', 'lines', 'contacts', 'sources used', 'first seen'],
    status: (status: SourceStatus) => status as string,
    topic: (topic: string) => topic,
    lag: (days: number) => `${days}d`,
    comma: ', ',
    how: {
      decisive: 'unguessable field',
      merge: 'merged record',
      actor: 'campaign lines',
      pool: (p: string) => `pool number, P=${p}`,
      // Texts and mails are contacts too: 'calls' counted them all.
      own: (n: number) => count(n, 'own contact'),
    },
  },
  'zh-CN': {
    headers: ['来源', '状态', '人数', '首次泄露', '间隔', '如何得知'],
    actorHeaders: ['来电方', '主题', '线路', '联系', '用到的来源', '首次出现'],
    status: (status: SourceStatus) => zhCN.report.status[status],
    topic: (topic: string) => zhCN.report.topic[topic] ?? topic,
    lag: (days: number) => `${days}天`,
    comma: '、',
    how: {
      decisive: '不可猜测的字段',
      merge: '合并记录',
      actor: '营销线路',
      pool: (p: string) => `号码池号码，P=${p}`,
      own: (n: number) => `本方联系 ${n} 次`,
    },
  },
} as const;

type SourceStatus = Analysis['sources'][number]['status'];

/** The strongest evidence kind of a finding, in words. */
function how(finding: Analysis['sources'][number], words: (typeof WORDS)[Locale]['how']): string {
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
  const words = WORDS[locale];
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

/** An actor as people read it: the name your label gave it, else its first line (the table counts the rest). */
export function actorName(actor: Actor): string {
  return actor.names[0] ?? actor.numbers[0] ?? actor.senders[0] ?? actor.id;
}

/** The actors table (those worth blocking), fitting 80 columns, in `locale` (English by default), dates in `zone`. */
export function actorsTable(tracer: Tracer, analysis: Analysis, locale: Locale = 'en', zone = 'UTC'): string {
  const words = WORDS[locale];
  // A caller's sources are those its contacts count against (leaked or suspected), never one
  // that only its own senders used: "uses 宝马4S店's records" next to "宝马4S店 did not leak" misled.
  const against = new Map(
    analysis.sources
      .filter((s) => s.status === 'leaked' || s.status === 'suspected')
      .map((s) => [s.sourceId, new Set(s.actorIds)]),
  );
  const rows = notableActors(analysis).map((a) => [
    actorName(a),
    words.topic(a.topic),
    String(a.numbers.length + a.senders.length),
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
    .option('--to <time>', 'only contacts up to this time (default now)', instant);
  examples(command, 'leaktrace analyze', 'leaktrace analyze --from 2026-01-01 --json > analysis.json');
  return command.action(async (flags: AnalyzeFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    checkWindow(flags);
    await withTracer(settings, async ({ tracer, timeZone, settings: { subject } }) => {
      // Lags are counted in full days of the person's zone, as the report counts them.
      const analysis = await tracer.analyze(
        {
          ...(subject === undefined ? {} : { subjectId: subject }),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
        },
        { timeZone },
      );
      if (settings.json) return printJson(analysis);
      const leaked = analysis.sources.filter((s) => s.status === 'leaked').length;
      const brokers = analysis.brokers.map(
        (b) =>
          `  ${dealerName(b.id)}: holds ${b.sourceIds.map((id) => tracer.getSource(id)?.name ?? id).join(', ')}'s records; supplies ${count(b.actorIds.length, 'caller')}; confidence ${b.confidence}`,
      );
      print(
        `${leaked} of ${count(analysis.sources.length, 'registrant')} leaked.`,
        '',
        sourcesTable(tracer, analysis, 'en', timeZone),
        '',
        'Callers worth blocking (tied to a leak first, then on several lines):',
        actorsTable(tracer, analysis, 'en', timeZone),
        '',
        `Data dealers inferred: ${analysis.brokers.length} (a role in the chain; leaktrace cannot name them)`,
        ...brokers,
      );
    });
  });
}
