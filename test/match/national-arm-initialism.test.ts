import { describe, expect, it } from 'vitest';
import { sourceNames } from '../../src/match/source-names.js';
import { ownTextVerdict } from '../helpers/own-text.js';

/** A national arm's text to its canary number, signed with the sender ID given, and its verdict. */
const verdictOf = async (sourceName: string, from: string, content: string) =>
  (await ownTextVerdict([sourceName, 'GB', from, sourceName, 'bank', () => content])).verdict;

describe("a national arm's initialism", () => {
  it('is one of its names when a country follows it, never a word written as a word', () => {
    expect(sourceNames({ name: 'HSBC UK' })).toContain('HSBC');
    expect(sourceNames({ name: 'BMW Deutschland' })).toContain('BMW');
    expect(sourceNames({ name: 'AXA France' })).toContain('AXA');
    expect(sourceNames({ name: 'O2 UK' })).toContain('O2');
    expect(sourceNames({ name: 'Air France' })).not.toContain('Air');
    expect(sourceNames({ name: 'ABC Plumbing' })).not.toContain('ABC');
    expect(sourceNames({ name: 'HSBC UK Bank plc' })).not.toContain('HSBC UK');
  });

  it.each([
    [
      'HSBC UK',
      'HSBC',
      'HSBC: Your one-time code is 482913. Never share it with anyone, HSBC will never ask for it.',
    ],
    ['HSBC UK', 'HSBC', 'Your HSBC code is 482913. Never share it.'],
    ['AXA France', 'AXA', 'AXA : votre code de vérification est 482913. Ne le communiquez jamais.'],
  ])('signs its own code notice (%s, sender %s)', async (name, from, content) => {
    expect(await verdictOf(name, from, content)).toBe('legitimate');
  });

  it.each([
    'HSBC: Your account has been locked. Call 07700 900123 now to unlock it.',
    'HSBC: Tell our agent the code 482913 when they call you.',
    'HSBC: We need to verify your account, log in at hsbc-verify.co.uk',
  ])('leaves an imitation a leak: %s', async (content) => {
    expect(await verdictOf('HSBC UK', 'HSBC', content)).toBe('leak');
  });
});
