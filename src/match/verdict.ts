import type { Contact, FieldKind, Hit, SourceAttribution, Verdict } from '../types.js';
import type { PrematureHit } from './match-contact.js';
import type { OwnServiceMessage } from './own-service.js';
import { senderId } from './sender-id.js';

/**
 * Confidence of each verdict, with the reason for the number. They are the chance the verdict
 * is right given only this contact; the chain analysis refines weak ones with the background.
 */
export const CONFIDENCE = {
  /** An unguessable field (alias tag, name variant, marker) cannot come from guessing. */
  decisive: 0.99,
  /** A spoken name variant heard through speech-to-text: distinct, but transcripts err. */
  phonetic: 0.9,
  /**
   * An issued alias with one character mistyped (two swapped, one dropped, doubled or changed):
   * a clerk's typo of that alias, carried by whoever copies the record. A guess lands within one
   * edit of a 10-symbol tag about once in 10¹²; the typo could also be another of the subject's
   * aliases' neighbours only when two lie within two edits, which is then not read as either.
   */
  mistyped: 0.9,
  /** A pool number alone: random dialling reaches it too (about one call in 8 days a line). */
  poolNumber: 0.5,
  /** The sender is one the source declared. */
  legitimate: 0.95,
  /**
   * The source's own service message from a sender it did not declare (its staff's own phone):
   * the text, not a registered sender, says so, and a careful impersonator could write it too.
   */
  ownService: 0.8,
  /**
   * Mail in the source's own declared domain that failed authentication (an unlisted mail service
   * or a forwarder broke SPF/DKIM) with no fraud cue: its own most likely; a forger who spoofs the
   * domain without asking for anything is the remaining chance.
   */
  claimedOwn: 0.7,
  /** A control was reached: nobody was given it, so only chance explains it. */
  noise: 0.9,
  /** An alias-shaped address never issued: guessing or framing. */
  forged: 0.95,
  /** Only real identifiers: certain that no canary was revealed. */
  untraceable: 0.95,
  /** Nothing matched. */
  unknown: 1,
} as const;

/** What the verdict needs besides the hits. */
export interface VerdictContext {
  /** A never-issued address in the subject's alias space was used. */
  readonly forged: boolean;
  /** A role address of the subject's alias space (`postmaster@`…) was used: guessable, not forged. */
  readonly roleAddress?: string | undefined;
  /** Tells whether a source declared the contact's sender. */
  readonly expectedBy: (sourceId: string) => boolean;
  /** Canary values reached before they were issued. */
  readonly premature?: readonly PrematureHit[] | undefined;
  /**
   * Tells whether the contact claims to come from the source itself (its declared mail domain)
   * but failed authentication: the source's own mail through a forwarder or an unknown service,
   * or a forger. The reason says so; the verdict stays.
   */
  readonly claimsToBe?: ((sourceId: string) => boolean) | undefined;
  /**
   * Tells whether the contact reads as the source's own service message in its staff's own words
   * (see `ownServiceMessage`), from a sender it did not declare: what it is about, or `undefined`.
   */
  readonly ownService?: ((sourceId: string) => OwnServiceMessage | undefined) | undefined;
  /**
   * What in the contact's text marks an impersonator (`impersonationCue`: a fraud cue, a lure, a
   * transfer, a secret asked for, a link elsewhere), asked of mail that claims a source's own
   * domain but failed authentication; `undefined` when nothing does.
   */
  readonly fraudCue?: ((sourceId: string) => string | undefined) | undefined;
  /**
   * What marks a contact from a sender the source declared as an impersonator's all the same
   * (caller ID is easily spoofed: a "safe account" call, a card-frozen text, a refund lure from
   * the source's own number); `undefined` when nothing does, and the sender is the source's.
   */
  readonly spoofCue?: ((sourceId: string) => string | undefined) | undefined;
  /** A source's name for reasons (its id when missing). */
  readonly sourceName?: ((sourceId: string) => string | undefined) | undefined;
  /**
   * How the contact came and from whom, for the words of reasons (a mailbox is not a phone, an
   * alphanumeric sender ID is not a carrier-checked port); reasons speak of a phone when missing.
   */
  readonly via?: { readonly channel: Contact['channel']; readonly from?: string | undefined } | undefined;
}

