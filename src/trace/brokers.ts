/**
 * The brokers stage: leaked sources joined under one holder when a merged record carried
 * unguessable fields of both, or one actor used both (decisively or through its campaign's
 * coverage of their lines).
 */
import { pushTo } from '../_internal/collections.js';
import type { Actor } from './actors.js';
import type { AnalysisContext } from './analysis-context.js';
import type { BrokerConfidence } from './analysis-options.js';
import type { Broker, SourceStatus } from './analysis-types.js';
import { UnionFind } from './union-find.js';

/**
 * Joins leaked sources into brokers.
 *
 * @param decisiveOf - Per contact, the sources it links decisively or by a campaign's coverage.
 * @param actorsOf - Per source, the actors that carried its data.
 */
export function inferBrokers(
  context: AnalysisContext,
  actors: readonly Actor[],
  statusOf: ReadonlyMap<string, SourceStatus>,
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  actorsOf: ReadonlyMap<string, readonly Actor[]>,
  confidences: BrokerConfidence,
): Broker[] {
  // Brokers hold what surely leaked; a suspected source (a storm on its number?) gets none.
  const leaked = [...statusOf].filter(([, s]) => s === 'leaked').map(([id]) => id);
  const index = new Map(leaked.map((id, i) => [id, i]));
  const sets = new UnionFind(leaked.length);
  const evidence = new Map<number, { kind: 'merge' | 'shared-actor'; id: string }[]>();
  const note = (ids: readonly string[], kind: 'merge' | 'shared-actor', id: string): void => {
    const members = ids.map((s) => index.get(s)).filter((i): i is number => i !== undefined);
    for (const m of members.slice(1)) sets.union(members[0]!, m);
    if (members.length > 1) for (const m of members) pushTo(evidence, m, { kind, id });
  };
  for (const { contact, result } of context.contacts) {
    // Only sources whose unguessable fields the record carried: a shared pool number in a merged
    // record could belong to either of its holders.
    if (result.verdict === 'merge') note(decisiveOf.get(contact.id) ?? [], 'merge', contact.id);
  }
  for (const actor of actors) {
    const used = new Set<string>();
    for (const id of actor.contactIds) for (const s of decisiveOf.get(id) ?? []) used.add(s);
    if (used.size > 1) note([...used], 'shared-actor', actor.id);
  }
  return sets.groups().map((members, i): Broker => {
    const sourceIds = members.map((m) => leaked[m]!).sort();
    const found = members.flatMap((m) => evidence.get(m) ?? []);
    const unique = [...new Map(found.map((e) => [`${e.kind}:${e.id}`, e])).values()];
    // A merged record proves one holder of both sets; shared actors suggest it; a lone source
    // may sell straight to callers, so its "broker" may be itself.
    const confidence = unique.some((e) => e.kind === 'merge')
      ? confidences.merge
      : unique.length > 0
        ? confidences.sharedActor
        : confidences.singleSource;
    return {
      id: `brk_${i + 1}`,
      sourceIds,
      actorIds: [...new Set(sourceIds.flatMap((s) => (actorsOf.get(s) ?? []).map((a) => a.id)))].sort(),
      confidence,
      evidence: unique.length > 0 ? unique : sourceIds.map((id) => ({ kind: 'single-source' as const, id })),
    };
  });
}
