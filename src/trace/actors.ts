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
  /** Why its callers were joined, e.g. `script`, `number-block`, `sender-domain`, `label`. */
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
  /** Calls from one block reach one subject within this many days to be joined: 7. */
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

/**
 * Groups callers into actors: callers are joined when their texts are one script, when their
 * numbers sit in one block and reach one subject close in time, when they mail from one
 * (non-free) domain, or when the user labelled them as one.
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

  const callers = [...new Set(contacts.map(callerOf))];
  const index = new Map(callers.map((c, i) => [c, i]));
  const sets = new UnionFind(callers.length);
  const linkReasons = new Map<number, Set<string>>();
  const join = (a: string, b: string, reason: string): void => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined || ia === ib) return;
    sets.union(ia, ib);
    for (const i of [ia, ib]) {
      const reasons = linkReasons.get(i) ?? new Set<string>();
      reasons.add(reason);
      linkReasons.set(i, reasons);
    }
  };

  // Scripts: LSH buckets over the shingles give candidate pairs; a similarity that weighs each
  // shingle by its rarity across callers confirms them (callers of one industry read one
  // template: what they do not share tells them apart).
  const shingles: (Uint32Array | undefined)[] = contacts.map((c) =>
    c.content && c.content.length >= minLength ? shingleHashes(c.content) : undefined,
  );
  // Callers renting one block of numbers, or mailing from one domain, count as one operation.
  const operationOf = (c: ActorContact): string => {
    const caller = callerOf(c);
    if (caller.startsWith('+') && caller.length > blockDigits + 6) return caller.slice(0, -blockDigits);
    const at = caller.lastIndexOf('@');
    return at > 0 && !freeMail.has(caller.slice(at + 1)) ? caller.slice(at + 1) : caller;
  };
  const weight = shingleWeights(contacts, shingles, operationOf);
  const buckets = new Map<string, number[]>();
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
      const b = index.get(callerOf(contacts[other]!))!;
      let placed = false;
      // A caller already joined with a script's caller is that script's: nothing to compare.
      const root = sets.find(b);
      if (leaders.some((leader) => sets.find(index.get(callerOf(contacts[leader]!))!) === root)) continue;
      for (const leader of leaders) {
        const { similarity, shared } = weightedSimilarity(shingles[leader]!, shingles[other]!, weight);
        if (similarity < threshold || shared < MIN_SHARED_SHINGLES) continue;
        placed = true;
        join(callerOf(contacts[leader]!), callerOf(contacts[other]!), 'script');
        break;
      }
      if (!placed && leaders.length < MAX_SCRIPTS_PER_BUCKET) leaders.push(other);
    }
  }

  // Number blocks: sequential lines reaching one subject within the window.
  const byBlock = new Map<string, ActorContact[]>();
  for (const c of contacts) {
    const caller = callerOf(c);
    if (!caller.startsWith('+') || c.subjectId === null || caller.length <= blockDigits + 6) continue;
    const key = `${caller.slice(0, -blockDigits)}|${c.subjectId}`;
    pushTo(byBlock, key, c);
  }
  for (const list of byBlock.values()) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const next = list[i]!;
      if (next.at.getTime() - prev.at.getTime() <= windowMs)
        join(callerOf(prev), callerOf(next), 'number-block');
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

  const contactsByCaller = new Map<string, ActorContact[]>();
  for (const c of contacts) pushTo(contactsByCaller, callerOf(c), c);
  const rules = options.numberRules ?? DEFAULT_NUMBER_RULES;
  const actors = sets.groups().map((members): Actor => {
    const keys = members.length === 1 ? [callers[members[0]!]!] : members.map((i) => callers[i]!).sort();
    const own =
      keys.length === 1 ? contactsByCaller.get(keys[0]!)! : keys.flatMap((k) => contactsByCaller.get(k)!);
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
      contactIds: own.map((c) => c.id).sort(),
      subjectIds: [...new Set(own.flatMap((c) => (c.subjectId ? [c.subjectId] : [])))].sort(),
      sourceIds: [...new Set(own.flatMap((c) => c.sourceIds))].sort(),
      firstSeen: new Date(first),
      lastSeen: new Date(last),
      topic: mainTopic(scores),
      flags: [...flags].sort(),
      links: [...new Set(members.flatMap((i) => [...(linkReasons.get(i) ?? [])]))].sort(),
      names: [...new Set(keys.flatMap((k) => namesOf.get(k) ?? []))],
    };
  });
  return actors.sort((a, b) => b.contactIds.length - a.contactIds.length || (a.id < b.id ? -1 : 1));
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
