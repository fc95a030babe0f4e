/**
 * The parts of a mail that quote an earlier message, and who wrote that message. A travel
 * companion's Reply-All to a hotel's confirmation goes to the alias the hotel wrote to and quotes
 * the hotel's text, name variant included: the identity reached them from the hotel's own mail, as
 * a fellow recipient, not from a third party that holds the hotel's records.
 *
 * How a mail is split into its writer's text and the quotes: `quoted-text.ts`.
 */
import { FRAUD_CUE_THRESHOLD, topicScores } from '../trace/topics.js';
import type { Hit } from '../types.js';
import { impersonationCue, type JudgedSource } from './impersonation.js';
import { foldText } from './normalize-text.js';
import { quotedReply } from './quoted-text.js';
import { ASKS, DISCOUNT, PITCH } from './service-asks.js';
import { hasWord } from './word-list.js';

export { type QuotedReply, quotedReply } from './quoted-text.js';

/**
 * Tells whether a mail is a reply in a thread a source's own mail started, so that the source's
 * identities it reached came from that mail: a quote header names an address in the source's
 * declared mail domains, every unguessable field of the source it used is the address it was sent
 * to or stands only in the quoted text, and the writer's own text asks for nothing (no link,
 * payment, code or chat: an impersonator who pastes a header still asks for what it came for).
 * A quote header is text the writer types: given the source, the quoted message must read as one
 * the source would send, with no offer or pitch and no impersonator's cue (`impersonationCue`); a
 * loan offer under a pasted "On …, Hilton <reservations@hilton.com> wrote:" is the writer's own.
 *
 * @param content - The mail's text.
 * @param hits - The hits of the source's canaries.
 * @param emailDomains - The source's declared mail domains.
 * @param source - The source (its name and category), to read the quoted message as its own.
 * @returns Whether the source's identities reached the writer through the source's own mail.
 */
export function repliesToOwnMail(
  content: string,
  hits: readonly Hit[],
  emailDomains: readonly string[],
  source?: JudgedSource,
): boolean {
  if (emailDomains.length === 0) return false;
  const reply = quotedReply(content);
  const declared = (domain: string) => emailDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
  if (!reply.quotedDomains.some(declared)) return false;
  if (source !== undefined) {
    const quoted = foldText(reply.quoted);
    if (hasWord(quoted, PITCH) || DISCOUNT.test(quoted)) return false;
    if (
      impersonationCue({ ...source, expected: { ...source.expected, emailDomains } }, reply.quoted) !==
      undefined
    )
      return false;
  }
  const own = foldText(reply.own);
  if (hasWord(own, ASKS)) return false;
  if ((topicScores([reply.own]).find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD) return false;
  return hits.every((h) => !h.unguessable || h.where === 'to' || !own.includes(foldText(h.value)));
}
