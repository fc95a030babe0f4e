import { pushTo } from '../_internal/collections.js';
import { currentAddressKeys } from '../identity/address-marker.js';
import { aliasDomain } from '../identity/email-alias.js';
import { familyJunctions, nameForm } from '../identity/name-variant.js';
import { type HeldSpan, heldAt, heldSpans, linesEverHeld } from '../identity/subject-history.js';
import type { Canary, FieldKind, Subject } from '../types.js';
import { createAhoCorasickMatcher } from './aho-corasick-matcher.js';
import { addressedHanName, HAN_ADDRESS_REACH } from './han-address.js';
import { codePointsOf } from './matcher.js';
import { emailKey, mailboxKey, parseEmail, plusTag, subaddressSeparator } from './normalize-email.js';
import { parsePhone, phoneFormCuts, phoneTextForms } from './normalize-phone.js';
import {
  CharClass,
  type CompactText,
  compactKey,
  compactTextTransient,
  edgeMasks,
  foldText,
  SEPARATOR_BEFORE,
  SOFT_SEPARATOR_BEFORE,
} from './normalize-text.js';
import { PatternSet } from './pattern-set.js';
import { forEachPhoneticPosition, hanCharReadings } from './phonetic.js';

/** What a matched key stands for. */
export interface FieldOwner {
  /** The subject the key belongs to. */
  readonly subjectId: string;
  /** The canary, or `null` for a real identifier or an unissued pool number. */
  readonly canaryId: string | null;
  /** The canary's source, `null` for controls and non-canaries. */
  readonly sourceId: string | null;
  /** `canary` (issued to a source), `control`, `pool` (a pool number not yet issued) or `real`. */
  readonly role: 'canary' | 'control' | 'pool' | 'real';
  /** The field kind. */
  readonly kind: FieldKind;
  /** The field's value. */
  readonly value: string;
  /** One hit is decisive. */
  readonly unguessable: boolean;
  /** For names: survives speech; a written hit in a call transcript counts only when true. */
  readonly spokenDistinct: boolean;
  /** When the canary was issued (epoch ms); `-Infinity` for real identifiers and pool numbers. */
  readonly issuedAt: number;
}

const CLASS_BITS = 3;
/** Text mask bit of a name key written in Han characters: it must stand as a name (see han-address). */
const HAN_NAME_KEY = 1 << 16;
const HAN_KEY = /^\p{Script=Han}+$/u;
/** Text mask bit of an all-digit phone key: a phone label glued before it may stand (`Tel13900139001`). */
const PHONE_KEY = 1 << 17;
/**
 * Words that label a phone number and are written glued to it (`Tel13900139001`,
 * `MOB13900139001`, `WhatsApp8613900139001`): only these let letters touch a number's start.
 * Any other letters glued to digits make an id (the waybill `SF13900139001`, the order
 * `E13900139001`), and so do `no`/`nr`, which label order and reference numbers as often.
 * Labels in unspaced scripts (电话, 手机号) need no list: nothing there is a word boundary.
 */
export const GLUED_PHONE_LABELS: ReadonlySet<string> = new Set([
  'tel',
  'tele',
  'telephone',
  'phone',
  'ph',
  'mob',
  'mobile',
  'cell',
  'call',
  'fax',
  'hp',
  'whatsapp',
  'wa',
  'wechat',
  'wx',
  'vx',
  'dh',
]);
const LONGEST_PHONE_LABEL = Math.max(...[...GLUED_PHONE_LABELS].map((label) => label.length));

/** The most digits one number has (E.164: 15), so a longer run of groups is a list of numbers. */
const MAX_NUMBER_DIGITS = 15;

/**
 * Tells whether digits found as a phone form are written as one number: every separator inside
 * sits where the number's own format breaks it (`139 0013 9001`, not `13900 13900 1` or
 * `1390:01:39:001`), and it is not a piece of a longer number written in groups
 * (`8613900139001 7`): digit groups joined by single spaces, hyphens or dots around it must add
 * up to more digits than one number holds (a list of numbers), or there must be none.
 */
