import { DAY_MS } from '../_internal/clock.js';
import { pushTo } from '../_internal/collections.js';
import { bandKeys, shingleHashes, signatureOf, weightedSimilarity } from './minhash.js';
import { DEFAULT_NUMBER_RULES, type NumberRule, numberFlags } from './number-rules.js';
import { FRAUD_CUE_THRESHOLD, mainTopic, type Topic, topicScores } from './topics.js';
import { UnionFind } from './union-find.js';

/** What actor clustering reads of a contact. */
export interface ActorContact {
  readonly id: string;
  /** The caller: E.164, a short-code key, an email address, free text, or nothing. */
  readonly from?: string | undefined;
  readonly at: Date;
  readonly subjectId: string | null;
  readonly content?: string | undefined;
  /** The sources the contact was attributed to. */
  readonly sourceIds: readonly string[];
  /**
   * The contact reached a line no source had been given at the time (a control, or a pool number
   * before its first issue): only random dialing reaches one, never a bought list.
   */
  readonly unissued?: boolean | undefined;
}

/** A campaign or organisation behind one or many numbers and senders. */
export interface Actor {
  /** A stable id derived from the actor's first caller. */
  readonly id: string;
  /** Phone numbers (E.164) and short codes it used. */
  readonly numbers: readonly string[];
  /** Email senders it used. */
  readonly senders: readonly string[];
  /** The contacts it placed. */
  readonly contactIds: readonly string[];
  /** The subjects it reached. */
  readonly subjectIds: readonly string[];
  /** The sources whose canaries it used. */
  readonly sourceIds: readonly string[];
  readonly firstSeen: Date;
  readonly lastSeen: Date;
  /** What it sells or wants, from its texts. */
  readonly topic: Topic;
  /** Risky number ranges and fraud cues, e.g. `cn-virtual-operator`, `fraud-cues`. */
  readonly flags: readonly string[];
  /**
   * Why its callers were joined: `script`, `number-block`, `number-rotation` (numbers of one block
   * used one after another), `sender-domain`, `label`.
   */
  readonly links: readonly string[];
  /** The names the user gave it in labels. */
  readonly names: readonly string[];
}

/** Callers the user joined, with their name for the actor. */
export interface ActorLabel {
  readonly callers: readonly string[];
  readonly name?: string | undefined;
}

/** Options of {@link clusterActors}; every threshold has its reason beside it. */
export interface ActorOptions {
  /**
   * The weighted Jaccard similarity of two texts' shingles (each weighted by its inverse
   * frequency over calling operations) above which they are one script: 0.7. Amounts are masked
   * and a person's name weighs a tenth, so a campaign's messages score 0.9 and more; two
   * campaigns reading one industry's template, apart only in company, product or agent, score
   * 0.5–0.6 (measured on `leaktrace/simulate`'s template worlds: 0.5 merged them).
   */
  readonly scriptSimilarity?: number;
  /** The shortest text compared as a script, in characters: short texts ("喂？") prove nothing. */
  readonly minScriptLength?: number;
  /**
   * Numbers equal but for their last `blockDigits` digits form a block: dialers rent
   * consecutive lines. 2 digits is a block of 100 numbers.
   */
  readonly blockDigits?: number;
  /**
   * Calls from one block reach one subject within this many days to be joined, and a block's
   * number starts within this many days of the last call of the number it takes over from to be
   * one rotation: 7.
   */
  readonly blockWindowDays?: number;
  /** Mail domains shared by unrelated senders, never a reason to join them. */
  readonly freeMailDomains?: ReadonlySet<string>;
  /**
   * Callers the user says are one actor: a list of caller keys, or a stored label with the
   * user's name for the actor. Labels are joined whatever the thresholds say.
   */
  readonly labels?: readonly (readonly string[] | ActorLabel)[];
  /** Number-range rules for flags. */
  readonly numberRules?: readonly NumberRule[];
}

const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'sohu.com',
  'foxmail.com',
]);

/** The samples of a caller that sent no script's text yet (shared, replaced on the first). */
const NO_SAMPLES: Map<Writing, number[]> = new Map();

/** Scripts told apart within one LSH bucket: a bound on the comparisons per member. */
const MAX_SCRIPTS_PER_BUCKET = 16;

/** Two texts sharing fewer shingles than this are never one script, however they score. */
const MIN_SHARED_SHINGLES = 3;

