/**
 * A business writing FOR the source, about the person's dealing with it: its courier ("Votre
 * colis Galeries Lafayette est en cours de livraison", "Ihre Zalando-Sendung kommt heute",
 * 您的小米商城订单已由顺丰揽收), its payment provider ("you sent a payment of €24.95 to Tchibo
 * Shop", "deine Zahlung von 89,99 € an Otto Versand"), its booking engine or property system
 * ("Gracias por reservar en Hotel Arts Barcelona", "your room at Hotel Savoy Berlin is ready"),
 * its booking service ("Ihr Termin bei Zahnarztpraxis Dr. Weiss"), its shop platform ("Your Etsy
 * purchase from WildflowerPotteryStudio"), its review service ("sent by Trustpilot on behalf of
 * Lumen Homeware"). Such a writer names the source as the other party of the person's dealing
 * (the seller, the hotel, the practice, the payee), never as where it got the person's details.
 *
 * This module holds the phrases (folded text, en de fr it es pt nl pl zh) and the pure helpers
 * that find them; `own-service.ts` reads the name after them and applies every other test of an
 * own message (no other link, number, offer, fraud cue or pitch outside the source's trade).
 */
import { foldText } from './normalize-text.js';
import type { OwnServiceTopic } from './own-service.js';
import { senderId } from './sender-id.js';

/** A dealing's words (folded, accents removed), by what the dealing is about. */
const DEALINGS: readonly (readonly [OwnServiceTopic, readonly string[]])[] = [
  [
    'booking',
    [
      // en
      'booking',
      'reservation',
      'room',
      'stay',
      'appointment',
      'visit',
      'table',
      // de
      'buchung',
      'reservierung',
      'zimmer',
      'aufenthalt',
      'termin',
      'besuch',
      // fr
      'sejour',
      'chambre',
      'rendez vous',
      // it
      'prenotazione',
      'soggiorno',
      'camera',
      'appuntamento',
      // es, pt
      'reserva',
      'reservar',
      'estancia',
      'habitacion',
      'cita',
      'estadia',
      'quarto',
      'consulta',
      // nl
      'boeking',
      'reservering',
      'verblijf',
      'kamer',
      'afspraak',
      // pl
      'rezerwacja',
      'rezerwacji',
      'rezerwacje',
      'pobyt',
      'pobytu',
      'wizyta',
      'wizyty',
    ],
  ],
  [
    'order',
    [
      // en
      'order',
      'purchase',
      'parcel',
      'package',
      'shipment',
      'delivery',
      'payment',
      'invoice',
      'bill',
      'refund',
      'receipt',
      // de
      'bestellung',
      'einkauf',
      'kauf',
      'sendung',
      'paket',
      'lieferung',
      'zahlung',
      'rechnung',
      'erstattung',
      'quittung',
      'beleg',
      // fr
      'commande',
      'achat',
      'colis',
      'livraison',
      'paiement',
      'facture',
      'remboursement',
      'recu',
      // it
      'ordine',
      'acquisto',
      'pacco',
      'spedizione',
      'consegna',
      'pagamento',
      'fattura',
      'rimborso',
      'ricevuta',
      // es, pt
      'pedido',
      'compra',
      'paquete',
      'envio',
      'entrega',
      'pago',
      'factura',
      'encomenda',
      'fatura',
      'reembolso',
      'recibo',
      // nl
      'bestelling',
      'aankoop',
      'pakket',
      'zending',
      'levering',
      'betaling',
      'factuur',
      // pl
      'zamowienie',
      'zamowienia',
      'zakup',
      'zakupu',
      'paczka',
      'przesylka',
      'platnosc',
      'faktura',
    ],
  ],
];

/** Every dealing word, longest first, as one pattern over a folded text (whole words). */
const DEALING = new RegExp(
  `(?<![a-z])(?:${DEALINGS.flatMap(([, words]) => words)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-z])`,
  'gu',
);

/**
 * A cheap first test of a folded text: a dealing word, a phrase of acting for someone, or a
 * Chinese dealing word. A text with none of them speaks for nobody (see `dealingsWith`).
 */
