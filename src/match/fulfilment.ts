/**
 * A courier's or delivery rider's notice about the person's order: "喂，张先生吗？您的快递到了，放门口
 * 可以吗", "外卖到了，麻烦下楼拿一下", "Hi, this is your DoorDash driver, I'm outside". The name and the
 * number on the parcel are the ones the person gave the shop at checkout, and the shop hands them
 * to its carrier or its delivery platform, which calls from a masked (privacy) number assigned per
 * order: a number nobody can declare in advance, reading an identity issued only to the shop. It is
 * the shop's processor acting for it (GDPR art. 28; 《个人信息保护法》第二十一条 委托处理), not a
 * leak.
 *
 * A fake courier gives itself away by what it asks for or claims: a link, a payment (a customs fee,
 * a redelivery fee), a code, a chat account, a refund or a compensation for a lost parcel
 * (快递丢失理赔, the commonest parcel scam in China's anti-fraud notices), another number to call,
 * or something sold. Any of those, or a fraud cue (`topicScores`), and the contact stays evidence.
 */
import { FRAUD_CUE_THRESHOLD, MIN_TOPIC_SCORE, topicScores } from '../trace/topics.js';
import { foldText } from './normalize-text.js';
import { ASKS, DISCOUNT, PITCH, SALES_TOPICS } from './service-asks.js';
import { hasWord } from './word-list.js';
import { numbersIn } from './written-numbers.js';

/**
 * A turn to another subject after the notice ("顺便问下您最近有资金需求吗", "by the way, are you
 * looking for…", "übrigens"), or a need the writer asks about (资金需求, 贷款, 理财, 装修): a courier
 * has nothing else to say; a buyer checking a bought number goes on to its pitch. Folded text.
 */
const PIVOT =
  /顺便|另外问|还想问|资金需求|需要资金|资金周转|贷款|借款|理财|投资|装修|(?<![a-z])(?:by the way|btw|while i have you|also wanted to ask|one more thing|ubrigens|nebenbei|au fait|a proposito|por cierto|trouwens)(?![a-z])/u;

/**
 * A turn to a question about something else ("顺便问下您最近有资金需求吗", "by the way, are you
 * looking to…"): the lead-in of a buyer's pitch after an innocuous opening, whoever's staff the
 * writer claims to be. Folded text.
 */
export const TURN_TO_ASK =
  /顺便(?:问|了解|咨询)|另外(?:问|想问)|还想问|(?<![a-z])(?:by the way|btw|while i have you)[, ]+(?:are|do|would|have|is|did) you(?![a-z])/u;

/**
 * Words of a delivery in progress or waiting: a courier's, a rider's or a parcel locker's. English
 * ones are phrases about the person's own parcel ("your package", not "a travel package").
 */
const DELIVERY = [
  '快递',
  '快件',
  '包裹',
  '外卖',
  '骑手',
  '快递员',
  '配送员',
  '送餐',
  '驿站',
  '取件',
  '取货码',
  '提货码',
  '取餐码',
  '快递柜',
  '丰巢',
  '菜鸟',
  '签收',
  '派送',
  '派件',
  '配送',
  '送货',
  '放门口',
  '放在门口',
  '放门卫',
  '放前台',
  '下楼拿',
  '下楼取',
  '到楼下',
  '运单',
  '跑腿',
  '闪送',
  'courier',
  'dasher',
  'your driver',
  'delivery driver',
  'delivery',
  'delivering',
  'delivered',
  'your package',
  'the package',
  'your parcel',
  'the parcel',
  'your shipment',
  'your order',
  'your food',
  'out for delivery',
  'at your door',
  'front door',
  'doorstep',
  'pick-up code',
  'pickup code',
  'collection code',
  'parcel locker',
  'tracking number',
  'doordash',
  'uber eats',
  'ubereats',
  'deliveroo',
  'instacart',
  'grubhub',
  'postmates',
  'just eat',
  'ups',
  'fedex',
  'dhl',
  'usps',
  'royal mail',
  'evri',
  'hermes',
  'dpd',
  'parcelforce',
];

/**
 * What a parcel scam claims beyond the delivery itself: a lost or damaged parcel to be compensated
 * or refunded, a customs or redelivery fee, a held or failed delivery, a chat or a QR code to
 * scan. A courier at the door says none of it.
 */
