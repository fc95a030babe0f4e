/**
 * What a business's own service message to a customer never holds: an offer or a pitch, and what
 * an impersonator asks for (a link, a payment, a code, a card, an identity). Shared by the tests
 * of a source's own message in its staff's words (`ownServiceMessage`) and of a courier's notice
 * (`fulfilmentNotice`).
 */
import type { Topic } from '../trace/topics.js';
import { foldText } from './normalize-text.js';

/** Offers and pitches: an own service message sells nothing (a buyer's call is a pitch). */
export const PITCH = [
  '优惠',
  '促销',
  '活动',
  '特价',
  '打折',
  '折扣',
  '名额有限',
  '限时',
  '免费',
  '赠送',
  '为您推荐',
  '推荐您',
  '了解一下',
  '感兴趣',
  '有需要',
  '需要吗',
  'offer',
  'promotion',
  'promo',
  'discount',
  'deal',
  'deals',
  'sale',
  'limited',
  'free',
  'interested',
  'special',
  'exclusive',
  'pre-approved',
  '% off',
  // German (folded): Angebot, Rabatt, Aktion, gratis, Gutschein, nur heute, Interesse.
  'angebot',
  'sonderangebot',
  'rabatt',
  'aktion',
  'gratis',
  'kostenlos',
  'gutschein',
  'nur heute',
  'sparen sie',
  'jetzt sparen',
  'interesse',
  'interessiert',
  'gunstiger',
  'unverbindlich',
  'drucken sie die 1',
  // Spanish (folded).
  'oferta',
  'descuento',
  'promocion',
  'regalo',
  'interesado',
  'le interesa',
  // A recorded call's prompt to be put through to a seller (the "extended warranty" robocall):
  // a business's own notice tells, it does not route the person to an agent.
  'press one',
  'press 1',
  'press 9',
  '请按1',
  '请按一',
  '按1转',
  '按1键',
  // Japanese and Korean (folded as texts are): a sale, a campaign, a discount, a perk, free,
  // limited, an investment, a loan.
  ...[
    'セール',
    'キャンペーン',
    '割引',
    '特典',
    'お得',
    '無料',
    '限定',
    '投資',
    '세일',
    '할인',
    '이벤트',
    '특가',
    '무료',
    '혜택',
    'ローン',
    '融資',
    '대출',
    '저금리',
    '융자',
    '투자',
    // A loan or a credit offered in languages with no other word lists here (Polish, Czech,
    // Turkish, Russian, Indonesian, Vietnamese, Swedish, Hungarian, Romanian, Greek, Thai,
    // Arabic), in the cases a pitch writes them ("oferujemy pożyczkę", "hitelt kínálunk").
    'pożyczka',
    'pożyczki',
    'pożyczkę',
    'pożyczek',
    'pożyczką',
    'chwilówka',
    'chwilówkę',
    'chwilówki',
    'kredyt',
    'kredytu',
    'kredytem',
    'kredyty',
    'půjčka',
    'půjčku',
    'půjčky',
    'úvěr',
    'úvěru',
    'kredi',
    'krediniz',
    'кредит',
    'займ',
    'pinjaman',
    'pinjol',
    'vay vốn',
    'vay tiền',
    'khoản vay',
    'snabblån',
    // Italian and Portuguese loans, and English rates sold ("low rates for Hilton guests").
    'finanziamento',
    'finanziamenti',
    'prestito',
    'empréstimo',
    'low rates',
    'lowest rates',
    'best rates',
    'kölcsön',
    'kölcsönt',
    'hitel',
    'hitelt',
    'împrumut',
    'credit rapid',
    'δάνειο',
    'δάνεια',
    'เงินกู้',
    'สินเชื่อ',
    'قرض',
  ].map(foldText),
];

/**
 * A ride called a transfer, in folded text ("your airport transfer", "transfer to the hotel",
 * "Ihr Transfer vom Flughafen", "transfer z lotniska", "Flughafentransfer", "le transfert vers l'aéroport"): a hotel's
 * errand, not the bank transfer of {@link HARD_ASKS}. A transfer with no ride word ("your
 * transfer of the deposit", "Ihr Transfer auf unser neues Konto") is a transfer of money.
 */
