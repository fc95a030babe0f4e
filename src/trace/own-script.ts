/**
 * A source's own messages from a sender it did not declare. Staff call and text customers from
 * their own mobiles: a booking confirmation from a hotel clerk's phone reaches the name variant
 * issued to the hotel, from a number nobody declared, and looks like a leak. What tells it apart
 * is the text: it reads like the messages the source sent from its declared numbers, word for
 * word but for the name. A buyer reads its own script; one who copies the source's to pass as
 * it adds what it came for (a link, a callback number, an offer), which changes the text.
 */
import { pushTo } from '../_internal/collections.js';
import { endOf } from '../_internal/text-ends.js';
import { bracketSignature, withoutCarrierTags } from '../match/bracket-signature.js';
import { hearSourceNames } from '../match/heard-names.js';
import { impersonationCue } from '../match/impersonation.js';
import { writeKatakanaNames } from '../match/katakana-names.js';
import { senderDomain } from '../match/normalize-email.js';
import { foldText } from '../match/normalize-text.js';
import { type LinkingSource, linksElsewhere } from '../match/own-links.js';
import {
  namesAnotherFirm,
  namesSource,
  type OwnServiceTopic,
  ownServiceMessage,
  pitchesOutsideTrade,
  serviceTopics,
} from '../match/own-service.js';
import { mailSenderDeclared, senderAuthenticated, senderIsExpected } from '../match/sender-auth.js';
import { senderId } from '../match/sender-id.js';
import { CHAT_ASK, HARD_ASKS, SECRET_ASK } from '../match/service-asks.js';
import { sourceNames } from '../match/source-names.js';
import { hasWord } from '../match/word-list.js';
import type { StoredContact } from '../stores/store.js';
import type { Contact, Source } from '../types.js';
import { shingleHashes } from './minhash.js';
import { FRAUD_CUE_THRESHOLD, topicScores } from './topics.js';

/**
 * The similarity (Jaccard over the texts' shingles) from which a text is one of the source's
 * own: the threshold that makes two texts one script when clustering callers (0.7, see
 * `scriptSimilarity`).
 */
export const OWN_SCRIPT_SIMILARITY = 0.7;

/** The shortest text compared: a few characters say nothing of whose script it is. */
const MIN_TEXT = 12;

/** The most of a source's own texts kept to compare with (the first ones by time). */
const MAX_OWN_TEXTS = 50;

/** Which sources' own scripts a contact's text repeats. */
export interface OwnScripts {
  /**
   * Whether the contact is `sourceId`'s own: its text reads like one of the source's messages
   * from its declared senders, or it came through a sender that checks signatures (a service
   * number, an SMS gateway port, a mailing service) signed with the source's name (see
   * {@link signedBy}).
   */
  readonly repeats: (sourceId: string, contact: Pick<Contact, 'channel' | 'from' | 'content'>) => boolean;
  /**
   * Whether the contact is `sourceId`'s own service message in its staff's own words
   * (`ownServiceMessage`), about what the source deals in by its industry or by its own texts
   * from its declared senders (a salon that confirms appointments, a hotel that confirms rooms).
   */
  readonly serves: (
    sourceId: string,
    contact: Pick<Contact, 'channel' | 'from' | 'content'> & Partial<Pick<Contact, 'fromName'>>,
  ) => boolean;
  /**
   * Whether the contact asks for nothing an impersonator asks for: no payment, code, card, chat
   * account or secret, no link to anybody else's site, no pitch outside the source's trade and no
   * fraud cue (a silent call asks for nothing). A sender that once sent the source's own message
   * is excused only such contacts: its refund-scam text that follows stays evidence.
   */
  readonly asksNothing: (sourceId: string, contact: Pick<Contact, 'content' | 'from'>) => boolean;
  /** Whether the contact came from a sender `sourceId` did not declare (its number or mail domain). */
  readonly undeclared: (
    sourceId: string,
    contact: Pick<Contact, 'channel' | 'from' | 'authenticatedDomains'>,
  ) => boolean;
}

