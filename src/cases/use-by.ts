import type { NonCompliance } from './case-model.js';

/** Who used the data after the window, as worded: `third-party-named` when a reply named a recipient. */
export type UseBy = NonCompliance['by'] | 'third-party-named';

/**
 * Who a use after the window is told as being by. A third party's use, once a reply of the case
 * named a recipient, may be that recipient's or its buyer's (the target's erasure does not reach
 * copies it gave; GDPR art. 17(2) and 19 make telling them a separate duty), so it is worded as
 * possibly theirs rather than as the target's.
 *
 * @param by - The use's `by` (`target` or `third-party`).
 * @param replies - The case's replies, each with the recipients it named (any shape with a length).
 * @returns The key of the wording.
 */
export function useBy(
  by: NonCompliance['by'],
  replies: readonly { namesRecipients: readonly unknown[] }[],
): UseBy {
  return by === 'third-party' && replies.some((r) => r.namesRecipients.length > 0) ? 'third-party-named' : by;
}