const MAY_SPEAK_FOR = new RegExp(
  `${DEALING.source}|(?<![a-z])(?:behalf|act for|acting for|we represent|client|vertreten|auftrag|im namen|compte|au nom|conseil|representons|conto|a nome|rappresent|nombre|cuenta|representa|em nome|namens|opdracht|vertegenwoordig|imieniu|zlecenie|reprezent)|受|代表|代理|대리|订单|包裹|快递|商品|货品|付款|支付|账单|退款|购买|下单|订购|消费|预订|预定|预约|订房|房间|入住|订座|订位|${['予約', '注文', '購入', '支払', '決済', '예약', '예매', '주문', '구매', '결제'].map(foldText).join('|')}`,
  'u',
);

/**
 * Whether a folded text may speak for anybody: the cheap test before the names are read.
 *
 * @param text - A folded text.
 * @returns `false` when it holds no dealing and no phrase of acting for someone.
 */
export const maySpeakFor = (text: string): boolean => MAY_SPEAK_FOR.test(text);

/**
 * A folded text with every dealing word blanked out, whoever the party: what is left of its asks
 * once the dealing is set aside (a cheap bound before the party is read).
 *
 * @param text - A folded text.
 * @returns The text without its dealing words.
 */
export const withoutDealingWords = (text: string): string => text.replace(DEALING, ' ');

/**
 * Payment and buy-now-pay-later providers that collect for a shop's order in their own app or on
 * their own site (each names itself so in its customer notices): Klarna, Afterpay, Clearpay,
 * PayPal (Pay in 3/4), Affirm, Zip, Sezzle, Scalapay, Riverty, Ratepay, Alma, Oney, Laybuy, Humm,
 * Paidy, Atome; 支付宝 (花呗) and 京东 (白条).
 */
const PROVIDERS =
  'klarna|afterpay|clearpay|paypal|affirm|zip|sezzle|scalapay|riverty|ratepay|alma|oney|laybuy|humm|paidy|atome';

/**
 * A payment asked through a named provider's own app or site (folded): "pay in the Klarna app",
 * "pay it early with Afterpay", "bezahle in der Klarna App", "payez dans l'application Alma",
 * "paga en la app de Klarna", "paga con Scalapay", "betaal in de Klarna-app", 在支付宝内还款,
 * 花呗还款, 白条还款. The provider collecting for the person's order from the source asks for
 * the order's own instalment, where the person already pays it; a lookalike link or another
 * number beside it is read on its own, and a loan it pitches names no dealing with the source.
 */
const PROVIDER_COLLECTION = new RegExp(
  String.raw`(?<![a-z])(?:pay|repay|make (?:a|your|the) payment|zahlen sie|zahle|bezahlen sie|bezahle|begleichen sie|payez|payer|reglez|regler|pagar|pague|paga|pagare|betaal|betalen|zaplac)(?:\s+[a-z0-9]+){0,3}?\s+(?:in|with|via|through|on|using|im|in der|uber|mit|dans|avec|sur|en|con|nella|nell|met|w)\s+(?:(?:the|your|der|die|deiner|ihrer|l|la|el|de|votre|tu|su|sua|la tua|app|application|applicazione|aplicacion|app de|l application|la app de)\s+)*(?:${PROVIDERS})(?![a-z])|(?<![a-z])(?:pay|repay|make (?:a|your|the) payment)(?:\s+[a-z0-9]+){0,3}?\s*(?:at|on|via|:)\s+(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:${PROVIDERS})\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})(?![a-z0-9.-])(?:\/[^\s]*)?|(?:update|change|check|replace)\s+(?:your\s+)?(?:card|card details|payment (?:method|details))\s+(?:in|on)\s+(?:the\s+|your\s+)?(?:${PROVIDERS})(?![a-z])|(?:log ?in|sign in|go)\s+(?:to|into)\s+(?:your\s+)?(?:${PROVIDERS})(?:\s+(?:account|app))?\s+to\s+(?:pay|repay|make (?:a|your|the) payment)(?![a-z])|(?<![a-z])(?:(?:${PROVIDERS})\s+)?pay in (?:3|4|30 days|three|four)(?![a-z0-9])|(?:支付宝|花呗|白条|京东)[^，。,.!！]{0,8}?(?:还款|付款|支付)|(?:花呗|白条)`,
  'gu',
);

