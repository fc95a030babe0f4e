import { tz } from '@date-fns/tz';
import { differenceInDays } from 'date-fns';
import { DAY_MS } from '../_internal/clock.js';
import { pushTo } from '../_internal/collections.js';
import { ConfigError } from '../errors.js';
import type { StoredContact } from '../stores/store.js';
import type { Canary } from '../types.js';
import {
  type AccusationModel,
  type FieldHolders,
  fieldHolders,
  type MergeContributor,
  scoreContributors,
} from './accusation.js';
import { coverActorLines } from './actor-coverage.js';
import { type Actor, type ActorOptions, clusterActors } from './actors.js';
import type { Stored } from './analyze-input.js';
import {
  type Background,
  benjaminiHochberg,
  fitBackground,
  type LineObservation,
  leakPosterior,
  upperTail,
} from './baseline.js';
import { UnionFind } from './union-find.js';

/** How sure we are a source leaked. */
export type SourceStatus = 'leaked' | 'suspected' | 'clean' | 'legitimate-only';

/** One piece of evidence against a source. */
export interface SourceEvidence {
  /**
   * `decisive`: an unguessable field was used; `merge`: revealed with other sources; `actor`: a
   * call of a campaign whose lines this source explains better than chance (its records were
   * bought, even cleaned); `pool-number`: a weak hit, weighed against the background.
   */
  readonly kind: 'decisive' | 'merge' | 'actor' | 'pool-number';
  /** The actor whose calls make `actor` evidence. */
  readonly actorId?: string;
  readonly contactId: string;
  readonly at: Date;
  readonly subjectId: string;
  /**
   * The chance that this contact reached the source's canary though the source never gave it
   * away: by guessing, by a random call, or through another holder of the same value.
   */
  readonly falseAccusation: number;
}

/** What the analysis says of one source. */
export interface SourceFinding {
  readonly sourceId: string;
  readonly status: SourceStatus;
  /** The first contact that used the source's canary unexpectedly, when it leaked or is suspected. */
  readonly firstLeakAt: Date | null;
  /** Full days from issuing that canary to its first leak. */
  readonly lagDays: number | null;
  /** Subjects whose canaries of this source leaked, of all subjects holding one ("12 of 40"). */
  readonly subjects: { readonly leaked: number; readonly total: number };
  /** Contacts that reached the source's canaries only through pool numbers. */
  readonly weakContacts: number;
  /** Background contacts expected on those numbers over their exposure. */
  readonly expectedBackground: number;
  /** P(at least `weakContacts` by chance), negative binomial; `null` when untested. */
  readonly pValue: number | null;
  /** The Benjamini–Hochberg adjusted p-value across sources. */
  readonly qValue: number | null;
  /**
   * P(the source leaked | its evidence), shrunk towards "most registrants never leak" by the
   * prior `baseline.leak.prior`; `null` when it held no pool number and nothing decisive was seen.
   */
  readonly posterior: number | null;
  /** Contacts from the source's own declared senders. */
  readonly legitimateContacts: number;
  readonly evidence: readonly SourceEvidence[];
  /** Actors that used the source's canaries. */
  readonly actorIds: readonly string[];
  /** Brokers the source is linked to. */
  readonly brokerIds: readonly string[];
}

/** An inferred holder of leaked records between sources and actors. */
export interface Broker {
  readonly id: string;
  readonly sourceIds: readonly string[];
  readonly actorIds: readonly string[];
  /** How sure we are that one holder has all these sources' records, in [0, 1]. */
  readonly confidence: number;
  readonly evidence: readonly {
    readonly kind: 'merge' | 'shared-actor' | 'single-source';
    readonly id: string;
  }[];
}

/** One edge of the chain graph. */
export interface ChainEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'source-broker' | 'broker-actor' | 'actor-number';
  readonly firstSeen: Date;
  readonly evidence: number;
}

/** One event on a source's timeline. */
export interface TimelineEvent {
  readonly sourceId: string;
  readonly at: Date;
  /** `first-leak`; `new-actor`; `wave`: a new actor after a quiet spell (a resale). */
  readonly kind: 'first-leak' | 'new-actor' | 'wave';
  readonly actorId?: string;
}

