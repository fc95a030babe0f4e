/**
 * What marks a message that names a source as the work of a dealer or an impersonator rather than
 * of the source itself: where the message sends the person and what it asks of them, not which
 * errand it is about. A source's own message from a sender it did not declare (a landlord's "will
 * someone be in?", a salon's "come in earlier? reply yes", a receipt, a card alert, a newsletter)
 * sends the person nowhere else and asks for nothing a dealer wants; what a dealer or a phisher
 * sends carries at least one of these cues, whatever its language:
 *
 * - money to pay or send: a payment pressed (due now, overdue, to an account the text names, or
 *   beside a problem, a threat or an account: `alarm.ts`; a bill of its own payable within its
 *   term, or a charge to the method on file, is none), an IBAN, a card number, a BLIK code;
 * - a link to anywhere but the source's own site (declared or spelled as its name) or a known
 *   carrier's, review platform's, booking platform's or checkout's site; a shortener or a bare IP
 *   address always;
 * - another number to ring, by the one rule of numbers (`line-to-ring.ts`): any undeclared one in
 *   a message raising money, security or an account problem; else a mobile that is no line of
 *   its errand's staff member (its driver's) or the writer's own (a premium-rate line is refused
 *   before);
 * - a secret or a code asked back, a chat or an app to add (not on the sender's own number), a
 *   key to press, a keyword to a short code or beside an alarm, a card's number or identity
 *   numbers asked (`data-asks.ts` `secretsAsked`), a date of birth asked;
 * - a pitch outside the source's trade: a sales topic it is not in, money offered (unless lending
 *   is its trade), a price "from" an amount, a discount at another business, a prize, a lure's
 *   promise, a fraud cue, a held or lost parcel. Its own sale to its own customer (a price, a
 *   discount, "reply YES") is its own.
 *
 * The sources of each list are given where they are defined (`service-asks.ts`, `lures.ts`,
 * `own-links.ts`, `fulfilment.ts`, `money-offers.ts`, `trace/topics.ts`); the cues are those the
 * UK's NCSC, the FTC and China's anti-fraud centre list for smishing and impersonation scams.
 */
import { FRAUD_CUE_THRESHOLD, MIN_TOPIC_SCORE, type Topic, topicScores } from '../trace/topics.js';
import { pressesPayment, raisesAlarm, raisesProblem } from './alarm.js';
import { secretAsked, withoutWarnings } from './data-asks.js';
import { offersRemedy, pitchesToRequester } from './data-request.js';
import { aboutDelivery, parcelScamClaim, TURN_TO_ASK } from './fulfilment.js';
import { alarmCallback, impersonationAsk } from './impersonation-asks.js';
import { chineseMobile, dealersLine } from './line-to-ring.js';
import { CODE_ASK, KEY_PRESS, keyPressAsked, REPLY_KEYWORD, sameNumber } from './lures.js';
import { offersMoney } from './money-offers.js';
import { senderDomain } from './normalize-email.js';
import { foldText } from './normalize-text.js';
import {
  type LinkingSource,
  linkedDomains,
  linksElsewhere,
  lookalikeOf,
  lureLookalikeOf,
  withoutCarrierLinks,
  withoutReviewLinks,
} from './own-links.js';
import { withoutOwnToolLinks } from './platform-links.js';
import { referenceNumber, withoutDealingWords } from './principal.js';
import {
  CHAT_ASK,
  HARD_ASKS,
  HIDDEN_LINK,
  PITCH,
  SALES_TOPICS,
  SECRET_ASK,
  withoutDealingRecords,
  withoutPaymentRecords,
  withoutRefunds,
} from './service-asks.js';
import { hasWord } from './word-list.js';
import { numbersIn } from './written-numbers.js';

/**
 * What a lure asks or promises that an errand never does, besides {@link PRIZE_LURE}, in any
 * language (folded): a code from a text, a PIN or a password, a gift, a phone or crypto to win
 * (Polish, Turkish, Russian and Vietnamese forms beside the read languages'). A PIN or an OTP
 * stated with its digits ("your room key PIN is 4821", "Your OTP is 482913") is one sent to the
 * person, no lure; one asked back is read by `CODE_ASKED`.
 */