/**
 * Inverse document frequencies of shingles over callers: ln(1 + N / df), with N the callers that
 * sent a text and df those whose texts hold the shingle. A shingle every caller uses weighs
 * ln 2; one caller's own words weigh ln(1 + N). Counted per caller, not per message, so a
 * campaign's thousand messages count once for each of its lines.
 */
function shingleWeights(
  contacts: readonly ActorContact[],
  shingles: readonly (Uint32Array | undefined)[],
  callerOf: (contact: ActorContact) => string,
): (shingle: number) => number {
  const byCaller = new Map<string, number[]>();
  contacts.forEach((c, i) => {
    if (shingles[i]) pushTo(byCaller, callerOf(c), i);
  });
  const df = new Map<number, number>();
  const seen = new Set<number>();
  for (const indexes of byCaller.values()) {
    seen.clear();
    for (const i of indexes) {
      for (const h of shingles[i]!) {
        if (seen.has(h)) continue;
        seen.add(h);
        df.set(h, (df.get(h) ?? 0) + 1);
      }
    }
  }
  // The person a shingle was sent to, or MANY when sent to several: a shingle only ever sent to
  // one person is that person's name or record, words the caller read off the record, not its
  // script, so it cannot tell callers apart.
  const addressee = new Map<number, string>();
  contacts.forEach((c, i) => {
    const set = shingles[i];
    if (!set) return;
    const subject = c.subjectId ?? MANY;
    for (const h of set) {
      const seen = addressee.get(h);
      if (seen === undefined) addressee.set(h, subject);
      else if (seen !== subject) addressee.set(h, MANY);
    }
  });
  const n = byCaller.size;
  const weights = new Map<number, number>();
  for (const [h, count] of df)
    weights.set(h, Math.log((n + 1) / count) * (addressee.get(h) === MANY ? 1 : ONE_ADDRESSEE_WEIGHT));
  return (h) => weights.get(h) ?? 0;
}

/** An addressee key no subject id can take. */
const MANY = '\u0000many';

/**
 * The weight left to a shingle sent to one person only (a name, a record's detail): a tenth.
 * Not zero, so callers that only ever reached one person still compare by what they said.
 */
const ONE_ADDRESSEE_WEIGHT = 0.1;

/** The caller key of a contact: its `from`, or the contact itself when the caller is hidden. */
function callerOf(contact: ActorContact): string {
  return contact.from ?? `contact:${contact.id}`;
}

function isNumber(key: string): boolean {
  return key.startsWith('+') || key.startsWith('short:');
}

function isCallerList(entry: readonly string[] | ActorLabel): entry is readonly string[] {
  return Array.isArray(entry);
}

/** The writing system of a text: scripts are compared only within one (a zh and an en script never match). */
type Writing = 'cjk' | 'latin';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER = /\p{L}/gu;

function writingOf(text: string): Writing {
  const cjk = text.match(CJK)?.length ?? 0;
  const letters = text.match(LETTER)?.length ?? 0;
  return cjk * 2 >= letters ? 'cjk' : 'latin';
}

/** Texts kept per cluster and writing system to compare scripts: a bound on the comparisons per join. */
const MAX_SCRIPT_SAMPLES = 4;

/** Earlier calls of one block to one subject a call is paired with: a bound on the pairs per call. */
const MAX_BLOCK_LOOKBACK = 16;

/** What a cluster of callers is known to do, for deciding whether a weak link may join it. */
interface Profile {
  /** Per writing system, a few of its script texts (contact indexes). */
  samples: Map<Writing, number[]>;
  /** One of its callers reached a line nobody was given: it dials at random. */
  random: boolean;
}