function formattedAsOneNumber(
  flags: Uint8Array,
  length: number,
  start: number,
  end: number,
  cuts: number,
): boolean {
  for (let p = start + 1; p < end; p++)
    if (flags[p]! & SEPARATOR_BEFORE && ((cuts >> (p - start)) & 1) === 0) return false;
  const isDigit = (p: number): boolean => (flags[p]! & CLASS_BITS) === CharClass.digit;
  let total = end - start;
  let extended = false;
  // Leftwards: across a soft separator into the previous digit group, then through that group.
  for (let p = start; p > 0 && total <= MAX_NUMBER_DIGITS && isDigit(p - 1); ) {
    const bits = flags[p]!;
    if (bits & SEPARATOR_BEFORE && !(bits & SOFT_SEPARATOR_BEFORE)) break;
    if (bits & SEPARATOR_BEFORE) extended = true;
    p--;
    total++;
  }
  for (let p = end; p < length && total <= MAX_NUMBER_DIGITS && isDigit(p); p++) {
    const bits = flags[p]!;
    if (bits & SEPARATOR_BEFORE && !(bits & SOFT_SEPARATOR_BEFORE)) break;
    if (bits & SEPARATOR_BEFORE) extended = true;
    total++;
  }
  return !extended || total > MAX_NUMBER_DIGITS;
}

/**
 * Every key of every subject and canary, for matching a contact: an exact map for the
 * contacted value, an automaton over compacted text, and one over phonetic symbols.
 * Nothing here loops over canaries at match time.
 */
export class CanaryIndex {
  private readonly exact = new Map<string, FieldOwner[]>();
  private readonly text = new PatternSet<FieldOwner>(codePointsOf);
  private readonly phonetic = new PatternSet<FieldOwner>(
    (key) => this.syllableIds(key),
    (patterns) => createAhoCorasickMatcher(patterns, { depths: true }),
  );
  private readonly textMasks: number[] = [];
  /** Per text pattern: where a phone form may be broken by a separator (bit mask), or -1 anywhere. */
  private readonly textCuts: number[] = [];
  /** Per text pattern of a Latin name: where it joins the family name to another word (`familyJunctions`). */
  private readonly textJunctions: (readonly number[] | undefined)[] = [];
  private readonly syllables = new Map<string, number>();
  private readonly readingIdsCache = new Map<string, number[]>();
  private readingIdsGeneration = 0;
  /** Catch-all domains and alias subdomains → subject. */
  private readonly aliasDomains = new Map<string, string>();
  /** Real mailboxes used for plus aliases → subject. */
  private readonly plusMailboxes = new Map<string, string>();
  /** Unguessable email aliases by subject and domain (`sub|domain`), with their local parts. */
  private readonly aliasesByDomain = new Map<string, { local: string; owner: FieldOwner }[]>();
  /** Each subject's region, and the regions of all: numbers in a text are read in each. */
  private readonly subjectRegions = new Map<string, string>();
  private readonly regions = new Set<string>();
  /** The last seven digits of every number indexed: a number in a text ending otherwise is nobody's. */
  private readonly phoneTails = new Set<string>();

  /**
   * When each number of an updated subject was theirs (`sub|+number` → spans): a number is the
   * subject's only then. Subjects never updated hold their numbers at every instant.
   */
  private readonly held = new Map<string, readonly HeldSpan[]>();
  /** The regions of an updated subject's earlier periods, each with when it ended (epoch ms). */
  private readonly regionHistory = new Map<string, readonly { until: number; region: string }[]>();

