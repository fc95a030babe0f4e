/**
 * Contacts from another registered source's declared sender, carrying this source's canary: a
 * hotel confirming the booking the person made through a platform (the platform passed the
 * booking on: the person's dealing with both), or a registrant using a file it should not have.
 *
 * The rule, in every language: a registrant **passes on the dealing** when its message is a
 * notice about what the person deals in with both (a booking, a stay, an order, an arrival) and
 * it offers nothing and asks for nothing an impersonator asks for. It **plies its trade** when it
 * sells (an offer, a discount, a package, a membership or stored-value card, "reply Y to join"):
 * a registrant marketing to a customer it holds only through another's file is that file's buyer,
 * whatever it sells. And a caller that **impersonates** it (a lure with a number to ring or a key
 * to press, a code or a transfer asked for: caller ID and sender numbers are easily spoofed) is
 * no registrant at all.
 *
 * Mail from a domain the other registrant declared that the person's server did not authenticate
 * (sent through its property-management or booking-engine vendor, or forged) is judged as the
 * source's own such mail is (`claimsToBe` in the verdict): passing on the dealing with no fraud
 * cue, it is the registrant's mail through a service most likely, so it is at most weak evidence
 * against the canary's holder, never decisive; with a cue, a forger's.
 */
import { impersonationCue } from '../match/impersonation.js';
import { providerRules, senderDomain } from '../match/normalize-email.js';
import { foldText } from '../match/normalize-text.js';
import { linkedDomains, lookalikeOf } from '../match/own-links.js';
import { genericName, industryTopics, type OwnServiceMessage } from '../match/own-service.js';
import { mailSenderDeclared, senderAuthenticated, senderIsExpected } from '../match/sender-auth.js';
import { DISCOUNT, PITCH } from '../match/service-asks.js';
import { sourceNames } from '../match/source-names.js';
import { hasWord } from '../match/word-list.js';
import type { StoredContact } from '../stores/store.js';
import type { Source } from '../types.js';

/** Another registered source whose declared sender sent a contact. */
export interface DeclaredSender {
  readonly sourceId: string;
  /**
   * Whether the sender is surely the registrant's: a caller it declared, or mail from its domain
   * that the receiving server authenticated (or that carries no results to check). `false`: mail
   * from its declared domain that failed authentication.
   */
  readonly authenticated: boolean;
}

/**
 * {@link PITCH} without the words a booking's own notice uses as often as a seller does: "free
 * cancellation", "free WiFi", 免费取消, kostenlose Stornierung, "special requests", "limited
 * availability", 如有需要请联系前台.
 */
const NOTICE_WORDS = new Set(['free', '免费', 'gratis', 'kostenlos', 'special', 'limited', '有需要']);

/**
 * What a seller writes and a notice of a dealing does not, in folded text (en, zh, de, fr, it,
 * es, nl, pt, ja, ko): an offer, a sale, a package or card to buy, a loyalty club to join, a
 * coupon, "book now", a top-up bonus (充5000送1000, 满300减50). With {@link PITCH} and
 * {@link DISCOUNT}.
 */
const SELLING = [
  ...PITCH.filter((w) => !NOTICE_WORDS.has(w)),
  // Chinese: special offers, flash sales, stored-value cards, new products launched, perks,
  // coupons, vouchers, a membership to open.
  '特惠',
  '抢购',
  '秒杀',
  '储值',
  '充值送',
  '推出',
  '福利',
  '优惠券',
  '代金券',
  '办理会员',
  '开通会员',
  '会员专享',
  '大促',
  '立减',
  '低至',
  // English.
  'loyalty club',
  'loyalty program',
  'loyalty programme',
  'rewards program',
  'join our',
  'sign up',
  'subscribe',
  'voucher',
  'coupon',
  'book now',
  'limited time',
  'last chance',
  'don t miss',
  'early bird',
  // German.
  'treueprogramm',
  'bonusprogramm',
  'jetzt buchen',
  'mitglied werden',
  'sichern sie sich',
  // French.
  'offre speciale',
  'offre exclusive',
  'remise',
  'soldes',
  'profitez',
  'code promo',
  'programme de fidelite',
  'carte de fidelite',
  'inscrivez-vous',
  'inscrivez vous',
  // Italian.
  'offerta',
  'sconto',
  'sconti',
  'promozione',
  'approfitta',
  'approfittate',
  'programma fedelta',
  'iscriviti',
  // Spanish.
  'aproveche',
  'aprovecha',
  'programa de fidelidad',
  'hazte socio',
  'suscribase',
  // Dutch.
  'aanbieding',
  'korting',
  'profiteer',
  'word lid',
  'klantenkaart',
  'spaarprogramma',
  // Portuguese.
  'desconto',
  'promocao',
  'aproveite',
  'programa de fidelidade',
  // Japanese and Korean, folded as texts are (`foldText`).
  ...[
    'キャンペーン',
    '割引',
    '特典',
    'セール',
    'お得',
    '会員登録',
    '할인',
    '이벤트',
    '특가',
    '혜택',
    '프로모션',
    '쿠폰',
  ].map(foldText),
];