export const RIDE_TRANSFER =
  /(?<![a-z])(?:(?:airport|hotel|shuttle|station|private) transfer|(?:your|ihr) transfer(?= (?:driver|vehicle|car|shuttle|bus|pick ?up|fahrer|wagen)(?![a-z]))|transfer (?:to|from) (?:the )?(?:airport|hotel|station|terminal)|transfer (?:vom|zum|zur) (?:flughafen|bahnhof|hotel|terminal)|(?:flughafen|hotel|bahnhof)transfer|transfert (?:vers|depuis|de|a) l ?(?:aeroport|hotel|gare)|votre transfert(?= (?:chauffeur|vehicule|navette)(?![a-z]))|transfer (?:z|na) (?:lotnisk[a-z]*|dworz[a-z]*|dworc[a-z]*|hotel[a-z]*))(?![a-z])/gu;

/** What an impersonator asks for besides a link: a payment, a code, a card, an identity, a chat. */
export const HARD_ASKS = [
  // A prize to claim: the commonest lure, whoever it names.
  '中奖',
  '领奖',
  '奖品',
  'prize',
  'winner',
  'you have won',
  'you ve won',
  'claim it',
  'claim your',
  '付款',
  '支付',
  '转账',
  '汇款',
  '定金',
  '押金',
  '验证码',
  '密码',
  '银行卡',
  '卡号',
  '身份证',
  '下载',
  '加微信',
  '微信号',
  'pay',
  'payment',
  'deposit',
  'transfer',
  'bank',
  'card number',
  'card details',
  'code',
  'otp',
  'password',
  'pin',
  'verify',
  'confirm your details',
  'download',
  'whatsapp',
  'wechat',
  'telegram',
  // German (folded): a prize, a payment to make, a transfer, a card, a password, a download.
  'gewonnen',
  'gewinner',
  'ihr gewinn',
  'zahlen sie',
  'bezahlen sie',
  'uberweisen',
  'uberweisen sie',
  'iban',
  'kreditkarte',
  'kreditkartendaten',
  'passwort',
  'kennwort',
  'tan',
  'herunterladen',
  'zollgebuhr',
  'ssn',
  // Spanish (folded).
  'ha ganado',
  'premio',
  'pague',
  'transferencia',
  'tarjeta',
  'contrasena',
  'descargue',
  'social security',
];

/**
 * An ask to add a chat account (加微信, 添加客服微信, 加企业微信, QQ, WhatsApp, Telegram, a WeChat ID
 * written out: 详询微信kf123, vx: abc888): a business's
 * own text from its registered sender needs none, and "add our service WeChat for the refund" is
 * the commonest move of the shop-refund scam (China's anti-fraud centre's 冒充电商客服 notices).
 */
export const CHAT_ASK =
  /(?:加|添加|联系)[^，。,.!！\s]{0,6}?(?:微信|企微|vx|wx|qq)|微信号|qq号|(?:微信|威信|v信)[:：\s]*[a-z][a-z0-9_-]{3,19}(?![a-z0-9_-])|(?<![a-z])(?:vx|wx)\s*[:：]\s*[a-z][a-z0-9_-]{3,19}(?![a-z0-9_-])|(?<![a-z])(?:whatsapp|telegram|wechat|line id|kakao ?talk id)(?![a-z])/u;

/**
 * An ask for a secret or an identity, in folded text: confirm your SSN, enter your card number,
 * verify your identity, nennen Sie Ihre IBAN, 提供验证码. A business tells its customer a code or
 * that a password changed; it never asks for one by text (the FTC's and the BSI's phishing
 * advice; 公安部反诈中心: 任何索要验证码的都是诈骗).
 */
export const SECRET_ASK =
  /(?:confirm|verify|enter|provide|send|reply with|tell us|update|share|give us|bestatigen sie|bestatige|geben sie|nennen sie|aktualisieren sie|senden sie|teilen sie|verifizieren sie|confirme|verifique|facilite|indique|envienos|actualice)\s+(?:[a-z]+\s+){0,3}?(?:ssn|social security|card|cvv|password|pin|iban|bank details|banking details|account details|identity|date of birth|login|kreditkarte[a-z]*|karten[a-z]*|bankdaten|kontodaten|zugangsdaten|passwort|daten|tan|identitat|datos|tarjeta|contrasena|dni)(?![a-z])|(?:提供|告知|输入|填写|发送|回复|告诉)[^，。,.]{0,6}?(?:验证码|密码|银行卡|卡号|身份证)/u;

