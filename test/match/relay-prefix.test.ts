import { describe, expect, it } from 'vitest';
import { bracketSignature, withoutRelayPrefixes } from '../../src/match/bracket-signature.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

const V = 'Emily Harriet Harrison';
const read = (name: string, text: string) =>
  ownServiceMessage({ name, category: 'restaurant' }, text, ['+447911235610'], new Set(), false);
const body = `Hi ${V}, your table for 4 on Saturday at 7:30pm is confirmed. See you then!`;

describe("a chat bridge's or forwarder's prefix before the source's own opening", () => {
  it.each([
    `[WhatsApp] Blue Door Bistro: ${body}`,
    `WhatsApp message from Blue Door Bistro: ${body}`,
    `[Telegram] Blue Door Bistro: ${body}`,
    `【微信】Blue Door Bistro: ${body}`,
    `Fwd: Blue Door Bistro: ${body}`,
    `[Web발신]\n[WhatsApp] Blue Door Bistro: ${body}`,
  ])('reads the text as without it: %s', (text) => {
    expect(read('Blue Door Bistro', text)).toEqual(read('Blue Door Bistro', `Blue Door Bistro: ${body}`));
    expect(read('Blue Door Bistro', text)?.named).toBe(true);
  });

  it('keeps a phish behind the same prefix as evidence', () => {
    expect(
      read(
        'Blue Door Bistro',
        `[WhatsApp] Blue Door Bistro: Hi ${V}, your booking needs a card check: https://bluedoor-pay.example/x`,
      ),
    ).toBeUndefined();
  });

  it('is no signature of its own', () => {
    expect(withoutRelayPrefixes('[WhatsApp] Blue Door Bistro: Hi')).toBe('Blue Door Bistro: Hi');
    expect(bracketSignature('[WhatsApp] your table is confirmed')).toBeUndefined();
    expect(bracketSignature('[Fwd] [Blue Door Bistro] your table is confirmed')).toBe('Blue Door Bistro');
  });
});
