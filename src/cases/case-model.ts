import type { FieldKind } from '../types.js';

/** The laws a case's requests are made under. */
export type Law = 'GDPR' | 'CCPA' | 'PIPL';

/** Every law, in a stable order. */
export const LAWS: readonly Law[] = ['GDPR', 'CCPA', 'PIPL'];

/**
 * What a case asks of its target: a copy of the data (`access`), where it came from (`source`),
 * whom it was given to (`recipients`), to delete it (`erasure`), to stop marketing
 * (`stop-marketing`).
 */
export type CaseRequest = 'access' | 'source' | 'recipients' | 'erasure' | 'stop-marketing';

/** Every request, in a stable order. */
export const CASE_REQUESTS: readonly CaseRequest[] = [
  'access',
  'source',
  'recipients',
  'erasure',
  'stop-marketing',
];

/** The letters a case logs: the request, a reminder, a complaint to the regulator. */
export type LetterKind = 'request' | 'reminder' | 'complaint';

/** Every letter kind, in a stable order. */
export const LETTER_KINDS: readonly LetterKind[] = ['request', 'reminder', 'complaint'];

/**
 * What a reply says. `never-shared`: "we never shared your data"; `no-data`: "we hold nothing
 * about you"; `deleted`: erasure done; `stopped-marketing`: on the do-not-market list;
 * `source-unknown`: "we cannot tell where we got it"; `access-provided`: a copy was given;
 * `refused`: the request was refused; `extension`: "we need more time" (moves the deadline when
 * the law allows and it came in time).
 */
export type ReplyClaim =
  | 'never-shared'
  | 'no-data'
  | 'deleted'
  | 'stopped-marketing'
  | 'source-unknown'
  | 'access-provided'
  | 'refused'
  | 'extension';

/** Every reply claim, in a stable order. */
export const REPLY_CLAIMS: readonly ReplyClaim[] = [
  'never-shared',
  'no-data',
  'deleted',
  'stopped-marketing',
  'source-unknown',
  'access-provided',
  'refused',
  'extension',
];

/**
 * Where a case stands: `open` (no request sent), `awaiting` (sent, within the deadline),
 * `answered`, `overdue` (the deadline passed without an answer), `escalated` (a complaint was
 * sent), `closed`.
 */
export type CaseStatus = 'open' | 'awaiting' | 'answered' | 'overdue' | 'escalated' | 'closed';

/** Every status, in the order a case moves through them. */
export const CASE_STATUSES: readonly CaseStatus[] = [
  'open',
  'awaiting',
  'answered',
  'overdue',
  'escalated',
  'closed',
];

/**
 * Whom a case is addressed to: a source (a registrant, or a party a reply named), or the
 * contacting party itself (an actor's company, named in its script or its sender domain).
 */
export type CaseTarget =
  | { readonly kind: 'source'; readonly sourceId: string }
  | {
      readonly kind: 'actor';
      /** The company's name as the contact gave it, e.g. `融易贷`. */
      readonly name: string;
      /** The contacts it placed that the case rests on. */
      readonly contactIds: readonly string[];
      /** The numbers and senders those contacts came from. */
      readonly callers: readonly string[];
    };

/**
 * A canary a case watches, and how the target came to hold it: `issued` to it, `inherited` from
 * the party that named it (the next hop holds what the previous one gave it), or `used` by it
 * in a contact (an actor).
 */
export interface CaseCanary {
  /** The canary. */
  readonly canaryId: string;
  /** How the target holds it. */
  readonly how: 'issued' | 'inherited' | 'used';
}

/**
 * An identifier a letter may give the target: only values it already holds (a canary field),
 * never the subject's real ones.
 */
export interface CaseIdentifier {
  /** The field kind. */
  readonly kind: FieldKind;
  /** The value, e.g. the alias the actor wrote to. */
  readonly value: string;
}

/** A letter sent in a case. */
export interface CaseLetter {
  /** The letter's id. */
  readonly id: string;
  /** What it is. */
  readonly kind: LetterKind;
  /** When it was sent. */
  readonly at: Date;
  /** When the target received it, when known; the reply period runs from here. */
  readonly receivedAt?: Date;
  /** How it was sent, e.g. `email`, `post`, `web form`. */
  readonly via?: string;
  /** Whom it was sent to when not the target, e.g. the regulator of a complaint. */
  readonly to?: string;
  /** The text sent, when kept. */
  readonly body?: string;
}

/** A party a reply named: it becomes a source with a case of its own. */
export interface NamedParty {
  /** The name the reply gave. */
  readonly name: string;
  /** The source it was resolved to (found by name, or added). */
  readonly sourceId: string;
  /** The case opened on it, linked to this one. */
  readonly caseId: string;
}