/** Topics a business pitches; a message on one of them is a pitch unless it is the source's own industry. */
export const SALES_TOPICS: ReadonlySet<Topic> = new Set([
  'loans',
  'real-estate',
  'insurance',
  'education',
  'telecom',
  'fitness',
]);

/** A link to follow: a business's own message may carry one to its own site (online check-in). */
export const LINK_WORDS = ['http', 'www', '点击', '链接', 'click', 'link', 'klicken', 'klicken sie'];

/** What an impersonator asks for: a link, a payment, a code, a card, an identity. */
export const ASKS = [...HARD_ASKS, ...LINK_WORDS];

/**
 * A page written into the link itself: a `data:` URL of HTML or SVG, which opens a page with no
 * site behind it (a phishing form's way past link filters).
 */
export const PAGE_IN_LINK =
  /(?<![a-z0-9+.-])data:(?:text\/html|image\/svg\+xml|application\/xhtml\+xml)[;,]/iu;

/**
 * Links a business's own message never uses: a URL shortener (it hides where the link goes), a
 * bare IP address, or a page written into the link ({@link PAGE_IN_LINK}).
 */
export const HIDDEN_LINK = new RegExp(
  String.raw`(?:^|[^a-z0-9.-])(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|is\.gd|ow\.ly|t\.cn|url\.cn|dwz\.cn|suo\.im|tb\.cn|rebrand\.ly|cutt\.ly|shorturl\.at)\/|https?:\/\/\d{1,3}(?:\.\d{1,3}){3}|${PAGE_IN_LINK.source}`,
  'iu',
);

/**
 * A discount written with its figure ("20% off", 8折, 8.5折, 八折, 八五折, 半价): an offer, as the
 * words of {@link PITCH} are. Chinese writes the figure in digits or in numerals (全场八折).
 */
export const DISCOUNT =
  /\d\s*%\s*(?:off|rabatt|reduziert|gunstiger)|\d(?:\.\d)?\s*折|[一二三四五六七八九][一二三四五六七八九]?折(?!叠|旧|腾)|half price|半价|halber preis/iu;

/**
 * A price, an amount of money or a percentage, in any language (folded): "20%", "€", "1000 zl",
 * "500 kr", "299 руб", "50.000 đ": what a pitch in an unread language shows, and an errand's
 * confirmation does not need.
 */
export const PRICED =
  /%|[€$£¥₽₩₺₫]|\d\s*(?:zl|kr|kc|eur|euro|euros|usd|rub|руб|тыс|tl|lira|vnd|dong|rp|idr|ft|lei|lev|chf|pln|sek|czk|try)(?![a-zа-я])|(?<![a-zа-я])(?:rp|idr|pln)\s*\d/u;

/**
 * Money paid back to the person, said as done, in folded text: a refund made, a deposit
 * returned, an invoice paid in full ("we've returned your £150 deposit", "wir haben Ihnen die
 * 49,90 € erstattet", "hemos reembolsado los 120 €", "remboursé", "rimborsato", "devolvemos a
 * caução", "terugbetaald", "zwróciliśmy", 押金已原路退回, ご返金いたしました, 환불되었습니다). A receipt
 * of the person's own dealing: it asks for no payment, whatever amount it names.
 */
const REFUNDED = new RegExp(
  [
    '(?<![a-z])(?:(?:have|has|ve|been|was|were|we|i)\\s+(?:been\\s+|now\\s+|just\\s+)?(?:returned|refunded|reimbursed|repaid|credited back|paid back)|paid in full|refund (?:has been|was) (?:issued|processed|made))(?![a-z])',
    '(?<![a-z])(?:(?:zuruck|ruck)?erstattet|zuruckuberwiesen|zuruckgezahlt|rembourse(?:e|s|es)?|reembolsad[oa]s?|devuelt[oa]s?|rimborsat[oaie]|restituit[oaie]|riaccreditat[oaie]|devolvid[oa]s?|devolvemos|estornad[oa]s?|terugbetaald|teruggestort|zwrocil[a-z]*|zwrocon[a-z]*)(?![a-z])',
    ...[
      '退回',
      '已退',
      '退还',
      '退款已',
      '返金いたしました',
      '返金しました',
      'ご返金',
      '환불되',
      '환불해',
      '환불 완료',
    ].map(foldText),
  ].join('|'),
  'u',
);

