import { foldText } from './normalize-text.js';
import { mobileNumber, reachMeAt, regionOf } from './personal-mobile.js';
import { DISCOUNT } from './service-asks.js';
import { ownMobileAt } from './staff-mobile.js';

/**
 * Whether a number a message names the source in gives is a line of the errand the source itself
 * does, or a dealer's line to ring. One rule for every reader of a source's own messages (the
 * errand-specific rules of `own-service.ts` and the general rule's `dealerCue`), so a number is
 * read the same whatever the errand's topic:
 *
 * - In a message that raises money, security or an account problem ({@link raisesAlarm}: an urgent
 *   problem, an account or card to verify, a booking "not guaranteed", a payment or deposit asked),
 *   any number that is not the sender's or a declared one is the dealer's line, wherever it stands:
 *   in a signature block or labelled "my mobile" too (anyone can type a signature). This is the
 *   vishing pattern the UK's NCSC, the FTC and Action Fraud describe: a pretext of alarm and a number
 *   to ring about it.
 * - In a message that prices or discounts something ({@link DISCOUNT}, a currency amount), a number
 *   that is not in its signature block or the writer's own labelled mobile is a line to buy on.
 * - Otherwise a number given for the errand is the source's: in its signature block, the writer's
 *   own labelled mobile (`ownMobileAt`, `reachMeAt`), a line named as its staff's or its desk's
 *   ("our driver … call him on", "call us on", "reception", 司机, 前台, ドライバー, 기사;
 *   {@link ERRAND_LINE}), or a landline or service number (a business's desk). An unlabelled
 *   mobile (a Chinese mobile too) is a person's line, not the desk's: the dealer's.
 */

/**
 * Money, security or an account problem raised (folded text): urgency with a problem, an account
 * blocked or to verify, a card, a payment, a transfer or a deposit asked, a booking at risk, in
 * the languages the tool's users write (en de fr es it pt nl pl tr ru zh ja ko). The pretexts of
 * vishing and smishing texts (NCSC "Phishing: spot and report scam emails, texts and calls", FTC
 * "How to recognize and avoid phishing scams", CERT Polska's SMS warnings, 国家反诈中心's 冒充客服
 * notes).
 */
const ALARM = new RegExp(
  [
    // A problem raised as urgent or with the person's own dealing ("urgent issue with your
    // booking", "dringendes Problem mit Ihrer Buchung"); "any questions or problems, call us" is
    // no alarm.
    String.raw`(?<![a-z])(?:urgent|dringend[a-z]*|urgente|pilny|pilne|pilna|acil) (?:[a-z]+ )?(?:problem|issue|matter|probleme|problema|probleem|sprawa|sorun|angelegenheit)`,
    String.raw`(?<![a-z])(?:problem|issue|probleme|problema|probleem|sorun[a-z]*) (?:with|mit|avec|con|com|met|z|ze) (?:your|ihre[rmn]?|votre|vos|su|sua|la sua|il suo|uw|je|twoj[a-z]*|pana|pani)(?![a-z])`,
    // A threat to the dealing: not guaranteed, cancelled unless, otherwise.
    String.raw`(?<![a-z])(?:not guaranteed|nicht garantiert|pas garantie|no (?:esta )?garantizada|non (?:e )?garantita|nie jest gwarantowan[a-z]*|unless you|otherwise (?:it|your)|sonst wird|sinon (?:votre|elle|il)|de lo contrario|altrimenti|w przeciwnym razie|aksi halde)(?![a-z])`,
    // Security, verification, an account or card blocked or to check.
    String.raw`(?<![a-z])(?:verify|verification|security|suspicious|unauthori[sz]ed|fraud[a-z]*|blocked|suspended|locked|compromised|verifizier[a-z]*|sicherheit[a-z]*|verdachtig[a-z]*|gesperrt|verifier|securite|suspect[a-z]*|bloque[a-z]*|suspendu[a-z]*|verificar|seguridad|sospechos[a-z]*|bloquead[a-z]*|verificare|sicurezza|sospett[a-z]*|bloccat[a-z]*|verificacao|seguranca|weryfikac[a-z]*|bezpieczenstw[a-z]*|zablokowan[a-z]*|dogrula[a-z]*|guvenlik|engellen[a-z]*)(?![a-z])`,
    String.raw`(?<![a-z])(?:your (?:bank )?account|your card|bank details|card details|new account|ihr konto|ihre karte|votre compte|votre carte|su cuenta|su tarjeta|il suo conto|la sua carta|sua conta|seu cartao|uw rekening|twoje konto|pana konto|pani konto|hesabiniz)(?![a-z])`,
    // Money to pay or send.
    String.raw`(?<![a-z])(?:pay|payment|transfer|deposit|wire|zahlen sie|zahlung|uberweis[a-z]*|anzahlung|payer|paiement|virement|acompte|pagar|pague|pago|transferencia|pagare|paghi|pagamento|bonifico|acconto|betaal[a-z]*|overmaken|zaplac|platnosc[a-z]*|przelew[a-z]*|zaliczk[a-z]*|odeme|ode(?:yin|meniz)|havale)(?![a-z])`,
    ...[
      'срочн',
      'проблема с',
      'заблокирован',
      'безопасност',
      'оплат',
      'перевод',
      '异常',
      '出现问题',
      '存在问题',
      '冻结',
      '验证',
      '账户',
      '账号',
      '付款',
      '转账',
      '汇款',
      '定金',
      '問題が',
      '不正',
      '口座',
      '振込',
      '支払',
      'アカウント',
      '긴급',
      '문제가',
      '보안',
      '계좌',
      '입금',
      '결제',
    ].map(foldText),
  ].join('|'),
  'u',
);

