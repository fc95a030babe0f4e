/**
 * The evidence stage: what each contact says against each source (an unguessable field, a merged
 * record, a pool number), and what campaigns' calls say (`actor` evidence), as new lists.
 */
import { pushTo } from '../_internal/collections.js';
import type { StoredContact } from '../stores/store.js';
import { type AccusationModel, scoreContributors, weakFieldChance } from './accusation.js';
import { acrossCampaigns, coverActorLines } from './actor-coverage.js';
import type { Actor } from './actors.js';
import type { AnalysisContext } from './analysis-context.js';
import type { MergeFinding, SourceEvidence } from './analysis-types.js';
import { dialledUnheld, linesAddressedElsewhere, type ReachedLines, randomDialShare } from './buyer-lines.js';
import { type ActorOfContact, repeatKey } from './explain-away.js';
import { declaredSenders, passesOnDealing } from './other-registrant.js';
import { type OwnScripts, ownScripts } from './own-script.js';
import { tradeTemplates } from './trade-templates.js';

/** The evidence against each source in the contacts, and the counts the tests need. */
export interface CollectedEvidence {
  /** Per source, each contact that reached its canaries, with its chance of a false accusation. */
  readonly evidence: ReadonlyMap<string, readonly SourceEvidence[]>;
  /** Per source, contacts that reached it through pool numbers only, one per caller and line. */
  readonly weak: ReadonlyMap<string, number>;
  /** Per source, its call and text contacts (the leak rate is measured on them). */
  readonly phoneEvidence: ReadonlyMap<string, number>;
  /** Per source, contacts from its own declared senders. */
  readonly legitimate: ReadonlyMap<string, number>;
  /**
   * Per source, its own messages from senders it did not declare (its staff's phones): the
   * contacts' ids. They convict nobody; the source is asked to confirm the numbers.
   */
  readonly undeclaredOwn: ReadonlyMap<string, readonly string[]>;
  readonly merges: readonly MergeFinding[];
  /** Per contact, the sources whose unguessable fields it used. */
  readonly decisiveOf: ReadonlyMap<string, readonly string[]>;
  /** Sources with at least one decisive link. */
  readonly decisiveSources: ReadonlySet<string>;
  /**
   * Per contact, the sources it is weak evidence against that it also names by a field other
   * than a number (a name variant with odds), with that field's chance of naming it falsely
   * (`weakFieldChance`). Brokers read it: see `inferBrokers`.
   */
  readonly namedOf: ReadonlyMap<string, readonly { readonly sourceId: string; readonly chance: number }[]>;
}

/**
 * One pass over the contacts: the evidence per source. A sender that also sent a source's own
 * service message from a number it did not declare (a clerk's mobile, a courier's masked number,
 * a call centre the source hired) is the source's own: its silent and name-only contacts to the
 * source's identities are no evidence against it either.
 *
 * @param actorOf - The actor of each contact: weak contacts count once per actor and line.
 */
