import type { StoredContact } from '../stores/store.js';
import type { Contact } from '../types.js';
import type { CaseDeadline, CaseRecord, Contradiction, NonCompliance, ReplyClaim } from './case-model.js';
import { answersRequest } from './request-correspondence.js';

/** What the evidence of a case is read from. */
export interface CaseEvidenceInput {
  /** The case. */
  readonly record: CaseRecord;
  /** Its deadline (from `caseDeadline`). */
  readonly deadline: CaseDeadline | null;
  /** The stored contacts of its subjects, in time order. */
  readonly contacts: readonly StoredContact[];
  /** Whether a contact came from the target itself (its declared senders, or the actor's callers). */
  readonly fromTarget: (contact: Contact) => boolean;
  /** The instant asked about: later contacts are not read. */
  readonly at: Date;
  /** When each canary was issued: data given after a reply or a request is not what they were about. */
  readonly issuedAt: ReadonlyMap<string, Date>;
}

/** What the canary evidence says of a case's replies and of its target since the window. */
export interface CaseEvidence {
  /** Replies the evidence contradicts. */
  readonly contradictions: Contradiction[];
  /** Uses of the data after the erasure or stop-marketing window. */
  readonly nonCompliance: NonCompliance[];
}

// Only contacts that used the data count: noise, forgeries and untraceable contacts say nothing
// about who holds a canary.
const USES = new Set(['leak', 'merge', 'legitimate']);

interface Use {
  readonly stored: StoredContact;
  /** The first watched canary it came through. */
  readonly canaryId: string;
  /** It came from the target's own senders. */
  readonly own: boolean;
  /** A third party reached an unguessable field of a watched canary: it holds the data. */
  readonly decisive: boolean;
  /** As `decisive`, on a canary issued to the target itself. */
  readonly decisiveIssued: boolean;
  /** When the earliest-issued watched canary it came through was issued. */
  readonly issuedAt: number;
}

function usesOf(input: CaseEvidenceInput): Use[] {
  const how = new Map(input.record.canaries.map((c) => [c.canaryId, c.how]));
  const uses: Use[] = [];
  for (const stored of input.contacts) {
    if (stored.contact.at > input.at || !USES.has(stored.result.verdict)) continue;
    const hits = stored.result.hits.filter((h) => h.canaryId !== null && how.has(h.canaryId));
    if (hits.length === 0) continue;
    const own = input.fromTarget(stored.contact);
    // The target's answer to the request (an erasure confirmation, a closing notice) is what the
    // law asks it to send, to the very address the request came from: not a use of the data.
    // From a desk it did not declare (its privacy portal, an outside DPO), the verdict says
    // whether the answer reads as its own (`legitimate`) or as a third party's (a claims firm's).
    if ((own || stored.result.verdict === 'legitimate') && answersRequest(stored.contact)) continue;
    const strong = own ? [] : hits.filter((h) => h.unguessable);
    uses.push({
      stored,
      canaryId: hits[0]!.canaryId!,
      own,
      decisive: strong.length > 0,
      decisiveIssued: strong.some((h) => how.get(h.canaryId!) === 'issued'),
      issuedAt: Math.min(...hits.map((h) => input.issuedAt.get(h.canaryId!)?.getTime() ?? 0)),
    });
  }
  return uses;
}

function contradiction(
  replyId: string,
  claim: ReplyClaim,
  claimedAt: Date,
  kind: Contradiction['kind'],
  uses: readonly Use[],
): Contradiction[] {
  if (uses.length === 0) return [];
  return [
    {
      replyId,
      claim,
      claimedAt,
      kind,
      contactIds: uses.map((u) => u.stored.contact.id),
      firstAt: uses[0]!.stored.contact.at,
    },
  ];
}

