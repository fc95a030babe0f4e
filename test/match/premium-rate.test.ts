import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';
import { premiumCallback, premiumRate } from '../../src/match/premium-rate.js';

// A premium-rate, mass-calling or satellite line pays whoever the person rings: a message from or
// naming one the source did not declare is never its own service message.

const adlon = {
  name: 'Hotel Adlon Kempinski',
  category: 'hotel',
  expected: { phones: ['+493022610'], emailDomains: [] },
};

describe('premium-rate numbers', () => {
  it.each([
    ['+499001234567'],
    ['+449098790123'],
    ['+88213912345678'],
    ['+491371234567'],
    ['+8816312345678'],
    ['+19005551234'],
    ['+33899123456'],
    ['+31900123456'],
    ['+870772123456'],
  ])('%s is one', (n) => {
    expect(premiumRate(n)).toBe(true);
  });
  it.each([
    ['+493022610'],
    ['+4915112345800'],
    ['+4918012345678'],
    ['+447911123456'],
    ['+8613800138000'],
    ['+14155550123'],
  ])('%s is none (a landline, a mobile, a 0180 service number)', (n) => {
    expect(premiumRate(n)).toBe(false);
  });
  it('reads a nationally written number in the sender’s country', () => {
    expect(premiumCallback('Bitte rufen Sie 0900 1234567 an.', ['+4915112345800'], [])).toBe(true);
    expect(premiumCallback('Bitte rufen Sie 030 22610 an.', ['+4915112345800'], [])).toBe(false);
  });
  it('a declared premium-rate line is the source’s own', () => {
    expect(premiumCallback('Rufen Sie uns an.', ['+499001234567'], ['+499001234567'])).toBe(false);
  });
});

describe('a call-back ask from a premium-rate line naming the source', () => {
  it.each([
    [
      '+499001234567',
      'Hotel Adlon Kempinski: Frau Harrison, wir haben eine Frage zu Ihrer Buchung. Bitte rufen Sie uns zurück.',
    ],
    [
      '+449098790123',
      'Hotel Adlon Kempinski: Dear Emily, there is a problem with your booking, please call us back today.',
    ],
    ['+88213912345678', 'Hotel Adlon Kempinski: Dear Emily, please call back regarding your reservation.'],
    [
      '+491371234567',
      'Hotel Adlon Kempinski: Frau Harrison, bitte rufen Sie wegen Ihrer Reservierung zurück.',
    ],
    [
      '+8816312345678',
      'Hotel Adlon Kempinski: Emily, urgent: your booking needs confirmation, call back now.',
    ],
    [
      '+4915112345800',
      'Hotel Adlon Kempinski: Ihre Buchung ist bestätigt. Bei Fragen rufen Sie 0900 1234567 an.',
    ],
  ])('from %s is no own service message', (from, text) => {
    expect(ownServiceMessage(adlon, text, [from, ...adlon.expected.phones])).toBeUndefined();
  });
  it('the same message from a staff mobile or the declared line stays its own', () => {
    const text =
      'Hotel Adlon Kempinski: Frau Harrison, wir haben eine Frage zu Ihrer Buchung. Bitte rufen Sie uns zurück.';
    expect(ownServiceMessage(adlon, text, ['+4915112345800', ...adlon.expected.phones])).toBeDefined();
    expect(ownServiceMessage(adlon, text, adlon.expected.phones)).toBeDefined();
  });
});