const PARCEL_SCAM = [
  '丢失',
  '遗失',
  '破损',
  '理赔',
  '赔偿',
  '赔付',
  '退款',
  '退费',
  '补偿',
  '双倍',
  '异常',
  '滞留',
  '扣押',
  '扣留',
  '违禁',
  '海关',
  '关税',
  '清关',
  '补缴',
  '运费险',
  '问题件',
  '冻结',
  '公安',
  '涉嫌',
  '二维码',
  '扫码',
  '微信',
  'qq',
  '加我',
  '好友',
  'lost',
  'damaged',
  'refund',
  'compensation',
  'compensate',
  'customs',
  'duty',
  'duties',
  'fee',
  'fees',
  'charge',
  'unpaid',
  'held',
  'on hold',
  'suspended',
  'failed',
  'redelivery',
  'reschedule',
  'claim',
  'tax',
  'tariff',
  'postage',
  'gift card',
  'scan',
];

/**
 * Tells whether a message about a parcel claims what a parcel scam claims (see
 * {@link PARCEL_SCAM}): a lost parcel to compensate, a customs fee, a held delivery.
 *
 * @param folded - The message, folded (`foldText`).
 * @returns Whether it makes such a claim.
 */
export function parcelScamClaim(folded: string): boolean {
  return hasWord(folded, PARCEL_SCAM);
}

/**
 * Tells whether a message speaks of a delivery or a parcel at all (see {@link DELIVERY}): what a
 * parcel scam's claim needs to be one. "Reschedule", "fee" or "held" in an appointment's or a
 * stay's message claim nothing about a parcel.
 *
 * @param folded - The message, folded (`foldText`).
 * @returns Whether it names a delivery, a parcel or a courier.
 */
export function aboutDelivery(folded: string): boolean {
  return hasWord(folded, DELIVERY);
}

/** {@link DELIVERY} but the order itself: a parcel, its carrier or its delivery named. */
const PARCEL = DELIVERY.filter((w) => w !== 'your order');

/**
 * Tells whether a message names a parcel, its carrier or its delivery (see {@link DELIVERY}; "your
 * order" alone is the dealing, which a payment provider's reminder names too).
 *
 * @param folded - The message, folded (`foldText`).
 * @returns Whether it does.
 */
export function aboutParcel(folded: string): boolean {
  return hasWord(folded, PARCEL);
}

/** A pick-up code the notice gives (取件码 5-2-1034, "pickup code 4821"): given, not asked for. */
const PICKUP_CODE =
  /(?:取件码|取货码|提货码|取餐码|取件号|(?:pick-?up|collection|locker)\s+code)\s*(?:是|为|:|：)?\s*[\w-]{2,12}/gu;

/**
 * Tells whether a message is a courier's or delivery rider's notice about the person's order that
 * asks for nothing (see the module's documentation for the rule and its sources).
 *
 * @param content - The message body or call transcript.
 * @param own - Numbers the notice may give to call back (the sender's own): any other number in it
 *   is an impersonator's callback line.
 * @returns Whether it is such a notice.
 * @example
 * ```ts
 * fulfilmentNotice('喂，您好，快递到了，您在家吗'); // true
 * fulfilmentNotice('您的快递丢失了，我们给您双倍理赔'); // false: a parcel scam
 * ```
 */
export function fulfilmentNotice(content: string, own: readonly string[] = []): boolean {
  const text = foldText(content).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  if (!hasWord(text, DELIVERY)) return false;
  const rest = text.replace(PICKUP_CODE, ' ');
  if (
    hasWord(rest, ASKS) ||
    hasWord(rest, PITCH) ||
    DISCOUNT.test(rest) ||
    hasWord(rest, PARCEL_SCAM) ||
    PIVOT.test(rest)
  )
    return false;
  for (const { digits } of numbersIn(rest)) {
    const core = digits.replace(/^0+/u, '');
    if (!own.some((n) => n.replace(/\D/gu, '').endsWith(core))) return false;
  }
  const scores = topicScores([content]);
  if ((scores.find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD) return false;
  return !scores.some(([t, score]) => SALES_TOPICS.has(t) && score >= MIN_TOPIC_SCORE);
}