  /** Registers a subject's real identifiers, pool numbers (of every period) and alias domains. */
  addSubject(subject: Subject): void {
    this.subjectRegions.set(subject.id, subject.region);
    this.regions.add(subject.region);
    if (subject.history !== undefined && subject.history.length > 0) {
      this.regionHistory.set(
        subject.id,
        subject.history.map((p) => ({ until: p.until.getTime(), region: p.region })),
      );
      for (const p of subject.history) this.regions.add(p.region);
      for (const [number, spans] of heldSpans(subject)) this.held.set(`${subject.id}|${number}`, spans);
    }
    const base = {
      subjectId: subject.id,
      canaryId: null,
      sourceId: null,
      unguessable: false,
      spokenDistinct: true,
      issuedAt: Number.NEGATIVE_INFINITY,
    };
    for (const mailbox of subject.emails) {
      const parts = parseEmail(mailbox.address)!;
      this.addExact(emailKey(parts), { ...base, role: 'real', kind: 'email', value: mailbox.address });
      this.addText(compactKey(mailbox.address), {
        ...base,
        role: 'real',
        kind: 'email',
        value: mailbox.address,
      });
      const domain = aliasDomain(mailbox);
      if (domain) this.aliasDomains.set(domain, subject.id);
      if (mailbox.strategy === 'plus') this.plusMailboxes.set(mailboxKey(parts), subject.id);
    }
    for (const [p, role] of linesEverHeld(subject)) {
      const owner: FieldOwner = { ...base, role, kind: 'phone', value: p };
      this.addExact(p, owner);
      const identity = parsePhone(p, subject.region);
      if (identity) for (const form of phoneTextForms(identity)) this.addText(form, owner);
    }
    const name = nameForm(subject.name, 'real');
    const nameOwner: FieldOwner = { ...base, role: 'real', kind: 'name', value: subject.name };
    // A one-word Latin name like "Al" would hit every "al" in English text: real names need
    // 4 letters, or 2 characters of an unspaced script, to be searched for.
    for (const key of [...name.writtenKeys, ...name.romanisedKeys]) {
      if (key.length >= 4 || (key.length >= 2 && edgeMasks(key).left === 0)) this.addText(key, nameOwner);
    }
    for (const key of name.phoneticKeys) this.addPhonetic(key, nameOwner);
  }

  /** Registers a canary's fields. */
  addCanary(canary: Canary): void {
    for (const field of canary.fields) {
      const owner: FieldOwner = {
        subjectId: canary.subjectId,
        canaryId: canary.id,
        sourceId: canary.sourceId,
        role: canary.sourceId === null ? 'control' : 'canary',
        kind: field.kind,
        value: field.value,
        unguessable: field.unguessable,
        spokenDistinct: field.spokenDistinct ?? true,
        // An alias adopted without a creation date existed before it was adopted: since ever.
        issuedAt: canary.undated ? Number.NEGATIVE_INFINITY : canary.issuedAt.getTime(),
      };
      // An email key stored by an earlier version is keyed again, as lookups key addresses now
      // (a Fastmail subdomain alias `tag@user.fastmail.com` is `user+tag@fastmail.com`).
      const exactKey = field.kind === 'email' && field.exactKey ? rekeyEmail(field.exactKey) : field.exactKey;
      if (exactKey) this.addExact(exactKey, owner);
      if (field.kind === 'email' && field.unguessable && exactKey) {
        const parts = parseEmail(exactKey);
        if (parts)
          pushTo(this.aliasesByDomain, `${canary.subjectId}|${parts.domain}`, { local: parts.local, owner });
      }
      // A Chinese name's romanised form (`guoweizhang`) is also that of every homophone (张国威,
      // 章国伟): hundreds of real people write it, so it is weak evidence, never decisive.
      const romanised =
        field.kind === 'name' && field.unguessable && /\p{Script=Han}/u.test(field.value)
          ? { ...owner, unguessable: false }
          : owner;
      for (const key of currentTextKeys(field)) this.addText(key, HAN_KEY.test(key) ? owner : romanised);
      for (const key of currentPhoneticKeys(field)) this.addPhonetic(key, owner);
    }
  }

  private addExact(key: string, owner: FieldOwner): void {
    pushTo(this.exact, key, owner);
    if (owner.kind === 'phone' && key.startsWith('+')) this.phoneTails.add(key.slice(-7));
  }

  private addText(key: string, owner: FieldOwner): void {
    if (key.length === 0) return;
    const id = this.text.add(key, owner);
    if (id === this.textMasks.length) {
      const { left, right } = edgeMasks(key);
      const hanName = owner.kind === 'name' && HAN_KEY.test(key) ? HAN_NAME_KEY : 0;
      const phone = owner.kind === 'phone' && /^\d+$/u.test(key) ? PHONE_KEY : 0;
      this.textMasks.push(left | (right << 8) | hanName | phone);
      const cuts = owner.kind === 'phone' ? phoneFormCuts(owner.value).get(key) : undefined;
      this.textCuts.push(cuts ?? -1);
      const junctions = owner.kind === 'name' ? familyJunctions(owner.value, key) : [];
      this.textJunctions.push(junctions.length > 0 ? junctions : undefined);
    }
  }

