import { describe, expect, it } from 'vitest';
import { FRAUD_CUE_THRESHOLD, mainTopic, topicScores } from '../../src/trace/topics.js';

// A bank's one-time codes and anti-fraud warnings are notices, not fraud cues.
const BANK_NOTICES = [
  '【工商银行】您的验证码为483920，请勿泄露给他人，工作人员不会向您索取。',
  '【工商银行】温馨提示：谨防电信诈骗，切勿向陌生人转账。',
  '【工商银行】您尾号1234的账户于03月01日转账支出500.00元，余额1000.00元。',
  '【工商银行】您的验证码为123456，如非本人操作请忽略。',
  '【工商银行】提醒：不要点击陌生链接，不要向任何人透露验证码。',
  '【工商银行】您有一笔退款已到账，请注意查收。',
  'Your verification code is 483920. Never share this code with anyone.',
];

const fraudScore = (texts: string[]): number => topicScores(texts).find(([t]) => t === 'fraud')?.[1] ?? 0;

describe('bank notices', () => {
  it('regression: one-time codes and anti-fraud warnings make no fraud topic nor fraud-cues', () => {
    expect(fraudScore(BANK_NOTICES)).toBeLessThan(FRAUD_CUE_THRESHOLD);
    expect(mainTopic(topicScores(BANK_NOTICES))).not.toBe('fraud');
  });

  it.each(BANK_NOTICES)('%s alone is no fraud cue', (text) => {
    expect(fraudScore([text])).toBeLessThan(FRAUD_CUE_THRESHOLD);
  });

  it.each([
    '您的验证码为483920，请告诉我们的客服以便核实',
    '您的账户涉嫌洗钱，请将资金转入安全账户',
    'Your account is suspended. Reply with the verification code to our agent',
  ])('still flags a request: %s', (text) => {
    expect(fraudScore([text])).toBeGreaterThanOrEqual(FRAUD_CUE_THRESHOLD);
  });
});
