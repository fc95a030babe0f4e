import { pushTo } from '../_internal/collections.js';
import { aliasDomain } from '../identity/email-alias.js';
import { nameForm } from '../identity/name-variant.js';
import type { Canary, FieldKind, Subject } from '../types.js';
import { createAhoCorasickMatcher } from './aho-corasick-matcher.js';
import { codePointsOf } from './matcher.js';
import { emailKey, mailboxKey, parseEmail, plusTag } from './normalize-email.js';
import { parsePhone, phoneTextForms } from './normalize-phone.js';
import { compactKey, compactTextTransient, edgeMasks, SEPARATOR_BEFORE } from './normalize-text.js';
import { PatternSet } from './pattern-set.js';
import { phoneticChoices } from './phonetic.js';

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
  private readonly syllables = new Map<string, number>();
  /** Catch-all domains and alias subdomains → subject. */
  private readonly aliasDomains = new Map<string, string>();
  /** Real mailboxes used for plus aliases → subject. */
  private readonly plusMailboxes = new Map<string, string>();

  /** Registers a subject's real identifiers, pool numbers and alias domains. */
  addSubject(subject: Subject): void {
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
    const phones = [
      ...subject.phones.real.map((p) => ({ p, role: 'real' as const })),
      ...subject.phones.pool.map((p) => ({ p, role: 'pool' as const })),
    ];
    for (const { p, role } of phones) {
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
        issuedAt: canary.issuedAt.getTime(),
      };
      if (field.exactKey) this.addExact(field.exactKey, owner);
      for (const key of field.textKeys) this.addText(key, owner);
      for (const key of field.phoneticKeys) this.addPhonetic(key, owner);
    }
  }

  private addExact(key: string, owner: FieldOwner): void {
    pushTo(this.exact, key, owner);
  }

  private addText(key: string, owner: FieldOwner): void {
    if (key.length === 0) return;
    const id = this.text.add(key, owner);
    if (id === this.textMasks.length) {
      const { left, right } = edgeMasks(key);
      this.textMasks.push(left | (right << 8));
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

  /** Builds pending automata now (after loading many canaries). */
  build(): void {
    this.text.build();
    this.phonetic.build();
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
      const right = masks >> 8;
      if (left !== 0 && start > 0 && (flags[start]! & SEPARATOR_BEFORE) === 0) {
        if ((left >> (flags[start - 1]! & CLASS_BITS)) & 1) return;
      }
      if (right !== 0 && end < compact.length && (flags[end]! & SEPARATOR_BEFORE) === 0) {
        if ((right >> (flags[end]! & CLASS_BITS)) & 1) return;
      }
      found.add(id);
    });
    return [...found].map((id) => this.text.owners[id]!);
  }

  /** Finds every phonetic key in a transcript. */
  scanPhonetic(text: string): FieldOwner[][] {
    if (this.phonetic.size === 0) return [];
    // Syllables are registered as keys are added; content syllables are looked up after.
    this.phonetic.build();
    const { flat, starts } = phoneticChoices(text);
    const ids = new Int32Array(flat.length);
    for (let i = 0; i < flat.length; i++) {
      const symbol = flat[i];
      ids[i] = symbol === null || symbol === undefined ? -1 : (this.syllables.get(symbol) ?? -1);
    }
    const found = new Set<number>();
    this.phonetic.scanChoices(ids, starts, (id) => found.add(id));
    return [...found].map((id) => this.phonetic.owners[id]!);
  }

  /**
   * The subject whose alias space an address falls in although it was never issued: a
   * catch-all domain or alias subdomain of the subject, or `mailbox+anything` of a plus mailbox
   * (`mailbox-anything` at Yahoo).
   */
  aliasSpaceOwner(address: string): string | undefined {
    const parts = parseEmail(address);
    if (!parts) return undefined;
    const domainOwner = this.aliasDomains.get(parts.domain);
    if (domainOwner) return domainOwner;
    if (plusTag(parts) !== undefined) return this.plusMailboxes.get(mailboxKey(parts));
    return undefined;
  }
}