/** A merged record: a contact revealing several sources' canaries, each contributor scored. */
export interface MergeFinding {
  readonly contactId: string;
  readonly at: Date;
  readonly subjectId: string;
  /** The sources whose canaries it carried, strongest evidence first. */
  readonly contributors: readonly MergeContributor[];
}

/** What the test of weak evidence assumes of a source that leaked. */
export interface LeakModel {
  /** P(a source leaks) before its evidence is seen. */
  readonly prior: number;
  /** The buyers' contacts per canary-day on a leaked source's pool numbers, over the background. */
  readonly ratePerDay: number;
  /** Sources that leaked decisively and so measured `ratePerDay`; 0 when it is the default. */
  readonly measuredOn: number;
}

/** The analysis of a tracer's contacts. */
export interface Analysis {
  readonly sources: readonly SourceFinding[];
  readonly actors: readonly Actor[];
  readonly brokers: readonly Broker[];
  readonly edges: readonly ChainEdge[];
  readonly timeline: readonly TimelineEvent[];
  /** Every merged record with its contributors scored. */
  readonly merges: readonly MergeFinding[];
  /**
   * The background per channel group, fitted on controls and unissued pool numbers, and the
   * model of a leak the posterior weighs it against.
   */
  readonly baseline: { readonly phone: Background; readonly email: Background; readonly leak: LeakModel };
}

/** Thresholds of the analysis, each with its reason. */
export interface AnalysisOptions extends ActorOptions {
  /** q-value under which weak evidence alone makes a source `leaked`: 0.01. */
  readonly leakQ?: number;
  /** q-value under which a source is `suspected`: 0.1. */
  readonly suspectQ?: number;
  /** Days without a new actor after which a new one starts a resale wave: 30. */
  readonly waveGapDays?: number;
  /** Background contacts per line-day assumed before any control is watched: 1/8 (US honeypot study). */
  readonly priorRatePerDay?: number;
  /**
   * The prior negative binomial size of the background (0.5: storms and silences) and its weight
   * in lines (10): a few calm controls must not make a storm on one source's line look like a leak.
   */
  readonly priorDispersion?: { readonly size: number; readonly lines: number };
  /**
   * P(a source leaks) before its evidence: 0.1. Most registrants never leak; this is the
   * shrinkage that keeps a storm on one line from convicting its source.
   */
  readonly leakPrior?: number;
  /**
   * The posterior a source needs to be `leaked` on weak evidence alone, besides q < `leakQ`:
   * 0.9. Below it the source is at most `suspected`.
   */
  readonly leakPosterior?: number;
  /** The posterior at which a source with weak contacts is `suspected` whatever its q: 0.5. */
  readonly suspectPosterior?: number;
  /**
   * The buyers' contacts per canary-day on a leaked source's pool numbers. Measured on the
   * sources that leaked decisively when there are any; 1/7 (a call a week) otherwise.
   */
  readonly leakRatePerDay?: number;
  /** The chance a written name variant arises without its canary: 1/1000. */
  readonly nameVariantChance?: number;
  /**
   * The fewest distinct lines of one source an actor must reach for its calls to point at that
   * source: 2. One number reached proves nothing a random dialer could not do.
   */
  readonly minActorLines?: number;
  /**
   * How sure a broker is, by its strongest evidence: a merged record proves one holder of both
   * sources' records (0.9); an actor using both suggests it, though it may buy from two dealers
   * (0.7); a lone leaked source may sell straight to callers, so its broker may be itself (0.5).
   */
  readonly brokerConfidence?: BrokerConfidence;
  /** The IANA time zone whose calendar counts `lagDays` (full days): `UTC`. */
  readonly timeZone?: string;
}

/** A broker's confidence by its strongest kind of evidence. */
export interface BrokerConfidence {
  readonly merge: number;
  readonly sharedActor: number;
  readonly singleSource: number;
}

type StatisticsOptionKey =
  | 'leakQ'
  | 'suspectQ'
  | 'waveGapDays'
  | 'leakPrior'
  | 'leakPosterior'
  | 'suspectPosterior'
  | 'leakRatePerDay'
  | 'nameVariantChance'
  | 'minActorLines'
  | 'brokerConfidence'
  | 'timeZone';