/** A refund gone wrong: what a refund scam says before it asks for the money back. */
const REFUND_GONE_WRONG =
  /(?<![a-z])(?:mistake|by error|in error|twice|failed|fehlgeschlagen|irrtumlich|versehentlich|erreur|errore|por error|fout|blad[a-z]*)(?![a-z])|失败|错误|多退|失敗|誤って|실패|잘못/u;

/**
 * An amount, its currency, the deposit it was or the card it went back to ("en su tarjeta", "to
 * your card"): what a refund sentence names of the money.
 */
const REFUNDED_MONEY = new RegExp(
  `${PRICED.source}|(?<![a-z])(?:en|a|on|to|auf|sur|sulla|na|no|op) (?:su|your|ihre|votre|sua|seu|uw|pani) (?:tarjeta|card|karte|kreditkarte|carte|carta|cartao|kaart|karty)(?![a-z])|\\d[\\d.,\\s]*\\d|\\d|(?<![a-z])(?:security deposit|deposit|kaution|caution|fianza|cauzione|caucao|caução|borg|kaucja)(?![a-z])|${['押金', '保证金', '元', '円', 'デポジット', '보증금'].map(foldText).join('|')}`,
  'gu',
);

/**
 * A folded text with the money of every sentence that says it was paid back blanked out (see
 * {@link REFUNDED}), so that its amount reads as no price and its deposit as no payment asked. A
 * sentence that also says the refund went wrong (a refund scam's "refunded twice by mistake") is
 * kept whole.
 *
 * @param text - A folded, Han-joined text.
 * @returns The text, the same length or shorter.
 */
export function withoutRefunds(text: string): string {
  return text
    .split(/(?<=[!?。！？\n]|\.(?=\s|$))/u)
    .map((sentence) =>
      REFUNDED.test(sentence) && !REFUND_GONE_WRONG.test(sentence)
        ? sentence.replace(REFUNDED_MONEY, ' ')
        : sentence,
    )
    .join('');
}

/**
 * A receipt's record of how a payment already made was made, in folded text: "Payment method Visa
 * - 4242", "Zahlungsart: Mastercard", "moyen de paiement : CB", "metodo di pagamento PayPal",
 * "betaalmethode iDEAL", "payment received", "Zahlung eingegangen", "pagamento effettuato",
 * 支付成功, 已支付, 付款成功, and a payment service's own name (支付宝, 微信支付): a line of the
 * person's own dealing, not a payment asked for (an ask says "pay", "payment due", "bitte zahlen
 * Sie", "effettui il pagamento", 请支付).
 */
