/**
 * What a business's own service message to a customer never holds: an offer or a pitch, and what
 * an impersonator asks for (a link, a payment, a code, a card, an identity). Shared by the tests
 * of a source's own message in its staff's words (`ownServiceMessage`) and of a courier's notice
 * (`fulfilmentNotice`).
 */
import type { Topic } from '../trace/topics.js';

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
];

/** What an impersonator asks for: a link, a payment, a code, a card, an identity. */
export const ASKS = [
  'http',
  'www',
  '点击',
  '链接',
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
  'click',
  'link',
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
];

/** Topics a business pitches; a message on one of them is a pitch unless it is the source's own industry. */
export const SALES_TOPICS: ReadonlySet<Topic> = new Set([
  'loans',
  'real-estate',
  'insurance',
  'education',
  'telecom',
  'fitness',
]);