/**
 * The names the providers of {@link PROVIDERS} register their own sites under, where they send
 * their customer notices from (klarna.com, klarna.de, clearpay.co.uk, afterpay.com, paypal.co.uk,
 * getalma.eu, zip.co, shophumm.com.au, alipay.com): the registrable name's first label.
 */
const PROVIDER_SITES = new Set([...PROVIDERS.split('|'), 'getalma', 'shophumm', 'alipay', 'jd']);

/**
 * The payment provider whose own site a mail comes from (`noreply@klarna.com`,
 * `payments@mail.clearpay.co.uk`, `service@paypal.de`), or whose name a text's sender ID is
 * (`Afterpay`, `KLARNA`): a mail's registrable name is the provider's own,
 * on a country's domain or .com, .net, .org, .eu (not a cheap new one an impersonator registers a
 * brand on: klarna.top), with nothing added (klarna-payments.co is not Klarna's).
 *
 * @param from - The contact's `from`.
 * @returns The provider's name, or `undefined`.
 */
export function providerOfSender(from: string | undefined): string | undefined {
  if (from === undefined) return undefined;
  // A text from the provider's sender ID ("Klarna", "Afterpay"): the carrier does not check it,
  // but a text whose only route is the provider's own app gains an impersonator nothing.
  if (senderId(from) !== undefined) {
    const id = foldText(from).replace(/[^a-z0-9]/gu, '');
    return PROVIDER_SITES.has(id) ? id : undefined;
  }
  const at = from.lastIndexOf('@');
  if (at === -1) return undefined;
  const site = siteOf(
    from
      .slice(at + 1)
      .toLowerCase()
      .replace(/\.$/u, ''),
  );
  const [name, ...rest] = site?.split('.') ?? [];
  const tld = rest.at(-1) ?? '';
  if (name === undefined || !(tld.length === 2 || ['com', 'net', 'org', 'eu'].includes(tld)))
    return undefined;
  return PROVIDER_SITES.has(name) ? name : undefined;
}

/**
 * The payment provider whose name a mail's domain writes as a word without being its own site
 * (klarna-payments.co, clearpay-uk.com, mail.afterpay-help.net, klarna.top; not money.co.uk): a
 * lookalike, whose "pay in the Klarna app" is an impersonation's, never the provider collecting.
 *
 * @param from - The contact's `from`.
 * @returns The provider imitated, or `undefined`.
 */
export function providerLookalike(from: string | undefined): string | undefined {
  const at = from?.lastIndexOf('@') ?? -1;
  if (from === undefined || at === -1 || providerOfSender(from) !== undefined) return undefined;
  const labels = from
    .slice(at + 1)
    .toLowerCase()
    .split(/[.-]/u);
  return [...PROVIDER_SITES].find((p) => labels.includes(p));
}

/**
 * A folded text with each payment asked through a named provider's own app or site blanked (see
 * {@link PROVIDER_COLLECTION}): read only where the message speaks for the source about the
 * person's dealing with it. A mail from a lookalike of a provider's domain has nothing blanked.
 *
 * @param text - A folded text.
 * @param from - The contact's `from`, when known.
 * @returns The text, the same length.
 */
export const withoutProviderCollection = (text: string, from?: string): string =>
  providerLookalike(from) !== undefined
    ? text
    : text.replace(PROVIDER_COLLECTION, (m) => ' '.repeat(m.length));

/**
 * A folded text with the payment blanked that the provider sending it collects in its own app or
 * site: a mail from the provider's own domain (see {@link providerOfSender}) asking the person to
 * pay, in that provider's app, the instalment of her order with the source. Its "overdue", "late
 * fee" or "pay now" is the provider's own reminder, not a fraud pattern: the only route it gives
 * is the provider's own app, where the person already holds the plan. Any other text is unchanged.
 *
 * @param text - A folded text.
 * @param from - The contact's `from`.
 * @returns The text, the same length.
 */
export function withoutOwnProviderCollection(text: string, from: string | undefined): string {
  const provider = providerOfSender(from);
  if (provider === undefined) return text;
  return text.replace(PROVIDER_COLLECTION, (m) =>
    m.includes(provider === 'getalma' ? 'alma' : provider === 'shophumm' ? 'humm' : provider) ||
    (provider === 'alipay' && /支付宝|花呗/u.test(m)) ||
    (provider === 'jd' && /京东|白条/u.test(m))
      ? ' '.repeat(m.length)
      : m,
  );
}

