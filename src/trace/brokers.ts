/**
 * The brokers stage: leaked sources joined under one holder when a merged record carried
 * unguessable fields of both, or one actor used both (decisively, through its campaign's
 * coverage of their lines, or by saying a leaked source's weak name variant).
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
 * @param namedOf - Per contact, the sources it names by a weak field, with the field's chance
 *   (`CollectedEvidence.namedOf`); see {@link namedByWeakFields}.
 */
export function inferBrokers(
  context: AnalysisContext,
  actors: readonly Actor[],
  statusOf: ReadonlyMap<string, SourceStatus>,
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  actorsOf: ReadonlyMap<string, readonly Actor[]>,
  confidences: BrokerConfidence,
  namedOf: ReadonlyMap<string, readonly { readonly sourceId: string; readonly chance: number }[]> = new Map(),
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
  for (const { contact, result } of context.byVerdict.leaks) {
    // Only sources whose unguessable fields the record carried: a shared pool number in a merged
    // record could belong to either of its holders.
    if (result.verdict === 'merge') note(decisiveOf.get(contact.id) ?? [], 'merge', contact.id);
  }
  const lines = buyerLines(context, actors, statusOf, decisiveOf);
  for (const actor of actors) {
    const used = new Set<string>();
    for (const id of actor.contactIds) for (const s of decisiveOf.get(id) ?? []) used.add(s);
    for (const s of lines.get(actor.id) ?? []) used.add(s);
    for (const s of namedByWeakFields(actor, namedOf, context.settings.leakPosterior)) used.add(s);
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

/**
 * Whether a broker is an inferred data dealer: one holder of several leaked sources' records,
 * joined by a merged record or shared callers. A broker of one source is only where that
 * source's records went (the source may have sold them to its callers itself): it is drawn in the
 * chain as an unknown recipient, and never counted or named as a dealer.
 *
 * @param broker - The broker's `sourceIds`.
 * @returns `true` when it holds the records of two or more sources.
 */
export function isInferredDealer(broker: Pick<Broker, 'sourceIds'>): boolean {
  return broker.sourceIds.length > 1;
}

/**
 * Per proven buyer, the leaked sources its silent calls point at beyond those it is linked to.
 *
 * A campaign linked to a source (it used an unguessable field, or its coverage named the source)
 * holds bought records; if it never reached a line nobody was given, it does not dial at random,
 * so each of its calls to a pool number is some holder's record. When the only leaked holder of
 * the number at the time is a source S, and the campaign reached at least two such numbers of S,
 * more than any holder that is not leaked holds of them (a source missed by the analysis that
 * shares S's numbers would explain them as well, and is not outnumbered), the campaign bought
 * S's records too: its dealer holds S. This is the explaining-away of `actor-coverage.ts`
 * (the fewest sources, the proven ones first) applied to brokers, with a dealer's cleaned records
 * in mind: a dealer that cleans names leaves its campaigns only the numbers to show for them.
 */
function buyerLines(
  context: AnalysisContext,
  actors: readonly Actor[],
  statusOf: ReadonlyMap<string, SourceStatus>,
  linksOf: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, readonly string[]> {
  const buyers = actors.filter(
    (a) => a.numbers.length > 0 && a.contactIds.length > 2 && a.contactIds.some((id) => linksOf.has(id)),
  );
  const byId = context.contactById;
  const out = new Map<string, string[]>();
  for (const actor of buyers) {
    const own = actor.contactIds.map((id) => byId.get(id)!);
    // A campaign that reached a line nobody was given dials at random too: its calls prove nothing.
    if (own.some((c) => c.result.verdict === 'noise')) continue;
    const linked = new Set(own.flatMap((c) => linksOf.get(c.contact.id) ?? []));
    const linesOf = new Map<string, Set<string>>();
    for (const { contact, result } of own) {
      if (result.verdict !== 'leak' && result.verdict !== 'merge') continue;
      if (contact.channel !== 'call' && contact.channel !== 'sms') continue;
      if (contact.to === undefined || linksOf.has(contact.id)) continue;
      const at = contact.at.getTime();
      let only: string | undefined;
      let leakedHolders = 0;
      for (const [sourceId, start] of context.lineHolders.get(contact.to) ?? []) {
        if (start > at || statusOf.get(sourceId) !== 'leaked') continue;
        leakedHolders++;
        only = sourceId;
      }
      if (leakedHolders !== 1 || only === undefined || linked.has(only)) continue;
      const set = linesOf.get(only) ?? new Set<string>();
      set.add(contact.to);
      linesOf.set(only, set);
    }
    for (const [sourceId, reached] of linesOf) {
      if (reached.size < 2) continue;
      const rivals = new Map<string, number>();
      for (const line of reached)
        for (const holder of context.lineHolders.get(line)?.keys() ?? [])
          if (holder !== sourceId) rivals.set(holder, (rivals.get(holder) ?? 0) + 1);
      if (Math.max(0, ...rivals.values()) < reached.size) pushTo(out, actor.id, sourceId);
    }
  }
  return out;
}

/**
 * The sources an actor's contacts name by a weak field strongly enough to say whose record it
 * called: a name variant that is not unguessable on its own (a Latin middle initial added to a
 * two-part name is the person's real one 1 time in 17, `nameOdds`) still says "this record came
 * from the source that was given it" with a Bayes factor of 1 / chance. The source is already
 * leaked (brokers hold nothing else); whether this campaign's dealer holds it is taken at even
 * odds, as a buyers' stock takes a source proven elsewhere (`inferBuyerStocks`), so the field
 * joins it when 1 / chance reaches the odds of `leakPosterior` (a chance of 1/9 or less at 0.9).
 * A pool number is no such field: a random dialer reaches it, a name it does not know.
 */
function namedByWeakFields(
  actor: Actor,
  namedOf: ReadonlyMap<string, readonly { readonly sourceId: string; readonly chance: number }[]>,
  leakPosterior: number,
): string[] {
  const most = (1 - leakPosterior) / leakPosterior;
  const out = new Set<string>();
  for (const id of actor.contactIds)
    for (const { sourceId, chance } of namedOf.get(id) ?? []) if (chance <= most) out.add(sourceId);
  return [...out];
}