/** A reply received in a case. */
export interface CaseReply {
  /** The reply's id. */
  readonly id: string;
  /** When it arrived. */
  readonly at: Date;
  /** What it says. */
  readonly claims: readonly ReplyClaim[];
  /** The sources it says the data came from (the walk up the chain). */
  readonly namesSources: readonly NamedParty[];
  /** The recipients it says the data went to (the walk down the chain). */
  readonly namesRecipients: readonly NamedParty[];
  /** The user's note. */
  readonly note?: string;
}

/** A case as stored: what happened, nothing derived. */
export interface CaseRecord {
  /** The case's id. */
  readonly id: string;
  /** Whom it is addressed to. */
  readonly target: CaseTarget;
  /** The subjects whose data it is about. */
  readonly subjectIds: readonly string[];
  /** The law its requests are made under. */
  readonly law: Law;
  /** What it asks. */
  readonly requests: readonly CaseRequest[];
  /** The IANA time zone its dates are counted in (the subject's). */
  readonly timeZone: string;
  /** When it was opened. */
  readonly openedAt: Date;
  /** The canaries it watches. */
  readonly canaries: readonly CaseCanary[];
  /** The identifiers its letters may give. */
  readonly identifiers: readonly CaseIdentifier[];
  /** The case whose reply named this target, for a next hop. */
  readonly parentCaseId?: string;
  /** `recipient`: the parent gave the data to this target; `source`: the parent got it from it. */
  readonly hop?: 'recipient' | 'source';
  /** Letters sent, in time order. */
  readonly letters: readonly CaseLetter[];
  /** Replies received, in time order. */
  readonly replies: readonly CaseReply[];
  /** When it was closed. */
  readonly closedAt?: Date;
  /** Why it was closed. */
  readonly closeReason?: string;
  /** The user's note. */
  readonly note?: string;
  /**
   * How many times the case was written. Each write names the revision it read, and a store
   * refuses it when another process wrote in between (compare-and-swap), so two processes
   * logging to one case at once never lose an entry. Absent on a case never rewritten (0).
   */
  readonly revision?: number;
}

/** A case's reply deadline. */
export interface CaseDeadline {
  /** When the request was received (the period runs from its day). */
  readonly requestedAt: Date;
  /** The last instant of the reply period, in the case's time zone. */
  readonly dueAt: Date;
  /** The due day as `yyyy-MM-dd` in the case's time zone. */
  readonly dueDate: string;
  /** The reply period was extended by a timely `extension` reply. */
  readonly extended: boolean;
  /** The rule applied, with its legal source. */
  readonly rule: string;
  /**
   * The end of the window after which a use of the data is non-compliance with an erasure or
   * stop-marketing request; `null` when the case asks neither.
   */
  readonly watchFrom: Date | null;
}

/**
 * A reply that the canary evidence contradicts: what was claimed, when, and the contacts that
 * prove otherwise.
 */
export interface Contradiction {
  /** The reply. */
  readonly replyId: string;
  /** The claim contradicted. */
  readonly claim: ReplyClaim;
  /** When it was claimed. */
  readonly claimedAt: Date;
  /**
   * `decisive-use`: a third party used an unguessable field issued only to the target;
   * `still-used`: contacts through the target's canaries after it claimed deletion;
   * `own-contact`: the target's own declared senders used the data after the claim.
   */
  readonly kind: 'decisive-use' | 'still-used' | 'own-contact';
  /** The contacts that contradict it, oldest first. */
  readonly contactIds: readonly string[];
  /** The first of them. */
  readonly firstAt: Date;
}

/**
 * A use of the data after the window of an erasure or stop-marketing request: by the target's
 * own declared senders (`target`) or by someone it gave the data to (`third-party`).
 */
export interface NonCompliance {
  /** The contact. */
  readonly contactId: string;
  /** When it arrived. */
  readonly at: Date;
  /** The end of the window it came after. */
  readonly windowEnd: Date;
  /** Who used the data. */
  readonly by: 'target' | 'third-party';
  /** The canary it came through. */
  readonly canaryId: string;
}

/** A case with what follows from it: status, deadline, contradictions, non-compliance, the walk. */
export interface Case extends CaseRecord {
  /** Where it stands at the time asked. */
  readonly status: CaseStatus;
  /** The reply deadline, once a request was sent. */
  readonly deadline: CaseDeadline | null;
  /** Replies the evidence contradicts. */
  readonly contradictions: readonly Contradiction[];
  /** Uses of the data after the erasure or stop-marketing window. */
  readonly nonCompliance: readonly NonCompliance[];
  /** The cases opened on parties its replies named (the next hops). */
  readonly childCaseIds: readonly string[];
  /** The first reply came after the deadline. */
  readonly answeredLate: boolean;
  /**
   * How many days after the due day the first answer came (calendar days in the case's time
   * zone; the day after the due day is 1); `null` when it came in time or not at all.
   */
  readonly lateDays: number | null;
}