/** What a dealing word is about. */
const TOPIC_OF = new Map(DEALINGS.flatMap(([topic, words]) => words.map((w) => [w, topic] as const)));

/**
 * Words between a dealing and the party it is with (folded): "payment OF €24.95 TO", "Zahlung
 * von 89,99 € AN", "reservar EN", "Termin BEI", "room AT", "purchase FROM", "adressée À".
 */
const PARTY_BEFORE = new Set(
  'at from to with in by bei beim an im von vom fur chez aupres a au de du en para presso di del della dello da al alla dal dalla con em na no do junto bij van aan voor w u z od dla'.split(
    ' ',
  ),
);

/**
 * {@link PARTY_BEFORE} with "for" (fur, pour, para, per): how a payment provider names the shop
 * whose instalment it collects ("your Afterpay payment for ASOS", "Ihre Rate für OTTO"). Read only
 * in the provider's own mail (`providerOfSender`): anyone else's "a room for Hilton guests" names
 * no party of the person's dealing.
 */
export const PROVIDER_PARTIES: ReadonlySet<string> = new Set([
  ...PARTY_BEFORE,
  'for',
  'fur',
  'pour',
  'para',
  'per',
]);

/** Articles a party's name may follow ("bei DER Zahnarztpraxis", "chez LA boutique"). */
const ARTICLES = new Set(
  'the der die das dem den des la le les l el los las il lo gli i o os het de'.split(' '),
);

/** Possessives before a dealing named with its party ("YOUR Zalando order", "VOTRE colis …"). */
const POSSESSIVES = new Set(
  'your ihre ihr ihren ihrem deine dein deinen deinem votre vos ton ta tes sua suo tuo tua vostra vostro tu tus su sus seu uw je jouw twoje twoja twoj pani pana'.split(
    ' ',
  ),
);

/** A sentence's end: a stop before a space or the end, or a line break ("24.95" is no end). */
const SENTENCE_END = /[.!?;:](?:\s|$)|\n/u;

/** How many words may stand between a dealing word and its party ("payment of € 24 95 to"). */
const MAX_GAP = 8;

/** A dealing found with the source as its party: where its words stand and what it is about. */
export interface Dealing {
  /** The dealing word's start and end in the text read. */
  readonly start: number;
  readonly end: number;
  readonly about: OwnServiceTopic;
}

/**
 * The dealings of a folded Latin text whose party is the source: a dealing word, then within
 * {@link MAX_GAP} words a preposition and the source's name ("payment … to Tchibo Shop", "Termin
 * bei Zahnarztpraxis Dr. Weiss", "Purchase from WildflowerPotteryStudio"); or a possessive, the
 * dealing word and the name ("votre colis Galeries Lafayette"), or the name before it ("Ihre
 * Zalando-Sendung", "your Tchibo order").
 *
 * @param text - A folded text, apostrophes as spaces.
 * @param names - Whether a phrase opens with the source's name (the caller's reading of names).
 * @returns The dealings found; empty when none names the source as its party.
 */
