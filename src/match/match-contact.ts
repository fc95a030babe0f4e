import { nameForm } from '../identity/name-variant.js';
import type { Channel, Hit, HitLocation, HitMethod } from '../types.js';
import type { CanaryIndex, FieldOwner } from './canary-index.js';
import { decodeForMatching } from './decode-for-matching.js';
import { emailKey, parseEmail } from './normalize-email.js';
import { writesAsThirdParty } from './third-party.js';
import { writersOwnName } from './writer-position.js';

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

/**
 * Role mailboxes every domain is expected to have, so anyone writes to them unprompted: RFC 2142
 * (info, marketing, sales, support, abuse, noc, security, postmaster, hostmaster, usenet, news,
 * webmaster, www, uucp, ftp) and the addresses certificate authorities mail to validate a domain
 * (CA/Browser Forum Baseline Requirements 3.2.2.4.4: admin, administrator, webmaster,
 * hostmaster, postmaster). Mail to one of them on a catch-all domain is not a forged alias.
 */
export const ROLE_MAILBOXES: ReadonlySet<string> = new Set(
  'info marketing sales support abuse noc security postmaster hostmaster usenet news webmaster www uucp ftp admin administrator'.split(
    ' ',
  ),
);

/** What matching found, before the verdict. */
export interface ContactMatch {
  /** The subject reached, or `null`. */
  readonly subjectId: string | null;
  /** The hits on that subject's identifiers. */
  readonly hits: Hit[];
  /** The contact used an address in the subject's alias space that was never issued. */
  readonly forged: boolean;
  /**
   * A role address of the subject's catch-all domain the contact used (`postmaster@`,
   * `abuse@`, …; see {@link ROLE_MAILBOXES}), when no forged alias was: guessable, so no forgery.
   */
  readonly roleAddress: string | undefined;
  /**
   * Canary values the contact reached before they were issued (an old log imported late, or a
   * forgery), of the subject reached; the verdict reads them only when no issued canary was.
   */
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

// An address is read around each `@`: at most 64 local-part characters before it and a domain
// of at most 8 labels after it, so the work per `@` is bounded and the whole scan linear.
const LOCAL_CHAR = /[a-z0-9._%+-]/iu;
// Labels may be separated by any full stop UTS #46 maps to `.` (。．｡), as in `to`.
const DOMAIN_AFTER = /[\p{L}\p{M}\p{N}-]{1,63}(?:[.\u3002\uff0e\uff61][\p{L}\p{M}\p{N}-]{1,63}){1,8}/uy;

/** Every address-shaped string in a text. */
function* addressesIn(text: string): Generator<string> {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    DOMAIN_AFTER.lastIndex = at + 1;
    const domain = DOMAIN_AFTER.exec(text);
    if (domain) yield `${text.slice(start, at)}@${domain[0]}`;
  }
}

/**
 * Leaves out the name variants a text names only as its writer's own (a signature, a sender's
 * role, a self-introduction; see `writersOwnName`): a real person of that name writes them.
 */
function othersNames(owners: readonly FieldOwner[], text: string): readonly FieldOwner[] {
  if (!owners.some((o) => o.kind === 'name' && o.role !== 'real')) return owners;
  return owners.filter(
    (o) => o.kind !== 'name' || o.role === 'real' || !writersOwnName(text, o.value, romanisedKeys(o.value)),
  );
}

const romanised = new Map<string, readonly string[]>();
/** A Chinese name's romanised keys (`zhangminghong`), cached: a signature may spell it so. */
function romanisedKeys(value: string): readonly string[] {
  let keys = romanised.get(value);
  if (!keys) {
    keys = nameForm(value, 'variant').romanisedKeys;
    if (romanised.size > 10_000) romanised.clear();
    romanised.set(value, keys);
  }
  return keys;
}

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

/** What one contact's matching collects; methods rather than closures, made once per contact. */
class MatchRun {
  readonly hits: Hit[] = [];
  readonly forgedFor = new Set<string>();
  /** Role addresses of a subject's alias space used (not forged: every domain gets mail there). */
  readonly roleFor = new Map<string, string>();
  /** Owners reached before their canary was issued; turned into PrematureHits only at the end. */
  readonly premature: FieldOwner[] = [];
  /** Each hit's index by canary (or identifier), field kind and place. */
  private readonly seen = new Map<string, number>();
  private readonly spoken: boolean;
  private readonly at: number;
  private readonly index: CanaryIndex;

  constructor(contact: NormalizedContact, index: CanaryIndex) {
    this.index = index;
    this.spoken = contact.channel === 'call';
    this.at = contact.at ?? Number.POSITIVE_INFINITY;
  }

