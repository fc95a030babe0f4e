/**
 * The parts of a mail that quote an earlier message, and who wrote that message. A travel
 * companion's Reply-All to a hotel's confirmation goes to the alias the hotel wrote to and quotes
 * the hotel's text, name variant included: the identity reached them from the hotel's own mail, as
 * a fellow recipient, not from a third party that holds the hotel's records.
 *
 * How a mail is split into its writer's text and the quotes: `quoted-text.ts`.
 */
import { FRAUD_CUE_THRESHOLD, topicScores } from '../trace/topics.js';
import type { Hit, Source } from '../types.js';
import { impersonationCue, type JudgedSource } from './impersonation.js';
import { senderDomain } from './normalize-email.js';
import { foldText } from './normalize-text.js';
import { offersForAnotherFirm } from './other-firm-offer.js';
import { pitchesOutsideTrade } from './own-service.js';
import { fieldListEnd, type QuotedReply, quotedReply } from './quoted-text.js';
import { ASKS, DISCOUNT, PITCH, PRICED } from './service-asks.js';
import { writesAsThirdParty } from './third-party.js';
import { escapeRegExp, hasWord } from './word-list.js';
import { addressesBearer } from './writer-position.js';

export { type QuotedReply, quotedReply } from './quoted-text.js';

/**
 * Idioms holding a word of an offer that offer nothing (folded): an out-of-office reply's "limited
 * access to email", "feel free to contact my colleague", "free to call". The reply of a colleague
 * away from the office quotes the person's own mail; its absence sells nothing.
 */
const NO_PITCH_IDIOMS =
  /(?<![a-z])(?:feel free|(?:be )?free to (?:contact|call|ring|reach|e[ -]?mail|get in touch|reply|write)|(?:limited|restricted|very limited) (?:access|availability|connectivity|internet|reception|phone|mobile|e[ -]?mails?|wifi|wi[ -]fi)(?: to| on| at)?(?: my| our)?(?: e[ -]?mails?| mails?)?)(?![a-z])/gu;

/**
 * A text that sells or lures (folded and as written): an offer's words, a discount, a sales or
 * fraud topic, or a price or rate with a call to answer, join or claim ("12% a month … reply to
 * join", "1,9 % TAEG. Répondez OUI", "£4.99. Call 0800 …"). A relative's question under the
 * source's mail states no rate to take up.
 */
