import type { CaseRequest, ReplyClaim } from './case-model.js';

/**
 * The reply claims that answer each request: a copy given answers access; "we cannot tell where we
 * got it" answers the source; "we never shared it" the recipients; erasure done answers erasure
 * and stop-marketing; "we hold nothing about you" answers every request. A reply naming sources or
 * recipients answers those requests too (GDPR art. 15(1)(c), (g); Cal. Civ. Code § 1798.110;
 * PIPL art. 45). Whether the answer is true is another matter: the complaint says so.
 */
const ANSWERED_BY: Readonly<Record<CaseRequest, readonly ReplyClaim[]>> = {
  access: ['access-provided', 'no-data'],
  source: ['source-unknown', 'no-data'],
  recipients: ['never-shared', 'no-data'],
  erasure: ['deleted', 'no-data'],
  'stop-marketing': ['stopped-marketing', 'deleted', 'no-data'],
};

/** What of a reply decides which requests it answered. */
export interface ReplyAnswer {
  readonly claims: readonly string[];
  readonly namesSources?: readonly unknown[];
  readonly namesRecipients?: readonly unknown[];
}

/**
 * The requests of a case that no reply answered, in the case's order. A `refused` reply answers
 * none of them in substance, but it is an answer: see {@link refusedBy}.
 *
 * @param requests - The case's requests.
 * @param replies - Its replies.
 * @returns The requests still unanswered (empty when every one was).
 */
export function unansweredRequests(
  requests: readonly string[],
  replies: readonly ReplyAnswer[],
): CaseRequest[] {
  const claims = new Set(replies.flatMap((r) => r.claims));
  const namedSources = replies.some((r) => (r.namesSources?.length ?? 0) > 0);
  const namedRecipients = replies.some((r) => (r.namesRecipients?.length ?? 0) > 0);
  return requests.filter((request): request is CaseRequest => {
    if (!Object.hasOwn(ANSWERED_BY, request)) return false;
    if (request === 'source' && namedSources) return false;
    if (request === 'recipients' && namedRecipients) return false;
    return !ANSWERED_BY[request as CaseRequest].some((claim) => claims.has(claim));
  });
}

/**
 * The first reply that refused the request, if any: the source has answered, and the next step
 * is a complaint, not a reminder.
 *
 * @param replies - A case's replies, in time order.
 * @returns That reply, or `undefined`.
 */
export function refusedBy<R extends ReplyAnswer>(replies: readonly R[]): R | undefined {
  return replies.find((r) => r.claims.includes('refused'));
}