  private push(owner: FieldOwner, where: HitLocation, how: HitMethod): void {
    // In a transcript a written-only name variant is indistinguishable from a homophone of
    // another name (张维 for 张伟): only spoken-distinct names count there.
    if (
      this.spoken &&
      where !== 'to' &&
      owner.kind === 'name' &&
      !owner.spokenDistinct &&
      owner.role !== 'real'
    )
      return;
    const key = `${owner.canaryId ?? `${owner.role}:${owner.subjectId}:${owner.value}`}|${owner.kind}|${where}`;
    const at = this.seen.get(key);
    // The same field found again in a stronger form (a Chinese name as written after its
    // romanised form) keeps the stronger hit.
    if (at !== undefined) {
      if (owner.unguessable && !this.hits[at]!.unguessable) this.hits[at] = toHit(owner, where, how);
      return;
    }
    this.seen.set(key, this.hits.length);
    this.hits.push(toHit(owner, where, how));
  }

  pushAll(all: readonly FieldOwner[], where: HitLocation, how: HitMethod): void {
    // A canary issued after the contact cannot explain it (an old call log imported late):
    // until then its pool number was unissued, and reaching it was background. Its unguessable
    // values are remembered: reaching one before it existed is a forgery or a wrong date.
    // A number counts only while the subject held it (see `CanaryIndex.holdsAt`): before a pool
    // number was added, or after a real number was given up, a contact to it is someone else's.
    if (all.some((o) => o.kind === 'phone' && !this.index.holdsAt(o.subjectId, o.value, this.at)))
      all = all.filter((o) => o.kind !== 'phone' || this.index.holdsAt(o.subjectId, o.value, this.at));
    let issued = false;
    for (const o of all) {
      // Once a pool number is issued, its canaries speak for it; the bare pool entry is moot.
      if (o.issuedAt <= this.at && (o.role === 'canary' || o.role === 'control')) issued = true;
    }
    for (const o of all) {
      if (o.issuedAt > this.at) {
        if (o.role === 'canary') this.premature.push(o);
      } else if (!(issued && o.role === 'pool')) this.push(o, where, how);
    }
  }

  private scanView(text: string, where: HitLocation): void {
    for (const owners of this.index.scanText(text))
      this.pushAll(where === 'content' ? othersNames(owners, text) : owners, where, 'normalized');
    // Numbers written as their country writes them, whatever the digit groups (`0151 12345602`).
    for (const owners of this.index.numbersIn(text, this.at)) this.pushAll(owners, where, 'normalized');
    if (this.spoken)
      for (const owners of this.index.scanPhonetic(text)) this.pushAll(owners, where, 'phonetic');
    for (const address of addressesIn(text)) {
      const parts = parseEmail(address);
      const subject = parts && this.index.aliasSpaceOwner(address);
      if (parts && subject && this.index.lookup(emailKey(parts)).length === 0)
        this.unissuedAlias(subject, address, parts.local);
    }
  }

  /** An address of a subject's alias space that was never issued: forged, unless a role address. */
  unissuedAlias(subject: string, address: string, local: string): void {
    if (ROLE_MAILBOXES.has(local.toLowerCase())) {
      if (!this.roleFor.has(subject)) this.roleFor.set(subject, address);
    } else this.forgedFor.add(subject);
  }

  scanInto(text: string | undefined, where: HitLocation): void {
    if (!text) return;
    this.scanView(text, where);
    // Encoded addresses and names (%2B, &#43;, quoted-printable) are matched in a decoded view.
    const decoded = decodeForMatching(text);
    if (decoded !== text) this.scanView(decoded, where);
  }
}