/** Defaults of the thresholds above, exported so reports can quote them. */
export const ANALYSIS_DEFAULTS: Readonly<Required<Pick<AnalysisOptions, StatisticsOptionKey>>> = {
  leakQ: 0.01,
  suspectQ: 0.1,
  waveGapDays: 30,
  leakPrior: 0.1,
  leakPosterior: 0.9,
  suspectPosterior: 0.5,
  leakRatePerDay: 1 / 7,
  nameVariantChance: 1 / 1000,
  minActorLines: 2,
  brokerConfidence: { merge: 0.9, sharedActor: 0.7, singleSource: 0.5 },
  timeZone: 'UTC',
};

/**
 * Analyses stored contacts: actors, source statuses against the background, brokers, the chain
 * graph and the timeline. Pure: the tracer hands it what the store holds.
 */
export function analyzeContacts(input: Stored, options: AnalysisOptions = {}): Analysis {
  const until = input.until;
  const unexpected = input.contacts.filter((c) => c.result.verdict !== 'legitimate');
  const actors = clusterActors(
    unexpected
      .filter((c) => c.result.verdict !== 'untraceable' || c.contact.from !== undefined)
      .map((c) => ({
        id: c.contact.id,
        from: c.contact.from,
        at: c.contact.at,
        subjectId: c.result.subjectId,
        content: c.contact.content,
        // A caller "used" a source's canary only when the verdict names it unambiguously: a
        // random call to a number two sources share points at neither.
        sourceIds:
          c.result.verdict === 'merge' || c.result.sources.length === 1
            ? c.result.sources.map((s) => s.sourceId)
            : [],
      })),
    options,
  );

  const baseline = {
    phone: fitBackground(
      backgroundLines(input, ['call', 'sms'], until),
      options.priorRatePerDay,
      options.priorDispersion,
    ),
    email: fitBackground(
      backgroundLines(input, ['email'], until),
      options.priorRatePerDay,
      options.priorDispersion,
    ),
  };

  const settings = { ...ANALYSIS_DEFAULTS, ...definedOptions(options) };
  const canariesOf = new Map<string, Canary[]>();
  for (const c of input.canaries) if (c.sourceId !== null) pushTo(canariesOf, c.sourceId, c);
  const zone = checkedZone(settings.timeZone);
  const canaryById = new Map(input.canaries.map((c) => [c.id, c]));
  const holders = fieldHolders(input.canaries);
  const model: AccusationModel = {
    backgroundPerDay: baseline.phone.ratePerDay,
    nameVariantChance: settings.nameVariantChance,
  };

  const { evidence, weak, phoneEvidence, legitimate, merges, decisiveOf } = collectEvidence(input, {
    canaryById,
    holders,
    model,
  });

  // Weak evidence is tested against the background over the source's pool-number exposure.
  const sourceIds = [...canariesOf.keys()].sort();
  const exposure = new Map<string, number>();
  for (const [id, held] of canariesOf) {
    let days = 0;
    for (const c of held)
      if (c.phone !== undefined) days += Math.max(0, (until.getTime() - c.issuedAt.getTime()) / DAY_MS);
    exposure.set(id, days);
  }
  const decisiveSources = new Set([...decisiveOf.values()].flat());
  const isDecisive = (id: string): boolean => decisiveSources.has(id);
  const actorLinked = linkActorsToSources(
    input,
    actors,
    holders,
    isDecisive,
    evidence,
    settings.minActorLines,
  );
  const leak = leakModel(sourceIds, isDecisive, exposure, phoneEvidence, baseline.phone, {
    prior: settings.leakPrior,
    ratePerDay: options.leakRatePerDay,
  });
  const tests = sourceIds.map((id) => {
    const days = exposure.get(id) ?? 0;
    const expected = baseline.phone.ratePerDay * days;
    const k = weak.get(id) ?? 0;
    const p = days > 0 ? upperTail(k, expected, baseline.phone.size) : null;
    const weakPosterior =
      days > 0 ? leakPosterior(k, expected, leak.ratePerDay * days, baseline.phone.size, leak.prior) : null;
    const list = evidence.get(id) ?? [];
    // An unguessable field settles it but for the chance it was produced without the canary.
    const chances = list
      .filter((e) => e.kind === 'decisive' || e.kind === 'merge')
      .map((e) => e.falseAccusation);
    const decisivePosterior = chances.length ? posteriorGiven(Math.min(...chances), leak.prior) : null;
    // Each actor whose calls the source explains is a separate chance of a coincidence.
    const linked = new Map(list.filter((e) => e.kind === 'actor').map((e) => [e.actorId, e.falseAccusation]));
    const actorPosterior = linked.size
      ? posteriorGiven(
          [...linked.values()].reduce((p, c) => p * c, 1),
          leak.prior,
        )
      : null;
    const known = [weakPosterior, decisivePosterior, actorPosterior].filter((x): x is number => x !== null);
    const posterior = known.length ? Math.max(...known) : null;
    return {
      id,
      k,
      expected,
      p,
      posterior,
      weakPosterior: weakPosterior ?? 0,
      actorPosterior: actorPosterior ?? 0,
    };
  });
  const tested = tests.filter((t) => t.p !== null);
  const qs = benjaminiHochberg(tested.map((t) => t.p!));
  const qOf = new Map(tested.map((t, i) => [t.id, qs[i]!]));

  const statusOf = new Map<string, SourceStatus>();
  for (const t of tests) {
    const q = qOf.get(t.id) ?? 1;
    const status: SourceStatus =
      isDecisive(t.id) ||
      t.actorPosterior >= settings.leakPosterior ||
      (t.k > 0 && q < settings.leakQ && t.weakPosterior >= settings.leakPosterior)
        ? 'leaked'
        : t.k > 0 &&
            (q < settings.suspectQ ||
              t.weakPosterior >= settings.suspectPosterior ||
              t.actorPosterior >= settings.suspectPosterior)
          ? 'suspected'
          : (legitimate.get(t.id) ?? 0) > 0
            ? 'legitimate-only'
            : 'clean';
    statusOf.set(t.id, status);
  }

  // The actors that carried a source's data: those that used one of its unguessable fields; for a
  // source leaked on weak evidence alone, those attributed to it unambiguously. Random dialers
  // that happened on its pool number are neither.
  for (const [contactId, sourceId] of actorLinked) {
    if (statusOf.get(sourceId) === 'leaked') pushTo(decisiveOf, contactId, sourceId);
  }
  const decisiveActors = new Map<string, Set<Actor>>();
  for (const actor of actors) {
    for (const id of actor.contactIds) {
      for (const sourceId of decisiveOf.get(id) ?? []) {
        const set = decisiveActors.get(sourceId) ?? new Set<Actor>();
        set.add(actor);
        decisiveActors.set(sourceId, set);
      }
    }
  }
  const attributedActors = new Map<string, Actor[]>();
  for (const actor of actors) for (const id of actor.sourceIds) pushTo(attributedActors, id, actor);
  const actorsOf = new Map<string, Actor[]>();
  for (const t of tests) {
    const decisive = [...(decisiveActors.get(t.id) ?? [])];
    const status = statusOf.get(t.id);
    const weakOnly = (status === 'leaked' || status === 'suspected') && decisive.length === 0;
    actorsOf.set(t.id, weakOnly ? (attributedActors.get(t.id) ?? []) : decisive);
  }
  const brokers = inferBrokers(input, actors, statusOf, decisiveOf, actorsOf, settings.brokerConfidence);
  const brokersOf = new Map<string, string[]>();
  for (const b of brokers) for (const s of b.sourceIds) pushTo(brokersOf, s, b.id);

  const sources: SourceFinding[] = tests.map((t) => {
    const status = statusOf.get(t.id)!;
    const counted = status === 'leaked' || status === 'suspected';
    // Evidence is listed whatever the status; a leak time and leaked subjects only when counted.
    const list = evidence.get(t.id) ?? [];
    // When unguessable fields were used, they date the leak and name the people: weak contacts
    // before them are the background that reached a pool number anyway.
    const strong = list.filter((e) => e.kind !== 'pool-number');
    const dating = strong.length > 0 ? strong : list;
    const first = counted ? [...dating].sort((a, b) => a.at.getTime() - b.at.getTime())[0] : undefined;
    const held = canariesOf.get(t.id) ?? [];
    const firstCanary = first ? earliestIssue(held, first.subjectId) : undefined;
    const holders = new Set(held.map((c) => c.subjectId));
    const leakedSubjects = counted
      ? new Set(dating.map((e) => e.subjectId).filter((s) => holders.has(s)))
      : new Set();
    return {
      sourceId: t.id,
      status,
      firstLeakAt: first?.at ?? null,
      lagDays: first && firstCanary ? differenceInDays(first.at, firstCanary, { in: zone }) : null,
      subjects: { leaked: leakedSubjects.size, total: holders.size },
      weakContacts: t.k,
      expectedBackground: t.expected,
      pValue: t.p,
      qValue: qOf.get(t.id) ?? null,
      posterior: t.posterior,
      legitimateContacts: legitimate.get(t.id) ?? 0,
      evidence: list,
      actorIds: (actorsOf.get(t.id) ?? []).map((a) => a.id),
      brokerIds: brokersOf.get(t.id) ?? [],
    };
  });

  return {
    sources,
    actors,
    brokers,
    edges: chainEdges(brokers, actors, sources, input),
    timeline: timeline(sources, actorsOf, settings.waveGapDays),
    merges,
    baseline: { ...baseline, leak },
  };
}