  private addPhonetic(key: string, owner: FieldOwner): void {
    this.phonetic.add(key, owner);
  }

  /** The symbol ids of a phonetic key, registering new syllables. */
  private syllableIds(key: string): number[] {
    return key.split('|').map((s) => {
      let id = this.syllables.get(s);
      if (id === undefined) {
        id = this.syllables.size + 1;
        this.syllables.set(s, id);
      }
      return id;
    });
  }

  /**
   * The syllable ids of a Han character's readings that some key uses (`[-1]` when none does:
   * the character breaks every partial match). Cached per character until a new syllable is
   * registered.
   */
  private readingIds(char: string): readonly number[] {
    if (this.readingIdsGeneration !== this.syllables.size) {
      this.readingIdsCache.clear();
      this.readingIdsGeneration = this.syllables.size;
    }
    let ids = this.readingIdsCache.get(char);
    if (!ids) {
      ids = [];
      for (const reading of hanCharReadings(char)) {
        const id = this.syllables.get(reading);
        if (id !== undefined) ids.push(id);
      }
      if (ids.length === 0) ids.push(-1);
      if (this.readingIdsCache.size >= 50_000) this.readingIdsCache.clear();
      this.readingIdsCache.set(char, ids);
    }
    return ids;
  }

  /** Builds pending automata now (after loading many canaries). */
  build(): void {
    this.text.build();
    this.phonetic.build();
  }

  /**
   * The phone numbers a text holds as libphonenumber finds them (`findPhoneNumbersInText`), read
   * in each subject's region, with their owners: a number written the way its country writes it
   * (`0151 12345602`, `01511 2345602`, `0176 1234 5678` in Germany) whatever its digit groups. A
   * number written nationally is a subject's only when read in that subject's region; one written
   * with its country code (`+49 …`, `0049 …`) is whoever's it is.
   *
   * @param text - A contact's text.
   * @param at - The contact's time (epoch ms): a subject's region is the one in force then.
   * @returns Owners lists of the numbers found, each once.
   */
  numbersIn(text: string, at = Number.POSITIVE_INFINITY): FieldOwner[][] {
    if (this.regions.size === 0 || !NUMBER_RUN.test(text)) return [];
    const out: FieldOwner[][] = [];
    const seen = new Set<string>();
    // The runs of digits a prefix opens, each read from each of its groups that could start a
    // number through up to four groups (two numbers may stand side by side), parsed by
    // libphonenumber in each subject's region (cached; its text matcher costs ~1 ms a message).
    for (const run of text.matchAll(PREFIXED_RUN)) {
      const groups = [...run[0].matchAll(/\+?\d+/gu)].map(
        (g) => [run.index + g.index, run.index + g.index + g[0].length] as const,
      );
      for (let i = 0; i < groups.length; i++) {
        if (!/^[+0]/u.test(text[groups[i]![0]]!)) continue;
        for (let j = i; j < Math.min(groups.length, i + 5); j++) {
          const [startsAt, endsAt] = [groups[i]![0], groups[j]![1]];
          const written = text.slice(startsAt, endsAt);
          const digits = written.replace(/\D/gu, '');
          if (digits.length < 7 || digits.length > 17 || !this.phoneTails.has(digits.slice(-7))) continue;
          const international = /^(?:\+|00)/u.test(written);
          for (const region of this.regions) {
            const number = parsePhone(written, region);
            if (number?.kind !== 'number' || !writtenAsNumber(text, startsAt, endsAt, number.countryCode))
              continue;
            const owners = this.lookup(number.e164).filter(
              (o) => o.kind === 'phone' && (international || this.regionAt(o.subjectId, at) === region),
            );
            const key = `${number.e164}|${international}`;
            if (owners.length === 0 || seen.has(key)) continue;
            seen.add(key);
            out.push(owners);
          }
        }
      }
    }
    return out;
  }