/**
 * Groups callers into actors: callers are joined when their texts are one script, when their
 * numbers sit in one block and reach one subject close in time, when they mail from one
 * (non-free) domain, or when the user labelled them as one.
 *
 * What counts as "one operation", and what vetoes a join:
 *
 * - **A shared script** (weighted Jaccard of the texts' shingles at or above `scriptSimilarity`)
 *   joins, unless the two groups also speak another language in which their scripts differ: two
 *   campaigns that happen to share a company name in English but read different Chinese scripts
 *   are two operations (a campaign reads one script per language).
 * - **A number block** (consecutive lines reaching one subject within `blockWindowDays`) is weak
 *   evidence: virtual operators rent a block's numbers to many customers, and random dialers
 *   reach every subject sooner or later. It joins only groups that nothing tells apart: not two
 *   groups whose scripts in one language differ, not a group that reached lines nobody was given
 *   (a control or an unissued pool number: random dialing) with one that only ever reached
 *   bought records, and not a silent group (no text of a script's length) with one that speaks.
 *   Two silent groups of one mode may still join: nothing but the block speaks for or against.
 * - **A rotation** (a block's number starting within `blockWindowDays` after another stopped,
 *   their active periods apart) is how robot dialers use rented numbers: one at a time, dropped
 *   before block thresholds trip. It joins under the same vetoes, except that a silent number may
 *   join a speaking one (a rotation's unanswered calls leave no transcript); a rented neighbour
 *   dialling all along overlaps every number and pairs with none.
 *   The vetoes follow record-linkage practice (Fellegi–Sunter: a weak agreement cannot outweigh a
 *   disagreement on a discriminating field; "cannot-link" constraints in constrained
 *   clustering): each is checked on the groups as already joined, so a chain of weak links cannot
 *   carry a random dialer into a campaign either.
 * - **A sending domain** and **labels** join whatever the texts say: one organisation may run
 *   several scripts, and the user knows best.
 *
 * @param contacts - The contacts to cluster (legitimate ones should be left out by the caller).
 * @param options - Thresholds and labels.
 * @returns The actors, largest first.
 */