const PAYMENT_RECORD = new RegExp(
  [
    String.raw`(?<![a-z])(?:(?:payment method|payment type|paid with|paid by|zahlungsart|zahlungsmethode|bezahlt mit|moyen de paiement|mode de paiement|paye par|metodo di pagamento|pagato con|metodo de pago|forma de pago|pagado con|forma de pagamento|metodo de pagamento|pago com|betaalmethode|betaalwijze|betaald met|metoda platnosci|zaplacono)\s*[:\-]?\s*(?:[a-z]+\s*){0,3}(?:[\-•*x.\s]*\d{4})?|(?:payment|zahlung|paiement|pagamento|pago|betaling|platnosc)\s+(?:was\s+|has been\s+|ist\s+|wurde\s+|a ete\s+|e stato\s+|fue\s+|foi\s+|is\s+)?(?:received|completed|successful|confirmed|erhalten|eingegangen|erfolgreich|recu|effectue|confirme|ricevuto|effettuato|confermato|recibido|realizado|confirmado|recebido|efetuado|ontvangen|voltooid|geslaagd|przyjeta|zrealizowana))(?![a-z])`,
    // A transfer said done ("your transfer of store credit is complete", "Ihre Überweisung wurde
    // ausgeführt", "votre virement a été effectué", "tu transferencia se ha completado", 转账成功):
    // the record of a dealing made, no transfer asked (an alarm beside it is read on its own).
    String.raw`(?<![a-z])(?:transfer|uberweisung|umbuchung|virement|transfert|transferencia|bonifico|trasferimento|overboeking|przelew)(?:\s+(?:of|von|de|des|du|di|del|della|van)\s+[^.!?
]{1,40}?)?\s+(?:(?:is|was|has been|have been|ist|wurde|a ete|est|fue|ha sido|se ha|e stato|foi|is|werd|zostal)\s+)?(?:now\s+)?(?:complete|completed|successful|done|processed|abgeschlossen|ausgefuhrt|erfolgt|durchgefuhrt|effectue|termine|realise|completad[oa]|realizad[oa]|procesad[oa]|effettuat[oa]|completat[oa]|eseguit[oa]|concluid[oa]|voltooid|uitgevoerd|zrealizowany|wykonany)(?![a-z])`,
    ...[
      '支付宝',
      '微信支付',
      '支付成功',
      '成功支付',
      '已支付',
      '付款成功',
      '已付款',
      '支付完成',
      '转账成功',
      '转账已完成',
      '已完成转账',
      '转账已到账',
      '转账完成',
    ].map(foldText),
  ].join('|'),
  'gu',
);

/**
 * A folded text with a receipt's payment records and payment services' names blanked out (see
 * {@link PAYMENT_RECORD}): 微信支付 names no WeChat account to add.
 *
 * @param text - A folded text.
 * @returns The text, the same length.
 */
export function withoutPaymentRecords(text: string): string {
  return text.replace(PAYMENT_RECORD, (m) => ' '.repeat(m.length));
}

/**
 * What the person is asked to bring to the counter, in folded text, up to the clause's end: "please
 * bring your driving licence and the credit card you booked with", "bitte bringen Sie Ihren
 * Führerschein und Ihre Kreditkarte mit", "apportez votre permis", "traiga su tarjeta", "porti con
 * sé la carta", "neem uw rijbewijs mee", 请携带身份证, 身分証明書をお持ちください: an errand in the
 * dealing, done in person. A card or an identity asked to be sent, entered or confirmed is read by
 * {@link SECRET_ASK} and {@link HARD_ASKS}, and stays one inside such a clause ("bring your
 * licence and reply with your card number"); an amount to bring stays a price.
 */
const TO_BRING = new RegExp(
  [
    String.raw`(?<![a-z])(?:bring(?:en sie)?|remember to bring|don t forget (?:to bring|your)|mitbringen|apportez|apporter|pensez a (?:prendre|apporter)|munissez vous de|traiga|trae|recuerda traer|porti con se|portare con se|traga|levar|neem [a-z ]{0,40}? mee|meenemen|prosimy zabrac|zabierz|zabrac)\s[^.!?;\n]{0,120}`,
    String.raw`(?:请|請)?(?:携带|带上|带好)[^，。,.!！]{0,20}`,
    `[^，。、,.!！]{0,20}${foldText('をお持ちください')}`,
    `[^，。、,.!！]{0,20}${foldText('지참')}`,
  ].join('|'),
  'gu',
);

/**
 * A folded text with a receipt's payment records (see {@link PAYMENT_RECORD}) and what the person
 * is asked to bring to the counter (see {@link TO_BRING}, unless it names an amount, a number, a
 * link, a secret or a chat) blanked out,
 * so that "Payment method Visa - 4242" or "bring your credit card" reads as no payment or card
 * asked.
 *
 * @param text - A folded text.
 * @returns The text, the same length.
 */
export function withoutDealingRecords(text: string): string {
  return withoutPaymentRecords(text).replace(TO_BRING, (m) =>
    PRICED.test(m) || SECRET_ASK.test(m) || CHAT_ASK.test(m) || /\d{5,}|http|www/u.test(m)
      ? m
      : ' '.repeat(m.length),
  );
}