  /**
   * Tells whether a number was the subject's at an instant: always for a subject never updated,
   * otherwise only within the periods that listed it (a real number given up and reissued by the
   * carrier to someone else is not the person's after the change; a pool number added later is
   * not theirs before).
   *
   * @param subjectId - The subject.
   * @param number - An E.164 number.
   * @param at - The instant, epoch ms.
   */
  holdsAt(subjectId: string, number: string, at: number): boolean {
    if (!this.regionHistory.has(subjectId)) return true;
    const spans = this.held.get(`${subjectId}|${number}`);
    return spans === undefined || heldAt(spans, at);
  }

  /**
   * The region the subject lived in at an instant (numbers written nationally are read in it).
   *
   * @param subjectId - The subject.
   * @param at - The instant, epoch ms.
   * @returns The region, or `undefined` for an unknown subject.
   */
  regionAt(subjectId: string, at: number): string | undefined {
    const earlier = this.regionHistory.get(subjectId)?.find((p) => at < p.until);
    return earlier?.region ?? this.subjectRegions.get(subjectId);
  }

  /** Owners of an exact key (normalised email or E.164). */
  lookup(key: string): readonly FieldOwner[] {
    return this.exact.get(key) ?? [];
  }

  /**
   * Finds every text key in a text, respecting word boundaries: an all-digit key must not
   * continue a longer number, a key with letters must not sit inside a word; keys in
   * unspaced scripts (张小伟 in 张小伟先生您好) need no boundary.
   *
   * @returns Owners lists of the keys found, each once.
   */
  scanText(text: string): FieldOwner[][] {
    const compact = compactTextTransient(text);
    const { flags } = compact;
    const found = new Set<number>();
    this.text.scan(compact.codePoints, compact.length, (id, end) => {
      const start = end - this.text.lengthOf(id);
      const masks = this.textMasks[id]!;
      const left = masks & 0xff;
      const right = (masks >> 8) & 0xff;
      if (left !== 0 && start > 0 && (flags[start]! & SEPARATOR_BEFORE) === 0) {
        const before = flags[start - 1]! & CLASS_BITS;
        if ((left >> before) & 1 && !(masks & PHONE_KEY && phoneLabelGluedBefore(compact, start))) return;
      }
      if (right !== 0 && end < compact.length && (flags[end]! & SEPARATOR_BEFORE) === 0) {
        if ((right >> (flags[end]! & CLASS_BITS)) & 1) return;
      }
      if (masks & HAN_NAME_KEY && !hanNameStands(compact, start, end)) return;
      // A family name glued to another word of the name is another word: `Leeann V.` is not
      // Ann V. Lee, `Stonemax N.V.` not Max N. Stone.
      const junctions = this.textJunctions[id];
      if (junctions?.some((j) => (flags[start + j]! & SEPARATOR_BEFORE) === 0)) return;
      const cuts = this.textCuts[id]!;
      if (cuts !== -1 && !formattedAsOneNumber(flags, compact.length, start, end, cuts)) return;
      found.add(id);
    });
    return [...found].map((id) => this.text.owners[id]!);
  }