export function dealingsWith(
  text: string,
  names: (phrase: string) => boolean,
  parties: ReadonlySet<string> = PARTY_BEFORE,
): Dealing[] {
  const out: Dealing[] = [];
  for (const m of text.matchAll(DEALING)) {
    const end = m.index + m[0].length;
    const about = TOPIC_OF.get(m[0]) ?? 'order';
    const found = { start: m.index, end, about };
    const before = wordsBefore(text, m.index, 5);
    const possessive = before.length > 0 && POSSESSIVES.has(before[before.length - 1]!.word);
    if (possessive && names(text.slice(end, end + 80))) {
      out.push(found);
      continue;
    }
    // The name between a possessive and the dealing word ("ihre zalando sendung").
    let named = false;
    for (let k = before.length - 1; k >= 1 && !named; k--)
      if (POSSESSIVES.has(before[k - 1]!.word) && names(text.slice(before[k]!.at, m.index)))
        named = !SENTENCE_END.test(text.slice(before[k]!.at, m.index + 1));
    if (named) {
      out.push(found);
      continue;
    }
    for (const w of wordsAfter(text, end, MAX_GAP)) {
      if (SENTENCE_END.test(text.slice(end, w.at + 1))) break;
      if (!parties.has(w.word)) continue;
      let at = w.at + w.word.length;
      const next = /^\s+([a-z]+)/u.exec(text.slice(at));
      if (next && ARTICLES.has(next[1]!) && !names(text.slice(at, at + 80))) at += next[0].length;
      if (names(text.slice(at, at + 80))) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}

/** The words of a text before `at`, nearest last, at most `count`. */
function wordsBefore(text: string, at: number, count: number): { word: string; at: number }[] {
  const slice = text.slice(Math.max(0, at - 120), at);
  const offset = Math.max(0, at - 120);
  const words = [...slice.matchAll(/[a-z0-9]+/gu)].map((w) => ({ word: w[0], at: offset + w.index }));
  return words.slice(-count);
}

/** The words of a text after `at`, at most `count`. */
function wordsAfter(text: string, at: number, count: number): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const w of text.slice(at, at + 160).matchAll(/[a-z0-9]+/gu)) {
    out.push({ word: w[0], at: at + w.index });
    if (out.length >= count) break;
  }
  return out;
}

/**
 * A Chinese dealing with the source as its party, what follows the name (its whole name or its
 * distinctive core, separators removed), after a branch of it if one is written (海底捞（国贸店）):
 * 您的小米商城订单, 在天润商城购买的商品, 您的希尔顿酒店的预订, 您在海底捞国贸店的订座.
 */
const HAN_DEALING_AFTER =
  /^(?:\p{Script=Han}{1,6}?(?:分店|店))?(?:的)?(订单|包裹|快递|商品|货品|付款|成功支付|成功付款|支付|账单|退款|购买|下单|订购|消费|预订|预定|预约|订房|房间|入住|订座|订位|座位)/u;

/** The person's side of a Chinese dealing, before the source's name: 您的, 你的, 您在, 在. */
const HAN_PERSONS = /(?:您的|你的|您在|你在|在|于)$/u;

/** A Chinese dealing of the person's named before the source's name: 您预订的海底捞, 您购买的小米商城. */
const HAN_DEALING_BEFORE = /(?:预订|预定|预约|订座|订位|购买|订购)的$/u;

/**
 * A Japanese or Korean dealing with the source as its party, what follows the name (folded:
 * voicing marks dropped, kanji folded): ホテルオークラ京都のご予約, ナカムラ電機へのお支払い,
 * 〇〇でのご購入, 롯데호텔 부산 예약이, 한빛전자에서 결제. The particle says the name is the dealing's
 * party, whoever writes (the hotel, 楽天トラベル, 야놀자, PayPay).
 */
const KANA_HANGUL_DEALING_AFTER = new RegExp(
  `^(?:${['の', 'での', 'への', 'へ', '様の', '様での'].map(foldText).join('|')})(?:${['ご', 'お'].map(foldText).join('|')})?(${['予約', '宿泊', '注文', '購入', '支払い', '支払', '決済', '利用'].map(foldText).join('|')})|^(?:${['의', '에서의', '에서', '에'].map(foldText).join('|')})?(${['예약', '예매', '주문', '구매', '결제', '숙박'].map(foldText).join('|')})`,
  'u',
);

/** What a Japanese or Korean dealing word is about. */
const KANA_HANGUL_BOOKING = new RegExp(['予約', '宿泊', '예약', '예매', '숙박'].map(foldText).join('|'), 'u');

/**
 * What a Chinese, Japanese or Korean dealing with the source is about: the person's
 * (您的小米商城订单, 您在天润商城购买的, 您预订的海底捞, ホテルオークラ京都のご予約, 롯데호텔 부산 예약이),
 * with a dealing word after the name, or a Chinese one before it.
 *
 * @param before - Up to four characters before the name (folded, separators removed).
 * @param after - The text right after the name.
 * @returns The topic, or `undefined` when the name stands in no dealing of the person's.
 */