export function collectEvidence(
  context: AnalysisContext,
  model: AccusationModel,
  actorOf?: ActorOfContact,
): CollectedEvidence {
  const { canaryById, holders } = context;
  const sourceById = new Map(context.input.sources.map((s) => [s.id, s]));
  const evidence = new Map<string, SourceEvidence[]>();
  const weak = new Map<string, number>();
  const phoneEvidence = new Map<string, number>();
  const legitimate = new Map<string, number>();
  const undeclaredOwn = new Map<string, string[]>();
  const merges: MergeFinding[] = [];
  const decisiveOf = new Map<string, string[]>();
  const namedOf = new Map<string, { sourceId: string; chance: number }[]>();
  const own = ownScripts(context.byVerdict.legitimate, context.input.sources);
  const servedBy = ownSenders(context, own);
  const counted = new Map<string, Set<string>>();
  const declaredBy = declaredSenders(context.input.sources);
  const trade = tradeTemplates(context.byVerdict.legitimate, ({ contact, result }) =>
    result.sources.every(({ sourceId }) => !own.undeclared(sourceId, contact)),
  );
  const reaches = sourcesReachedBySender(context);
  for (const { contact, result } of context.byVerdict.attributed) {
    const declared = declaredBy(contact);
    // Another registrant declared the sender and the canary's holder did not: whoever wrote it,
    // it is not the holder's own message, whatever it reads like ("written as 携程 itself" in a
    // hotel's text from its own port). It is judged as that registrant's (below).
    const byAnother = (id: string) => declared.length > 0 && !declared.some((d) => d.sourceId === id);
    if (result.verdict === 'legitimate' && !result.sources.every(({ sourceId }) => byAnother(sourceId))) {
      for (const { sourceId } of result.sources) {
        legitimate.set(sourceId, (legitimate.get(sourceId) ?? 0) + 1);
        if (own.undeclared(sourceId, contact)) pushTo(undeclaredOwn, sourceId, contact.id);
      }
      continue;
    }
    if (result.verdict !== 'leak' && result.verdict !== 'merge' && result.verdict !== 'legitimate') continue;
    const contributors = scoreContributors(result.hits, canaryById, holders, model);
    const subjectId = result.subjectId ?? '';
    if (result.verdict === 'merge')
      merges.push({ contactId: contact.id, at: contact.at, subjectId, contributors });
    // Most contacts reach a pool number: no unguessable field, no list.
    let decisiveIds: (string | null)[] | undefined;
    for (const hit of result.hits) {
      if (!hit.unguessable) continue;
      if (decisiveIds === undefined) decisiveIds = [];
      decisiveIds.push(hit.sourceId);
    }
    const repeat = repeatKey(contact, actorOf);
    // Another registered source writing from its declared sender with this source's data: the
    // person's dealing with both (a hotel confirming the booking made through a platform), or a
    // transfer between two firms the person named; either way no stranger used it (see
    // `declaredSenders`). Unless it sells or carries an impersonator's cue (`passesOnDealing`): a
    // registrant that pitches from its own line with another's file is that file's buyer, and a
    // fraud centre spoofing a bank's declared number with a shop's file is no bank.
    const sentBy = declared.filter((other) => {
      const source = sourceById.get(other.sourceId);
      return source !== undefined && passesOnDealing(source, contact, other.authenticated);
    });
    for (const { sourceId: id } of result.sources) {
      const passedOn = sentBy.filter((other) => other.sourceId !== id);
      if (passedOn.some((other) => other.authenticated)) continue;
      // Its mail domain, but unauthenticated (its booking vendor's, or a forger's): at most weak.
      const passedOnUnchecked = passedOn.length > 0;
      // The source's own message from an undeclared number (its staff's mobile): no leak. Its
      // script repeated, or its staff's own words about what it deals in.
      if (
        !byAnother(id) &&
        ((contact.from !== undefined &&
          servedBy.get(contact.from)?.has(id) &&
          own.asksNothing(id, contact)) ||
          own.repeats(id, contact) ||
          (result.verdict === 'leak' && own.serves(id, contact)) ||
          // A notice registrants send as their own, from a sender that reached this source's
          // customers alone (its line it never declared: `tradeTemplates`).
          (contact.from !== undefined &&
            reaches.get(contact.from)?.size === 1 &&
            reaches.get(contact.from)?.has(id) === true &&
            trade.repeats(contact.content) &&
            own.asksNothing(id, contact)))
      ) {
        legitimate.set(id, (legitimate.get(id) ?? 0) + 1);
        pushTo(undeclaredOwn, id, contact.id);
        continue;
      }
      const decisive = !passedOnUnchecked && (decisiveIds?.includes(id) ?? false);
      if (decisive) pushTo(decisiveOf, contact.id, id);
      const kind = decisive ? (result.verdict === 'merge' ? 'merge' : 'decisive') : 'pool-number';
      if (kind === 'pool-number') {
        const chance = weakFieldChance(result.hits, id, canaryById, holders, model);
        if (chance !== null) pushTo(namedOf, contact.id, { sourceId: id, chance });
      }
      // Weak contacts are counted once per caller and line (retries are no new arrivals).
      if (kind === 'pool-number') {
        let seen = counted.get(id);
        if (seen === undefined) {
          seen = new Set();
          counted.set(id, seen);
        }
        if (!seen.has(repeat)) {
          seen.add(repeat);
          weak.set(id, (weak.get(id) ?? 0) + 1);
        }
      }
      if (contact.channel === 'call' || contact.channel === 'sms')
        phoneEvidence.set(id, (phoneEvidence.get(id) ?? 0) + 1);
      const falseAccusation = contributors.find((c) => c.sourceId === id)?.falseAccusation ?? 1;
      pushTo(evidence, id, { kind, contactId: contact.id, at: contact.at, subjectId, falseAccusation });
    }
  }
  const decisiveSources = new Set<string>();
  for (const ids of decisiveOf.values()) for (const id of ids) decisiveSources.add(id);
  return {
    evidence,
    weak,
    phoneEvidence,
    legitimate,
    undeclaredOwn,
    merges,
    decisiveOf,
    decisiveSources,
    namedOf,
  };
}