/**
 * The brand a short-code text opens with, "Acme Fitness: Hi Jo, …", as US carriers require of
 * every short-code programme (CTIA Short Code Monitoring Handbook: the program name in each
 * message) and European senders write it ("Versandhaus Nordlicht: Hallo …"): up to five words,
 * in any script's capitals, before a colon at the very start.
 */
const BRAND_FIRST = /^\s*((?:[\p{Lu}\d][\p{L}\p{N}&'.-]*\s){0,4}[\p{Lu}\d][\p{L}\p{N}&'.-]*)\s*:\s/u;

/**
 * What a programme appends after its signature: opt-out and rate notices ("Reply STOP to opt
 * out", "Msg&data rates may apply", "Abmelden: STOP an 81234", 回T退订), read off the end first.
 */
const OPT_OUT_TAIL =
  /(?:[\s.!。]*(?:(?:reply|text|txt|send)\s+stop\b[^.!]*|msg\s*(?:&|and)\s*data\s+rates\s+may\s+apply|stop\s+(?:to|2)\s+(?:end|opt\s*out|cancel|quit|unsubscribe)[^.!]*|(?:abmelden|abbestellen)\b[^.!]*|stop\s+an\s+\d+[^.!]*|回?[td]退订|退订回?[td]|拒收请回复r?)[.!。]?)+\s*$/iu;

/**
 * The brand a text signs with at its end: after a dash ("… - Harbor Dental Group."), or in a
 * sign-off ("Ihr Team von Versandhaus Nordlicht", "Ihr Nordlicht-Team", "Your friends at Acme",
 * "Mit freundlichen Grüßen, Hanse Versicherung").
 */
const BRAND_LAST = [
  /(?:^|[\s.!?,])[-–—~]+\s*([\p{L}\p{N}][\p{L}\p{N}&'. -]{1,60}?)[\s.!]*$/u,
  /(?:ihr(?:e)?\s+(?:team|kundenservice|service-team|serviceteam)\s+(?:von|vom|der|des|bei)|your\s+(?:team|friends|pals)\s+at|(?:thanks|thank you|regards|cheers|best|love|gracias|saludos|un saludo|atentamente)[,!]?\s+(?:from\s+)?(?:the\s+team\s+at\s+|el\s+equipo\s+de\s+)?|mit\s+freundlichen\s+grüßen\s*,?|(?:viele|beste|liebe)\s+grüße\s*,?(?:\s+ihr(?:e)?\s+team\s+(?:von|der))?)\s+(?:der\s+|die\s+|dem\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}&'. -]{1,60}?)[\s.!]*$/iu,
  /\bihr(?:e)?\s+([\p{L}\p{N}][\p{L}\p{N}&'. -]{1,60}?)[\s-]+team[\s.!]*$/iu,
];

/** The most characters at a message's end read for its sign-off and opt-out notices. */
const SIGNATURE_REACH = 600;

/** The signature a message carries: a 【signature】, its brand first, or its brand signing off. */
function signatureOf(content: string): string {
  const signed = bracketSignature(content);
  if (signed !== undefined) return signed;
  const tagged = BRAND_FIRST.exec(withoutCarrierTags(content));
  if (tagged !== null) return tagged[1] ?? '';
  // Read off the end alone: these patterns are anchored at the end only (see `endOf`).
  const body = endOf(content, SIGNATURE_REACH).replace(OPT_OUT_TAIL, '');
  for (const pattern of BRAND_LAST) {
    const signed = pattern.exec(body)?.[1];
    if (signed !== undefined) return signed;
  }
  return '';
}

/**
 * Whether a sender's signature is checked by whoever carries it: a service number, short code or
 * SMS gateway port (stored as `short:…`), which carriers lease only to registered businesses. An
 * alphanumeric sender ID is set by whoever sends at its SMS provider and not checked by the
 * carrier, and anyone opens a mailbox or a mailing service's account: like a text from an
 * ordinary mobile, virtual-operator lines included, they carry any 【signature】 their writer types.
 *
 * @param channel - The contact's channel.
 * @param from - Its stored sender.
 * @returns Whether whoever carried it checked the signature.
 */
export function checksSignatures(channel: Contact['channel'], from: string | undefined): boolean {
  return channel === 'sms' && from !== undefined && from.startsWith('short:');
}

/** A text folded for comparing names: scripts and case folded, everything but letters dropped. */
const bare = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether a message is signed with the source's name: a 【signature】 at its start or end that
 * the source's name contains, or that contains it (【希尔顿】 for 上海希尔顿酒店), with no fraud
 * cue in the text. Commercial texts in China must carry the sender's registered signature, which
 * the gateway checks against the business's papers before it sends (MIIT's 2015
 * 《通信短信息服务管理规定》 and the carriers' 签名报备 registration): a business's marketing through a shared
 * 106 gateway or a mailing service is signed by it, while a buyer sells its own product under its
 * own name. A phisher passing as the source gives itself away by what it asks for (a fraud cue),
 * and then the identity it used is evidence again.
 *
 * @param source - The source, by its name.
 * @param content - The message.
 * @returns Whether the signature is the source's.
 */
export function signedBy(
  source: LinkingSource & Partial<Pick<Source, 'category'>>,
  content: string,
  from?: string,
): boolean {
  // An alphanumeric sender ID is a signature of its own: it must name the source.
  const id = from === undefined ? undefined : senderId(from);
  if (id !== undefined && !signs(source, id)) return false;
  const raw = signatureOf(content) || (id ?? '');
  if (!signs(source, raw)) return false;
  // A gray-market port carries any signature: what it sells must be the source's trade, and it
  // asks the person to add no chat account.
  const full = { name: source.name, category: source.category ?? '' };
  const folded = foldText(content);
  if (pitchesOutsideTrade(full, content) || CHAT_ASK.test(folded) || SECRET_ASK.test(folded)) return false;
  // A link to a lookalike of its site: an impersonation's lure (see `linksElsewhere`).
  if (linksElsewhere(source, content)) return false;
  const fraud = topicScores([content]).find(([topic]) => topic === 'fraud')?.[1] ?? 0;
  return fraud < FRAUD_CUE_THRESHOLD;
}

/** Whether a signature is the source's name, a part of it, or its brand (【希尔顿荣誉客会】). */
function signs(source: Pick<Source, 'name' | 'otherNames'>, raw: string): boolean {
  const signature = bare(raw);
  if (signature.length < 2) return false;
  // Any of its names (its name in another script, its brand: see `sourceNames`).
  for (const name of sourceNames(source).map(bare))
    if (name.length >= 2 && (name.includes(signature) || signature.includes(name))) return true;
  return namesSource(source, raw);
}

/**
 * Collects each source's texts from its declared senders (the contacts `record()` called
 * `legitimate`), to compare the contacts that reached its identities with.
 *
 * @param contacts - The contacts analysed, in any order.
 * @returns The comparison; sources that sent nothing from a declared sender repeat nothing.
 */
export function ownScripts(contacts: readonly StoredContact[], sources: readonly Source[]): OwnScripts {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const topics = new Map<string, Set<OwnServiceTopic>>();
  // Per source, its own texts' sizes and an inverted index shingle → texts that hold it, so a
  // contact is compared only with the texts it shares a shingle with.
  const own = new Map<string, { sizes: number[]; index: Map<number, number[]> }>();
  for (const { contact, result } of contacts) {
    if (result.verdict !== 'legitimate' || (contact.content ?? '').length < MIN_TEXT) continue;
    const source = sourceById.get(result.sources[0]?.sourceId ?? '');
    // Only the texts from its declared senders say what the source deals in.
    if (source !== undefined && result.sources.length === 1 && !undeclared(source, contact)) {
      const set = topics.get(source.id) ?? new Set<OwnServiceTopic>();
      for (const t of serviceTopics(contact.content!)) set.add(t);
      topics.set(source.id, set);
    }
    const shingles = shingleHashes(contact.content!);
    if (shingles.length === 0) continue;
    for (const { sourceId } of result.sources) {
      // A message `record()` only read as the source's own (from a sender it never declared) is
      // no script of its: a scam that passed for it would excuse the same sender's next mails.
      const holder = sourceById.get(sourceId);
      if (holder === undefined || undeclared(holder, contact)) continue;
      let texts = own.get(sourceId);
      if (texts === undefined) {
        texts = { sizes: [], index: new Map() };
        own.set(sourceId, texts);
      }
      if (texts.sizes.length >= MAX_OWN_TEXTS) continue;
      const text = texts.sizes.push(shingles.length) - 1;
      for (const shingle of shingles) pushTo(texts.index, shingle, text);
    }
  }
  // A contact is asked about each source it reached in turn: shingle its text once.
  let lastContent: string | undefined;
  let lastShingles: Uint32Array = new Uint32Array(0);
  const shinglesOf = (content: string): Uint32Array => {
    if (content !== lastContent) {
      lastContent = content;
      lastShingles = shingleHashes(content);
    }
    return lastShingles;
  };
  return {
    repeats(sourceId, { channel, from, content }) {
      if (content === undefined) return false;
      const source = sourceById.get(sourceId);
      if (
        source !== undefined &&
        checksSignatures(channel, from) &&
        signedBy(source, writeKatakanaNames(sourceNames(source), content), from)
      )
        return true;
      const texts = own.get(sourceId);
      if (texts === undefined || content.length < MIN_TEXT) return false;
      // A copy of its newsletter with the links swapped to a lookalike: a phishing clone.
      if (source !== undefined && linksElsewhere(source, content)) return false;
      const shingles = shinglesOf(content);
      // Jaccard similarity |A ∩ B| / |A ∪ B| from the shared counts.
      const shared = new Map<number, number>();
      for (const shingle of shingles)
        for (const text of texts.index.get(shingle) ?? []) shared.set(text, (shared.get(text) ?? 0) + 1);
      for (const [text, both] of shared)
        if (both / (shingles.length + texts.sizes[text]! - both) >= OWN_SCRIPT_SIMILARITY) return true;
      return false;
    },
    serves(sourceId, { channel, from, content, fromName }) {
      const source = sourceById.get(sourceId);
      if (source === undefined || content === undefined || from === undefined) return false;
      const numbers = [from, ...source.expected.phones];
      const written = writeKatakanaNames(sourceNames(source), content);
      const heard = channel === 'call' ? hearSourceNames(sourceNames(source), written) : written;
      return (
        ownServiceMessage(source, heard, numbers, topics.get(sourceId), channel === 'email', {
          from,
          fromName,
        }) !== undefined
      );
    },
    asksNothing(sourceId, { content, from }) {
      const source = sourceById.get(sourceId);
      return (
        content === undefined ||
        content.trim() === '' ||
        source === undefined ||
        asksNothing(source, content, [from ?? '', ...source.expected.phones])
      );
    },
    undeclared(sourceId, contact) {
      const source = sourceById.get(sourceId);
      return source !== undefined && undeclared(source, contact);
    },
  };
}

/**
 * Whether a text asks for nothing an impersonator asks for and names no other firm as its
 * writer's (see `OwnScripts.asksNothing`): no payment, code, card or chat account, no renewal or
 * refund lure, no link elsewhere, no pitch outside the source's trade, no fraud cue (see
 * `impersonationCue`), and no "I now work at <rival>" (`namesAnotherFirm`).
 */
function asksNothing(source: Source, content: string, own: readonly string[]): boolean {
  if (hasWord(foldText(content), HARD_ASKS)) return false;
  return impersonationCue(source, content, own) === undefined && !namesAnotherFirm(source, content);
}

/** Whether a contact's sender is none the source declared: its numbers, or its mail domains. */
function undeclared(
  source: Source,
  { channel, from, authenticatedDomains }: Pick<Contact, 'channel' | 'from' | 'authenticatedDomains'>,
): boolean {
  if (from === undefined) return true;
  if (channel === 'email') {
    const domain = senderDomain(from);
    // Mail in its domain that failed authentication came through a sender nobody checked.
    return !mailSenderDeclared(source, from) || !senderAuthenticated(domain, authenticatedDomains);
  }
  return !senderIsExpected(source, from);
}
