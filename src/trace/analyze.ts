/**
 * `analyze()`: the chain behind the contacts, as a pipeline of stages over one context. Each
 * stage reads the context and earlier stages' results and returns new data:
 *
 * 1. actors: callers clustered into campaigns (scripts, number blocks, domains, labels);
 * 2. background: the random-contact rate on lines never handed out;
 * 3. evidence: what each contact says against each source, then what campaigns' coverage says;
 * 4. source status: unguessable fields, campaigns, and weak calls tested against the background
 *    plus what proven leakers explain on shared numbers;
 * 5. brokers: leaked sources joined by merged records and shared actors;
 * 6. chain: findings, edges and timeline.
 */
import { pushTo } from '../_internal/collections.js';
import type { AccusationModel } from './accusation.js';
import { type Actor, type ActorContact, clusterActors } from './actors.js';
import { type AnalysisContext, buildContext } from './analysis-context.js';
import type { AnalysisOptions } from './analysis-options.js';
import type { Analysis, SourceStatus } from './analysis-types.js';
import type { Stored } from './analyze-input.js';
import { fitBaseline } from './background.js';
import { inferBrokers } from './brokers.js';
import { inferBuyerStocks } from './buyer-stock.js';
import { chainEdges, timeline } from './chain.js';
import { type CampaignLink, collectEvidence, linkCampaigns, withCampaignEvidence } from './evidence.js';
import { weakCalls } from './explain-away.js';
import { sourceFindings } from './findings.js';
import { ownSenders } from './own-senders.js';
import { judgeSources } from './source-status.js';

export {
  ANALYSIS_DEFAULTS,
  type AnalysisOptions,
  type BrokerConfidence,
} from './analysis-options.js';
export type {
  Analysis,
  Broker,
  ChainEdge,
  LeakModel,
  MergeFinding,
  SourceEvidence,
  SourceFinding,
  SourceStatus,
  TimelineEvent,
} from './analysis-types.js';

/**
 * Analyses stored contacts: actors, source statuses against the background, brokers, the chain
 * graph and the timeline. Pure: the tracer hands it what the store holds; the result does not
 * depend on the order of the contacts.
 *
 * @param input - Subjects, sources, canaries and the contacts of the period.
 * @param options - Thresholds (see {@link ANALYSIS_DEFAULTS}) and actor-clustering options.
 * @returns The analysis.
 * @throws {ConfigError} When `timeZone` is not an IANA time zone.
 */
export function analyzeContacts(input: Stored, options: AnalysisOptions = {}): Analysis {
  const context = buildContext(input, options);
  const actors = clusterActors(actorContacts(context), options);
  // One calling operation counts once per line in the counts tested against the background (the
  // background itself counts numbers: its scope may reach subjects whose callers were not
  // clustered, and a rotating robot's numbers on a control only raise what the tests expect).
  const actorOf = new Map<string, string>();
  for (const actor of actors) for (const id of actor.contactIds) actorOf.set(id, actor.id);
  const baseline = fitBaseline(context);
  const model: AccusationModel = {
    backgroundPerDay: baseline.phone.ratePerDay,
    nameVariantChance: context.settings.nameVariantChance,
  };
  const collected = collectEvidence(context, model, actorOf);
  const campaigns = linkCampaigns(context, actors, collected.decisiveOf, collected.decisiveSources);
  const stocks = inferBuyerStocks(context, actors, collected.decisiveOf, collected.decisiveSources);
  const evidence = withCampaignEvidence(
    collected.evidence,
    campaigns,
    stocks.links,
    context.settings.actorEvidenceChance,
  );
  const judged = judgeSources(
    context,
    collected,
    evidence,
    baseline,
    weakCalls(context, collected.decisiveOf, actorOf),
    stocks,
  );
  const links = chainLinks(collected.decisiveOf, campaigns, judged.statusOf, stocks.links);
  const actorsOf = actorsOfSources(context, actors, links, judged.statusOf);
  const brokers = inferBrokers(
    context,
    actors,
    judged.statusOf,
    links,
    actorsOf,
    context.settings.brokerConfidence,
    collected.namedOf,
  );
  const sources = sourceFindings(
    context,
    judged,
    evidence,
    collected.legitimate,
    actorsOf,
    brokers,
    collected.undeclaredOwn,
  );
  return {
    sources,
    actors,
    brokers,
    edges: chainEdges(brokers, actors, sources, context),
    timeline: timeline(sources, actorsOf, context.settings.waveGapDays),
    merges: collected.merges,
    baseline: { ...baseline, leak: judged.leak },
  };
}

/**
 * What actor clustering reads of every unexpected contact. A contact from one of the protected
 * people themselves (her Sent mail, her forward to another of her mailboxes: {@link ownSenders})
 * is no caller's: it is left out, so no block list and no letter names her own lines.
 */
