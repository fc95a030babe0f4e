/** The channels a contact arrives on. */
export type Channel = 'call' | 'sms' | 'email' | 'mail' | 'other';

/** The kinds of canary field. */
export type FieldKind = 'email' | 'phone' | 'name' | 'address' | 'custom';

/** How an email canary is minted: a random local part on your domain, a tagged subdomain, or a plus tag. */
export type EmailStrategy = 'domain' | 'subdomain' | 'plus';

/** The locales letters and reports are written in. */
export type Locale = 'en' | 'zh-CN';

/** What a contact means: see `VERDICTS` and the README for when each applies. */
export type Verdict = 'leak' | 'merge' | 'legitimate' | 'noise' | 'forged' | 'untraceable' | 'unknown';

/** Every verdict, in a stable order. */
export const VERDICTS: readonly Verdict[] = [
  'leak',
  'merge',
  'legitimate',
  'noise',
  'forged',
  'untraceable',
  'unknown',
];

/** One of the subject's mailboxes and the strategy aliases are minted with. */
export interface SubjectEmail {
  /** The real address, normalised to lower case. */
  readonly address: string;
  /** The strategy used for aliases of this mailbox. */
  readonly strategy: EmailStrategy;
}

/** The protected person. */
export interface Subject {
  /** The subject's id. */
  readonly id: string;
  /** The real name, as the subject writes it. */
  readonly name: string;
  /** The real mailboxes aliases are minted from. */
  readonly emails: readonly SubjectEmail[];
  /** The real numbers (never issued) and the pool canary numbers come from, all E.164. */
  readonly phones: {
    readonly real: readonly string[];
    readonly pool: readonly string[];
    /**
     * China Mobile 和多号 sub-numbers 1–3 of the real line, in order (`null` where none is held),
     * each a pool number: a caller id `12583N<caller>` on the main phone is a contact to the Nth.
     */
    readonly subNumbers?: readonly (string | null)[];
  };
  /** The real postal address, if given. */
  readonly address?: string;
  /** The locale of the subject's letters. */
  readonly locale: Locale;
  /** The ISO 3166 region numbers are read in when written nationally. */
  readonly region: string;
  /**
   * The IANA time zone the subject lives in, when given: their dates are shown and counted in it
   * (otherwise the region's, for a region with one zone).
   */
  readonly timeZone?: string;
  /** When the subject was added. */
  readonly createdAt: Date;
  /**
   * The subject's earlier details, oldest first, each with the instant it stopped being in force
   * (`updateSubject()`): the fields above are the latest. A contact is read with the details in
   * force at its time (`subjectAt`). Absent on a subject never updated.
   */
  readonly history?: readonly SubjectPeriod[];
}

/**
 * The details a subject had until a change (`updateSubject()`): its region, zone, postal address
 * and numbers before `until`.
 */
export interface SubjectPeriod {
  /** The instant these details stopped being in force (exclusive). */
  readonly until: Date;
  /** The region national numbers were read in. */
  readonly region: string;
  /** The IANA time zone, when one was given. */
  readonly timeZone?: string;
  /** The postal address, when one was given. */
  readonly address?: string;
  /** The real numbers, pool numbers and sub-numbers held, as in {@link Subject.phones}. */
  readonly phones: Subject['phones'];
}

/** A registrant subjects give data to. Shared by all subjects of a tracer. */
export interface Source {
  /** The source's id. */
  readonly id: string;
  /** The source's name, e.g. `Hilton Shanghai`. */
  readonly name: string;
  /**
   * Other names it goes by, e.g. `['希尔顿', '上海希尔顿酒店']` for `Hilton Shanghai`: its name in
   * another script or its brand, as its staff write it. Compared wherever its name is (its own
   * service messages, signatures, quoted replies), beside the well-known brands' other-script
   * names (`WELL_KNOWN_BRANDS`). Absent on sources added without any.
   */
  readonly otherNames?: readonly string[];
  /** A free category, e.g. `hotel`. */
  readonly category: string;
  /** The senders the source legitimately uses. */
  readonly expected: {
    /**
     * The numbers the source calls and texts from, E.164 or short codes (`short:CN:95555`), and
     * the alphanumeric sender IDs it texts from (`Aviva`), as written, matched regardless of case.
     */
    readonly phones: readonly string[];
    /** The domains the source mails from, lower case. */
    readonly emailDomains: readonly string[];
    /**
     * Single mailboxes the source mails from (`local@domain`, lower-case domain), for a sender at
     * a provider many people share (qq.com, gmail.com), whose domain it cannot declare.
     */
    readonly emailAddresses?: readonly string[];
    /**
     * The return addresses the source's own letters carry (a paper confirmation, its own
     * catalogue), as written: a letter from one of them is its own, compared tolerant of spelling
     * (`postalSenderDeclared`). Absent on sources added without any.
     */
    readonly postalSenders?: readonly string[];
    /** The region national-format numbers were read in, when the source gave one. */
    readonly region?: string;
    /**
     * National significant numbers of numbers declared without a country code or region: a
     * caller with that national number, in any country, is the source.
     */
    readonly nationalPhones?: readonly string[];
  };
  /** When the source was added. */
  readonly createdAt: Date;
}

