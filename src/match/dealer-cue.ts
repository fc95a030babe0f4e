/**
 * What marks a message that names a source as the work of a dealer or an impersonator rather than
 * of the source itself: where the message sends the person and what it asks of them, not which
 * errand it is about. A source's own message from a sender it did not declare (a landlord's "will
 * someone be in?", a salon's "come in earlier? reply yes", a receipt, a card alert, a newsletter)
 * sends the person nowhere else and asks for nothing a dealer wants; what a dealer or a phisher
 * sends carries at least one of these cues, whatever its language:
 *
 * - money to pay or send: a payment or a transfer asked, an IBAN, a card number, a BLIK code;
 * - a link to anywhere but the source's own site (declared or spelled as its name) or a known
 *   carrier's, review platform's, booking platform's or checkout's site; a shortener or a bare IP
 *   address always;
 * - another number to ring than the sender's, a declared one, one in the source's signature
 *   block or the writer's own mobile given as theirs (a premium-rate line is refused before);
 * - a secret or a code asked back, a chat or an app to add, a key to press or a keyword to text,
 *   personal identity data asked (a date of birth, an ID card, a passport, PESEL);
 * - a pitch outside the source's trade: a sales topic it is not in, money offered (unless lending
 *   is its trade), a prize, a lure's promise, a fraud cue, a held or lost parcel.
 *
 * The sources of each list are given where they are defined (`service-asks.ts`, `lures.ts`,
 * `own-links.ts`, `fulfilment.ts`, `money-offers.ts`, `trace/topics.ts`); the cues are those the
 * UK's NCSC, the FTC and China's anti-fraud centre list for smishing and impersonation scams.
 */
import { FRAUD_CUE_THRESHOLD, MIN_TOPIC_SCORE, type Topic, topicScores } from '../trace/topics.js';
import { secretAsked, withoutWarnings } from './data-asks.js';
import { offersRemedy, pitchesToRequester } from './data-request.js';
import { aboutDelivery, parcelScamClaim, TURN_TO_ASK } from './fulfilment.js';
import { alarmCallback, impersonationAsk } from './impersonation-asks.js';
import { CODE_ASK, keywordOrKeyAsk, sameNumber } from './lures.js';
import { offersMoney } from './money-offers.js';
import { foldText } from './normalize-text.js';
import {
  type LinkingSource,
  linkedDomains,
  linksElsewhere,
  lookalikeOf,
  withoutCarrierLinks,
  withoutReviewLinks,
} from './own-links.js';
import { withoutOwnToolLinks } from './platform-links.js';
import { referenceNumber, withoutDealingWords } from './principal.js';
import {
  CHAT_ASK,
  DISCOUNT,
  HARD_ASKS,
  HIDDEN_LINK,
  PITCH,
  SALES_TOPICS,
  SECRET_ASK,
  withoutDealingRecords,
  withoutPaymentRecords,
  withoutRefunds,
} from './service-asks.js';
import { ownMobileAt } from './staff-mobile.js';
import { hasWord } from './word-list.js';
import { numbersIn } from './written-numbers.js';

/**
 * What a lure asks or promises that an errand never does, besides {@link PRIZE_LURE}, in any
 * language (folded): a code from a text, a PIN or a password, a gift, a phone or crypto to win
 * (Polish, Turkish, Russian and Vietnamese forms beside the read languages').
 */
export const ERRAND_LURE =
  /\bpin\b|\botp\b|nagrod|haslo|kod\w* (?:z )?sms|\bodul|sifre|приз|парол|код из|\bcmc|mat khau|iphone|bitcoin|gewinn|kreuzfahrt|remboursement d impot|奖品/u;

/**
 * A prize, a tax refund, a free cruise, a card's security code, a money transfer service (folded):
 * a lure's promise or ask in any language, whatever topic the rest of the message seems about.
 */
export const PRIZE_LURE =
  /\bcvv\b|\bcvc\b|you (?:have|ve) won|\bprize|free cruise|tax refund|gewonnen|steuererstattung|vous avez gagne|ha vinto|has ganado|voce ganhou|wygra|kazand|выигр|trung thuong|western union|moneygram|中奖|退税|当選|당첨/u;

/** A code, PIN or password asked to be sent, told or typed (folded text). */
export const CODE_ASKED =
  /(?<![a-z])(?:send|tell|forward|reply|share|give|enter|type|text|sende[nt]?|schicken|nennen|geben sie|envoyez|envoyer|indiquez|envie|enviar|inviare|invii|mande|digite)(?![a-z])[^.!?\n]{0,40}(?:code|codigo|codice|pin|password|passwort|mot de passe)(?![a-z])/u;

