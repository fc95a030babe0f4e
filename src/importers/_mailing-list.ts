/**
 * A mail a mailing list delivered: its writer posted it to the list's address, and the list
 * server sent it on to every subscriber. The list names itself in `List-Id` (RFC 2919:
 * `<label.namespace>`, the namespace a domain its owner controls) and its posting address in
 * `List-Post` (RFC 2369: `<mailto:list@host>`); Mailman, Sympa, Google Groups and Groups.io name
 * the posting address `label@namespace` too. A newsletter's `List-Id` (an email service's
 * campaign id) is addressed to the subscriber, so only a mail addressed to the list's own posting
 * address counts: that is what says the writer never wrote to the person's address.
 */

/** The `<…>` part of a header, or the whole value when there is none. */
const ANGLE = /<([^<>\s]+)>/u;

/** A dot-atom list identifier with at least one dot: `label.namespace`. */
const LIST_ID = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)+$/u;

/**
 * The `List-Id` of a mail a mailing list delivered, when its `To:` or `Cc:` holds the list's
 * posting address (`List-Post`, else `label@namespace` of the `List-Id`); `undefined` otherwise.
 *
 * @param listId - The `List-Id` header's value (`Wanderfreunde <wanderfreunde.lists.example>`).
 * @param listPost - The `List-Post` header's value, when there is one.
 * @param addressed - The `To:` and `Cc:` addresses, lower case.
 * @returns The list identifier, lower case (`wanderfreunde.lists.example`), or `undefined`.
 */
export function mailingListOf(
  listId: string | undefined,
  listPost: string | undefined,
  addressed: readonly string[],
): string | undefined {
  if (listId === undefined) return undefined;
  const id = (ANGLE.exec(listId)?.[1] ?? listId).trim().toLowerCase();
  if (!LIST_ID.test(id) || id.length > 253) return undefined;
  const dot = id.indexOf('.');
  const posting = /<mailto:([^<>?\s]+)/iu.exec(listPost ?? '')?.[1]?.toLowerCase();
  const derived = `${id.slice(0, dot)}@${id.slice(dot + 1)}`;
  return addressed.some((a) => a === posting || a === derived) ? id : undefined;
}