  /**
   * Finds every phonetic key in a transcript.
   *
   * A Chinese name heard by sound alone is weak: toneless syllables such as `guo yu wei` or
   * `zhang yu wei` run across word boundaries in everyday speech (国语为, 主张与未来), and a
   * transcript has no spaces to say where a name starts. Speech-to-text writes a name it heard
   * with the right characters or near them, so a sound hit on a Han name counts only when more
   * than half of the transcript's characters there are the name's own characters, in place
   * (张雨伟 for 张玉伟 counts; 国语为 for 郭玉伟 does not). The rest of the name may be any homophone.
   */
  scanPhonetic(text: string): FieldOwner[][] {
    if (this.phonetic.size === 0) return [];
    // Syllables are registered as keys are added; content syllables are looked up after.
    this.phonetic.build();
    // Positions live in growable typed arrays, not JS arrays of strings: a 100k-character
    // transcript filled four arrays of 100k boxed items per call, whose growth the collector
    // copied and scanned again and again (a 100k call cost ×14 a 10k one).
    const flat = new IntBuffer(text.length + 16);
    const starts = new IntBuffer(text.length + 16);
    // Per position: the Han character's code point (0 for a word or a number), with RUN_START
    // set when it starts a run of Han characters (a word or separator before it).
    const chars = new IntBuffer(text.length + 16);
    forEachPhoneticPosition(
      text,
      (char, runStart) => {
        starts.push(flat.length);
        chars.push(char.codePointAt(0)! | (runStart ? RUN_START : 0));
        for (const id of this.readingIds(char)) flat.push(id);
      },
      (symbol, letter) => {
        starts.push(flat.length);
        chars.push(RUN_START);
        flat.push(symbol === null ? -1 : (this.syllables.get(symbol) ?? -1));
        if (letter !== undefined) flat.push(this.syllables.get(letter) ?? -1);
      },
    );
    starts.push(flat.length);
    const written = chars.view();
    const found = new Map<number, Set<FieldOwner>>();
    // Whichever reading of each character the automaton followed, the guard reads the written
    // characters: a choice of reading never lets 国语为 pass for 郭玉伟.
    this.phonetic.scanChoices(flat.view(), starts.view(), (id, end) => {
      const start = end - this.phonetic.lengthOf(id);
      for (const owner of this.phonetic.owners[id]!) {
        if (!writtenAgreement(owner, written, start, end)) continue;
        if (owner.kind === 'name' && !spokenHanNameStands(owner, written, start, end)) continue;
        const set = found.get(id) ?? new Set<FieldOwner>();
        found.set(id, set);
        set.add(owner);
      }
    });
    return [...found.values()].map((set) => [...set]);
  }

  /**
   * The subject whose alias space an address falls in although it was never issued: a
   * catch-all domain or alias subdomain of the subject, or `mailbox+anything` of a plus mailbox
   * (`mailbox-anything` at Yahoo).
   */
  /**
   * The issued alias an unissued address of a subject's alias space mistypes: the one alias of
   * the subject at that domain, with a local part of 8 or more characters, one edit away
   * (two adjacent characters swapped, one dropped, doubled, added or changed: Damerau–Levenshtein
   * distance 1). None when no alias or two are that close: the typo is then not read as either.
   *
   * @param subjectId - The subject whose alias space the address is in.
   * @param address - The address (its exact key).
   * @returns The alias's owner, or `undefined`.
   */
  mistypedAlias(subjectId: string, address: string): FieldOwner | undefined {
    const parts = parseEmail(address);
    if (!parts) return undefined;
    const near = (this.aliasesByDomain.get(`${subjectId}|${parts.domain}`) ?? []).filter(
      (a) => a.local.length >= 8 && oneEditApart(a.local, parts.local),
    );
    return near.length === 1 ? near[0]!.owner : undefined;
  }

  /**
   * The issued aliases of a subject an unissued address of its alias space carries with a
   * sub-address tag appended (`tag+news@me.example` for the issued `tag@me.example`, or
   * `mailbox+tag+x@gmail.com` for the plus alias `mailbox+tag@gmail.com`): the address holds the
   * issued alias whole, unguessable tag and all, so whoever wrote it held that alias (a list or a
   * sender that tags addresses it mails). The longest issued alias before any of the domain's
   * separators (RFC 5233 `+`; Yahoo's `-`) is taken; none where the provider has no
   * sub-addressing.
   *
   * @param subjectId - The subject whose alias space the address is in.
   * @param address - The address (its exact key).
   * @returns The issued alias's owners, or an empty list.
   */
  subaddressedAlias(subjectId: string, address: string): readonly FieldOwner[] {
    const parts = parseEmail(address);
    if (!parts) return [];
    const separator = subaddressSeparator(parts.domain);
    if (separator === null) return [];
    for (
      let at = parts.local.lastIndexOf(separator);
      at > 0;
      at = parts.local.lastIndexOf(separator, at - 1)
    ) {
      const owners = this.lookup(emailKey({ local: parts.local.slice(0, at), domain: parts.domain })).filter(
        (o) => o.subjectId === subjectId && o.kind === 'email' && o.role === 'canary',
      );
      if (owners.length > 0) return owners;
    }
    return [];
  }