/**
 * Identity data or a card's or account's number asked, in folded text: a date of birth, an ID
 * card's, a passport's or a national number (PESEL, DNI, codice fiscale, CPF, TC kimlik, Aadhaar),
 * a card number, an IBAN, a BLIK code. A business that knows its customer asks none of them by
 * text (the FTC's and CERT Polska's phishing advice); a document to bring to the counter is
 * taken out before (`withoutDealingRecords`).
 */
export const IDENTITY_ASK =
  /(?<![a-z])(?:date of birth|birth date|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|dogum tarihi|pesel|numer (?:dowodu|karty|konta|paszportu)|dowod osobist[a-z]*|(?:kod[a-z]*|code|codigo) blik|blik[a-z]* (?:kod[a-z]*|code)|passport number|id number|id card number|ausweisnummer|personalausweisnummer|numero de (?:passeport|carte|tarjeta|cuenta)|numero (?:di carta|della carta|del passaporto|di conto)|codice fiscale|\bcpf\b|numero do cartao|tc kimlik|kimlik (?:no|numara[a-z]*)|kart numara[a-z]*|aadhaar|pan card|iban)(?![a-z])|身份证号|卡号|生年月日|주민(?:등록)?번호/u;

/**
 * The money words of {@link HARD_ASKS}: a payment, a transfer, a deposit or a download asked, a
 * prize to claim. The nouns a customer's own dealing holds (a bank, a card, a code given for a
 * collection, a password changed) are read by the asks of {@link SECRET_ASK},
 * {@link IDENTITY_ASK} and {@link CODE_ASKED}.
 */
const MONEY_ASKS = HARD_ASKS.filter(
  (w) =>
    ![
      'bank',
      // A Turkish ablative after an apostrophe ("Beşiktaş'tan") reads as a TAN; one asked is a
      // secret asked (`SECRET_ASK`).
      'tan',
      // A deposit said returned or released is the person's own money; one to pay says "pay".
      'deposit',
      '定金',
      '押金',
      'code',
      'pin',
      'otp',
      'password',
      'passwort',
      'kennwort',
      'contrasena',
      'verify',
      'confirm your details',
      'tarjeta',
      'kreditkarte',
      '银行卡',
      '密码',
      'whatsapp',
      'wechat',
      'telegram',
    ].includes(w),
);

/**
 * A free opt-out line written before its number ("무료거부 080-123-4567", "수신거부", "配信停止",
 * "STOP au 36111"): Korea's 정보통신망법 §50 requires one in every advertising text, so it is the
 * sender's own, no line a dealer sends the person to.
 */
const OPT_OUT_BEFORE =
  /(?:무료\s*거부|수신\s*거부|무료\s*수신\s*거부|配信停止|退订|退訂|stop|opt[- ]?out)\s*[:：]?\s*$/iu;

/**
 * A reference's label before its number (folded): "Número da operação:", "Order no.", "Ref.",
 * "Bestellnummer", "n° de commande", "İşlem no", "ID": a record of the dealing, not a line to ring.
 */
