import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

// A source whose name and category say no kind of business.
const source = { name: '华美优选', category: '' };

describe('a notice that calls its writer "this shop", from a source of no known kind of business', () => {
  // Regression: a source's own confirmations from a line it moved to convicted it.
  it.each([
    '王芳您好，您在本店的预约已确认，如有疑问请回电',
    'Hi Jo, your appointment at our store is confirmed.',
    'Hallo Frau Weiß, Ihre Bestellung in unserem Geschäft ist abholbereit.',
  ])('is its own: %s', (text) => {
    expect(ownServiceMessage(source, text, ['+862161239999'])).toBeDefined();
  });

  it.each([
    '王芳您好，您在本店的会员积分即将清零，请添加客服微信 hm888 领取',
    '王芳您好，本店推出低息贷款，额度50万，有需要请回电',
    'Hi Jo, your order at our store is on hold, pay the fee at http://hm-pay.example',
  ])('stays evidence with an ask or a pitch: %s', (text) => {
    expect(ownServiceMessage(source, text, ['+862161239999'])).toBeUndefined();
  });
});