/**
 * Reads a case's evidence from the contacts of its subjects.
 *
 * Contradictions: "never shared" against a third party's use of an unguessable field issued only
 * to the target, up to the reply (guessing cannot explain it); "deleted" against uses after the
 * reply, by the target or (through an unguessable field) by a third party not seen using the
 * target's identities before the reply (one that already had them only shows it kept its copy),
 * unless a reply of the case named a recipient: the target's erasure of its own copy says nothing
 * of the copies it had given, so a party first seen afterwards may be that recipient or its buyer
 * (GDPR art. 17(2) and 19 make telling the recipients a separate duty; such a use is shown as
 * non-compliance after the window, never as the target's false statement); "no data" and "stopped marketing" against the target's own contacts after the reply.
 *
 * The target's own messages answering the request ({@link answersRequest}: an erasure
 * confirmation, a notice that the request is closed) are no use of the data for either.
 *
 * Non-compliance: after an erasure or stop-marketing request, every use after its window — by the
 * target's own senders (whatever its verdict said: a carrier that promised not to market and
 * called with offers is not `legitimate`), or by a third party through an unguessable field (a
 * pool number alone also gets random calls, so it proves no one's use) that had not used them
 * before the request (a party that already had them shows only that it kept its copy; ask the
 * target whether it told its recipients to erase). Nothing is ever retired
 * from the watch. Only identities the target held at the time count: a canary issued after a reply
 * cannot contradict it, nor one issued after the request make its use non-compliant.
 *
 * @param input - The case, its deadline, its subjects' contacts, who the target is.
 * @returns Its contradictions and non-compliance, oldest evidence first.
 */
export function caseEvidence(input: CaseEvidenceInput): CaseEvidence {
  const uses = usesOf(input);
  // The third parties already using the target's identities by an instant: their later uses
  // show they kept what they had, not that the target still holds it or gave it again.
  const callersBy = (at: Date): Set<string> =>
    new Set(
      uses
        .filter((u) => !u.own && u.stored.contact.at <= at && u.stored.contact.from !== undefined)
        .map((u) => u.stored.contact.from!),
    );
  const newCaller = (known: Set<string>) => (u: Use) =>
    u.stored.contact.from === undefined || !known.has(u.stored.contact.from);
  // A named recipient, or whoever it passed the data on to, explains a third party's later use.
  const recipientNamed = input.record.replies.some((r) => r.at <= input.at && r.namesRecipients.length > 0);
  const contradictions: Contradiction[] = [];
  for (const reply of input.record.replies) {
    if (reply.at > input.at) continue;
    // A claim speaks of the data the target held when it answered: identities given to it later
    // (the person registered again) neither contradict "deleted" nor make "no data" false.
    const after = uses.filter((u) => u.stored.contact.at > reply.at && u.issuedAt <= reply.at.getTime());
    const fresh = newCaller(callersBy(reply.at));
    for (const claim of reply.claims) {
      if (claim === 'never-shared') {
        const before = uses.filter((u) => u.decisiveIssued && u.stored.contact.at <= reply.at);
        contradictions.push(...contradiction(reply.id, claim, reply.at, 'decisive-use', before));
      } else if (claim === 'deleted') {
        contradictions.push(
          ...contradiction(
            reply.id,
            claim,
            reply.at,
            'own-contact',
            after.filter((u) => u.own),
          ),
          ...contradiction(
            reply.id,
            claim,
            reply.at,
            'still-used',
            recipientNamed ? [] : after.filter((u) => u.decisive && fresh(u)),
          ),
        );
      } else if (claim === 'no-data' || claim === 'stopped-marketing') {
        contradictions.push(
          ...contradiction(
            reply.id,
            claim,
            reply.at,
            'own-contact',
            after.filter((u) => u.own),
          ),
        );
      }
    }
  }
  const windowEnd = input.deadline?.watchFrom ?? null;
  // The erasure asked for the data held when it was requested; identities given afterwards are new.
  const requested = input.record.letters.find((l) => l.kind === 'request')?.at ?? input.record.openedAt;
  const freshSinceRequest = newCaller(callersBy(requested));
  const nonCompliance: NonCompliance[] =
    windowEnd === null
      ? []
      : uses
          .filter(
            (u) =>
              u.stored.contact.at > windowEnd &&
              (u.own || (u.decisive && freshSinceRequest(u))) &&
              u.issuedAt <= requested.getTime(),
          )
          .map((u) => ({
            contactId: u.stored.contact.id,
            at: u.stored.contact.at,
            windowEnd,
            by: u.own ? 'target' : 'third-party',
            canaryId: u.canaryId,
          }));
  return { contradictions, nonCompliance };
}