function sells(text: string): boolean {
  const folded = foldText(text).replace(NO_PITCH_IDIOMS, ' ');
  if (hasWord(folded, PITCH) || DISCOUNT.test(folded) || writesAsThirdParty(text)) return true;
  if ((topicScores([text]).find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD) return true;
  return PRICED.test(folded) && LURE.test(folded);
}

/**
 * A call to take an offer up, folded: reply with a keyword, join, claim, apply, call a number,
 * and their German, French, Spanish, Italian and Chinese forms.
 */
const LURE =
  /(?<![a-z])(?:reply (?:yes|y|1|to join|to this (?:e-?mail|message) to)|to (?:join|claim|apply|qualify|sign up|get (?:covered|started))|call (?:us|now|today|0|\+)|antworten sie (?:mit|einfach)|rufen sie (?:uns )?an|repondez|appelez|responda|llame|rispondi|chiami|join (?:now|today|us))|回复\s*\d|即可(?:办理|领取|申请)/u;

/**
 * Tells whether a mail is a reply in a thread a source's own mail started, so that the source's
 * identities it reached came from that mail: a quote header names an address in the source's
 * declared mail domains, or names its sender by a display name only ("Hotel Adlon schrieb:",
 * Foxmail's "From: 希尔顿酒店"), every unguessable field of the source it used is the address it
 * was sent to or stands only in the quoted text, and the writer's own text neither asks for
 * anything (no link, payment, code or chat) nor sells, nor addresses the person by the name the
 * source was given (a fellow recipient writes to the source about the booking; a dealer who
 * pastes a header above its pitch greets its target). A quote header is text the writer types:
 * given the source, the quoted message must read as one the source would send, with no offer or
 * pitch and no impersonator's cue (`impersonationCue`); a loan offer under a pasted "On …, Hilton
 * <reservations@hilton.com> wrote:" is the writer's own.
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
  const attributed = reply.quotedDomains.some(declared);
  if (!attributed && !reply.senderUnaddressed) return false;
  const quoted = foldText(reply.quoted);
  // A header naming no address says nothing of who wrote the quote: it must read as a service
  // message that asks for nothing.
  if (!attributed && (hasWord(quoted, ASKS) || sells(reply.quoted))) return false;
  if (source !== undefined) {
    if (hasWord(quoted, PITCH) || DISCOUNT.test(quoted)) return false;
    if (
      impersonationCue({ ...source, expected: { ...source.expected, emailDomains } }, reply.quoted) !==
      undefined
    )
      return false;
  }
  return fellowRecipientWrote(reply, hits);
}

/**
 * Whether a reply's own words are a fellow recipient's: they ask for nothing, sell nothing, greet
 * nobody by a name the source was given, and use none of its unguessable fields outside `to`.
 */
function fellowRecipientWrote(reply: QuotedReply, hits: readonly Hit[]): boolean {
  const own = foldText(reply.own);
  if (hasWord(own, ASKS) || sells(reply.own)) return false;
  if (hits.some((h) => h.kind === 'name' && addressesBearer(reply.own, h.value))) return false;
  return hits.every((h) => !h.unguessable || h.where === 'to' || !own.includes(foldText(h.value)));
}

/**
 * Tells whether a mail replies in a thread the person's own mail started: a quote header names
 * as the quoted message's sender the alias ("Am …, schrieb Katharina Obermeier <alias>:") or one
 * of her own mailboxes (`mailboxes`: a friend answering the mail she forwarded from her inbox),
 * or, giving no address, names her by her own name ("From: Olivia Whitfield" over Exchange's
 * field list, which shows a known sender by display name only) while the mail came to the alias
 * it reached her through (she wrote from it), so its writer had what it quotes from her, as a
 * recipient of her mail (a friend's answer to her forward, a sister's reply-all), and the
 * writer's own words are a fellow recipient's (see `repliesToOwnMail`). The quoted message must
 * sell nothing, unless it is itself her forward of, or reply to, the source's own mail
 * (`forwardsSourceMail`): a hotel's newsletter she passed on offers its own rooms.
 *
 * @param content - The mail's text.
 * @param hits - The hits of the source's canaries.
 * @param mailboxes - The person's own mail addresses the mail names (her real mailboxes).
 * @param source - The source, with its declared mail domains, to read a forwarded offer as its own.
 * @param personNames - The person's real names, as a quote header naming her without an address
 *   would write them.
 * @returns The address quoted as the sender (the alias the mail came to, for a header naming her
 *   by name), or `undefined`.
 */
export function repliesToPersonsMail(
  content: string,
  hits: readonly Hit[],
  mailboxes: readonly string[] = [],
  source?: JudgedSource & Pick<Source, 'category'>,
  personNames: readonly string[] = [],
): string | undefined {
  const reply = quotedReply(content);
  const quotedAddress = [...hits.filter((h) => h.kind === 'email').map((h) => h.value), ...mailboxes].find(
    (address) => reply.quotedSenders.includes(foldText(address).toLowerCase()),
  );
  const quotedName =
    quotedAddress === undefined
      ? reply.unaddressedSenders.find((sender) => personNames.some((name) => namesPerson(sender, name)))
      : undefined;
  const own =
    quotedAddress ??
    (quotedName === undefined ? undefined : hits.find((h) => h.kind === 'email' && h.where === 'to')?.value);
  if (own === undefined) return undefined;
  const quoted = foldText(reply.quoted);
  if (
    (hasWord(quoted, PITCH) || DISCOUNT.test(quoted) || sells(reply.quoted)) &&
    (source === undefined ||
      !forwardsSourceMail(
        reply.quoted,
        quotedName === undefined
          ? (line) => line.includes(foldText(own).toLowerCase())
          : (line) => personNames.some((name) => namesPerson(line, name)),
        source,
      ))
  )
    return undefined;
  return fellowRecipientWrote(reply, hits) ? own : undefined;
}

/**
 * Whether a quote header's sender text names the person: her whole name, or two words of a name
 * of several (a given and a family name, as a mail account's display name shows her). One word
 * of it ("On Sat, Olivia wrote:") is anybody's first name. A word is hers whole: inside a
 * double-barrelled name ("Olivia Whitfield-Jones", "Tom Brown-Smith") it is somebody else's.
 */
function namesPerson(sender: string, name: string): boolean {
  const text = foldText(sender).toLowerCase();
  const words = foldText(name)
    .toLowerCase()
    .split(/[\s,.]+/u)
    .filter((w) => w.length > 1);
  if (words.length < 2) return words.length === 1 && text.includes(words[0]!);
  const found = words.filter((w) =>
    new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(w)}(?![\\p{L}\\p{N}-])`, 'u').test(text),
  );
  return found.length >= 2;
}

/**
 * Whether the person's quoted message (`quoted`, its header at the first line that `namesHer`,
 * folded) is her forward of, or reply to, a message of the source's own: below its header, a
 * quote header of its own names
 * an address in the source's declared mail domains, her words above it sell nothing, and the
 * message it quotes reads as the source's (no impersonator's cue, no pitch outside the source's
 * trade, no other firm's offer).
 */
function forwardsSourceMail(
  quoted: string,
  namesHer: (line: string) => boolean,
  source: JudgedSource & Pick<Source, 'category'>,
): boolean {
  const emailDomains = source.expected?.emailDomains ?? [];
  if (emailDomains.length === 0) return false;
  // Her message without the header that names her, one level of `>` marks removed.
  const lines = quoted.replace(/^>[ \t]?/gmu, '').split('\n');
  const header = lines.findIndex((line) => namesHer(foldText(line).toLowerCase()));
  if (header < 0) return false;
  // Her header's other fields (Sent, To, and a Subject repeating the source's) are no words of hers.
  const inner = quotedReply(lines.slice(Math.max(header + 1, fieldListEnd(lines, header))).join('\n'));
  const declared = (domain: string) => emailDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
  if (!inner.quotedSenders.some((address) => declared(senderDomain(address)))) return false;
  if (hasWord(foldText(inner.own), ASKS) || sells(inner.own)) return false;
  if (
    impersonationCue({ ...source, expected: { ...source.expected, emailDomains } }, inner.quoted) !==
    undefined
  )
    return false;
  return !pitchesOutsideTrade(source, inner.quoted) && !offersForAnotherFirm(source, inner.quoted);
}