export const ERRAND_LURE =
  /\b(?:pin|otp)\b(?!\s*(?:code\s*)?(?:is|:|lautet|est|es|e)?\s*\d)|nagrod|haslo|kod\w* (?:z )?sms|\bodul|sifre|приз|парол|код из|\bcmc|mat khau|iphone|bitcoin|gewinn|kreuzfahrt|remboursement d impot|奖品/u;

/**
 * A prize, a tax refund, a free cruise, a card's security code, a money transfer service (folded):
 * a lure's promise or ask in any language, whatever topic the rest of the message seems about.
 */
export const PRIZE_LURE =
  /\bcvv\b|\bcvc\b|you (?:have|ve) won|\bprize|free cruise|tax refund|gewonnen|steuererstattung|vous avez gagne|ha vinto|has ganado|voce ganhou|wygra|kazand|выигр|trung thuong|western union|moneygram|中奖|退税|当選|당첨/u;

/** A code, PIN or password asked to be sent, told or typed (folded text). */
export const CODE_ASKED =
  /(?<![a-z])(?:send|tell|forward|reply|share|give|enter|type|text|sende[nt]?|schicken|nennen|geben sie|envoyez|envoyer|indiquez|envie|enviar|inviare|invii|mande|digite)(?![a-z])[^.!?\n]{0,40}(?:code|codigo|codice|pin|password|passwort|mot de passe)(?![a-z])/u;

/** A BLIK code named, in folded text ("kod BLIK", "BLIK code", "code BLIK"). */
const BLIK_CODE = /(?<![a-z])(?:(?:kod[a-z]*|code|codigo) blik|blik[a-z]* (?:kod[a-z]*|code))(?![a-z])/u;

/**
 * A date of birth named, in folded text: a business that knows its customer does not ask for it
 * by text (the FTC's and CERT Polska's phishing advice); one to know or bring at the desk is taken
 * out before (`withoutDealingRecords`). Card, code and identity numbers are read by
 * `secretsAsked` (`data-asks.ts`), which counts identity numbers only in pairs.
 */
const BIRTH_DATE_ASK =
  /(?<![a-z])(?:date of birth|birth date|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|dogum tarihi)(?![a-z])|生年月日|出生日期/u;

/**
 * The money words of {@link HARD_ASKS}: a payment, a transfer, a deposit or a download asked, a
 * prize to claim. The nouns a customer's own dealing holds (a bank, a card, a code given for a
 * collection, a password changed) are read by the asks of {@link SECRET_ASK},
 * `secretsAsked`, {@link BIRTH_DATE_ASK} and {@link CODE_ASKED}.
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
      // A one-time code sent to the person is the source's own notice; one asked back is a
      // secret asked (`SECRET_ASK`, `CODE_ASKED`, `CODE_ASK`).
      '验证码',
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

/**
 * A loan the person holds, its repayment said due or collected (folded): "your car loan repayment
 * … is due on 1 July", "la mensualité de votre crédit sera prélevée", "la cuota de su préstamo
 * vence", 您在…购车的贷款本月还款日为7月1日. The lender collecting for the car or the goods
 * bought at the source (its captive finance arm, as a payment provider collects a shop's
 * instalment) offers no loan.
 */
const LOAN_REPAYMENT = new RegExp(
  [
    String.raw`(?<![a-z])(?:car |auto |personal )?(?:loan|finance|credit|kredit|darlehen|credito|pret|prestamo)s?(?:\s+[a-z]+){0,2}?\s+(?:repayment|instal?ment|payment|rate|mensualite|echeance|cuota)[^.!?
]{0,60}?(?:is due|due on|falls due|will be (?:collected|debited|taken)|wird [^.!?
]{0,30}?abgebucht|ist fallig|sera prelevee?|vence|se cargara)`,
    String.raw`(?<![a-z])(?:mensualite|echeance|cuota|rate)\s+(?:de|del|des)\s+(?:votre|su|tu|ihres?)\s+(?:credit|pret|prestamo|darlehens?|kredits?)[^.!?
]{0,60}?(?:sera prelevee?|vence|se cargara|wird [^.!?
]{0,30}?abgebucht)`,
    `${foldText('贷款')}[^，。,.!！]{0,12}?(?:${['还款日', '应还', '月供', '扣款', '到期还款'].map(foldText).join('|')})`,
  ].join('|'),
  'gu',
);

