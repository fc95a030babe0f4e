import type { Channel, Hit, HitLocation, HitMethod } from '../types.js';
import type { CanaryIndex, FieldOwner } from './canary-index.js';
import { decodeForMatching } from './decode-for-matching.js';
import { emailKey, parseEmail } from './normalize-email.js';

/** A contact after validation, with its contacted value normalised. */
export interface NormalizedContact {
  readonly channel: Channel;
  /** When the contact arrived (epoch ms): canaries issued later cannot explain it. */
  readonly at?: number | undefined;
  /** The exact key of `to` (E.164, short-code key or email key), for calls, texts and email. */
  readonly toKey?: string | undefined;
  /** `to` as given, scanned as text for letters and other channels. */
  readonly to?: string | undefined;
  readonly content?: string | undefined;
  readonly addressedAs?: string | undefined;
  readonly subjectId?: string | undefined;
}

/** What matching found, before the verdict. */
export interface ContactMatch {
  /** The subject reached, or `null`. */
  readonly subjectId: string | null;
  /** The hits on that subject's identifiers. */
  readonly hits: Hit[];
  /** The contact used an address in the subject's alias space that was never issued. */
  readonly forged: boolean;
  /** Canary values the contact reached before they were issued (an old log imported late, or a forgery). */
  readonly premature: readonly PrematureHit[];
}

/** A canary value a contact reached although the canary was issued after the contact's time. */
export interface PrematureHit {
  /** The field kind. */
  readonly kind: Hit['kind'];
  /** The value reached. */
  readonly value: string;
  /** When its canary was issued (epoch ms). */
  readonly issuedAt: number;
  /** The value cannot be guessed (an alias tag, a name variant). */
  readonly unguessable: boolean;
}

// Bounded pieces keep this linear on hostile input (no nested quantifiers); labels may be IDN.
const EMAIL_IN_TEXT = /[a-z0-9._%+-]{1,64}@[\p{L}\p{M}\p{N}-]{1,63}(?:\.[\p{L}\p{M}\p{N}-]{1,63}){1,8}/giu;

function toHit(owner: FieldOwner, where: HitLocation, how: HitMethod): Hit {
  return {
    subjectId: owner.subjectId,
    canaryId: owner.canaryId,
    sourceId: owner.sourceId,
    kind: owner.kind,
    value: owner.value,
    where,
    how,
    real: owner.role === 'real',
    unguessable: owner.unguessable,
  };
}

/**
 * Finds every identifier of every subject in a contact, then keeps the subject it was meant
 * for: the one named by `subjectId`, else the one whose identifier was contacted, else the one
 * with the strongest evidence in the text.
 *
 * @param contact - The normalised contact.
 * @param index - The canary index.
 * @returns The subject, its hits and whether a forged alias was used.
 */
export function matchContact(contact: NormalizedContact, index: CanaryIndex): ContactMatch {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const forgedFor = new Set<string>();
  const spoken = contact.channel === 'call';

  const push = (owner: FieldOwner, where: HitLocation, how: HitMethod): void => {
    // In a transcript a written-only name variant is indistinguishable from a homophone of
    // another name (张维 for 张伟): only spoken-distinct names count there.
    if (spoken && where !== 'to' && owner.kind === 'name' && !owner.spokenDistinct && owner.role !== 'real')
      return;
    const key = `${owner.canaryId ?? `${owner.role}:${owner.subjectId}:${owner.value}`}|${owner.kind}|${where}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(toHit(owner, where, how));
  };
  const at = contact.at ?? Number.POSITIVE_INFINITY;
  const premature = new Map<string, PrematureHit & { subjectId: string }>();
  const pushAll = (all: readonly FieldOwner[], where: HitLocation, how: HitMethod): void => {
    // A canary issued after the contact cannot explain it (an old call log imported late):
    // until then its pool number was unissued, and reaching it was background. Its unguessable
    // values are remembered: reaching one before it existed is a forgery or a wrong date.
    const owners = all.filter((o) => o.issuedAt <= at);
    for (const o of all)
      if (o.issuedAt > at && o.role === 'canary')
        premature.set(`${o.kind}|${o.value}`, {
          kind: o.kind,
          value: o.value,
          issuedAt: o.issuedAt,
          unguessable: o.unguessable,
          subjectId: o.subjectId,
        });
    // Once a pool number is issued, its canaries speak for it; the bare pool entry is moot.
    const issued = owners.some((o) => o.role === 'canary' || o.role === 'control');
    for (const owner of owners) if (!(issued && owner.role === 'pool')) push(owner, where, how);
  };
  const scanView = (text: string, where: HitLocation): void => {
    for (const owners of index.scanText(text)) pushAll(owners, where, 'normalized');
    if (spoken) for (const owners of index.scanPhonetic(text)) pushAll(owners, where, 'phonetic');
    for (const [address] of text.matchAll(EMAIL_IN_TEXT)) {
      const parts = parseEmail(address);
      const subject = parts && index.aliasSpaceOwner(address);
      if (parts && subject && index.lookup(emailKey(parts)).length === 0) forgedFor.add(subject);
    }
  };
  const scanInto = (text: string | undefined, where: HitLocation): void => {
    if (!text) return;
    scanView(text, where);
    // Encoded addresses and names (%2B, &#43;, quoted-printable) are matched in a decoded view.
    const decoded = decodeForMatching(text);
    if (decoded !== text) scanView(decoded, where);
  };

  if (contact.toKey !== undefined) {
    const owners = index.lookup(contact.toKey);
    pushAll(owners, 'to', 'exact');
    if (owners.length === 0 && contact.channel === 'email') {
      const subject = index.aliasSpaceOwner(contact.toKey);
      if (subject) forgedFor.add(subject);
    }
  } else {
    scanInto(contact.to, 'to');
  }
  scanInto(contact.content, 'content');
  scanInto(contact.addressedAs, 'addressedAs');

  let subjectId = chooseSubject(contact, hits, forgedFor);
  if (subjectId === null) subjectId = premature.values().next().value?.subjectId ?? null;
  return {
    subjectId,
    hits: subjectId === null ? [] : hits.filter((h) => h.subjectId === subjectId),
    forged: subjectId !== null && forgedFor.has(subjectId),
    premature: [...premature.values()]
      .filter((p) => p.subjectId === subjectId)
      .map(({ subjectId: _, ...hit }) => hit),
  };
}

function chooseSubject(
  contact: NormalizedContact,
  hits: readonly Hit[],
  forgedFor: ReadonlySet<string>,
): string | null {
  if (contact.subjectId !== undefined) return contact.subjectId;
  const reached = hits.find((h) => h.where === 'to');
  if (reached) return reached.subjectId;
  const score = new Map<string, number>();
  for (const subject of forgedFor) score.set(subject, 1);
  for (const hit of hits) {
    const weight = hit.real ? 1 : hit.unguessable ? 100 : 10;
    score.set(hit.subjectId, (score.get(hit.subjectId) ?? 0) + weight);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [subject, value] of score) {
    if (value > bestScore) {
      best = subject;
      bestScore = value;
    }
  }
  return best;
}