export function hanDealingAfter(before: string, after: string): OwnServiceTopic | undefined {
  const kana = KANA_HANGUL_DEALING_AFTER.exec(after);
  if (kana !== null) return KANA_HANGUL_BOOKING.test(kana[0]) ? 'booking' : 'order';
  const prior = HAN_DEALING_BEFORE.exec(before)?.[0];
  if (prior !== undefined) return /购买|订购/u.test(prior) ? 'order' : 'booking';
  if (!HAN_PERSONS.test(before)) return undefined;
  const word = HAN_DEALING_AFTER.exec(after)?.[1];
  if (word === undefined) return undefined;
  return /预订|预定|预约|订房|房间|入住|订座|订位|座位/u.test(word) ? 'booking' : 'order';
}

/**
 * A review of the person's dealing, asked for by the source or its review service (folded):
 * "review your purchase", "how did we do", "votre avis", "évaluer", "Bewertung", "recensione",
 * "reseña", "beoordeling", "opinia", 评价, 点评. About the order or stay reviewed.
 */
export const REVIEW =
  /(?<![a-z])(?:review|reviews|how did we do|your experience|bewertung|bewerten|erfahrung|votre avis|donner (?:votre|mon) avis|evaluer|recensione|valutazione|valuta|resena|opinion|valorar|avaliacao|avaliar|beoordeling|beoordelen|opinia|opinie|ocen[a-z]*)(?![a-z])|评价|点评|评论|レビュー|口コミ|리뷰|후기/u;

/**
 * Whether a run of digits in a text is a reference (a parcel, order or booking number), not a
 * number to ring: glued to letters (SF1234567890123, 6A12345678901, #1042), inside a link, in
 * brackets after a name, or after a word that says so ("n°", "Nr.", "Ref", "confirmation",
 * "Sendungsnummer", 运单号, 订单号).
 *
 * @param content - The message.
 * @param at - Where the digits start.
 * @returns Whether they read as a reference.
 */