const REFERENCE_LABEL =
  /(?<![a-z])(?:n(?:u|ú)mero|number|nummer|numero|nr|no|n°|nº|ref[a-z]*|operac[a-z]*|opera(?:ç|c)(?:a|ã)o|transac[a-z]*|transa(?:ç|c)(?:a|ã)o|order|pedido|bestell[a-z]*|commande|ordine|zamowieni[a-z]*|siparis|islem|id|kod|codice|codigo|code|booking|reservation|reserva|buchung|rezerwacj[a-z]*)(?:\s+(?:da|do|de|of|der|du|della|del)\s+[a-z]+)?\s*[.:#]?\s*$/u;

/** A currency sign before a number, or a currency sign or word after it: an amount, not a line to ring. */
const AMOUNT_BEFORE = /[€$£¥₽₩₺₫₹]\s*$/u;
const AMOUNT_AFTER = /^\s*(?:[€$£¥₽₩₺₫₹]|zl|zł|kr|kc|eur|tl|lei|원|円|元|руб)/iu;

/**
 * A loan or a credit offered, in folded text: the loan words of {@link PITCH} (Polish, Czech,
 * Turkish, Russian, Indonesian, Vietnamese, Swedish, Hungarian, Romanian, Greek, Thai, Arabic,
 * Japanese, Korean, Italian, Portuguese) and the Romance and Germanic ones ("crédit", "crédito",
 * "credit", "Kredit", "Darlehen", "loan", "lening"), a pre-approval. A credit card named
 * ("carte de crédit", "tarjeta de crédito", "Kreditkarte") is taken out first.
 */
const LOAN_WORDS = [
  ...PITCH.slice(PITCH.indexOf(foldText('ローン'))).filter(
    (w) => !['세일', '할인', '이벤트', '특가', '무료', '혜택'].map(foldText).includes(w),
  ),
  'credit',
  'credito',
  'creditos',
  'credits',
  'kredit',
  'kredite',
  'darlehen',
  'loan',
  'loans',
  'lening',
  'pre-approved',
  'pre approved',
  'pre-approuve',
  'pre-approuvee',
  'preapprovato',
  'pre-aprobado',
  'pre-aprovado',
  'vorqualifiziert',
];

/** A card named by its credit (folded): no credit offered. */
const CREDIT_CARD =
  /(?:credit card|carte (?:de )?credit|tarjeta de credito|carta di credito|cartao de credito|creditcard|kreditkarte[a-z]*|karta kredytow[a-z]*|kredi kart[a-z]*|kreditkort[a-z]*|credit (?:has been |was )?(?:applied|issued|note)|store credit)/gu;

/**
 * A price offered "from" its amount, in folded text ("rooms from $59", "ab 49 €", "dès 39 €", "a
 * partir de 29 €", "desde 19 €", "vanaf € 25", "da 49 €"): a pitch's price, where a dealing's total is
 * exact.
 */
const PRICE_FROM =
  /(?<![a-z])(?:from|starting at|only|just|ab|nur|des|a partir de|desde|vanaf|slechts|da|solo|a partire da|od|tylko)\s*(?:[€$£¥₩₺₹]\s*\d|\d[\d.,]*\s*(?:[€$£¥₩₺₹]|eur|euro|zl|kr|tl|usd)(?![a-z]))/u;

/** A currency amount, in folded text (a percentage aside). */
const CURRENCY = /[€$£¥₽₩₺₫₹]|\d\s*(?:zl|kr|kc|eur|euro|euros|usd|rub|tl|lira|chf|pln|sek|czk|try)(?![a-z])/u;

/** What a message is read against for its dealer cues. */
export interface CueReading {
  /** The source: its names, declared domains and phones, for the links and numbers. */
  readonly source: LinkingSource & { readonly expected?: { readonly phones?: readonly string[] } };
  /** The message as written (a relay's prefix taken off). */
  readonly content: string;
  /** The message folded (`foldText`) with Han runs joined, its recipients' list taken out. */
  readonly folded: string;
  /** {@link folded} without the source's own names: what the message says besides them. */
  readonly unnamed: string;
  /** Numbers the message may give to ring: the sender's and the source's declared ones. */
  readonly own: readonly string[];
  /** The sender's number or ID, when known. */
  readonly from?: string | undefined;
  /** Where the source's signature block starts in {@link content}, when it has one. */
  readonly signatureAt?: number | undefined;
  /** The sales topics of the source's own trade (`topicScores` of its name and category). */
  readonly inTrade: ReadonlySet<Topic>;
  /** A mail's display name, folded: a lender's name there sells a loan as the text would. */
  readonly fromName?: string | undefined;
  /** Whether a firm writing says it acts for the source (a law firm for its client). */
  readonly forSource?: boolean;
  /** Whether the message answers the person's request about their data. */
  readonly dataRequest?: boolean;
}

/**
 * The first dealer cue a message carries (see the module's documentation), in words for a reason;
 * `undefined` when it carries none: a message naming the source as its writer with no cue is the
 * source's own from a sender it did not declare.
 *
 * @param reading - The message and what it is read against.
 * @returns What was found ("a link to pay-hvh.com", "another number to ring (0161 496 0000)"),
 *   or `undefined`.
 */
export function dealerCue(given: CueReading): string | undefined {
  // A warning of what the source never asks ("we will never ask for your PIN") asks nothing.
  const reading = {
    ...given,
    folded: withoutWarnings(given.folded),
    unnamed: withoutWarnings(given.unnamed),
  };
  return moneyCue(reading) ?? askCue(reading) ?? linkCue(reading) ?? numberCue(reading) ?? pitchCue(reading);
}

/** A payment, a transfer, a deposit or a download asked, with the person's own dealing set aside. */
function moneyCue({ folded }: CueReading): string | undefined {
  const asks = withoutDealingWords(withoutDealingRecords(withoutRefunds(folded)));
  return hasWord(asks, MONEY_ASKS) ? 'a payment, a transfer or a download asked' : undefined;
}

/**
 * A secret, a code, identity data or a card asked, a chat to add, another service to turn to, a
 * key to press: what a message asks of the person that no business's own message does.
 *
 * @param reading - The message as written and folded.
 * @returns What was found, or `undefined`.
 */
export function askCue(
  reading: Pick<CueReading, 'content' | 'folded'> & Partial<Pick<CueReading, 'own' | 'from' | 'signatureAt'>>,
): string | undefined {
  const { content, folded } = reading;
  const asks = withoutDealingRecords(withoutRefunds(folded));
  // Read on the whole text: a refund's sentence does not hide its ask (see `impersonationAsk`).
  const impersonation = impersonationAsk(content, reading.from);
  if (impersonation !== undefined) return impersonation;
  const secret = secretAsked(content);
  if (secret !== undefined) return secret;
  const alarm = alarmCallback(content);
  if (alarm !== undefined && reading.own !== undefined) {
    const other = numberCue({
      content,
      own: reading.own,
      from: reading.from,
      signatureAt: reading.signatureAt,
    });
    if (other !== undefined) return `an alarm with ${other}`;
    if (alarm === 'account' && numbersIn(content).length === 0)
      return 'an account alarm with a call back asked';
  }
  if (CHAT_ASK.test(asks)) return 'a chat account to add';
  if (SECRET_ASK.test(asks) || CODE_ASKED.test(asks) || CODE_ASK.test(asks) || IDENTITY_ASK.test(asks))
    return 'a secret, a code, a card or identity data asked';
  if (TURN_TO_ASK.test(asks)) return 'another service to turn to';
  if (keywordOrKeyAsk(content)) return 'a key to press or a keyword to send';
  return undefined;
}

/** A shortener or an IP link; a link to anywhere but the source's own or a known service's site. */
function linkCue({ source, content, from }: CueReading): string | undefined {
  if (HIDDEN_LINK.test(content))
    return 'a shortened link, one to a bare IP address or a page written into a data: link';
  // A sender's address on a lookalike of the source's site (hilton-secure.example).
  const senderDomain = from?.includes('@') ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : undefined;
  if (senderDomain !== undefined && lookalikeOf(source, senderDomain))
    return `a sender address on ${senderDomain}`;
  const rest = withoutOwnToolLinks(source, withoutCarrierLinks(withoutReviewLinks(content)));
  const elsewhere = linkedDomains(rest).find((domain) => linksElsewhere(source, domain));
  if (elsewhere !== undefined) return `a link to ${elsewhere}`;
  // A link after its scheme whose host reads as no site of the source's ("https://gent.mo/x").
  for (const m of rest.matchAll(/https?:\/\/([^/\s?#<>"'()]+)/giu))
    if (linkedDomains(m[1]!).length === 0) return `a link to ${m[1]}`;
  return undefined;
}

/**
 * Another number to ring: not the sender's or a declared one, not in the source's signature block,
 * not the writer's own mobile given as theirs, not a reference, an amount or an opt-out line.
 */
function numberCue({
  content,
  own,
  from,
  signatureAt,
}: Pick<CueReading, 'content' | 'own' | 'from' | 'signatureAt'>): string | undefined {
  for (const n of numbersIn(content)) {
    if (own.some((o) => sameNumber(o.replace(/\D/gu, ''), n.digits))) continue;
    if (signatureAt !== undefined && n.index >= signatureAt) continue;
    if (ownMobileAt(content, n.index, n.plain, from)) continue;
    if (referenceNumber(content, n.index)) continue;
    const before = content.slice(Math.max(0, n.index - 24), n.index);
    const after = content.slice(n.index + n.written.length, n.index + n.written.length + 6);
    if (REFERENCE_LABEL.test(foldText(before))) continue;
    if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after) || OPT_OUT_BEFORE.test(before)) continue;
    return `another number to ring (${n.written.trim()})`;
  }
  return undefined;
}

/** A prize or a lure's promise, money offered, a fraud cue, a held parcel, a sale outside its trade. */
function pitchCue(reading: CueReading): string | undefined {
  const { content, folded, unnamed, inTrade } = reading;
  if (PRIZE_LURE.test(folded) || ERRAND_LURE.test(unnamed)) return "a prize or a lure's promise";
  // What the person is asked to bring (their insurance card: 保険証) sells no insurance.
  const withName = withoutDealingRecords(`${unnamed} ${reading.fromName ?? ''}`).replace(CREDIT_CARD, ' ');
  if ((offersMoney(content, unnamed) || hasWord(withName, LOAN_WORDS)) && !inTrade.has('loans'))
    return 'a loan, an investment or money offered';
  if (
    DISCOUNT.test(unnamed) ||
    PRICE_FROM.test(unnamed) ||
    (CURRENCY.test(unnamed) && hasWord(unnamed, PITCH))
  )
    return 'a price in a pitch';
  if (
    offersRemedy(folded, reading.forSource === true) ||
    (reading.dataRequest === true && pitchesToRequester(folded))
  )
    return 'a remedy or a claim sold';
  const parcel = withoutPaymentRecords(unnamed);
  if (parcelScamClaim(parcel) && aboutDelivery(parcel)) return 'a parcel held, lost or to be compensated';
  const scores = topicScores([withName]);
  if ((scores.find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD) return 'a fraud cue';
  const outside = scores.find(
    ([t, score]) => SALES_TOPICS.has(t) && score >= MIN_TOPIC_SCORE && !inTrade.has(t),
  );
  return outside === undefined ? undefined : `a pitch outside its trade (${outside[0]})`;
}
