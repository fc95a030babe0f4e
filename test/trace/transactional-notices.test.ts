import { describe, expect, it } from 'vitest';
import { FRAUD_CUE_THRESHOLD, mainTopic, topicScores } from '../../src/trace/topics.js';

// A shop's receipt for a refund or a payment carries a link; a phishing text carries one too.
// What tells them apart is what the text asks: a receipt says the money moved and links to the
// order, a phishing text says something is wrong or owed and asks to act on it.
const fraudCued = (text: string): boolean =>
  topicScores([text]).some(([topic, score]) => topic === 'fraud' && score >= FRAUD_CUE_THRESHOLD);

describe('transactional notices with a link are not fraud', () => {
  it('regression: "Refund processed. Click here" is no fraud cue', () => {
    expect(fraudCued('Refund processed. Click here')).toBe(false);
    expect(mainTopic(topicScores(['Refund processed. Click here', 'Refund processed. Click here']))).toBe(
      'other',
    );
  });

  // The wording shops and payment services send (refund and payment receipts), in several spellings.
  it.each([
    'Refund processed. Click here',
    'REFUND PROCESSED - click here',
    'Refund processed, click here',
    'Your refund has been processed. Click here to view your order.',
    'Your refund of £20.00 has been processed successfully. Tap the link to see details: https://shop.example/o/123',
    'Your refund has been processed and will appear in your account within 3-5 business days.',
    'Refund issued for order #48213. Visit https://shop.example/orders for details.',
    'We have refunded £12.50 to your card. Click here for details.',
    'Payment received, thank you. Click here for your receipt.',
    'Your payment to Netflix was successful. https://netflix.example/account',
    'Your transfer of $50 to John was completed. View details in the app.',
    'Your account statement is ready. Click here to view it.',
    '【淘宝】您的退款已到账，点击链接查看详情',
    '【京东】退款成功，点击查看 https://jd.example/r/1',
    '【支付宝】您的转账已完成，点击查看详情',
    '【美团】您的退款申请已通过，款项将原路退回，详情点击链接',
  ])('is no fraud cue: %j', (text) => {
    expect(fraudCued(text)).toBe(false);
  });
});

describe('phishing about refunds, payments and accounts is still fraud', () => {
  // Spellings of tax-refund and account smishing as published in public smishing collections and
  // the tax offices' own warnings (HMRC, IRS, ATO), and the account-alert texts of the Mendeley
  // SMS phishing dataset (Mishra and Soni, 2022).
  it.each([
    'HMRC: You are due a tax refund of £278.50. Claim now: http://hmrc-refund.example/claim',
    'HMRC: You are due a tax refund of £215.68. Click here to request the transfer: hmrc-taxrefund.example',
    'IRS ALERT: You have an unclaimed tax refund of $1,493.28 from 2022. Your refund will expire in 24 HOURS. Claim now: https://irs-gov.refund-claim.example/verify',
    'ATO: You are entitled to a tax refund of $847.50. Claim within 48hrs: my-gov-refund.example',
    'Your refund has been approved. Please claim your refund here: http://x.example',
    'Your refund has been processed. To receive your refund, enter your card details at http://x.example',
    'You are owed a refund. Click here',
    'Refund pending. Click here',
    'Refund not processed. Click here',
    'EDD- Your primary Funds Transfer account has been updated, if this was not you visit https://safe-edd.example/ to cancel and block this attempt',
    '(Amazon: Account locked.more info WOTw1W3X.safelinkamz.example/?UserID-IAIUF)',
    'ALERT: Unusual activity detected on your account. Verify now to prevent suspension: http://x.example',
    'Your PayPal account is limited. Update your billing information within 24 hours or it will be closed.',
    'FRAUD ALERT: $487.92 charged to your account. Not you? Click here: http://x.example',
    'Your payment of $499 to Apple has been processed. If this was not you, click here to cancel.',
    '您有一笔退款待领取，点击链接领取',
    '您的快递丢失，我们将为您办理理赔退款，请点击链接填写银行卡信息',
    '您的账户存在异常将被冻结，请点击链接核实身份',
    '退款未到账，请点击链接 http://x.example',
  ])('flags %j', (text) => {
    expect(fraudCued(text)).toBe(true);
  });
});