/** A verdict with the sources it names and why. */
export interface VerdictResult {
  readonly verdict: Verdict;
  readonly confidence: number;
  readonly sources: SourceAttribution[];
  readonly reason: string;
}

/** One revealed value and the sources any of its canaries were issued to. */
interface Evidence {
  readonly sources: Set<string>;
  readonly strength: number;
}

function strengthOf(hit: Hit): number {
  if (!hit.unguessable) return CONFIDENCE.poolNumber;
  return hit.how === 'phonetic'
    ? CONFIDENCE.phonetic
    : hit.how === 'mistyped'
      ? CONFIDENCE.mistyped
      : CONFIDENCE.decisive;
}

/** Groups source hits by the value revealed: a shared pool number is one piece of evidence. */
function evidenceOf(hits: readonly Hit[]): Evidence[] {
  const byValue = new Map<string, Evidence>();
  for (const hit of hits) {
    if (hit.sourceId === null) continue;
    const key = `${hit.kind}|${hit.value}|${hit.where}`;
    const entry = byValue.get(key) ?? { sources: new Set<string>(), strength: 0 };
    entry.sources.add(hit.sourceId);
    byValue.set(key, { sources: entry.sources, strength: Math.max(entry.strength, strengthOf(hit)) });
  }
  return [...byValue.values()];
}

function attribute(
  sourceIds: Iterable<string>,
  hits: readonly Hit[],
  shares?: ReadonlyMap<string, number>,
): SourceAttribution[] {
  return [...sourceIds].sort().map((sourceId) => {
    const own = hits.filter((h) => h.sourceId === sourceId);
    const fields = [...new Set(own.map((h) => h.kind))] as FieldKind[];
    const share = shares?.get(sourceId);
    return { sourceId, canaryId: own[0]!.canaryId!, fields, ...(share === undefined ? {} : { share }) };
  });
}

/**
 * Every smallest set of sources that together explains every piece of evidence (exact up to
 * 12 candidates, at most 64 sets). A value shared by several sources (a pool number) makes each
 * of its holders an equal candidate: every one appears in some smallest set.
 */
function minimalCovers(evidence: readonly Evidence[]): string[][] {
  const candidates = [...new Set(evidence.flatMap((e) => [...e.sources]))].sort();
  const covers = (set: readonly string[]): boolean =>
    evidence.every((e) => set.some((s) => e.sources.has(s)));
  if (candidates.length <= 12) {
    for (let size = 1; size <= candidates.length; size++) {
      const found: string[][] = [];
      const pick = (start: number, acc: string[]): void => {
        if (found.length >= 64) return;
        if (acc.length === size) {
          if (covers(acc)) found.push(acc);
          return;
        }
        for (let i = start; i < candidates.length; i++) pick(i + 1, [...acc, candidates[i]!]);
      };
      pick(0, []);
      if (found.length > 0) return found;
    }
  }
  // Greedy set cover: within a factor ln(n) of the minimum, for implausibly large merges; every
  // holder of a value the cover uses is named with it.
  const chosen = new Set<string>();
  let open = [...evidence];
  while (open.length > 0) {
    let best = open[0]!;
    let bestCount = -1;
    for (const e of open) {
      const count = open.filter((o) => [...e.sources].some((s) => o.sources.has(s))).length;
      if (count > bestCount) {
        best = e;
        bestCount = count;
      }
    }
    for (const s of best.sources) chosen.add(s);
    open = open.filter((e) => ![...best.sources].some((s) => e.sources.has(s)));
  }
  return [[...chosen]];
}