function actorContacts(context: AnalysisContext): ActorContact[] {
  const { input } = context;
  const scope = input.backgroundScope;
  const own = ownSenders(
    scope === undefined ? input.subjects : [...input.subjects, ...scope.subjects],
    scope === undefined ? input.canaries : [...input.canaries, ...scope.canaries],
  );
  const out: ActorContact[] = [];
  for (const c of context.byVerdict.unexpected) {
    const verdict = c.result.verdict;
    if (verdict === 'untraceable' && c.contact.from === undefined) continue;
    if (own(c.contact.from)) continue;
    out.push({
      id: c.contact.id,
      from: c.contact.from,
      at: c.contact.at,
      subjectId: c.result.subjectId,
      content: c.contact.content,
      // A caller "used" a source's canary only when the verdict names it unambiguously: a
      // random call to a number two sources share points at neither.
      sourceIds:
        verdict === 'merge' || c.result.sources.length === 1 ? c.result.sources.map((s) => s.sourceId) : [],
      // A control or a pool number before its first issue: reached by random dialing only.
      unissued: verdict === 'noise',
    });
  }
  return out;
}

/**
 * Per contact, the sources it ties to its actor in the chain: those whose unguessable fields it
 * used, the leaked source its campaign's coverage linked it to, and the leaked sources a proven
 * buyer's stock explains it by. A new map.
 */
function chainLinks(
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  campaigns: ReadonlyMap<string, CampaignLink>,
  statusOf: ReadonlyMap<string, SourceStatus>,
  stockLinks: ReadonlyMap<string, ReadonlyMap<string, CampaignLink>>,
): ReadonlyMap<string, readonly string[]> {
  const links = new Map<string, string[]>();
  for (const [contactId, sources] of decisiveOf) links.set(contactId, [...sources]);
  const add = (contactId: string, link: CampaignLink) => {
    if (statusOf.get(link.sourceId) !== 'leaked') return;
    const list = links.get(contactId);
    if (!list) links.set(contactId, [link.sourceId]);
    else if (!list.includes(link.sourceId)) list.push(link.sourceId);
  };
  for (const [contactId, link] of campaigns) add(contactId, link);
  // A buyer's call is linked to a leaked holder its stock convicts.
  for (const [contactId, bySource] of stockLinks) for (const link of bySource.values()) add(contactId, link);
  return links;
}

/**
 * The actors that carried each source's data: those linked to it in the chain; for a source
 * leaked or suspected on weak evidence alone, those the verdicts attributed to it unambiguously.
 * Random dialers that happened on its pool number are neither.
 */
function actorsOfSources(
  context: AnalysisContext,
  actors: readonly Actor[],
  links: ReadonlyMap<string, readonly string[]>,
  statusOf: ReadonlyMap<string, SourceStatus>,
): ReadonlyMap<string, readonly Actor[]> {
  const linked = new Map<string, Set<Actor>>();
  for (const actor of actors) {
    for (const id of actor.contactIds) {
      for (const sourceId of links.get(id) ?? []) {
        const set = linked.get(sourceId) ?? new Set<Actor>();
        set.add(actor);
        linked.set(sourceId, set);
      }
    }
  }
  const attributed = new Map<string, Actor[]>();
  for (const actor of actors) for (const id of actor.sourceIds) pushTo(attributed, id, actor);
  const actorsOf = new Map<string, readonly Actor[]>();
  const weakOnly: string[] = [];
  for (const id of context.sourceIds) {
    const own = [...(linked.get(id) ?? [])];
    const status = statusOf.get(id);
    if ((status === 'leaked' || status === 'suspected') && own.length === 0) weakOnly.push(id);
    else actorsOf.set(id, own);
  }
  for (const [id, list] of repeatCallers(context, weakOnly, attributed)) actorsOf.set(id, list);
  return actorsOf;
}

/**
 * For sources leaked or suspected on weak evidence alone, the actors the excess can rest on:
 * those that reached the source's numbers at least twice and never a line nobody was given. A
 * caller that reached its number once is as likely the background as a buyer (the test found an
 * excess, not which calls make it), and one that also reached a control dials at random: naming
 * either as a recipient of the source's data would say more than the evidence does.
 */
function repeatCallers(
  context: AnalysisContext,
  sourceIds: readonly string[],
  attributed: ReadonlyMap<string, readonly Actor[]>,
): ReadonlyMap<string, readonly Actor[]> {
  const out = new Map<string, Actor[]>();
  if (sourceIds.length === 0) return out;
  const actorOf = new Map<string, Actor>();
  for (const id of sourceIds)
    for (const actor of attributed.get(id) ?? []) for (const c of actor.contactIds) actorOf.set(c, actor);
  const random = new Set<Actor>();
  const calls = new Map<Actor, Map<string, number>>();
  // Actors are clustered from the unexpected contacts only.
  for (const { contact, result } of context.byVerdict.unexpected) {
    const actor = actorOf.get(contact.id);
    if (actor === undefined) continue;
    if (result.verdict === 'noise') random.add(actor);
    if (result.sources.length !== 1 && result.verdict !== 'merge') continue;
    const counts = calls.get(actor) ?? new Map<string, number>();
    for (const { sourceId } of result.sources) counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
    calls.set(actor, counts);
  }
  for (const id of sourceIds)
    out.set(
      id,
      (attributed.get(id) ?? []).filter((a) => !random.has(a) && (calls.get(a)?.get(id) ?? 0) >= 2),
    );
  return out;
}