  aliasSpaceOwner(address: string): string | undefined {
    const parts = parseEmail(address);
    if (!parts) return undefined;
    const domainOwner = this.aliasDomains.get(parts.domain);
    if (domainOwner) return domainOwner;
    if (plusTag(parts) !== undefined) return this.plusMailboxes.get(mailboxKey(parts));
    return undefined;
  }
}

/** An email exact key in the current key form (unchanged when it does not parse). */
function rekeyEmail(key: string): string {
  const parts = parseEmail(key);
  return parts === undefined ? key : emailKey(parts);
}

/** Tells whether two different strings are one edit apart (Damerau–Levenshtein distance 1). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One changed character, or two adjacent ones swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One character dropped or added (doubled).
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Tells whether the letters glued before `start` of a compact text are one word of
 * {@link GLUED_PHONE_LABELS}: the whole run of letters, starting after a separator, the text's
 * start or a character of an unspaced script (`电话Tel13900139001`), never after a digit.
 * Reads at most the longest label's length back.
 */
function phoneLabelGluedBefore(compact: CompactText, start: number): boolean {
  const { codePoints, flags } = compact;
  let k = start - 1;
  while (start - k <= LONGEST_PHONE_LABEL) {
    if ((flags[k]! & CLASS_BITS) !== CharClass.alpha || codePoints[k]! > 0x7a) return false;
    if (k === 0 || flags[k]! & SEPARATOR_BEFORE || (flags[k - 1]! & CLASS_BITS) === CharClass.cjk) {
      return GLUED_PHONE_LABELS.has(String.fromCharCode(...codePoints.subarray(k, start)));
    }
    k--;
  }
  return false;
}

/**
 * Tells whether a Han name key found at `start..end` of a compact text stands as a name: the
 * Han characters of the same run on each side, up to the longest address word, go to
 * {@link addressedHanName}.
 */
function hanNameStands(compact: CompactText, start: number, end: number): boolean {
  const { codePoints, flags, length } = compact;
  const joined = (k: number): boolean => (flags[k]! & SEPARATOR_BEFORE) === 0;
  const isHan = (k: number): boolean => (flags[k]! & CLASS_BITS) === CharClass.cjk;
  let before = '';
  for (let k = start - 1; k >= 0 && start - k <= HAN_ADDRESS_REACH && joined(k + 1) && isHan(k); k--)
    before = String.fromCodePoint(codePoints[k]!) + before;
  let after = '';
  for (let k = end; k < length && k - end < HAN_ADDRESS_REACH && joined(k) && isHan(k); k++)
    after += String.fromCodePoint(codePoints[k]!);
  return addressedHanName(before, after);
}

const LONE_LETTER = /(?:^|[\s.])\p{L}(?:[\s.]|$)/u;
/**
 * A field's phonetic keys as this version reads them. Keys stored before initials became letter
 * symbols (`lt:t`, see phonetic.ts) spelled an initial by its sound (`mp:T`), which `to`, `two`
 * or `do` matched: a Latin name with a lone letter gets its keys again from its value.
 */
/**
 * The text keys of a canary field: an address's by its marker (see `currentAddressKeys`); a
 * name in Latin or Hangul script's as stored plus those its form gives now (surnames first, `Mª`),
 * so a variant issued before a key form was known is found in it too.
 */
/**
 * Whether the number libphonenumber found at `start`–`end` of a text is written as a country
 * writes its numbers: standing alone (no letter or digit glued to it), with its trunk 0 or its
 * country code (`0151 12345602`, `+49 151 12345602`), and after that prefix in at most three
 * digit groups, the area or network code first and none of the others shorter than three digits.
 * A run of digits split anywhere (`1390-0139-001`, `13900 13900 1`) is an order or reference
 * number; the country's own groupings of a number without a prefix (`139 0013 9001`) are read by
 * the text keys (`phoneFormCuts`).
 */