export function clusterActors(contacts: readonly ActorContact[], options: ActorOptions = {}): Actor[] {
  const threshold = options.scriptSimilarity ?? 0.7;
  const minLength = options.minScriptLength ?? 12;
  const blockDigits = options.blockDigits ?? 2;
  const windowMs = (options.blockWindowDays ?? 7) * DAY_MS;
  const freeMail = options.freeMailDomains ?? FREE_MAIL;

  // Each contact's caller key, and its caller's index, computed once: a hidden caller's key is a
  // new string each time it is built.
  const keyOf = contacts.map(callerOf);
  const callers: string[] = [];
  const index = new Map<string, number>();
  const callerAt = new Int32Array(contacts.length);
  // Each caller's contacts, in the contacts' order.
  const contactsOf: ActorContact[][] = [];
  contacts.forEach((c, i) => {
    const key = keyOf[i]!;
    let k = index.get(key);
    if (k === undefined) {
      k = callers.push(key) - 1;
      index.set(key, k);
      contactsOf.push([]);
    }
    callerAt[i] = k;
    contactsOf[k]!.push(c);
  });
  const sets = new UnionFind(callers.length);
  const linkReasons = new Map<number, Set<string>>();
  const profiles: Profile[] = callers.map(() => ({ samples: NO_SAMPLES, random: false }));
  // Joins two callers' groups unless `allowed` vetoes it; `true` when they end up as one.
  const join = (
    a: string,
    b: string,
    reason: string,
    allowed?: (x: Profile, y: Profile) => boolean,
  ): boolean => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined || ia === ib) return false;
    const ra = sets.find(ia);
    const rb = sets.find(ib);
    if (ra !== rb) {
      if (allowed && !allowed(profiles[ra]!, profiles[rb]!)) return false;
      sets.union(ra, rb);
      const root = sets.find(ra);
      profiles[root] = mergeProfiles(profiles[ra]!, profiles[rb]!);
    }
    for (const i of [ia, ib]) {
      const reasons = linkReasons.get(i) ?? new Set<string>();
      reasons.add(reason);
      linkReasons.set(i, reasons);
    }
    return true;
  };

  // Scripts: LSH buckets over the shingles give candidate pairs; a similarity that weighs each
  // shingle by its rarity across callers confirms them (callers of one industry read one
  // template: what they do not share tells them apart).
  const shingles: (Uint32Array | undefined)[] = contacts.map((c) =>
    c.content && c.content.length >= minLength ? shingleHashes(c.content) : undefined,
  );
  const writings: (Writing | undefined)[] = contacts.map((c, i) =>
    shingles[i] ? writingOf(c.content!) : undefined,
  );
  contacts.forEach((c, i) => {
    const profile = profiles[callerAt[i]!]!;
    if (c.unissued) profile.random = true;
    const writing = writings[i];
    if (writing === undefined) return;
    if (profile.samples === NO_SAMPLES) profile.samples = new Map();
    const list = profile.samples.get(writing);
    if (!list) profile.samples.set(writing, [i]);
    else if (list.length < MAX_SCRIPT_SAMPLES) list.push(i);
  });
  // Callers renting one block of numbers, or mailing from one domain, count as one operation.
  const operationOf = (c: ActorContact): string => {
    const caller = callerOf(c);
    if (caller.startsWith('+') && caller.length > blockDigits + 6) return caller.slice(0, -blockDigits);
    const at = caller.lastIndexOf('@');
    return at > 0 && !freeMail.has(caller.slice(at + 1)) ? caller.slice(at + 1) : caller;
  };
  const weight = shingleWeights(contacts, shingles, operationOf);
  const sameScript = (i: number, j: number): boolean => {
    const { similarity, shared } = weightedSimilarity(shingles[i]!, shingles[j]!, weight);
    return similarity >= threshold && shared >= MIN_SHARED_SHINGLES;
  };
  // Two groups' scripts differ when, in some writing system both use (`except` one already seen
  // to match), none of their sampled texts match.
  const scriptsDiffer = (x: Profile, y: Profile, except?: Writing): boolean => {
    for (const [writing, mine] of x.samples) {
      if (writing === except) continue;
      const theirs = y.samples.get(writing);
      if (theirs && !mine.some((i) => theirs.some((j) => sameScript(i, j)))) return true;
    }
    return false;
  };
  const buckets = new Map<number, number[]>();
  shingles.forEach((set, i) => {
    const sig = set ? signatureOf(set) : undefined;
    if (!sig) return;
    for (const key of bandKeys(sig)) pushTo(buckets, key, i);
  });
  // Each bucket member is compared with one representative of each script already found in the
  // bucket (at most MAX_SCRIPTS_PER_BUCKET), and only while their callers are apart: a
  // campaign's thousand messages share buckets, and comparing every pair would be quadratic.
  for (const bucket of buckets.values()) {
    const leaders: number[] = [bucket[0]!];
    for (let x = 1; x < bucket.length; x++) {
      const other = bucket[x]!;
      let placed = false;
      // A caller already joined with a script's caller is that script's: nothing to compare.
      const root = sets.find(callerAt[other]!);
      if (leaders.some((leader) => sets.find(callerAt[leader]!) === root)) continue;
      for (const leader of leaders) {
        if (!sameScript(leader, other)) continue;
        const matched = writings[other];
        placed = join(keyOf[leader]!, keyOf[other]!, 'script', (p, q) => !scriptsDiffer(p, q, matched));
        if (placed) break;
      }
      if (!placed && leaders.length < MAX_SCRIPTS_PER_BUCKET) leaders.push(other);
    }
  }

  // Number blocks: sequential lines reaching one subject within the window, each call paired
  // with the other callers of its block that reached the subject in the window before it.
  const byBlock = new Map<string, number[]>();
  contacts.forEach((c, i) => {
    const caller = keyOf[i]!;
    if (!caller.startsWith('+') || c.subjectId === null || caller.length <= blockDigits + 6) return;
    pushTo(byBlock, `${caller.slice(0, -blockDigits)}|${c.subjectId}`, i);
  });
  const blockAllowed = (x: Profile, y: Profile): boolean =>
    x.random === y.random && x.samples.size > 0 === y.samples.size > 0 && !scriptsDiffer(x, y);
  for (const list of byBlock.values()) {
    list.sort((a, b) => contacts[a]!.at.getTime() - contacts[b]!.at.getTime() || a - b);
    for (let i = 1; i < list.length; i++) {
      const next = contacts[list[i]!]!;
      const paired = new Set<string>([keyOf[list[i]!]!]);
      for (let j = i - 1; j >= 0 && i - j <= MAX_BLOCK_LOOKBACK; j--) {
        const prev = contacts[list[j]!]!;
        if (next.at.getTime() - prev.at.getTime() > windowMs) break;
        const caller = keyOf[list[j]!]!;
        if (paired.has(caller)) continue;
        paired.add(caller);
        join(caller, keyOf[list[i]!]!, 'number-block', blockAllowed);
      }
    }
  }

  // Rotation: a robot dialer uses one number of a block at a time and drops it before block
  // thresholds trip, so its numbers' active periods follow one another without overlapping
  // (and it may speak one language on one number, another on the next: no subject in common).
  // Each number is paired with the next one of its block to start after it stopped, within the
  // window; a rented neighbour that dials all along overlaps them and pairs with none. The
  // vetoes of a block join apply, except that a silent number may join a speaking one: a
  // rotation's unanswered calls leave no transcript.
  // Each caller's first and last call, by caller index.
  const firstAt = new Float64Array(callers.length).fill(Number.POSITIVE_INFINITY);
  const lastAt = new Float64Array(callers.length).fill(Number.NEGATIVE_INFINITY);
  contacts.forEach((c, i) => {
    const t = c.at.getTime();
    const k = callerAt[i]!;
    if (t < firstAt[k]!) firstAt[k] = t;
    if (t > lastAt[k]!) lastAt[k] = t;
  });
  const byRotationBlock = new Map<string, number[]>();
  callers.forEach((caller, k) => {
    if (caller.startsWith('+') && caller.length > blockDigits + 6)
      pushTo(byRotationBlock, caller.slice(0, -blockDigits), k);
  });
  const rotationAllowed = (x: Profile, y: Profile): boolean => x.random === y.random && !scriptsDiffer(x, y);
  for (const numbers of byRotationBlock.values()) {
    if (numbers.length < 2) continue;
    numbers.sort((a, b) => firstAt[a]! - firstAt[b]! || (callers[a]! < callers[b]! ? -1 : 1));
    for (let i = 0; i < numbers.length; i++) {
      const ended = lastAt[numbers[i]!]!;
      for (let j = i + 1; j < numbers.length; j++) {
        const first = firstAt[numbers[j]!]!;
        if (first <= ended) continue;
        if (first - ended <= windowMs)
          join(callers[numbers[i]!]!, callers[numbers[j]!]!, 'number-rotation', rotationAllowed);
        break;
      }
    }
  }

  // One sending domain, unless it is a free-mail provider everyone uses.
  const byDomain = new Map<string, string>();
  for (const caller of callers) {
    const at = caller.lastIndexOf('@');
    if (at < 0 || caller.startsWith('contact:')) continue;
    const domain = caller.slice(at + 1);
    if (freeMail.has(domain)) continue;
    const first = byDomain.get(domain);
    if (first) join(first, caller, 'sender-domain');
    else byDomain.set(domain, caller);
  }

  const namesOf = new Map<string, string[]>();
  for (const entry of options.labels ?? []) {
    const label: ActorLabel = isCallerList(entry) ? { callers: entry } : entry;
    const present = label.callers.filter((c) => index.has(c));
    for (const other of present.slice(1)) join(present[0]!, other, 'label');
    if (label.name !== undefined && present.length > 0) pushTo(namesOf, present[0]!, label.name);
  }

  const rules = options.numberRules ?? DEFAULT_NUMBER_RULES;
  const actors = sets.groups().map((members): Actor => {
    // The group's callers in key order (keys are distinct), and their contacts in that order.
    const ordered =
      members.length === 1 ? members : [...members].sort((a, b) => (callers[a]! < callers[b]! ? -1 : 1));
    const keys = ordered.map((i) => callers[i]!);
    const own = ordered.length === 1 ? contactsOf[ordered[0]!]! : ordered.flatMap((i) => contactsOf[i]!);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    const texts: string[] = [];
    for (const c of own) {
      const t = c.at.getTime();
      if (t < first) first = t;
      if (t > last) last = t;
      if (c.content) texts.push(c.content);
    }
    const numbers = keys.filter(isNumber);
    const flags = new Set(numbers.flatMap((n) => numberFlags(n, rules)));
    const scores = texts.length > 0 ? topicScores(texts) : [];
    if (scores.some(([topic, score]) => topic === 'fraud' && score >= FRAUD_CUE_THRESHOLD))
      flags.add('fraud-cues');
    return {
      id: actorId(keys[0]!),
      numbers,
      senders: keys.filter((k) => k.includes('@') && !k.startsWith('contact:')),
      contactIds: own.length === 1 ? [own[0]!.id] : own.map((c) => c.id).sort(),
      subjectIds: distinctSorted(own, (c) => c.subjectId || null),
      sourceIds: own.length === 1 ? distinct(own[0]!.sourceIds) : distinctSorted(own, (c) => c.sourceIds),
      firstSeen: new Date(first),
      lastSeen: new Date(last),
      topic: mainTopic(scores),
      flags: flags.size === 0 ? [] : [...flags].sort(),
      links: reasonsOf(members, linkReasons),
      names: namesOf.size === 0 ? [] : [...new Set(keys.flatMap((k) => namesOf.get(k) ?? []))],
    };
  });
  return largestFirst(actors);
}

