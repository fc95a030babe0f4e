import type { Command } from 'commander';
import { dealerLetter } from '../../report/findings.js';
import type { Actor } from '../../trace/actors.js';
import type { Analysis } from '../../trace/analyze.js';
import type { Tracer } from '../../tracer.js';
import { settingsOf, withTracer } from '../context.js';
import { notableActors } from '../notable-actors.js';
import { count, day, print, printJson, table } from '../output.js';
import { examples, instant } from './_options.js';

/** A data dealer as the report names it: `Dealer A` for `brk_1` (the id stays in `--json`). */
export function dealerName(brokerId: string): string {
  const n = Number(/^brk_(\d+)$/u.exec(brokerId)?.[1]);
  return Number.isInteger(n) && n > 0 ? `Dealer ${dealerLetter(n)}` : brokerId;
}

/** The strongest evidence kind of a finding, in words. */
function how(finding: Analysis['sources'][number]): string {
  const kinds = new Set(finding.evidence.map((e) => e.kind));
  if (kinds.has('decisive')) return 'unguessable field';
  if (kinds.has('merge')) return 'merged record';
  if (kinds.has('actor')) return 'campaign lines';
  if (finding.posterior !== null && finding.status !== 'clean' && finding.status !== 'legitimate-only')
    return `pool number, P=${finding.posterior.toFixed(2)}`;
  return finding.legitimateContacts > 0 ? `${finding.legitimateContacts} own calls` : '';
}

const ORDER = { leaked: 0, suspected: 1, clean: 2, 'legitimate-only': 3 } as const;

/** The sources table of an analysis, fitting 80 columns. */
export function sourcesTable(tracer: Tracer, analysis: Analysis): string {
  const rows = [...analysis.sources]
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.firstLeakAt?.getTime() ?? 0) - (b.firstLeakAt?.getTime() ?? 0),
    )
    .map((s) => [
      tracer.getSource(s.sourceId)?.name ?? s.sourceId,
      s.status,
      `${s.subjects.leaked}/${s.subjects.total}`,
      day(s.firstLeakAt),
      s.lagDays === null ? '-' : `${s.lagDays}d`,
      how(s),
    ]);
  return table(
    [
      { header: 'source', flexible: true },
      { header: 'status' },
      { header: 'people', align: 'right' },
      { header: 'first leak' },
      { header: 'lag', align: 'right' },
      { header: 'how it is known', flexible: true },
    ],
    rows,
  );
}

/** An actor as its first line and how many more it rotates through: `+8617012345678 +3`. */
export function actorName(actor: Actor): string {
  const lines = [...actor.numbers, ...actor.senders];
  return lines.length > 1 ? `${lines[0]} +${lines.length - 1}` : (lines[0] ?? actor.id);
}

/** The actors table (those worth blocking), fitting 80 columns. */
export function actorsTable(tracer: Tracer, analysis: Analysis): string {
  const rows = notableActors(analysis).map((a) => [
    a.names[0] ?? actorName(a),
    a.topic,
    String(a.numbers.length + a.senders.length),
    String(a.contactIds.length),
    a.sourceIds.map((id) => tracer.getSource(id)?.name ?? id).join(', ') || '-',
    day(a.firstSeen),
  ]);
  return table(
    [
      { header: 'actor', flexible: true },
      { header: 'topic' },
      { header: 'lines', align: 'right' },
      { header: 'contacts', align: 'right' },
      { header: 'sources used', flexible: true },
      { header: 'first seen' },
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
    await withTracer(settings, async ({ tracer }) => {
      const analysis = await tracer.analyze({
        ...(settings.subject === undefined ? {} : { subjectId: settings.subject }),
        ...(flags.from ? { from: flags.from } : {}),
        ...(flags.to ? { to: flags.to } : {}),
      });
      if (settings.json) return printJson(analysis);
      const leaked = analysis.sources.filter((s) => s.status === 'leaked').length;
      const brokers = analysis.brokers.map(
        (b) =>
          `  ${dealerName(b.id)}: holds ${b.sourceIds.map((id) => tracer.getSource(id)?.name ?? id).join(', ')}'s records; supplies ${count(b.actorIds.length, 'caller')}; confidence ${b.confidence}`,
      );
      print(
        `${leaked} of ${count(analysis.sources.length, 'registrant')} leaked.`,
        '',
        sourcesTable(tracer, analysis),
        '',
        'Callers worth blocking (campaigns and actors tied to a leak):',
        actorsTable(tracer, analysis),
        '',
        `Data dealers inferred: ${analysis.brokers.length} (a role in the chain; leaktrace cannot name them)`,
        ...brokers,
      );
    });
  });
}