/** The user's word that some callers are one actor, or their name for a caller. */
export interface Label {
  /** The label's id. */
  readonly id: string;
  /** The callers joined: E.164, short-code keys (`short:CN:95555`) or lower-case mail senders. */
  readonly callers: readonly string[];
  /** The user's name for the actor, e.g. `融易贷 loan robot`. */
  readonly name?: string;
  /** When the label was made. */
  readonly createdAt: Date;
}

/** One field of a canary: its display value and the keys it is matched by. */
export interface CanaryField {
  /** The kind of field. */
  readonly kind: FieldKind;
  /** The value handed to the source, e.g. `k3x9qh7tmw@me.example`. */
  readonly value: string;
  /** The key a contact's `to` is looked up by (normalised email or E.164), for email and phone. */
  readonly exactKey?: string;
  /** The normalised strings searched for in content. */
  readonly textKeys: readonly string[];
  /** The phonetic keys searched for in call transcripts (only when spoken-distinct). */
  readonly phoneticKeys: readonly string[];
  /** The field cannot be guessed or produced by chance: one hit on it is decisive. */
  readonly unguessable: boolean;
  /** Distinct from every other name of the subject in writing (names only). */
  readonly writtenDistinct?: boolean;
  /** Distinct from every other name of the subject when spoken (names only). */
  readonly spokenDistinct?: boolean;
  /** How the field was made, e.g. `plus`, `middle-initial`, `homophone`. */
  readonly method: string;
  /** Bits of entropy of the random part, where there is one. */
  readonly entropyBits?: number;
}

/** An identity issued to one source, or to nobody (a control). */
export interface Canary {
  /** The canary's id. */
  readonly id: string;
  /** The subject it belongs to. */
  readonly subjectId: string;
  /** The source it was handed to, or `null` for a control. */
  readonly sourceId: string | null;
  /** When it was handed out (for an {@link Canary.undated} one: when it was adopted). */
  readonly issuedAt: Date;
  /**
   * `true` for an alias adopted without a creation date (a vault or alias export that holds none,
   * `adopt()` without `at`): it existed before it was adopted, since when is unknown. A contact
   * through it before `issuedAt` is a use, never "reached before it was issued" (forged), and no
   * lag is counted from it.
   */
  readonly undated?: true;
  /** When it was retired; a retired canary still matches, it is evidence forever. */
  readonly retiredAt?: Date;
  /** The email alias, when issued. */
  readonly email?: string;
  /** The pool number (E.164), when issued. */
  readonly phone?: string;
  /** The name variant, when issued. */
  readonly name?: string;
  /** The address with its marker, when issued. */
  readonly address?: string;
  /** The custom value, when issued. */
  readonly custom?: string;
  /** Every field with its match keys. */
  readonly fields: readonly CanaryField[];
}

/** An incoming call, SMS, email, letter or other contact, as stored. */
export interface Contact {
  /** The id given to `record()` (the source system's record id), or, when none was given, `h:` and a SHA-256 of the contact and its `subjectId`. */
  readonly id: string;
  /** The channel it arrived on. */
  readonly channel: Channel;
  /** When it arrived. */
  readonly at: Date;
  /** What was contacted: a number (E.164), an address, or free text for letters. */
  readonly to?: string;
  /** Who contacted: E.164, `short:CN:95555`, an email address, or free text. */
  readonly from?: string;
  /** The sender's display name. */
  readonly fromName?: string;
  /** The text, email body or call transcript. */
  readonly content?: string;
  /** How the contact addressed the subject (the name on the envelope, "Dear …"). */
  readonly addressedAs?: string;
  /**
   * For email: the domains the user's own server authenticated (SPF, DKIM, DMARC), from its
   * `Authentication-Results`. When present, a sender counts as a source's only if its domain
   * is among them: a forged `From: …@hilton.com` is not the hotel. Absent: not checked.
   */
  readonly authenticatedDomains?: readonly string[];
  /**
   * For email: the `List-Id` of the mailing list that delivered it (RFC 2919,
   * `wanderfreunde.lists.wanderfreunde.example`), when its writer posted it to the list's address
   * rather than to the person's: the list server, not the writer, sent it to the address the
   * person subscribed with. The email importer sets it when `To:`/`Cc:` hold the list's posting
   * address (`List-Post`, or `label@namespace`). A header anyone can write: when
   * `authenticatedDomains` is present, the list's domain must be among them to count as a
   * source's own list.
   */
  readonly mailingList?: string;
}