export function referenceNumber(content: string, at: number): boolean {
  // Inside a link ("…?piececode=0034…"): a parameter, not a number to ring.
  if (/(?:https?:\/\/|www\.)\S*$/iu.test(content.slice(Math.max(0, at - 200), at))) return true;
  const before = foldText(content.slice(Math.max(0, at - 24), at));
  // A number the words before call a phone's ("Rückruf unter Nummer …", "Telefonnummer", "call
  // us on", 请致电): a line to ring, whatever reference word stands between.
  if (PHONE_BEFORE.test(before)) return false;
  if (/[\p{L}#]$/u.test(before)) return true;
  // A shop's or an order's number in brackets after its name: "WildflowerPotteryStudio (2291734)".
  if (/\p{L}\s*\($/u.test(before) && /^\d+\)(?!\s*\d)/u.test(content.slice(at))) return true;
  return REFERENCE_BEFORE.test(before) || REFERENCE_STATED.test(before);
}

/**
 * A record of the dealing stated with its verb before its number (folded): "your account number is",
 * "your booking reference is", "membership no. was", "Ihre Kundennummer lautet", "votre numéro de
 * client est", "su número de socio es", "il tuo numero cliente è", 您的会员号是, 订单编号为. A
 * number the text tells the person they hold (their account's, their booking's) is no line to
 * ring; one it says to call is read by {@link PHONE_BEFORE} first. A bare "our number is" names
 * no record and stays a phone's.
 */
const REFERENCE_STATED =
  /(?<![a-z])(?!(?:our|my|the|this|that|a|new|contact|unsere?|meine?|diese|notre|mon|ce|nuestro|mi|este|il|el|le|la|nostro|mio|questo)\s)[a-z]{2,}\s+(?:number|no|nr|id|code|reference|ref|pin)\s+(?:is|was|ist|lautet|war)\s*[:.]?\s*$|(?<![a-z])[a-z]{3,}(?:nummer|nr|kennung)\s+(?:ist|lautet|war)\s*[:.]?\s*$|(?<![a-z])(?:numero|n[°º]|code|codigo|codice|identifiant)\s+(?:de |d |del |di |du )?(?!(?:telephone|telefono|portable|movil|cellulare|fixe|contact|contacto)\s)[a-z]{3,}\s+(?:est|es|e|etait|era)\s*[:.]?\s*$|(?:(?<!号)号|(?<!号)码|编号|账号|帐号)\s*(?:是|为)\s*[:：]?\s*$/u;

/**
 * Words that make the number after them a phone's (folded, whole words or with "nummer" joined,
 * so that "hotel" is no "tel" and a "Belegnummer" no "bel"): tel, phone, Telefon(nummer),
 * Rückruf, Rufnummer, call, ring, hotline, WhatsApp, mobile, Handy(nummer), fax, appel, chiama,
 * llame, bel, zadzwoń, 电话 (電話 folds to it), 致电, 拨打, 전화.
 */
const PHONE_BEFORE =
  /(?<![a-z])(?:tel|phone|telefon|telefono|telephone|r(?:u|ue)ckruf|ruf|anruf|call|ring|hotline|whatsapp|mobil|mobile|handy|fax|appel|appelez|chiama|chiamaci|llame|llamenos|bel|bellen|zadzwon|ligue)(?:nummer|number|numero|nr)?(?![a-z])|电话|致电|拨打|전화/u;

/**
 * Words a reference follows (folded): "n°", "Nr.", "Ref", "confirmation", "Buchungsnummer", a
 * policy, a membership or an account ("your policy 123456789 has been renewed", "your account
 * 123456789 has been credited"), 运单号.
 */
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:n[°º]|(?<![a-z])(?:no|nr|ref|reference|policy|polizza|poliza|apolice|membership|member|mitglied|account|konto|compte|cuenta|conto|referencia|riferimento|tracking|number|nummer|numero|code|codigo|codice|id|confirmation|confirmacion|confirmacao|conferma|bestatigung|bevestiging|potwierdzenie|order|bestellung|auftrag|commande|ordine|pedido|zamowienie|booking|buchung|reservation|reservierung|reserva|prenotazione|invoice|rechnung|facture|fattura|factura|sendung|shipment|colis|pacco|paquete|przesylka|[a-z]+nummer))\s*[:.#]?\s*[(]?$|(?:号|码|${foldText('번호')})\s*[:：]?\s*$`,
  'u',
);

/**
 * Whether a linked site is the sender's own: under the mail sender's domain (etsy.com's mail
 * linking www.etsy.com), or, for a text from an alphanumeric sender ID, a site whose registered
 * name is that ID (`DHL` linking www.dhl.de, `MEWS` app.mews.com; not www.dhl.de.example.com). A vendor's link to its own site sends the
 * person where the sender is; a lure goes elsewhere (dhl-zoll.info is not dhl.de).
 *
 * @param domain - The linked host, lower case.
 * @param sender - The contact's `from`: an address, or an alphanumeric sender ID.
 * @returns Whether the site is the sender's own.
 */
export function sendersSite(domain: string, sender: string | undefined): boolean {
  if (sender === undefined) return false;
  const host = domain.toLowerCase().replace(/\.$/u, '');
  const at = sender.lastIndexOf('@');
  if (at !== -1) {
    const base = siteOf(sender.slice(at + 1).toLowerCase());
    return base !== undefined && (host === base || host.endsWith(`.${base}`));
  }
  if (senderId(sender) === undefined) return false;
  const id = foldText(sender).replace(/[^a-z0-9]/gu, '');
  if (!/[a-z]{3}/u.test(id)) return false;
  // A sender ID is not checked by the carrier: its name is trusted only on the top-level domains
  // a business keeps its own site on (a country's, .com, .net, .org), not on the cheap new ones
  // an impersonator registers a brand on (dhl.top, dhl.info).
  const site = siteOf(host);
  const tld = site?.split('.').at(-1) ?? '';
  return site?.split('.')[0] === id && (tld.length === 2 || ['com', 'net', 'org'].includes(tld));
}

/**
 * The registrable part of a host: its last two labels, or three under a two-letter country code
 * whose second level is a generic one (`co.uk`, `com.cn`, `co.jp`, `com.au`).
 */
function siteOf(host: string): string | undefined {
  const labels = host.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return undefined;
  const generic = /^(?:co|com|net|org|gov|ac|or|ne|go)$/u.test(labels[labels.length - 2]!);
  const n = generic && labels[labels.length - 1]!.length === 2 && labels.length >= 3 ? 3 : 2;
  return labels.slice(-n).join('.');
}