/** The evidence against each source in the contacts, and the counts the tests need. */
interface CollectedEvidence {
  /** Per source, each contact that reached its canaries, with its chance of a false accusation. */
  readonly evidence: Map<string, SourceEvidence[]>;
  /** Per source, contacts that reached it through pool numbers only. */
  readonly weak: Map<string, number>;
  /** Per source, its call and text contacts (the leak rate is measured on them). */
  readonly phoneEvidence: Map<string, number>;
  /** Per source, contacts from its own declared senders. */
  readonly legitimate: Map<string, number>;
  readonly merges: MergeFinding[];
  /**
   * Per contact, the sources whose unguessable fields it used: the decisive links brokers are
   * joined on (and, later, the campaign links).
   */
  readonly decisiveOf: Map<string, string[]>;
}

function collectEvidence(
  input: Stored,
  context: {
    readonly canaryById: ReadonlyMap<string, Canary>;
    readonly holders: FieldHolders;
    readonly model: AccusationModel;
  },
): CollectedEvidence {
  const { canaryById, holders, model } = context;
  const evidence = new Map<string, SourceEvidence[]>();
  const weak = new Map<string, number>();
  const phoneEvidence = new Map<string, number>();
  const legitimate = new Map<string, number>();
  const merges: MergeFinding[] = [];
  const decisiveOf = new Map<string, string[]>();
  for (const { contact, result } of input.contacts) {
    if (result.verdict === 'legitimate') {
      for (const { sourceId } of result.sources)
        legitimate.set(sourceId, (legitimate.get(sourceId) ?? 0) + 1);
      continue;
    }
    if (result.verdict !== 'leak' && result.verdict !== 'merge') continue;
    const contributors = scoreContributors(result.hits, canaryById, holders, model);
    const subjectId = result.subjectId ?? '';
    if (result.verdict === 'merge')
      merges.push({ contactId: contact.id, at: contact.at, subjectId, contributors });
    for (const { sourceId: id } of result.sources) {
      const decisive = result.hits.some((h) => h.sourceId === id && h.unguessable);
      if (decisive) pushTo(decisiveOf, contact.id, id);
      const kind = decisive ? (result.verdict === 'merge' ? 'merge' : 'decisive') : 'pool-number';
      if (kind === 'pool-number') weak.set(id, (weak.get(id) ?? 0) + 1);
      if (contact.channel === 'call' || contact.channel === 'sms')
        phoneEvidence.set(id, (phoneEvidence.get(id) ?? 0) + 1);
      const falseAccusation = contributors.find((c) => c.sourceId === id)?.falseAccusation ?? 1;
      pushTo(evidence, id, { kind, contactId: contact.id, at: contact.at, subjectId, falseAccusation });
    }
  }

  return { evidence, weak, phoneEvidence, legitimate, merges, decisiveOf };
}

