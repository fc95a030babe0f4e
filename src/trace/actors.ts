import { DAY_MS } from '../_internal/clock.js';
import { pushTo } from '../_internal/collections.js';
import { bandKeys, signature, similarity } from './minhash.js';
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
   * The estimated Jaccard similarity of two texts' shingles above which they are one script.
   * 0.5: a campaign's messages differ in names, amounts and speech-to-text errors but share
   * most phrases; unrelated spam of one topic shares well under a third.
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
  const threshold = options.scriptSimilarity ?? 0.5;
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

  // Scripts: LSH buckets give candidate pairs; the signature estimate confirms them.
  const buckets = new Map<string, number[]>();
  const signatures: (Uint32Array | undefined)[] = contacts.map((c) =>
    c.content && c.content.length >= minLength ? signature(c.content) : undefined,
  );
  signatures.forEach((sig, i) => {
    if (!sig) return;
    for (const key of bandKeys(sig)) pushTo(buckets, key, i);
  });
  // Each bucket member is compared with the bucket's first member only, and only while their
  // callers are apart: a campaign's thousand messages share buckets, and comparing every pair
  // would be quadratic. Near-duplicates of one script all sit close to any one of them.
  for (const bucket of buckets.values()) {
    const first = bucket[0]!;
    for (let x = 1; x < bucket.length; x++) {
      const other = bucket[x]!;
      const a = index.get(callerOf(contacts[first]!))!;
      const b = index.get(callerOf(contacts[other]!))!;
      if (sets.find(a) === sets.find(b)) continue;
      if (similarity(signatures[first]!, signatures[other]!) >= threshold) {
        join(callerOf(contacts[first]!), callerOf(contacts[other]!), 'script');
      }
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
      id: `act_${keys[0]!.replace(/[^0-9A-Za-z@._:+-]/gu, '').slice(0, 60)}`,
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