/** A card named by its credit (folded): no credit offered. */
const CREDIT_CARD =
  /(?:credit card|carte (?:de )?credit|tarjeta de credito|carta di credito|cartao de credito|creditcard|kreditkarte[a-z]*|karta kredytow[a-z]*|kredi kart[a-z]*|kreditkort[a-z]*|credit (?:has been |was )?(?:applied|issued|note)|store credit)/gu;

/**
 * A chat app offered on the very number the text came from, in folded text ("you can also reach
 * us on WhatsApp at this number", "per WhatsApp unter dieser Nummer", "sur WhatsApp à ce numéro",
 * "por WhatsApp en este número", "su WhatsApp a questo numero", "na WhatsApp pod tym numerem",
 * "via WhatsApp op dit nummer", "bu numaradan WhatsApp", 本号码同微信, この番号でLINE, 이 번호로
 * 카카오톡): the sender's own line, no other chat account to add. "This number" followed by
 * another number is that number.
 */
const THIS_NUMBER = String.raw`(?:this|the same) number|dieser nummer|ce (?:meme )?numero|este (?:mismo |mesmo )?numero|questo (?:stesso )?numero|dit nummer|tym (?:samym )?numerem|bu numara[a-z]*|此号码|本号码|该号码|同号|この番号|이 번호`;
const CHAT_APP = String.raw`whatsapp|telegram|signal|viber|wechat|微信|line|카카오톡`;
const CHAT_AT_THIS_NUMBER = new RegExp(
  String.raw`(?:${CHAT_APP})[^.!?\n]{0,30}?(?:${THIS_NUMBER})(?!\s*[:：]?\s*\+?\d)|(?:${THIS_NUMBER})(?!\s*[:：]?\s*\+?\d)[^.!?\n]{0,30}?(?:${CHAT_APP})`,
  'gu',
);

/** A short code a keyword is sent to ("Text JOIN to 80888", "SMS an 44844", 发送至10690…). */
const SHORT_CODE = /(?:to|an|au|al|a|na|naar|auf)\s+\d{4,6}(?!\d)|(?:发送至|发到|回复至)\s*\d{4,}/iu;

/**
 * A price offered "from" its amount, in folded text ("rooms from $59", "ab 49 €", "dès 39 €", "a
 * partir de 29 €", "desde 19 €", "vanaf € 25", "da 49 €"): a list pitch's price, where a dealing's
 * total and the source's own sale to its customer are exact.
 */
const PRICE_FROM =
  /(?<![a-z])(?:from|starting at|only|just|ab|nur|des|a partir de|desde|vanaf|slechts|da|solo|a partire da|od|tylko)\s*(?:[€$£¥₩₺₹]\s*\d|\d[\d.,]*\s*(?:[€$£¥₩₺₹]|eur|euro|zl|kr|tl|usd)(?![a-z]))/u;

/**
 * A discount at a business the text names after it, as written ("40% off all sofas at CasaDeco",
 * "20 % Rabatt bei Möbel Kraft", "-30 % chez Maison Déco"): the name is read against the source's.
 */
