/**
 * The chain stage: the graph source → broker → actor → number, and each source's timeline of
 * first leak, new actors and resale waves.
 */
import { DAY_MS } from '../_internal/clock.js';
import type { Actor } from './actors.js';
import type { AnalysisContext } from './analysis-context.js';
import type { Broker, ChainEdge, SourceFinding, TimelineEvent } from './analysis-types.js';

/** The edges of the chain graph, each with its first sighting and the evidence count. */
export function chainEdges(
  brokers: readonly Broker[],
  actors: readonly Actor[],
  sources: readonly SourceFinding[],
  context: AnalysisContext,
): ChainEdge[] {
  const edges: ChainEdge[] = [];
  // Only the actors brokers supply: most actors are lone random callers.
  const supplied = new Set(brokers.flatMap((b) => b.actorIds));
  const actorById = new Map(actors.filter((a) => supplied.has(a.id)).map((a) => [a.id, a]));
  const findingOf = new Map(sources.map((s) => [s.sourceId, s]));
  for (const broker of brokers) {
    for (const sourceId of broker.sourceIds) {
      const finding = findingOf.get(sourceId);
      if (finding?.firstLeakAt) {
        edges.push({
          from: sourceId,
          to: broker.id,
          kind: 'source-broker',
          firstSeen: finding.firstLeakAt,
          evidence: finding.evidence.length,
        });
      }
    }
    for (const actorId of broker.actorIds) {
      const actor = actorById.get(actorId)!;
      edges.push({
        from: broker.id,
        to: actorId,
        kind: 'broker-actor',
        firstSeen: actor.firstSeen,
        evidence: actor.contactIds.length,
      });
    }
  }
  // A caller belongs to one actor: first use and count per caller, in one pass over the
  // contacts actors were clustered from (every unexpected one).
  const lines = new Map<string, { first: Date; count: number }>();
  for (const { contact } of context.byVerdict.unexpected) {
    if (contact.from === undefined) continue;
    const line = lines.get(contact.from);
    if (!line) lines.set(contact.from, { first: contact.at, count: 1 });
    else {
      line.count++;
      if (contact.at.getTime() < line.first.getTime()) line.first = contact.at;
    }
  }
  const edge = (actor: Actor, number: string) => {
    const line = lines.get(number);
    if (line)
      edges.push({
        from: actor.id,
        to: number,
        kind: 'actor-number',
        firstSeen: line.first,
        evidence: line.count,
      });
  };
  for (const actor of actors) {
    for (const number of actor.numbers) edge(actor, number);
    for (const sender of actor.senders) edge(actor, sender);
  }
  return edges;
}

/** Per source: its first leak, then each new actor, a `wave` after a quiet spell. */
export function timeline(
  sources: readonly SourceFinding[],
  actorsOf: ReadonlyMap<string, readonly Actor[]>,
  waveGapDays: number,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const source of sources) {
    if (!source.firstLeakAt) continue;
    events.push({ sourceId: source.sourceId, at: source.firstLeakAt, kind: 'first-leak' });
    const arrivals = [...(actorsOf.get(source.sourceId) ?? [])].sort(
      (a, b) => a.firstSeen.getTime() - b.firstSeen.getTime(),
    );
    let last: Date | undefined;
    for (const actor of arrivals) {
      const wave = last !== undefined && actor.firstSeen.getTime() - last.getTime() >= waveGapDays * DAY_MS;
      events.push({
        sourceId: source.sourceId,
        at: actor.firstSeen,
        kind: wave ? 'wave' : 'new-actor',
        actorId: actor.id,
      });
      last = actor.firstSeen;
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.sourceId < b.sourceId ? -1 : 1));
}
