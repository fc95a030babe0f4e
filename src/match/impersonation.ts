/**
 * What marks a message as an impersonator's, wherever it would otherwise be excused as the
 * source's own: its staff's own words from an undeclared number, a sender once seen sending its
 * own messages, its declared number (caller ID is easily spoofed), its own mail domain that
 * failed authentication, or the person's own number or address (spoofed as easily).
 */
import { FRAUD_CUE_THRESHOLD, topicScores } from '../trace/topics.js';
import type { Source } from '../types.js';
import { personalLineToRing } from './line-to-ring.js';
import { CODE_ASK, chargeOrAlertLure, PAY_TO_ACCOUNT } from './lures.js';
import { foldText } from './normalize-text.js';
import {
  declarableSite,
  type LinkingSource,
  linkedDomains,
  linksElsewhere,
  lookalikeOf,
} from './own-links.js';
import { ownServiceMessage, pitchesOutsideTrade } from './own-service.js';
import { CHAT_ASK, HIDDEN_LINK, SECRET_ASK } from './service-asks.js';

/**
 * A negated clause in folded text ("never share this code", "do not give your PIN", 请勿泄露验证码,
 * "geben Sie … niemals weiter"), up to the next punctuation: a warning, not an ask.
 */
const NEGATED =
  /(?<![a-z])(?:never|do not|don t|dont|not to|nunca|no comparta|niemals|nie|jamais|ne \S+ jamais|mai)\s[^.,!?;:，。！？；：]*|(?:请勿|切勿|不要|勿|绝不)[^.,!?;:，。！？；：]*/gu;

/** A link to a bare IP address: no business's own text hides its site so. */
const BARE_IP_LINK = /https?:\/\/\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/iu;

/**
 * A link with a user name before its host (`https://hotel-adlon.de@evil.example/`,
 * `https://evil.example\\@hotel-adlon.de/`): a business's own link never has one; it makes the
 * reader take one host for another.
 */
const USERINFO_LINK = /https?:\/\/[^\s/?#]*@/iu;

/**
 * Whether a linked host only begins with one of the source's declared domains and goes on to
 * another (`hotel-adlon.de.pay-secure.example`): the commonest phishing host form, read first as
 * the source's own.
 */
function beginsWithOwnDomain(source: LinkingSource, host: string): boolean {
  return (source.expected?.emailDomains ?? []).some(
    (d) => host.startsWith(`${d}.`) && !host.endsWith(`.${d}`) && host !== d,
  );
}

/** A source as its contacts' asks are judged: its name, category and declared senders. */
export type JudgedSource = LinkingSource & Pick<Source, 'name'> & Partial<Pick<Source, 'category'>>;

/**
 * What in a message marks it as an impersonator's, whoever sent it: the renewal/refund or
 * account-alert lure ({@link chargeOrAlertLure}), a transfer to an account, a code, password,
 * card or identity asked for, a chat account to add, a hidden link or one to a site that is not
 * the source's (a domain it did not declare, not spelled as its name), a fraud cue
 * (`topicScores`), or a pitch of a trade the source is not in (a loan from a hotel).
 *
 * @param source - The source the message names or was sent for.
 * @param content - The message or transcript.
 * @param own - Numbers it may give to call back: the sender's and the source's declared ones.
 * @returns The cue in a few words, for a verdict's reason; `undefined` when it has none.
 */
export function impersonationCue(
  source: JudgedSource,
  content: string,
  own: readonly string[] = [],
  options: { readonly declaredSender?: boolean } = {},
): string | undefined {
  if (content.trim() === '') return undefined;
  const text = foldText(content);
  if (chargeOrAlertLure(content, own))
    return 'a charge, renewal, refund or account alert with a key to press or another number to call';
  if (PAY_TO_ACCOUNT.test(text)) return 'a transfer to a bank account';
  // "Never share this code with anyone" warns; it asks for nothing.
  const asked = text.replace(NEGATED, ' ');
  if (SECRET_ASK.test(asked) || CODE_ASK.test(asked)) return 'a code, password, card or identity asked for';
  if (CHAT_ASK.test(text)) return 'a chat account to add';
  // A declared sender's own texts use shorteners and booking engines' links: from it, only a
  // lookalike of its site (its name with a lure word added) marks an impersonator.
  if (options.declaredSender === true) {
    const lookalike = linkedDomains(content).find(
      (d) => lookalikeOf(source, d) || beginsWithOwnDomain(source, d),
    );
    if (lookalike !== undefined) return `a link to ${lookalike}, a lookalike of ${source.name}'s site`;
    // Its own line sends the person to no unnamed mobile (see `personalLineToRing`).
    const mobile = personalLineToRing(content, own);
    if (mobile !== undefined) return `a mobile to ring (${mobile}) that ${source.name} did not declare`;
    if (BARE_IP_LINK.test(content)) return 'a hidden link (a bare address)';
    if (USERINFO_LINK.test(content)) return 'a link that hides its host behind a user name (…@ or \\@)';
  } else if (HIDDEN_LINK.test(content)) return 'a hidden link (a shortener or a bare address)';
  else if (linksElsewhere(source, content)) {
    const domain = linkedDomains(content).find((d) => linksElsewhere(source, d));
    return `a link to ${domain ?? 'a site'}, which ${source.name} did not declare and which is not spelled as its name`;
  }
  if ((topicScores([content]).find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD)
    return 'a fraud cue';
  if (
    source.category !== undefined &&
    pitchesOutsideTrade({ name: source.name, category: source.category }, content)
  )
    return 'a pitch outside its trade';
  return undefined;
}

/**
 * The undeclared sites that alone keep a message from reading as the source's own: its links go
 * to domains the source did not declare and that are not spelled as its name (`kp.org` for
 * Kaiser Permanente), and with those domains declared the message would be its own service
 * message. Links are judged by the declared domains only (a brand's initials or another brand
 * cannot be told from a phisher's domain), so the verdict says which domains to declare.
 *
 * @param source - The source with its declared senders.
 * @param content - The message.
 * @param own - Numbers it may give to call back: the sender's and the source's declared ones.
 * @param requireName - Passed to `ownServiceMessage` (mail must name the source).
 * @returns The domains, or an empty list when declaring them would change nothing.
 */
export function undeclaredSitesOnly(
  source: Pick<Source, 'name' | 'category' | 'expected'>,
  content: string,
  own: readonly string[],
  requireName: boolean,
): string[] {
  const sites = [...new Set(linkedDomains(content).filter((d) => linksElsewhere(source, d)))];
  if (sites.length === 0 || lookalikeSite(source, sites) || !sites.every(declarableSite)) return [];
  const declared = {
    ...source,
    expected: { ...source.expected, emailDomains: [...source.expected.emailDomains, ...sites] },
  };
  return ownServiceMessage(declared, content, own, undefined, requireName) === undefined ? [] : sites;
}

/** Whether one of the sites is a lookalike of the source's (its name with a lure word added). */
const lookalikeSite = (source: LinkingSource, sites: readonly string[]): boolean =>
  sites.some((d) => lookalikeOf(source, d));