const DISCOUNT_AT =
  /\d\s*%\s*(?:off|rabatt|de (?:descuento|reduction|remise)|di sconto)?[^.!?\n]{0,40}?(?<![\p{L}])(?:at|bei|chez|en|presso|w|u|op|bij)\s+(\p{Lu}[\p{L}\p{N}&'’-]+)/u;

/** The folded words of a source's names, to read a business a discount is at against. */
function namesOf(source: CueReading['source']): string {
  return foldText([source.name, ...(source.otherNames ?? [])].join(' '));
}

/** What a message is read against for its dealer cues. */
export interface CueReading {
  /** The source: its names, declared domains and phones, for the links and numbers. */
  readonly source: LinkingSource & { readonly expected?: { readonly phones?: readonly string[] } };
  /** The message as written (a relay's prefix taken off). */
  readonly content: string;
  /** The message folded (`foldText`) with Han runs joined, its recipients' list taken out. */
  readonly folded: string;
  /**
   * {@link folded} without the source's own names and its links to the source's own site
   * (`withoutOwnSiteLinks`): what the message says besides them, where a notice beside a link
   * home is no phishing pattern.
   */
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
  /** Countries a number written nationally is dialled in besides the sender's (`dealersLine`). */
  readonly regions?: readonly (string | undefined)[] | undefined;
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

/** Each of {@link MONEY_ASKS} as a list of its own, to say which was found. */
const MONEY_ASK_WORDS = MONEY_ASKS.map((w) => [w]);

/**
 * The payment words of {@link MONEY_ASKS}: a bill of the source's own asked to be paid with no
 * pressure and no account named ("your invoice for £85 is ready, pay online or at reception",
 * "bitte überweisen Sie den Betrag innerhalb von 14 Tagen", "please pay on ParentPay by Friday")
 * is its own; the routes a dealer needs (a link, a number, an IBAN, a chat) are cues of their own.
 */
const PAYMENT_WORDS = new Set([
  '付款',
  '支付',
  '转账',
  '汇款',
  'pay',
  'payment',
  'transfer',
  'zahlen sie',
  'bezahlen sie',
  'uberweisen',
  'uberweisen sie',
  'pague',
  'transferencia',
]);

/**
 * A charge to the payment method the person left with the source, in folded text ("charged to the
 * payment method on file", "将从原支付方式扣款", "从您绑定的支付方式扣款", "ご登録のお支払い方法",
 * "등록된 결제수단", "über die hinterlegte Zahlungsmethode", "moyen de paiement enregistré",
 * "método de pago registrado", "metodo di pagamento registrato", "forma de pagamento cadastrada",
 * "zapisaną metodą płatności", "opgeslagen betaalmethode"), or its card named by its last four
 * digits ("card ending 4242", "Karte mit Endziffern 4242", 尾号1234): a renewal's or a bill's own
 * way of being paid, no payment asked.
 */
const METHOD_ON_FILE = new RegExp(
  [
    // A card named by its last four digits, as a business may show it (PCI DSS 3.4): the one on file.
    String.raw`(?<![a-z])(?:card|karte|carte|tarjeta|carta|cartao) (?:ending|ending in|ending with|endet auf|mit (?:der )?endziffer[n]?|se terminant par|terminant par|finissant par|terminada en|que termina en|che termina (?:in|con)|terminante (?:in|con)|terminado em|com final) \d{4}(?!\d)|尾号\s*\d{4}(?!\d)`,
    String.raw`(?<![a-z])(?:(?:payment method|card|payment details) (?:on file|we hold|you gave|saved)|(?:saved|stored|registered|default) (?:payment method|card)|hinterlegte[nrs]? (?:zahlungs(?:methode|art|mittel)|karte|kreditkarte)|moyen de paiement (?:enregistre|habituel)|(?:metodo|medio|forma) de pago (?:registrad[oa]|guardad[oa]|habitual)|metodo di pagamento (?:registrato|salvato|abituale)|forma de pagamento (?:cadastrada|registrada|habitual)|zapisan[a-z]* metod[a-z]* platnosci|opgeslagen betaalmethode)(?![a-z])`,
    ...[
      '原支付方式',
      '原付款方式',
      '原支付渠道',
      '默认支付方式',
      '绑定的支付方式',
      '绑定的银行卡',
      '签约的支付方式',
      '登録のお支払い方法',
      '登録のお支払方法',
      '登録のクレジットカード',
      '등록된 결제수단',
      '등록된 결제 수단',
      '등록된 카드',
    ].map(foldText),
  ].join('|'),
  'gu',
);

/**
 * A payment, a transfer, a deposit or a download asked, with the person's own dealing set aside:
 * a charge to the method on file, and a bill asked to be paid with no pressure and no account
 * named (`pressesPayment`), are the source's own.
 */
function moneyCue({ folded }: CueReading): string | undefined {
  const asks = withoutDealingWords(withoutDealingRecords(withoutRefunds(folded))).replace(
    METHOD_ON_FILE,
    ' ',
  );
  if (!hasWord(asks, MONEY_ASKS)) return undefined;
  const found = MONEY_ASK_WORDS.filter((w) => hasWord(asks, w)).map(([w]) => w!);
  if (found.every((w) => PAYMENT_WORDS.has(w)) && !pressesPayment(asks)) return undefined;
  return `a payment, a transfer or a download asked ("${found[0]}")`;
}

/**
 * A secret, a code, identity data or a card asked, a chat to add, another service to turn to, a
 * key to press: what a message asks of the person that no business's own message does.
 *
 * @param reading - The message as written and folded.
 * @returns What was found, or `undefined`.
 */
export function askCue(
  reading: Pick<CueReading, 'content' | 'folded'> &
    Partial<Pick<CueReading, 'own' | 'from' | 'signatureAt' | 'regions'>>,
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
      regions: reading.regions,
    });
    if (other !== undefined) return `an alarm with ${other}`;
    if (alarm === 'account' && numbersIn(content).length === 0)
      return 'an account alarm with a call back asked';
  }
  if (CHAT_ASK.test(asks.replace(CHAT_AT_THIS_NUMBER, ' '))) return 'a chat account to add';
  if (SECRET_ASK.test(asks) || CODE_ASKED.test(asks) || CODE_ASK.test(asks))
    return 'a secret, a code or a card asked';
  if (BIRTH_DATE_ASK.test(asks)) return 'a date of birth asked';
  // A BLIK code named at all: a code that pays whoever holds it, in the next two minutes.
  if (BLIK_CODE.test(asks)) return 'a BLIK code asked';
  if (TURN_TO_ASK.test(asks)) return 'another service to turn to';
  // A reminder system's keys (confirm, reschedule, cancel) are the booking's own, unless the
  // message raises money, security or an account problem: the renewal robocall's "press 1".
  const keys = folded.replace(/['\u2019]/gu, ' ');
  if (keyPressAsked(keys) || (KEY_PRESS.test(keys) && raisesAlarm(asks))) return 'a key to press';
  // A keyword replied to the sender's own number ("Reply YES and reception will arrange it") is
  // the source's question; one sent to a short code, or in a message raising money, security or
  // an account problem, is a keyword campaign's or a vishing text's ask.
  const keyword = REPLY_KEYWORD.exec(content);
  if (
    keyword !== null &&
    (SHORT_CODE.test(content.slice(keyword.index, keyword.index + keyword[0].length + 24)) ||
      raisesAlarm(asks))
  )
    return `a keyword to send ("${keyword[0].trim()}")`;
  return undefined;
}

/**
 * The domain of a sender's address on a lookalike of the source's site that marks an impersonator
 * (`lookalikeOf`): one with a lure word (hilton-secure.example, hsbc-verify.co.uk), or any in a
 * message that raises a problem, a threat, security or an account (a card on file named by its
 * last digits, a dealing's record or a refund made raise none). A name joined by a hyphen to
 * another word (asos-mail.com, hsbc-uk.com, marriott-email.com) is also how mail services name
 * the sending domain of a business they mail for: from one, a message that sends the person
 * nowhere else (a link elsewhere is a cue of its own) and raises nothing is the business's own
 * mailing, as a phisher gains nothing by it.
 *
 * @param source - The source the message names.
 * @param from - The sender's address, when known.
 * @param folded - The message folded (`foldText`).
 * @returns The sender's domain, or `undefined`.
 */
export function lookalikeSender(
  source: LinkingSource,
  from: string | undefined,
  folded: string,
): string | undefined {
  if (from === undefined || !from.includes('@')) return undefined;
  const domain = senderDomain(from);
  if (lureLookalikeOf(source, domain)) return domain;
  if (!lookalikeOf(source, domain)) return undefined;
  return raisesProblem(withoutDealingRecords(withoutRefunds(folded)).replace(METHOD_ON_FILE, ' '))
    ? domain
    : undefined;
}

/** A shortener or an IP link; a link to anywhere but the source's own or a known service's site. */
function linkCue({ source, content, folded, from }: CueReading): string | undefined {
  if (HIDDEN_LINK.test(content))
    return 'a shortened link, one to a bare IP address or a page written into a data: link';
  const lookalike = lookalikeSender(source, from, folded);
  if (lookalike !== undefined) return `a sender address on ${lookalike}`;
  const rest = withoutOwnToolLinks(source, withoutCarrierLinks(withoutReviewLinks(content)));
  const elsewhere = linkedDomains(rest).find((domain) => linksElsewhere(source, domain));
  if (elsewhere !== undefined) return `a link to ${elsewhere}`;
  // A link after its scheme whose host reads as no site of the source's ("https://gent.mo/x").
  for (const m of rest.matchAll(/https?:\/\/([^/\s?#<>"'()]+)/giu))
    if (linkedDomains(m[1]!).length === 0) return `a link to ${m[1]}`;
  return undefined;
}

/**
 * Another number to ring: not the sender's or a declared one, not a reference, an amount or an
 * opt-out line, and a dealer's line by the one rule of numbers (`dealersLine`: any such number in
 * a message raising money, security or an account problem; else one that is no line of the
 * source's errand, such as its driver's, its desk's or the writer's own mobile).
 */
function numberCue(
  reading: Pick<CueReading, 'content' | 'own' | 'from' | 'signatureAt'> &
    Partial<Pick<CueReading, 'folded' | 'dataRequest' | 'regions'>>,
): string | undefined {
  const { content, own, from, signatureAt, dataRequest, regions } = reading;
  // Money paid back or a dealing's record raise no alarm; a number to ring about the person's
  // request about their data is a third party's (the source answers in writing).
  const read = withoutDealingRecords(withoutRefunds(reading.folded ?? foldText(content)));
  for (const n of numbersIn(content)) {
    if (own.some((o) => sameNumber(o.replace(/\D/gu, ''), n.digits))) continue;
    if (!chineseMobile(n.plain) && referenceNumber(content, n.index)) continue;
    const before = content.slice(Math.max(0, n.index - 24), n.index);
    const after = content.slice(n.index + n.written.length, n.index + n.written.length + 6);
    if (REFERENCE_LABEL.test(foldText(before))) continue;
    if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after) || OPT_OUT_BEFORE.test(before)) continue;
    if (
      dataRequest !== true &&
      !dealersLine({
        content,
        folded: read,
        index: n.index,
        written: n.plain,
        from,
        own,
        signatureAt,
        regions,
      })
    )
      continue;
    return `another number to ring (${n.written.trim()})`;
  }
  return undefined;
}

/** A prize or a lure's promise, money offered, a fraud cue, a held parcel, a sale outside its trade. */
function pitchCue(reading: CueReading): string | undefined {
  const { content, folded, unnamed, inTrade } = reading;
  if (PRIZE_LURE.test(folded) || ERRAND_LURE.test(unnamed)) return "a prize or a lure's promise";
  // What the person is asked to bring (their insurance card: 保険証) sells no insurance.
  // A held loan's repayment due is the person's dealing, no loan offered.
  const unlent = unnamed.replace(LOAN_REPAYMENT, ' ');
  const withName = withoutDealingRecords(`${unlent} ${reading.fromName ?? ''}`).replace(CREDIT_CARD, ' ');
  if (
    (offersMoney(unlent === unnamed ? content : '', unlent) || hasWord(withName, LOAN_WORDS)) &&
    !inTrade.has('loans')
  )
    return 'a loan, an investment or money offered';
  // A price or a discount on what the source itself sells, to its own customer ("late check-out
  // for €30", "20% off at our spa for guests", "15% off your next visit"), is its own sale: a
  // dealer's pitch needs a route (a link, a number, a chat), prices "from" an amount, or sells
  // another business's goods or outside the trade, all cues.
  if (PRICE_FROM.test(unnamed)) return 'a price "from" an amount in a pitch';
  const at = DISCOUNT_AT.exec(content)?.[1];
  if (at !== undefined && !namesOf(reading.source).includes(foldText(at)))
    return `a discount at another business (${at})`;
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