/** Source names for a reason, in one list: `Hotel`, `Hotel and Gym`, `Hotel, Gym and Shop`. */
function namesOf(sourceIds: Iterable<string>, context: VerdictContext): string {
  const names = [...sourceIds].map((id) => context.sourceName?.(id) ?? id).sort();
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Why a contact is a `leak`: an identity only that source holds was used, or only a pool number
 * was reached, which random callers reach too (weak until the analysis finds an excess over the
 * background). Written for people who never read the word "canary".
 */
function leakReason(hits: readonly Hit[], holders: ReadonlySet<string>, context: VerdictContext): string {
  const names = namesOf(holders, context);
  const weakOnly = !hits.some((h) => h.canaryId !== null && h.unguessable);
  if (weakOnly) {
    const pool = hits.find((h) => h.canaryId !== null && h.kind === 'phone');
    const guessed = hits.find((h) => h.canaryId !== null && !h.unguessable);
    const name = !pool && guessed?.kind === 'name';
    const written = !pool && !name && guessed?.kind === 'email' && guessed.where === 'content';
    const until = 'so this is weak evidence until the analysis finds more such contacts than chance explains';
    const weak = pool
      ? `random callers reach any number, ${until}`
      : written
        ? `it was written in a message to your own mailbox or number, as anyone you or its own mail gave it to writes it, ${until}`
        : name
          ? `people who bear that name, or who know the person and write their middle initial, nickname or a homophone, write it too, ${until}`
          : `anyone could guess it, ${until}`;
    // A pool number reached with a name the analysis weighs as guessable (a middle initial) was
    // reached with that name too: the reason says both, not "only the pool number".
    const alsoNamed = pool ? hits.find((h) => h.canaryId !== null && h.kind === 'name') : undefined;
    if (pool && alsoNamed) {
      const both = `the pool number ${pool.value} and the name ${alsoNamed.value}`;
      const why = `random callers reach any number, and people who bear that name, or who know the person and write their middle initial, nickname or a homophone, write it too, ${until}`;
      return holders.size === 1
        ? `only ${both}, issued only to ${names}, were reached: ${why}`
        : `only ${both}, shared by ${holders.size} sources (${names}), were reached: ${why}`;
    }
    const what = pool
      ? `the pool number ${pool.value}`
      : name
        ? `the name ${guessed.value}`
        : written
          ? `the alias ${guessed.value}`
          : `the guessable ${guessed?.kind ?? 'value'} ${guessed?.value ?? ''}`.trimEnd();
    return holders.size === 1
      ? `only ${what}, issued only to ${names}, was reached: ${weak}`
      : `only ${what}, shared by ${holders.size} sources (${names}), was reached: ${weak}`;
  }
  const typo = hits.find((h) => h.how === 'mistyped');
  if (typo && holders.size === 1)
    return `a third party used the alias ${typo.value}, issued only to ${names}, with one character mistyped (a clerk's typo carried with the record, not a guess)`;
  return holders.size === 1
    ? `a third party used an identity issued only to ${names}`
    : `a third party used a value issued to ${holders.size} sources (${names}): the confidence is split between them`;
}

/**
 * Decides what a contact means by the smallest explanation of what it revealed.
 *
 * The owners of every revealed canary value are intersected: one common source is a `leak`
 * (or `legitimate` when that source declared the sender); no common source means someone holds
 * several sources' records, a `merge`. Without canaries: a control is `noise`, an alias never
 * issued is `forged` (a role address such as `postmaster@` is guessable: `untraceable`), real
 * identifiers alone are `untraceable`, nothing is `unknown`.
 *
 * @param hits - The hits on one subject's identifiers.
 * @param context - Forged signal and the sender check.
 * @returns The verdict, its confidence, the sources and a reason.
 */
export function decideVerdict(hits: readonly Hit[], context: VerdictContext): VerdictResult {
  const evidence = evidenceOf(hits);
  if (evidence.length === 0) return withoutCanary(hits, context);

  let common = new Set(evidence[0]!.sources);
  for (const e of evidence.slice(1)) common = new Set([...common].filter((s) => e.sources.has(s)));
  if (common.size > 0) {
    const declared = [...common].filter(context.expectedBy);
    // From a declared number, but asking what only an impersonator asks: spoofed caller ID (or
    // the source itself defrauding its customer); either way a third party's use of its data.
    const spoofed = new Map<string, string>();
    for (const s of declared) {
      const cue = context.spoofCue?.(s);
      if (cue !== undefined) spoofed.set(s, cue);
    }
    const legitimate = declared.filter((s) => !spoofed.has(s));
    if (spoofed.size > 0 && legitimate.length === 0) {
      const strength = Math.max(...evidence.map((e) => e.strength));
      const names = namesOf(spoofed.keys(), context);
      return {
        verdict: 'leak',
        confidence: round(strength / common.size),
        sources: attribute(common, hits),
        reason: `${leakReason(hits, common, context)}; it came from a sender ${names} declared, but carries ${[...spoofed.values()][0]!}: caller ID and sender numbers are easily spoofed, so someone passing as ${names} (or ${names} itself) used the identity`,
      };
    }
    if (legitimate.length > 0) {
      return {
        verdict: 'legitimate',
        confidence: CONFIDENCE.legitimate,
        sources: attribute(legitimate, hits),
        reason: `the sender is one that ${namesOf(legitimate, context)} declared as its own`,
      };
    }
    // A message to the person's own number or mailbox that reached none of the contact channels
    // issued to the source (only its name variant) is not its own: the source never had that
    // number or mailbox, so only someone who joined its record to hers can send it.
    const own = reachedOnlyRealChannel(hits, common) ? undefined : ownServiceOf(common, context);
    if (own !== undefined) return own(hits);
    const claimed = [...common].filter((s) => context.claimsToBe?.(s));
    const cues = new Map(claimed.map((s) => [s, context.fraudCue?.(s)]));
    if (
      claimed.length > 0 &&
      context.fraudCue !== undefined &&
      claimed.every((s) => cues.get(s) === undefined)
    ) {
      const names = namesOf(claimed, context);
      return {
        verdict: 'legitimate',
        confidence: CONFIDENCE.claimedOwn,
        sources: attribute(claimed, hits),
        reason: `mail from ${names}'s own domain that failed authentication, with no fraud cue: ${names}'s own mail through a mail service or a forwarder most likely, not a leak on its own; check its headers, and ask ${names} which services send its mail`,
      };
    }
    const strength = Math.max(...evidence.map((e) => e.strength));
    return {
      verdict: 'leak',
      confidence: round(strength / common.size),
      sources: attribute(common, hits),
      reason:
        leakReason(hits, common, context) +
        (claimed.length > 0
          ? `; the mail claims to come from ${namesOf(claimed, context)} itself but failed authentication${
              [...cues.values()].find((c) => c !== undefined) === undefined
                ? ': its own mail through a forwarder or a mail service, or a forger, so check its headers'
                : ` and carries ${[...cues.values()].find((c) => c !== undefined)!}: a forger passing as ${namesOf(claimed, context)}`
            }`
          : ''),
    };
  }

  const covers = minimalCovers(evidence);
  const named = [...new Set(covers.flat())].sort();
  // A source's share: how many of the smallest explanations it is part of. Sources certain to
  // contribute have 1; the holders of a shared value split it (three holders → 1/3 each).
  const shares = new Map(
    named.map((s) => [s, round(covers.filter((c) => c.includes(s)).length / covers.length)]),
  );
  const cover = covers[0]!;
  // Each contributor is as certain as the strongest evidence only it explains.
  const perSource = cover.map((s) =>
    Math.max(0, ...evidence.filter((e) => e.sources.has(s)).map((e) => e.strength / e.sources.size)),
  );
  const alternatives = named.length - cover.length;
  return {
    verdict: 'merge',
    confidence: round(Math.min(...perSource)),
    sources: attribute(named, hits, shares),
    reason:
      `revealed identities issued to ${cover.length} different sources (${namesOf(cover, context)}): someone holds all their records` +
      (alternatives > 0
        ? `; a shared value leaves ${namesOf(
            named.filter((s) => shares.get(s)! < 1),
            context,
          )} as equal candidates`
        : ''),
  };
}

const ABOUT_WORDS: Readonly<Record<OwnServiceMessage['about'], string>> = {
  booking: 'a booking, a stay or an appointment',
  order: 'an order or a delivery',
  vehicle: "the person's car",
  policy: 'a policy',
  account: 'an account or a membership',
  'data-request': "the person's own request about their data",
  introduction: 'nothing but a greeting and its staff introducing themselves',
  errand:
    "an errand it signs, in words not read here (no link but to its own site, no price or offer, no number but its writer's own mobile)",
  catalogue: 'its own catalogue or newsletter',
};

/**
 * Whether a contact was sent to the person's own number or mailbox (a real identifier as its
 * recipient) and reached no phone, mail or postal canary of the sources it names: the source
 * holds the canaries it was given, not her own number or mailbox.
 */
function reachedOnlyRealChannel(hits: readonly Hit[], sources: ReadonlySet<string>): boolean {
  return (
    hits.some((h) => h.real && h.where === 'to' && (h.kind === 'phone' || h.kind === 'email')) &&
    !hits.some((h) => h.sourceId !== null && sources.has(h.sourceId) && CHANNEL_KINDS.has(h.kind))
  );
}

/** The field kinds a contact is sent to: a source holding one can reach the person on it. */
const CHANNEL_KINDS: ReadonlySet<string> = new Set(['phone', 'email', 'address']);

/**
 * The verdict of a contact that reads as its sources' own service message from a sender they did
 * not declare: `legitimate`, with a lower confidence and a reason that asks the source to confirm
 * the number. A leak on its own it is not; `analyze()` lists it beside the source's other
 * evidence.
 */
function ownServiceOf(
  common: ReadonlySet<string>,
  context: VerdictContext,
): ((hits: readonly Hit[]) => VerdictResult) | undefined {
  if (context.ownService === undefined) return undefined;
  const owners: string[] = [];
  let about: OwnServiceMessage['about'] | undefined;
  let signed = false;
  let fulfilment = true;
  let written = true;
  for (const s of common) {
    // Mail in the source's own domain that failed authentication is a forger's as likely.
    if (context.claimsToBe?.(s)) continue;
    const found = context.ownService(s);
    if (found === undefined) continue;
    owners.push(s);
    about ??= found.about;
    signed ||= found.signed === true;
    fulfilment &&= found.fulfilment === true;
    written &&= found.written === true;
  }
  if (owners.length === 0 || about === undefined) return undefined;
  const names = namesOf(owners, context);
  return (hits) => ({
    verdict: 'legitimate',
    confidence: CONFIDENCE.ownService,
    sources: attribute(owners, hits),
    reason: fulfilment
      ? `a courier's or delivery rider's notice about an order (no link, payment, code or chat asked, nothing sold, no lost-parcel claim), from a sender ${names} did not declare: the carrier or delivery platform ${names} handed the order to, most likely through a masked number; not a leak on its own`
      : signed
        ? `signed with ${names}'s name ${signedThrough(context.via)}, with no fraud cue and nothing outside its trade: ${names}'s own message through a sender it did not declare; ask ${names} to confirm ${senderWord(context.via)}; not a leak on its own`
        : written
          ? // Read by the general rule: the writer and the cues it lacks are what was seen.
            `names ${names} as its writer and carries no dealer cue (no payment, card, code or identity data asked, no link or number to ring elsewhere, no chat to add, no other business speaking, nothing outside ${names}'s trade), from a sender ${names} did not declare: ${names}'s own message through ${undeclaredSenders(context.via)}, most likely; ask ${names} to confirm ${senderWord(context.via)}; not a leak on its own`
          : // What was seen: the topic and what the text does not ask; who wrote it is not known
            // (the text may be signed by a business the person also deals with), so it is not said.
            `a service message about ${ABOUT_WORDS[about]} (nothing outside ${names}'s trade, no payment, code or chat asked), from a sender ${names} did not declare: ${undeclaredSenders(context.via)}, most likely; ask ${names} to confirm ${senderWord(context.via)}; not a leak on its own`,
  });
}

/**
 * Through what a signed message came, in words true of its channel: a mailbox (anyone may open
 * one, so the name is the writer's own claim), an alphanumeric sender ID (set by the sending
 * business at its SMS provider and registered in some countries, such as the UK's SenderID
 * Protection Registry, but not checked by the carrier), or a gateway port or service number whose
 * signatures the carrier checks (MIIT's 2015 rules for China's 106 ports).
 */
function signedThrough(via: VerdictContext['via']): string {
  if (via?.channel === 'email')
    return 'from a mailbox it did not declare (a staff mailbox or a mail service)';
  const id = via?.channel === 'sms' && via.from !== undefined ? senderId(via.from) : undefined;
  if (id !== undefined)
    return `through the sender ID "${id}" (a name the sending business sets at its SMS provider, registered in some countries but not checked by the carrier)`;
  return 'through a sender whose signatures the carrier checks (an SMS gateway port, a service number)';
}

/** Who, besides the source, sends its service messages on a channel it did not declare. */
function undeclaredSenders(via: VerdictContext['via']): string {
  if (via?.channel === 'email')
    return "its staff's own mailbox or a business it works with (a booking or mail service)";
  if (via?.channel === 'mail') return 'a business it works with (a mailing house, a carrier)';
  return "its staff's own phone or a business it works with";
}

/** What the source is asked to confirm: the address for mail, the sender ID, else the number. */
function senderWord(via: VerdictContext['via']): string {
  if (via?.channel === 'email') return 'the address';
  if (via?.channel === 'mail') return 'the sender';
  if (via?.channel === 'sms' && via.from !== undefined && senderId(via.from) !== undefined)
    return 'the sender ID';
  return 'the number';
}

/** The verdict when no issued canary of a source was revealed. */
function withoutCanary(hits: readonly Hit[], context: VerdictContext): VerdictResult {
  const premature = [...(context.premature ?? [])].sort((a, b) => a.issuedAt - b.issuedAt);
  const noise = noiseReason(hits, premature);
  if (noise) return { verdict: 'noise', confidence: CONFIDENCE.noise, sources: [], reason: noise };
  const early = premature.find((p) => p.unguessable);
  const note = early
    ? `${early.kind} ${early.value} was reached before it was issued at ${new Date(early.issuedAt).toISOString()}`
    : undefined;
  if (context.forged || early?.kind === 'email') {
    return {
      verdict: 'forged',
      confidence: CONFIDENCE.forged,
      sources: [],
      reason: note
        ? `${note}: nobody could know it then, so the address was guessed or the contact's time is wrong`
        : 'used an alias address that was never issued: someone guessed or made it up',
    };
  }
  if (context.roleAddress !== undefined && !early) {
    return {
      verdict: 'untraceable',
      confidence: CONFIDENCE.untraceable,
      sources: [],
      reason: `reached the role address ${context.roleAddress}, which every domain gets mail at (RFC 2142): guessable, not a forged alias`,
    };
  }
  if (hits.length > 0 || note) {
    return {
      verdict: 'untraceable',
      confidence: CONFIDENCE.untraceable,
      sources: [],
      reason: note
        ? `${note}: no identity issued by then explains it (check the contact's time)`
        : "reached only the subject's real identifiers, no issued identity: no source can be named",
    };
  }
  return {
    verdict: 'unknown',
    confidence: CONFIDENCE.unknown,
    sources: [],
    reason: 'matched nothing of any subject',
  };
}

/**
 * Why a contact that reached no source's identity is background noise, by what it reached: a
 * control (kept back on purpose, never given to anyone), or a pool number nobody held at the
 * contact's time (not yet issued, or issued only later); `undefined` when it reached neither.
 */
function noiseReason(hits: readonly Hit[], premature: readonly PrematureHit[]): string | undefined {
  const control = hits.find((h) => h.canaryId !== null);
  if (control)
    return `reached the control ${control.value}: kept back on purpose and never given to anyone, so this is background (a random contact), not a leak`;
  const pool = hits.find((h) => !h.real && h.kind === 'phone');
  if (!pool) return undefined;
  const later = premature.find((p) => p.kind === 'phone' && p.value === pool.value);
  return later
    ? `reached the pool number ${pool.value} before it was issued (at ${new Date(later.issuedAt).toISOString()}): nobody had it then, so this is background, not a leak`
    : `reached ${pool.value}, a pool number not yet issued to anyone: background (a random caller, or one looking for the number's previous owner), not a leak`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