/**
 * A currency amount (folded text): a price a number to ring would be a line to buy on (a
 * percentage is read by `DISCOUNT`).
 */
const AMOUNT = /[€$£¥₽₩₺₫₹]\s*\d|\d\s*(?:[€$£¥₽₩₺₫₹]|zl|kr|kc|eur|euro|euros|usd|rub|tl|chf|pln|元|円|원)(?![a-z])/u;

/**
 * A line named as the source's own errand's, right before a number in the same sentence (NFKC,
 * lower case): its staff for the errand ("our driver", "your driver Li", "the chauffeur", 司机,
 * 师傅, ドライバー, 運転手, 기사님), "call him/her on", "call us on"/"reach us at"/"rufen Sie uns
 * an"/"appelez-nous au"/"llámenos al"/"chiamateci al"/"bel ons op"/"zadzwoń do nas", its desk,
 * reception or other branch ("our front desk", "reception", "our Mitte branch", 前台, 门店, 分店,
 * フロント, 店舗, 프런트, 지점).
 */
const ERRAND_LINE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:driver|chauffeur|fahrer[a-z]*|conducteur|conductor|autista|kierowc[a-z]*|sofor[a-z]*|motorista|водител[а-я]*)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:call|ring|phone|text|reach|contact) us(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:rufen sie uns|erreichen sie uns|appelez-nous|contactez-nous|joignez-nous|llamenos|llámenos|contáctenos|contactenos|chiamateci|chiamaci|contattateci|ligue-nos|contacte-nos|bel ons|zadzwoń do nas|zadzwon do nas|bize ulaş[a-z]*|bizi ara[a-z]*)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:reception|front desk|our desk|concierge|our (?:[\p{L}-]+ )?(?:branch|store|shop|office|clinic|surgery|practice)|rezeption|empfang|filiale|accueil|recepción|recepcion|reception|ricevimento|reception|recepcja|resepsiyon|ресепшн|ресепшен)(?![\p{L}])`,
    '司机|司機|师傅|師傅|前台|门店|門店|分店|总台|ドライバー|運転手|フロント|店舗|기사|프런트|지점',
  ].join('|'),
  'u',
);

/** A sentence's end before a number: a label before it belongs to another sentence. */
const SENTENCE_END = /[.!?。！？\n](?=[^.!?。！？\n]*$)/u;

/**
 * Whether a message raises money, security or an account problem (see {@link ALARM}).
 *
 * @param folded - The message folded (`foldText`).
 * @returns Whether it does.
 */
export function raisesAlarm(folded: string): boolean {
  return ALARM.test(folded.replace(/['\u2019-]/gu, ' '));
}

/** What a number is read against. */
export interface LineReading {
  /** The message as written. */
  readonly content: string;
  /** The message folded (`foldText`), as the alarm and the price are read in. */
  readonly folded: string;
  /** Where the number starts in {@link content}. */
  readonly index: number;
  /** The number as written. */
  readonly written: string;
  /** The sender's number or ID, when known (its country reads a national number). */
  readonly from?: string | undefined;
  /** The sender's and the source's declared numbers (their country reads a national number). */
  readonly own: readonly string[];
  /** Where the source's signature block starts in {@link content}, when it has one. */
  readonly signatureAt?: number | undefined;
}

/**
 * Whether a number a message gives, which is not the sender's, a declared one, a reference, an
 * amount or an opt-out line, is a dealer's line to ring rather than a line of the source's own
 * errand (see the module's documentation).
 *
 * @param reading - The number and the message it stands in.
 * @returns Whether it is a dealer's line.
 */
export function dealersLine(reading: LineReading): boolean {
  const { content, folded, index, written, from, own, signatureAt } = reading;
  if (raisesAlarm(folded)) return true;
  const signed = signatureAt !== undefined && index >= signatureAt;
  if (signed || ownMobileAt(content, index, written, from) || reachMeAt(content, index)) return false;
  if (DISCOUNT.test(folded) || AMOUNT.test(folded)) return true;
  if (errandLine(content, index)) return false;
  const digits = written.replace(/\D/gu, '');
  return /^(?:0{0,2}86)?1[3-9]\d{9}$/u.test(digits) || mobileNumber(written, regionOf([from ?? '', ...own]));
}

/** Whether the sentence before a number names it as its staff's or its desk's line. */
function errandLine(content: string, index: number): boolean {
  const before = content
    .slice(Math.max(0, index - 80), index)
    .normalize('NFKC')
    .toLowerCase();
  const end = SENTENCE_END.exec(before);
  const sentence = end === null ? before : before.slice(end.index + 1);
  // A role named in the sentence before, or a line in the sentence before it ("our driver will
  // meet you. If delayed call him on …").
  return (
    ERRAND_LINE.test(sentence) ||
    (/(?:call|ring|phone|text|reach|contact) (?:him|her)(?![\p{L}])|(?:联系|联络|拨打)?(?:他|她)/u.test(sentence) &&
      ERRAND_LINE.test(before))
  );
}