/** The distinct values of `values`, sorted; the common one-value case without a set. */
function distinct(values: readonly string[]): string[] {
  if (values.length <= 1) return [...values];
  return [...new Set(values)].sort();
}

/** The distinct non-null values `pick` gives over `items`, sorted. */
function distinctSorted<T>(
  items: readonly T[],
  pick: (item: T) => string | null | readonly string[],
): string[] {
  const out = new Set<string>();
  for (const item of items) {
    const value = pick(item);
    if (value === null) continue;
    if (typeof value === 'string') out.add(value);
    else for (const v of value) out.add(v);
  }
  return out.size <= 1 ? [...out] : [...out].sort();
}

/** Why a group's callers were joined: the reasons of its members, distinct and sorted. */
function reasonsOf(
  members: readonly number[],
  linkReasons: ReadonlyMap<number, ReadonlySet<string>>,
): string[] {
  const out = new Set<string>();
  for (const i of members) for (const reason of linkReasons.get(i) ?? []) out.add(reason);
  return out.size <= 1 ? [...out] : [...out].sort();
}

/**
 * Actors with the most contacts first, ties in id order (UTF-16 code units, the order `<`
 * gives). Grouped by their number of contacts, each group ordered by {@link byIdOrder}: most
 * actors are lone callers of one contact, and comparing a hundred thousand ids as strings cost
 * more than building them.
 */