/**
 * P(leaked | evidence) when the evidence would arise without a leak with chance `chance` and
 * always with one: Bayes with the prior odds of a leak.
 */
function posteriorGiven(chance: number, prior: number): number {
  return 1 / (1 + ((1 - prior) / prior) * chance);
}

/** The options given, without the keys set to `undefined`, so defaults fill them. */
function definedOptions(options: AnalysisOptions): Partial<typeof ANALYSIS_DEFAULTS> {
  // Spreading `{ leakQ: undefined }` over the defaults would erase them.
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function checkedZone(timeZone: string): ReturnType<typeof tz> {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch (error) {
    throw new ConfigError(`timeZone: ${JSON.stringify(timeZone)} is not an IANA time zone`, { cause: error });
  }
  return tz(timeZone);
}

/**
 * The leak model: the prior, and the buyers' contact rate measured on the sources that leaked
 * decisively (their call and text contacts per canary-day, less the background), so the weak test
 * expects of a suspect what the proven leaks actually show.
 */
function leakModel(
  sourceIds: readonly string[],
  isDecisive: (id: string) => boolean,
  exposure: ReadonlyMap<string, number>,
  phoneEvidence: ReadonlyMap<string, number>,
  background: Background,
  given: { readonly prior: number; readonly ratePerDay: number | undefined },
): LeakModel {
  const prior = given.prior;
  if (given.ratePerDay !== undefined) return { prior, ratePerDay: given.ratePerDay, measuredOn: 0 };
  let contacts = 0;
  let days = 0;
  let measuredOn = 0;
  for (const id of sourceIds) {
    if (!isDecisive(id) || (exposure.get(id) ?? 0) <= 0) continue;
    contacts += phoneEvidence.get(id) ?? 0;
    days += exposure.get(id)!;
    measuredOn++;
  }
  const measured = days > 0 ? contacts / days - background.ratePerDay : 0;
  return measured > 0
    ? { prior, ratePerDay: measured, measuredOn }
    : { prior, ratePerDay: ANALYSIS_DEFAULTS.leakRatePerDay, measuredOn: 0 };
}

/** When the first of a source's canaries was issued to one subject. */
function earliestIssue(held: readonly Canary[], subjectId: string): Date | undefined {
  let earliest: Date | undefined;
  for (const c of held)
    if (c.subjectId === subjectId && (earliest === undefined || c.issuedAt < earliest)) earliest = c.issuedAt;
  return earliest;
}

/** Control lines and unissued pool numbers, with the noise they received, per channel group. */
function backgroundLines(input: Stored, channels: readonly string[], until: Date): LineObservation[] {
  const phone = channels.includes('call');
  const noise = new Map<string, number>();
  for (const { contact, result } of input.contacts) {
    if (result.verdict !== 'noise' || !channels.includes(contact.channel) || contact.to === undefined)
      continue;
    noise.set(contact.to, (noise.get(contact.to) ?? 0) + 1);
  }
  const lines: LineObservation[] = [];
  for (const c of input.canaries) {
    if (c.sourceId !== null) continue;
    const value = phone ? c.phone : c.email;
    if (value === undefined) continue;
    lines.push({
      contacts: noise.get(value) ?? 0,
      days: Math.max(0, (until.getTime() - c.issuedAt.getTime()) / DAY_MS),
    });
  }
  if (phone) {
    // When each number was first issued, and which numbers are controls (watched above).
    const firstIssued = new Map<string, number>();
    const controls = new Set<string>();
    for (const c of input.canaries) {
      if (c.phone === undefined) continue;
      const t = c.issuedAt.getTime();
      firstIssued.set(c.phone, Math.min(t, firstIssued.get(c.phone) ?? t));
      if (c.sourceId === null) controls.add(c.phone);
    }
    // A pool number is watched from the subject's creation until it is first issued (burn-in).
    for (const subject of input.subjects) {
      for (const number of subject.phones.pool) {
        if (controls.has(number)) continue;
        const end = firstIssued.get(number) ?? until.getTime();
        lines.push({
          contacts: noise.get(number) ?? 0,
          days: Math.max(0, (end - subject.createdAt.getTime()) / DAY_MS),
        });
      }
    }
  }
  return lines;
}

function inferBrokers(
  input: Stored,
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
  for (const { contact, result } of input.contacts) {
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

function chainEdges(
  brokers: readonly Broker[],
  actors: readonly Actor[],
  sources: readonly SourceFinding[],
  input: Stored,
): ChainEdge[] {
  const edges: ChainEdge[] = [];
  // Only the actors brokers supply: most actors are lone random callers.
  const supplied = new Set(brokers.flatMap((b) => b.actorIds));
  const actorById = new Map(actors.filter((a) => supplied.has(a.id)).map((a) => [a.id, a]));
  for (const broker of brokers) {
    for (const sourceId of broker.sourceIds) {
      const finding = sources.find((s) => s.sourceId === sourceId);
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
  for (const { contact, result } of input.contacts) {
    if (contact.from === undefined || result.verdict === 'legitimate') continue;
    const line = lines.get(contact.from);
    if (!line) lines.set(contact.from, { first: contact.at, count: 1 });
    else {
      line.count++;
      if (contact.at < line.first) line.first = contact.at;
    }
  }
  for (const actor of actors) {
    for (const number of [...actor.numbers, ...actor.senders]) {
      const line = lines.get(number);
      if (!line) continue;
      edges.push({
        from: actor.id,
        to: number,
        kind: 'actor-number',
        firstSeen: line.first,
        evidence: line.count,
      });
    }
  }
  return edges;
}

function timeline(
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

/**
 * Turns campaigns' calls into evidence: each actor's distinct subject lines are explained by the
 * fewest sources (`coverActorLines`), and the calls to the lines a source explains become
 * `actor` evidence with the chance that a random dialer would cover them as well. Updates
 * `evidence` in place.
 *
 * @returns The contacts linked, with the source each was linked to.
 */
function linkActorsToSources(
  input: Stored,
  actors: readonly Actor[],
  holders: FieldHolders,
  isDecisive: (sourceId: string) => boolean,
  evidence: Map<string, SourceEvidence[]>,
  minLines: number,
): Map<string, string> {
  let totalLines = 0;
  for (const subject of input.subjects) totalLines += subject.phones.pool.length + subject.phones.real.length;
  const held = new Map<string, number>();
  for (const sources of holders.get('phone')?.values() ?? [])
    for (const s of sources) held.set(s, (held.get(s) ?? 0) + 1);
  const lineHolders = [...held.keys()];
  const share = (sourceId: string) => (totalLines > 0 ? (held.get(sourceId) ?? 0) / totalLines : 1);
  const phoneHolders = holders.get('phone');
  const holdersOf = (line: string) => phoneHolders?.get(line);
  // One contact reaches one line: a lone caller never covers `minLines`. Only the campaigns'
  // contacts are looked up, not the million random calls.
  const campaigns = actors.filter((a) => a.numbers.length > 0 && a.contactIds.length >= minLines);
  const wanted = new Set(campaigns.flatMap((a) => a.contactIds));
  const byId = new Map<string, StoredContact>();
  for (const c of input.contacts) if (wanted.has(c.contact.id)) byId.set(c.contact.id, c);
  const linked = new Map<string, { sourceId: string; actorId: string; chance: number }>();
  for (const actor of campaigns) {
    const own = actor.contactIds.map((id) => byId.get(id)!);
    const lines = [
      ...new Set(
        own
          .filter(
            (c) =>
              c.result.subjectId !== null && (c.contact.channel === 'call' || c.contact.channel === 'sms'),
          )
          .map((c) => c.contact.to!),
      ),
    ];
    if (lines.length < minLines) continue;
    for (const found of coverActorLines(lines, holdersOf, share, isDecisive, lineHolders, minLines)) {
      for (const c of own) {
        if (c.contact.to === undefined || !holdersOf(c.contact.to)?.has(found.sourceId)) continue;
        if (c.result.verdict !== 'leak' && c.result.verdict !== 'merge') continue;
        linked.set(c.contact.id, {
          sourceId: found.sourceId,
          actorId: actor.id,
          chance: found.falseAccusation,
        });
      }
    }
  }
  const bySource = new Map<string, Map<string, { actorId: string; chance: number }>>();
  for (const [contactId, link] of linked) {
    const map = bySource.get(link.sourceId) ?? new Map();
    map.set(contactId, link);
    bySource.set(link.sourceId, map);
  }
  for (const [sourceId, links] of bySource) {
    evidence.set(
      sourceId,
      (evidence.get(sourceId) ?? []).map((e) => {
        const link = e.kind === 'pool-number' ? links.get(e.contactId) : undefined;
        return link ? { ...e, kind: 'actor', actorId: link.actorId, falseAccusation: link.chance } : e;
      }),
    );
  }
  return new Map([...linked].map(([contactId, link]) => [contactId, link.sourceId]));
}
