/**
 * The findings stage: each source's status, test, evidence, actors and brokers as one finding,
 * with the leak dated and the people counted.
 */
import { differenceInDays } from 'date-fns';
import { pushTo } from '../_internal/collections.js';
import type { Canary } from '../types.js';
import type { Actor } from './actors.js';
import type { AnalysisContext } from './analysis-context.js';
import type { Broker, SourceEvidence, SourceFinding } from './analysis-types.js';
import type { SourceStatuses } from './source-status.js';

/** One finding per source, in the tests' order. */
export function sourceFindings(
  context: AnalysisContext,
  judged: SourceStatuses,
  evidence: ReadonlyMap<string, readonly SourceEvidence[]>,
  legitimate: ReadonlyMap<string, number>,
  actorsOf: ReadonlyMap<string, readonly Actor[]>,
  brokers: readonly Broker[],
  undeclaredOwn: ReadonlyMap<string, readonly string[]> = new Map(),
): SourceFinding[] {
  const brokersOf = new Map<string, string[]>();
  for (const b of brokers) for (const s of b.sourceIds) pushTo(brokersOf, s, b.id);
  return judged.tests.map((t) => {
    const counted = t.status === 'leaked' || t.status === 'suspected';
    // Evidence is listed whatever the status; a leak time and leaked subjects only when counted.
    const list = evidence.get(t.id) ?? [];
    // When unguessable fields were used, they date the leak and name the people: weak contacts
    // before them are the background that reached a pool number anyway.
    const strong = list.filter((e) => e.kind !== 'pool-number');
    const dating = strong.length > 0 ? strong : list;
    let first: SourceEvidence | undefined;
    if (counted) for (const e of dating) if (first === undefined || e.at < first.at) first = e;
    const held = context.canariesOf.get(t.id) ?? [];
    const firstCanary = first ? earliestIssue(held, first.subjectId) : undefined;
    const holders = new Set(held.map((c) => c.subjectId));
    const leakedSubjects = counted
      ? new Set(dating.map((e) => e.subjectId).filter((s) => holders.has(s)))
      : new Set();
    return {
      sourceId: t.id,
      status: t.status,
      firstLeakAt: first?.at ?? null,
      lagDays: first && firstCanary ? differenceInDays(first.at, firstCanary, { in: context.zone }) : null,
      subjects: { leaked: leakedSubjects.size, total: holders.size },
      weakContacts: t.k,
      expectedBackground: t.expected - t.explained,
      explainedByLeakers: t.explained,
      pValue: t.p,
      qValue: t.q,
      posterior: t.posterior,
      legitimateContacts: legitimate.get(t.id) ?? 0,
      ownContactsFromUndeclaredSenders: undeclaredOwn.get(t.id) ?? [],
      evidence: list,
      actorIds: (actorsOf.get(t.id) ?? []).map((a) => a.id),
      brokerIds: brokersOf.get(t.id) ?? [],
    };
  });
}

/**
 * When the first of a source's canaries was issued to one subject; an undated one (adopted
 * without a creation date) dates nothing.
 */
function earliestIssue(held: readonly Canary[], subjectId: string): Date | undefined {
  let earliest: Date | undefined;
  for (const c of held)
    if (c.subjectId === subjectId && !c.undated && (earliest === undefined || c.issuedAt < earliest))
      earliest = c.issuedAt;
  return earliest;
}
