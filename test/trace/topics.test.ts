import { describe, expect, it } from 'vitest';
import { mainTopic, topicScores } from '../../src/trace/topics.js';

const fraudScore = (text: string) => topicScores([text]).find(([t]) => t === 'fraud')?.[1] ?? 0;

describe('topics', () => {
  it('regression: "Can you pay me back first?" has no fraud cue (irs inside first)', () => {
    expect(fraudScore('Can you pay me back first?')).toBe(0);
  });

  it.each([
    'Can you pay me back first?',
    'The first time I saw the window, I thought it was a twin bed',
    'Stairs are slippery, shirts are on the chair',
    'We won the match! Darwin was great',
    'Coverage of the game tonight?',
    'I am at the gym, call you later',
  ])('flags no fraud in the everyday text %j', (text) => {
    expect(fraudScore(text)).toBeLessThan(1);
  });

  it('regression: premium-rate prize spam is fraud, not insurance', () => {
    const text =
      'WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 09061701461. Premium rate applies.';
    expect(mainTopic(topicScores([text]))).toBe('fraud');
  });

  it('regression: prize spam is not fitness (no tie broken alphabetically)', () => {
    expect(mainTopic(topicScores(['Free entry to win a prize! Claim your membership now']))).toBe('fraud');
  });

  it('reports other on a tie', () => {
    expect(
      mainTopic([
        ['fitness', 2],
        ['insurance', 2],
      ]),
    ).toBe('other');
    expect(mainTopic([])).toBe('other');
    expect(mainTopic(topicScores(['Your gym insurance renewal']))).not.toBe('fitness');
  });

  it('matches English phrases on word boundaries and Chinese keywords anywhere', () => {
    expect(mainTopic(topicScores(['您好，我们推出低息贷款']))).toBe('loans');
    expect(mainTopic(topicScores(['Get a LOAN today, pre-approved']))).toBe('loans');
    expect(mainTopic(topicScores(['Download our loanword dictionary']))).toBe('other');
    expect(mainTopic(topicScores(['您好，我們推出低息貸款']))).toBe('loans');
  });
});