/**
 * Per sender, the sources whose unguessable fields (an alias, a name variant, a marker) its
 * contacts used, whatever their verdicts: whose customers it reached by name. A pool number reached says nothing of whose
 * list a caller dials (its line's other holders, or chance).
 */
function sourcesReachedBySender(context: AnalysisContext): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const { contact, result } of context.byVerdict.attributed) {
    if (contact.from === undefined) continue;
    for (const hit of result.hits) {
      if (!hit.unguessable || hit.sourceId === null) continue;
      let set = out.get(contact.from);
      if (set === undefined) {
        set = new Set();
        out.set(contact.from, set);
      }
      set.add(hit.sourceId);
    }
  }
  return out;
}

/**
 * Per phone sender that sent some source's own service message from a number the source did not
 * declare (contacts `record()` called `legitimate` though their sender is none the source
 * declared), the sources it served.
 */
function ownSenders(context: AnalysisContext, own: OwnScripts): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const { contact, result } of context.byVerdict.legitimate) {
    // A phone: a mail sender's address is too easily spoofed to excuse its other mail.
    if (result.verdict !== 'legitimate' || contact.from === undefined || contact.channel === 'email')
      continue;
    for (const { sourceId } of result.sources) {
      if (!own.undeclared(sourceId, contact)) continue;
      const served = out.get(contact.from) ?? new Set<string>();
      served.add(sourceId);
      out.set(contact.from, served);
    }
  }
  return out;
}

/** A campaign's contact linked to the source whose lines the campaign's calls point at. */
export interface CampaignLink {
  readonly sourceId: string;
  readonly actorId: string;
  /** The chance a random dialer would cover the source's lines as well (see `coverActorLines`). */
  readonly chance: number;
}

/**
 * Turns campaigns' calls into links: each actor's distinct subject lines are explained by the
 * fewest sources (`coverActorLines`), lines held by a source proven by an unguessable field
 * explained by it first; the calls to the lines a source explains are linked to it. A campaign
 * that used an unguessable field (a proven buyer) also links each weak call to a line only one
 * source held at the time, with the chance it dials at random (`randomDialShare`), when that is
 * a smaller chance than its coverage gives.
 *
 * @returns Per contact, its link.
 */