function writtenAsNumber(text: string, start: number, end: number, countryCode: string): boolean {
  if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) return false;
  const raw = text.slice(start, end).replace(/\(0\)/gu, ' ');
  let national: string;
  const prefixed = /^\s*(?:\+|00)\s*(\d+)/u.exec(raw);
  if (prefixed) {
    if (!prefixed[1]!.startsWith(countryCode)) return false;
    national = `${prefixed[1]!.slice(countryCode.length)} ${raw.slice(prefixed[0].length)}`;
  } else if (/^\s*0(?!0)/u.test(raw)) national = raw;
  else return false;
  const groups = national.split(/\D+/u).filter((g) => g.length > 0);
  return groups.length <= 3 && groups.slice(1).every((g) => g.length >= 3);
}

/** A run of digits a trunk 0 or an international prefix opens, with the separators numbers take. */
const PREFIXED_RUN = /(?<![\p{L}\p{N}])(?:\+|0)[\d\s()./-]{5,40}\d/gu;

/** A run of digits long enough to be a phone number (seven, with separators between). */
const NUMBER_RUN = /\d(?:[\s()./-]{0,3}\d){6}/u;

function currentTextKeys(field: Canary['fields'][number]): readonly string[] {
  if (field.kind !== 'name' || /\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(field.value))
    return currentAddressKeys(field);
  return [...new Set([...field.textKeys, ...nameForm(field.value, field.method ?? 'variant').writtenKeys])];
}

function currentPhoneticKeys(field: Canary['fields'][number]): readonly string[] {
  if (field.kind !== 'name' || field.phoneticKeys.length === 0 || !LONE_LETTER.test(field.value))
    return field.phoneticKeys;
  if (field.phoneticKeys.some((key) => key.includes('lt:'))) return field.phoneticKeys;
  return nameForm(field.value, field.method ?? 'variant').phoneticKeys;
}

/** Bit set on a transcript position that starts a run of Han characters (above any code point). */
const RUN_START = 1 << 21;
const CODE_POINT = RUN_START - 1;

/** An append-only array of 32-bit integers that doubles its typed storage as it grows. */
class IntBuffer {
  private data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  /** The values pushed so far (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * {@link hanNameStands} for a transcript: a Han name heard at `start..end` stands as a name
 * when the Han characters of the same run around it leave it at a boundary or an address word
 * (`王菲明天在北京` is 王菲 + 明天, not 王菲明). `chars` holds each position's code point and
 * {@link RUN_START} bit.
 */
function spokenHanNameStands(owner: FieldOwner, chars: Int32Array, start: number, end: number): boolean {
  if (hanCharsOf(owner.value).length === 0) return true;
  const hanAt = (k: number): boolean => (chars[k]! & CODE_POINT) !== 0;
  const joined = (k: number): boolean => (chars[k]! & RUN_START) === 0;
  let before = '';
  for (let k = start - 1; k >= 0 && start - k <= HAN_ADDRESS_REACH && joined(k + 1) && hanAt(k); k--)
    before = String.fromCodePoint(chars[k]! & CODE_POINT) + before;
  let after = '';
  for (let k = end; k < chars.length && k - end < HAN_ADDRESS_REACH && joined(k) && hanAt(k); k++)
    after += String.fromCodePoint(chars[k]! & CODE_POINT);
  return addressedHanName(before, after);
}

const hanCharsCache = new Map<string, number[]>();
/** The code points of the folded Han characters of a name, one per syllable of its phonetic keys. */
function hanCharsOf(value: string): number[] {
  let chars = hanCharsCache.get(value);
  if (!chars) {
    chars = Array.from(foldText(value))
      .filter((c) => HAN_CHAR.test(c))
      .map((c) => c.codePointAt(0)!);
    if (hanCharsCache.size > 100_000) hanCharsCache.clear();
    hanCharsCache.set(value, chars);
  }
  return chars;
}
const HAN_CHAR = /^\p{Script=Han}$/u;

/** See {@link CanaryIndex.scanPhonetic}: most of a Han name heard by sound must be written as such. */
function writtenAgreement(owner: FieldOwner, chars: Int32Array, start: number, end: number): boolean {
  if (owner.kind !== 'name') return true;
  const name = hanCharsOf(owner.value);
  if (name.length !== end - start) return true;
  let same = 0;
  for (let k = 0; k < name.length; k++) if ((chars[start + k]! & CODE_POINT) === name[k]) same++;
  return same * 2 > name.length;
}