function largestFirst(actors: readonly Actor[]): Actor[] {
  const bySize = new Map<number, Actor[]>();
  for (const actor of actors) pushTo(bySize, actor.contactIds.length, actor);
  const out: Actor[] = [];
  for (const size of [...bySize.keys()].sort((a, b) => b - a)) {
    const group = bySize.get(size)!;
    if (group.length === 1) {
      out.push(group[0]!);
      continue;
    }
    for (const i of byIdOrder(group)) out.push(group[i]!);
  }
  return out;
}

/**
 * The indices of `actors` in the order `<` gives their ids (equal ids in their given order). Ids
 * are `act_` and ASCII ({@link actorId}): the 14 characters after the prefix are packed into two
 * exact integers (7 × 7 bits each, a missing character as 0, below every character), so most
 * comparisons are of numbers, not strings; ties fall back to the strings.
 */
function byIdOrder(actors: readonly Actor[]): Uint32Array {
  const n = actors.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const ids = actors.map((a) => a.id);
  const packable = ids.every((id) => id.startsWith('act_') && /^[\0-\x7f]*$/u.test(id));
  const compareIds = (a: number, b: number): number =>
    ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b;
  if (!packable) return order.sort(compareIds);
  const packed = (id: string, from: number): number => {
    let key = 0;
    for (let k = from; k < from + 7; k++) key = key * 128 + (k < id.length ? id.charCodeAt(k) : 0);
    return key;
  };
  const high = Float64Array.from(ids, (id) => packed(id, 4));
  const low = Float64Array.from(ids, (id) => packed(id, 11));
  return order.sort((a, b) => high[a]! - high[b]! || low[a]! - low[b]! || compareIds(a, b));
}

/** The profile of two groups joined: their samples interleaved (a few of each), random if either is. */
function mergeProfiles(x: Profile, y: Profile): Profile {
  const samples = new Map<Writing, number[]>();
  for (const writing of new Set([...x.samples.keys(), ...y.samples.keys()])) {
    const a = x.samples.get(writing) ?? [];
    const b = y.samples.get(writing) ?? [];
    const out: number[] = [];
    for (let k = 0; out.length < MAX_SCRIPT_SAMPLES && (k < a.length || k < b.length); k++) {
      if (k < a.length) out.push(a[k]!);
      if (k < b.length && out.length < MAX_SCRIPT_SAMPLES) out.push(b[k]!);
    }
    samples.set(writing, out);
  }
  return { samples, random: x.random || y.random };
}

/**
 * A stable id for the actor whose first caller key is `key`: `act_` and the key itself when it is
 * a plain number or address (readable in block lists), otherwise its readable characters and a
 * 53-bit hash of the whole key, so `招商银行` and `建设银行`, or `Bank A` and `BankA`, never share
 * an id, and no id is empty. Keys are distinct within one analysis, and a plain key holds no `~`.
 */
export function actorId(key: string): string {
  if (/^[0-9A-Za-z@.:+-]{1,60}$/u.test(key)) return `act_${key}`;
  const readable = key.replace(/[^0-9A-Za-z@.:+-]/gu, '').slice(0, 40);
  return `act_${readable}~${cyrb53(key).toString(36)}`;
}

/** cyrb53: a fast 53-bit string hash (public domain, bryc), stable across runs and platforms. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