export function linkCampaigns(
  context: AnalysisContext,
  actors: readonly Actor[],
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  decisiveSources: ReadonlySet<string>,
): ReadonlyMap<string, CampaignLink> {
  const { input, holders } = context;
  const minLines = context.settings.minActorLines;
  let totalLines = 0;
  for (const subject of input.subjects) totalLines += subject.phones.pool.length + subject.phones.real.length;
  const held = new Map<string, number>();
  for (const sources of holders.get('phone')?.values() ?? [])
    for (const s of sources) held.set(s, (held.get(s) ?? 0) + 1);
  const lineHolders = [...held.keys()].sort();
  const share = (sourceId: string) => (totalLines > 0 ? (held.get(sourceId) ?? 0) / totalLines : 1);
  const phoneHolders = holders.get('phone');
  const holdersOf = (line: string) => phoneHolders?.get(line);
  const known = (sourceId: string) => decisiveSources.has(sourceId);
  // One contact reaches one line: a lone caller never covers `minLines`. Only the campaigns'
  // contacts are looked up, not the million random calls.
  const campaigns = actors.filter((a) => a.numbers.length > 0 && a.contactIds.length >= minLines);
  const byId = context.contactById;
  const linked = new Map<string, CampaignLink>();
  // Each campaign's contacts, and the person's lines on one of which it addressed somebody else:
  // they came to it with that somebody's record (`linesAddressedElsewhere`), so its calls there
  // are no record of the lines' holders. Read once, for its coverage and its buyer's calls.
  const read: CampaignContacts[] = campaigns.map((actor) => {
    const own = actor.contactIds.map((id) => byId.get(id)!);
    return { actor, own, elsewhere: linesAddressedElsewhere(own, context.lineHolders) };
  });
  const buyers = reachedByBuyers(context, read, decisiveOf);
  // Every campaign's coverage first: each campaign tested is one more chance of a coincidence.
  const tested = read.map(({ actor, own, elsewhere }) => {
    const lines = [
      ...new Set(
        own
          .filter(
            (c) =>
              c.result.subjectId !== null &&
              (c.contact.channel === 'call' || c.contact.channel === 'sms') &&
              !elsewhere.has(c.contact.to!),
          )
          .map((c) => c.contact.to!),
      ),
    ].sort();
    // A caller that reached a line nobody was given (a control, a pool number before its issue)
    // dials at random: a bought list never holds such a line, so its coverage of a source's
    // lines is no evidence of a purchase. A line it had with somebody else's name is no such sign.
    const dialsAtRandom = own.some((c) => dialledUnheld(c, context.lineHolders));
    const covered =
      lines.length < minLines || dialsAtRandom
        ? null
        : coverActorLines(lines, holdersOf, share, known, lineHolders, minLines);
    return { actor, own, elsewhere, covered };
  });
  const adjusted = acrossCampaigns(tested.map((t) => t.covered));
  tested.forEach(({ actor, own, elsewhere }, a) => {
    for (const found of adjusted[a]!) {
      for (const c of own) {
        if (c.contact.to === undefined || elsewhere.has(c.contact.to)) continue;
        if (!holdersOf(c.contact.to)?.has(found.sourceId)) continue;
        if (c.result.verdict !== 'leak' && c.result.verdict !== 'merge') continue;
        if (linked.has(c.contact.id)) continue;
        linked.set(c.contact.id, {
          sourceId: found.sourceId,
          actorId: actor.id,
          chance: found.falseAccusation,
        });
      }
    }
    linkBuyerCalls(context, { actor, own, elsewhere }, buyers, decisiveOf, decisiveSources, linked);
  });
  return linked;
}

/** Per proven buyer (a campaign with a contact that used an unguessable field), its lines. */
interface Buyers {
  readonly reached: ReadonlyMap<string, ReachedLines>;
  readonly total: ReachedLines;
  /** Lines no source was ever given, over all subject lines. */
  readonly unissuedShare: number;
}

/** A campaign with its stored contacts and the lines it had from elsewhere. */
interface CampaignContacts {
  readonly actor: Actor;
  readonly own: readonly StoredContact[];
  readonly elsewhere: ReadonlySet<string>;
}

function reachedByBuyers(
  context: AnalysisContext,
  campaigns: readonly CampaignContacts[],
  decisiveOf: ReadonlyMap<string, readonly string[]>,
): Buyers {
  let all = 0;
  let unissuedLines = 0;
  for (const subject of context.input.subjects) {
    all += subject.phones.pool.length + subject.phones.real.length;
    for (const number of subject.phones.pool) if (!context.lineHolders.has(number)) unissuedLines++;
  }
  const reached = new Map<string, ReachedLines>();
  let lines = 0;
  let unissued = 0;
  for (const { actor, own, elsewhere } of campaigns) {
    if (!actor.contactIds.some((id) => decisiveOf.has(id))) continue;
    const seen = new Set<string>();
    const noise = new Set<string>();
    // A person's lines on one of which it asked for somebody else it had from another list:
    // neither the stock's nor dialled at random.
    for (const c of own) {
      const { contact, result } = c;
      if (result.subjectId === null || contact.to === undefined || elsewhere.has(contact.to)) continue;
      if (contact.channel !== 'call' && contact.channel !== 'sms') continue;
      seen.add(contact.to);
      // A control, or a pool number before it was issued: nothing but random dialing reaches it.
      if (dialledUnheld(c, context.lineHolders)) noise.add(contact.to);
    }
    reached.set(actor.id, { lines: seen.size, unissued: noise.size });
    lines += seen.size;
    unissued += noise.size;
  }
  return { reached, total: { lines, unissued }, unissuedShare: all > 0 ? unissuedLines / all : 0 };
}