// A local part that is a phone number: 7–15 digits (ITU-T E.164's maximum), a `+` before them.
const PHONE_LOCAL_PART = /^\+?\d{7,15}$/u;

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
  const run = new MatchRun(contact, index);
  if (contact.toKey !== undefined) {
    const owners = index.lookup(contact.toKey);
    run.pushAll(owners, 'to', 'exact');
    if (owners.length === 0 && contact.channel === 'email') {
      const subject = index.aliasSpaceOwner(contact.toKey);
      const parts = subject ? parseEmail(contact.toKey) : undefined;
      const tagged = subject ? index.subaddressedAlias(subject, contact.toKey) : [];
      const typo = subject && tagged.length === 0 ? index.mistypedAlias(subject, contact.toKey) : undefined;
      // An issued alias with a sub-address tag appended is that alias, whole: never a forgery.
      if (tagged.length > 0) run.pushAll(tagged, 'to', 'normalized');
      // A clerk's one-character typo of an issued alias is that alias, never a forgery.
      else if (typo) run.pushAll([typo], 'to', 'mistyped');
      else if (subject && parts) run.unissuedAlias(subject, contact.toKey, parts.local);
      // A mailbox named by a phone number (China Mobile's 139 Mail `13900139001@139.com`, a
      // carrier's mail-to-SMS gateway `4155550124@vtext.com`) reaches that number's owner: the
      // number is read as written in the address.
      const local = contact.toKey.slice(0, contact.toKey.lastIndexOf('@'));
      if (subject === undefined && PHONE_LOCAL_PART.test(local)) run.scanInto(local, 'to');
    }
  } else {
    run.scanInto(contact.to, 'to');
  }
  run.scanInto(contact.content, 'content');
  run.scanInto(contact.addressedAs, 'addressedAs');

  const { hits, forgedFor, roleFor, premature } = run;
  let subjectId = chooseSubject(contact, hits, new Set([...forgedFor, ...roleFor.keys()]));
  if (subjectId === null) subjectId = premature[0]?.subjectId ?? null;
  const subjectHits = namesAddressed(
    hits.filter((h) => h.subjectId === subjectId),
    () => writesAsThirdParty(contact.content),
  );
  return {
    subjectId,
    hits: subjectHits,
    forged: subjectId !== null && forgedFor.has(subjectId),
    roleAddress: subjectId === null ? undefined : roleFor.get(subjectId),
    // Listed even when a hit explains the contact: a pool number reached before its issue is
    // noise, and its reason says when it was issued.
    premature: prematureHits(premature, subjectId),
  };
}

/**
 * A contact that reached none of the subject's issued identities (only the real number or
 * mailbox, or nothing) proves a name variant leaked only with a second mark of the same source
 * in it (an address marker, an alias or a number written in the text): a name alone there is
 * any bearer's of that name, however it is written — listed (an attendee list, a contact card, a
 * prize list), or greeted (a group mail sent To a namesake colleague with the person in Cc, a
 * class list greeting "张杰伟同学", "Hi …, please review"), since workplace and school mail greets
 * namesakes by name every day. Its hit is weak there. A name given as how the contact addressed
 * the person (`addressedAs`, the envelope) and a contact to an issued alias or pool number keep
 * every name hit as it is. The same holds for an email alias or a pool number written in the
 * text of a contact that reached the person's real mailbox or number: a husband's "Buchung auf
 * <alias>", a father's "your confirmation went to <alias>", the person's own forward were
 * written by someone the person or the source's own mail gave it to — and so are all of them
 * written together (the variant and the alias, as the confirmation prints both): in a contact that
 * reached only the real mailbox or number, the marks of one source stay weak however many, unless
 * the writer shows itself a third party holding the details (it sells, phishes or says where it
 * got them: `writesAsThirdParty`), and then an alias or a number written is evidence on its own,
 * and a name variant is proven by a pool number of the same source written beside it (a dealer's
 * robocall in a voicemail mail).
 */
function namesAddressed(hits: readonly Hit[], thirdParty: () => boolean): Hit[] {
  if (hits.some((h) => h.where === 'to' && !h.real)) return [...hits];
  const realTo = hits.some((h) => h.where === 'to' && h.real);
  const byThirdParty =
    realTo && hits.some((h) => h.where === 'content' && h.unguessable && !h.real) && thirdParty();
  // A pool number written beside the variant by a third party (a dealer's robocall transcribed
  // in a voicemail mail: "Hi <variant>, … call us back", sent for the pool number it rang) is the
  // second mark of that source: one value is guessable, the pair issued together to one source is
  // not.
  const secondMark = (o: Hit, h: Hit): boolean =>
    o.unguessable || (byThirdParty && h.kind === 'name' && o.kind === 'phone' && o.where === 'content');
  const marked = (h: Hit): boolean =>
    (!realTo || byThirdParty) &&
    (hits.some(
      (o) => o !== h && o.kind !== h.kind && secondMark(o, h) && !o.real && o.sourceId === h.sourceId,
    ) ||
      (byThirdParty && h.kind !== 'name'));
  const weakened = (h: Hit): boolean =>
    h.kind === 'name' || (realTo && (h.kind === 'email' || h.kind === 'phone' || !byThirdParty));
  return hits.map((h) =>
    weakened(h) && h.where === 'content' && h.unguessable && !h.real && !marked(h)
      ? { ...h, unguessable: false }
      : h,
  );
}

/** The distinct values among owners reached too early, of one subject. */
function prematureHits(owners: readonly FieldOwner[], subjectId: string | null): PrematureHit[] {
  if (owners.length === 0) return [];
  const byValue = new Map<string, PrematureHit>();
  for (const o of owners) {
    if (o.subjectId !== subjectId) continue;
    const key = `${o.kind}|${o.value}`;
    if (!byValue.has(key))
      byValue.set(key, { kind: o.kind, value: o.value, issuedAt: o.issuedAt, unguessable: o.unguessable });
  }
  return [...byValue.values()];
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