/**
 * Sales with figures and sign-up asks: a top-up or spend bonus (充5000送1000, 满300减50, 买一送一),
 * "reply Y to sign up" (回复Y办理), "reply YES to join" (folded text).
 */
const SELLING_FORMS =
  /(?:充|满|买)\s*[\d一二三四五六七八九十百千万]+\s*(?:元)?\s*(?:送|减|赠)|回复\s*[a-z0-9]{1,3}\s*(?:即可)?(?:办理|订购|开通|参加|报名|领取|抢购)|(?<![a-z])reply (?:y|yes|join|1)\s+(?:to|now)\s+(?:join|sign up|subscribe|get|claim|enrol|enroll|book)(?![a-z])/u;

/**
 * Whether a registrant's message sells: an offer, a discount with its figure, a sale, a
 * membership or card to buy (see {@link SELLING}).
 *
 * @param content - The message or transcript.
 * @returns Whether it is a pitch.
 */
export function sells(content: string): boolean {
  const text = foldText(content).replace(/['\u2019]/gu, ' ');
  return hasWord(text, SELLING) || DISCOUNT.test(text) || SELLING_FORMS.test(text);
}

/**
 * Whether a registered source's contact from its declared sender passes on the person's dealing
 * (see the module's documentation): it sells nothing ({@link sells}) and carries no
 * impersonator's cue (`impersonationCue`: from a declared number or authenticated mail, only what
 * caller ID spoofing hides; from mail that failed authentication, every cue the source's own such
 * mail is judged by, links elsewhere included). A contact with nothing written passes.
 *
 * @param source - The registrant that declared the sender.
 * @param contact - The contact.
 * @param authenticated - Whether its sender is surely the registrant's ({@link DeclaredSender}).
 * @returns Whether it passes on the dealing.
 */
export function passesOnDealing(
  source: Source,
  contact: Pick<StoredContact['contact'], 'content' | 'from'>,
  authenticated: boolean,
): boolean {
  const content = contact.content;
  if (content === undefined || content.trim() === '') return true;
  if (sells(content)) return false;
  const own = [contact.from ?? '', ...source.expected.phones];
  return impersonationCue(source, content, own, { declaredSender: authenticated }) === undefined;
}

/**
 * The registered sources whose declared sender sent a contact: a caller one declared
 * (`senderIsExpected`), or mail from an address or domain one declared (`mailSenderDeclared`),
 * marked unauthenticated when the receiving server's results cover none of the sender's domain.
 * A shared provider's domain (gmail.com, qq.com…) declared by a source names no sender: anybody
 * writes from it.
 *
 * @param sources - Every registered source.
 * @returns Per contact, the sources that declared its sender (empty for most).
 */
export function declaredSenders(
  sources: readonly Source[],
): (contact: StoredContact['contact']) => readonly DeclaredSender[] {
  const shared = providerRules();
  // Senders repeat: each number or address is read once.
  const bySender = new Map<string, readonly string[]>();
  const declaring = (from: string, declares: (s: Source) => boolean): readonly string[] => {
    let ids = bySender.get(from);
    if (ids === undefined) {
      ids = sources.filter(declares).map((s) => s.id);
      if (bySender.size >= 100_000) bySender.clear();
      bySender.set(from, ids);
    }
    return ids;
  };
  return (contact) => {
    const from = contact.from;
    if (from === undefined) return [];
    if (contact.channel === 'email') {
      const domain = senderDomain(from);
      if (shared.has(domain)) return [];
      const ids = declaring(`@${from}`, (s) => mailSenderDeclared(s, from));
      if (ids.length === 0) return [];
      const authenticated = senderAuthenticated(domain, contact.authenticatedDomains);
      return ids.map((sourceId) => ({ sourceId, authenticated }));
    }
    return declaring(from, (s) => senderIsExpected(s, from, sources)).map((sourceId) => ({
      sourceId,
      authenticated: true,
    }));
  };
}

/**
 * What another registrant's message to a source's canary is, when it is that registrant writing
 * about the dealing the source passed on to it (a hotel about a booking made through a platform):
 * `declared` from a sender it declared (passing on the dealing, see {@link passesOnDealing}),
 * else its own service message signed with its name from a sender it did not declare (its
 * staff's own mailbox or mobile), about what the holder deals in (`industryTopics`; its
 * catalogue never), selling nothing.
 */
export interface PartnerMessage {
  /** The registrant that wrote it. */
  readonly source: Source;
  /** From a sender it declared (`false`: its own message from its staff's own mailbox or phone). */
  readonly declared: boolean;
  /** For a declared sender, whether it is surely the registrant's ({@link DeclaredSender}). */
  readonly authenticated: boolean;
}

/**
 * The registrant other than `holderId` that wrote a contact carrying `holderId`'s canary about
 * the dealing `holderId` passed on to it (see {@link PartnerMessage}); `undefined` when none did.
 * A platform hands a booking to the hotel with the person's name, alias and number, as its
 * processor or partner: the hotel writing about that booking, from its reception's landline or
 * from a clerk's mobile, is the dealing itself. A registrant that sells, or that an impersonator's
 * cue marks, or whose name is only mentioned, is not such a writer.
 *
 * @param sources - Every registered source.
 * @param holderId - The source whose canary the contact carries.
 * @param contact - The contact.
 * @param declared - The registrants that declared its sender (`declaredSenders`).
 * @param ownMessage - Reads the contact as a registrant's own service message (`ownServiceMessage`
 *   with the contact's sender and channel).
 * @returns The writing registrant, or `undefined`.
 */
export function partnerMessage(
  sources: readonly Source[],
  holderId: string,
  contact: StoredContact['contact'],
  declared: readonly DeclaredSender[],
  ownMessage: (source: Source) => OwnServiceMessage | undefined,
): PartnerMessage | undefined {
  const others = sources.filter((s) => s.id !== holderId);
  // A registrant the holder passed a dealing on to writes from and links to its own domains: a
  // sender or a link on a lookalike of the holder's site (marriott-rewards.top, bonvoy-redeem.top
  // to an identity issued to Marriott Bonvoy) passes as the holder, as its impersonator does.
  const holder = sources.find((s) => s.id === holderId);
  if (holder !== undefined && impersonatesHolder(holder, contact)) return undefined;
  for (const d of declared) {
    const source = others.find((s) => s.id === d.sourceId);
    if (source !== undefined && passesOnDealing(source, contact, d.authenticated))
      return { source, declared: true, authenticated: d.authenticated };
  }
  if (contact.content === undefined || sells(contact.content)) return undefined;
  // What the holder deals in: a gym passes no hotel booking on.
  const deals = holder === undefined ? undefined : industryTopics(holder);
  const folded = foldText(contact.content);
  for (const source of others) {
    if (!mayName(source, folded)) continue;
    const own = ownMessage(source);
    if (
      own?.named === true &&
      own.fulfilment !== true &&
      own.about !== 'catalogue' &&
      (deals === undefined || deals.has(own.about))
    )
      return { source, declared: false, authenticated: false };
  }
  return undefined;
}

/**
 * Whether a contact's sender address or one of its links is on a lookalike of the holder's site
 * (`lookalikeOf`: its name with a word added by a hyphen or a lure word, not declared).
 */
function impersonatesHolder(holder: Source, contact: StoredContact['contact']): boolean {
  const from = contact.channel === 'email' ? contact.from : undefined;
  const sender = from?.includes('@') ? senderDomain(from) : undefined;
  if (sender !== undefined && lookalikeOf(holder, sender)) return true;
  return linkedDomains(contact.content ?? '').some((d) => lookalikeOf(holder, d));
}

/**
 * A cheap first look before a registrant's own-message rules are run on a text: whether any of
 * its names could be written in it: a Latin name by one of its words of three letters or more
 * that says which business (not "hotel" or "berlin"); a name with a word in another script
 * (上海希尔顿酒店), or with no such word, always passes.
 */
function mayName(source: Source, folded: string): boolean {
  for (const name of sourceNames(source)) {
    const words = foldText(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !genericName(w));
    if (words.length === 0 || words.some((w) => !/^[a-z0-9]+$/u.test(w) || folded.includes(w))) return true;
  }
  return false;
}