/**
 * Links a proven buyer's weak calls on lines one source held at the time (and no source proven
 * by an unguessable field) to that source, with the chance the buyer dialled the line at random.
 */
function linkBuyerCalls(
  context: AnalysisContext,
  { actor, own, elsewhere }: CampaignContacts,
  buyers: Buyers,
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  decisiveSources: ReadonlySet<string>,
  linked: Map<string, CampaignLink>,
): void {
  const actorId = actor.id;
  const mine = buyers.reached.get(actorId);
  if (mine === undefined) return;
  const others = {
    lines: buyers.total.lines - mine.lines,
    unissued: buyers.total.unissued - mine.unissued,
    buyers: buyers.reached.size - 1,
  };
  const chance = randomDialShare(mine, others, buyers.unissuedShare);
  if (chance >= 1) return;
  // A person's lines on one of which the campaign addressed somebody else (`elsewhere`) came to
  // it with that somebody's record.
  for (const { contact, result } of own) {
    if (result.verdict !== 'leak' && result.verdict !== 'merge') continue;
    if (contact.channel !== 'call' && contact.channel !== 'sms') continue;
    if (contact.to === undefined || decisiveOf.has(contact.id) || elsewhere.has(contact.to)) continue;
    const at = contact.at.getTime();
    let holder: string | undefined;
    let active = 0;
    for (const [sourceId, start] of context.lineHolders.get(contact.to) ?? []) {
      if (start > at) continue;
      active++;
      holder = sourceId;
    }
    if (active !== 1 || holder === undefined || decisiveSources.has(holder)) continue;
    const before = linked.get(contact.id);
    if (before !== undefined && before.chance <= chance) continue;
    linked.set(contact.id, { sourceId: holder, actorId, chance });
  }
}

/**
 * The evidence with each campaign-linked `pool-number` item of the linked source turned into
 * an `actor` item carrying the smaller of the campaign's coverage chance (when its coverage names
 * the source) and the inverse Bayes factor of the source's posterior in a proven buyer's stock. A
 * link whose chance is above `maxChance` (`actorEvidenceChance`: a coincidence as likely as not)
 * never counts as a campaign's evidence, so its item stays what it counts as, a `pool-number`
 * item of the weak test. A new map: the collected lists are untouched.
 *
 * @param maxChance - The largest chance an `actor` item may carry.
 */
export function withCampaignEvidence(
  evidence: ReadonlyMap<string, readonly SourceEvidence[]>,
  links: ReadonlyMap<string, CampaignLink>,
  stockLinks: ReadonlyMap<string, ReadonlyMap<string, CampaignLink>> = new Map(),
  maxChance = 1,
): ReadonlyMap<string, readonly SourceEvidence[]> {
  const out = new Map<string, readonly SourceEvidence[]>();
  for (const [sourceId, list] of evidence) {
    let changed = false;
    const next = list.map((e): SourceEvidence => {
      if (e.kind !== 'pool-number') return e;
      const campaign = links.get(e.contactId);
      const stock = stockLinks.get(e.contactId)?.get(sourceId);
      // The campaign's coverage link when it names this source, or the buyer's stock: whichever
      // is the smaller chance of a coincidence (a coverage chance raised to its q-value may be 1
      // while the stock convicts).
      const coverage = campaign?.sourceId === sourceId ? campaign : undefined;
      const link = coverage && (!stock || coverage.chance <= stock.chance) ? coverage : stock;
      if (!link || link.chance > maxChance) return e;
      changed = true;
      return { ...e, kind: 'actor', actorId: link.actorId, falseAccusation: link.chance };
    });
    out.set(sourceId, changed ? next : list);
  }
  return out;
}