/** Where in a contact a canary field was found. */
export type HitLocation = 'to' | 'content' | 'addressedAs';

/**
 * How a canary field was found; `mistyped`: an email alias of the subject's alias space one
 * character off an issued one (a clerk's typo), read as that alias.
 */
export type HitMethod = 'exact' | 'normalized' | 'phonetic' | 'mistyped';

/** One identifier of a subject found in a contact. */
export interface Hit {
  /** The subject it belongs to. */
  readonly subjectId: string;
  /** The canary, or `null` when a real identifier was reached. */
  readonly canaryId: string | null;
  /** The canary's source; `null` for a control or a real identifier. */
  readonly sourceId: string | null;
  /** The field kind. */
  readonly kind: FieldKind;
  /** The value of the field found. */
  readonly value: string;
  /** Where it was found. */
  readonly where: HitLocation;
  /** How it was found. */
  readonly how: HitMethod;
  /** The field was a real identifier of the subject, not a canary. */
  readonly real: boolean;
  /** One hit on this field is decisive on its own. */
  readonly unguessable: boolean;
}

/** A source a contact was attributed to, with the canaries and fields that showed it. */
export interface SourceAttribution {
  /** The source. */
  readonly sourceId: string;
  /** The canary of that source the contact revealed (the first, when several). */
  readonly canaryId: string;
  /** The field kinds of that source's canaries revealed. */
  readonly fields: readonly FieldKind[];
  /**
   * For a `merge`: the share of the smallest explanations this source is part of, 1 when it must
   * have contributed, split (1/3 each) between the holders of a value several sources share.
   */
  readonly share?: number;
}

/** What `record()` returns. */
export interface RecordResult {
  /** The stored contact. */
  readonly contact: Contact;
  /** The contact had been recorded before; nothing was written. */
  readonly duplicate: boolean;
  /** What the contact means. */
  readonly verdict: Verdict;
  /** How sure the verdict is, in [0, 1]. */
  readonly confidence: number;
  /** The subject reached, or `null` when none was. */
  readonly subjectId: string | null;
  /** The sources the contact is attributed to. */
  readonly sources: readonly SourceAttribution[];
  /** Every identifier found. */
  readonly hits: readonly Hit[];
  /** Why the verdict was reached, one short sentence. */
  readonly reason: string;
}

/** One rejected item of a batch. */
export interface Rejection {
  /** The zero-based position of the item in the input. */
  readonly index: number;
  /** Why it was rejected. */
  readonly reason: string;
  /** The issues found, when the item failed validation. */
  readonly issues?: readonly import('./errors.js').LeaktraceIssue[];
}

/** What `recordMany()` returns. */
export interface RecordManySummary {
  /** Items read. */
  readonly total: number;
  /** Contacts newly stored. */
  readonly inserted: number;
  /** Contacts already stored (or repeated in the input). */
  readonly duplicates: number;
  /** The first items rejected (at most `keepRejections`, 1,000 by default), with their reasons. */
  readonly rejected: readonly Rejection[];
  /** Every item rejected, counted (more than `rejected.length` when some were not kept). */
  readonly rejectedCount: number;
  /** Newly stored contacts by verdict. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** With `replace: true`: stored contacts replaced by this reading (not counted in `inserted`). */
  readonly replaced?: number;
}

/** What `recordMany()` did with one item, as its `onRecorded` option is told after each batch. */
export interface RecordedItem {
  /** The zero-based position of the item in the input. */
  readonly index: number;
  /**
   * The contact was already stored (or repeated in the input): nothing was written, the stored
   * one keeps its first reading, and `contact` and the verdict are this reading's.
   */
  readonly duplicate: boolean;
  /** The contact as this item read. */
  readonly contact: Contact;
  /** What the contact means. */
  readonly verdict: Verdict;
  /** How sure the verdict is, in [0, 1]. */
  readonly confidence: number;
  /** Why the verdict was reached, one short sentence. */
  readonly reason: string;
  /** The sources the contact is attributed to. */
  readonly sources: readonly SourceAttribution[];
}

/** Progress reported by `recordMany()` after each batch. */
export interface RecordManyProgress {
  /** Items read so far. */
  readonly processed: number;
  /** Contacts stored so far. */
  readonly inserted: number;
  /** Duplicates so far. */
  readonly duplicates: number;
  /** Rejections so far. */
  readonly rejected: number;
}
