// An outsourced desk introduces itself as the desk of the registrant: "this is the customer care
// center of <name>" (a desk of up to three words, English "center" as German "Kundencenter").
// Lures and other businesses introduced the same way stay evidence.
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const own = (name: string, text: string) =>
  ownServiceMessage({ name, category: '' }, text, [], new Set(), false);

describe('a desk of several words before "of <name>"', () => {
  it.each([
    [
      'Pacific Coast Travel',
      'Hello, this is the customer care center of Pacific Coast Travel, am I speaking with Sarah B. Miller? Your booking for next week is confirmed',
    ],
    [
      'Summit Fitness Club',
      'Hi Sarah B. Miller, this is the customer service hotline of Summit Fitness Club, your membership renews next week',
    ],
    [
      'Harborview Hotel',
      'Hi Sarah B. Miller, this is the guest relations centre of the Harborview Hotel, your room will be ready at 2 pm',
    ],
  ])('regression: %s reads as its own: %s', (name, text) => {
    expect(own(name, text)?.named).toBe(true);
  });

  it.each([
    [
      'Pacific Coast Travel',
      'Hello Sarah B. Miller, this is the customer care center of Pacific Coast Travel, your account is suspended, please confirm your card number and security code',
    ],
    [
      'Pacific Coast Travel',
      'Hello Sarah B. Miller, this is the customer care center of QuickFund Lending, you are pre-approved for a low interest loan',
    ],
  ])('a lure or another business stays evidence for %s: %s', (name, text) => {
    expect(own(name, text)).toBeUndefined();
  });
});
