import { describe, expect, it } from 'vitest';
import { ampersandWords } from '../../src/match/written-name.js';
import { type ContactSource, ownContactVerdict } from '../helpers/own-contact.js';

// A brand written as an ampersand initialism (H&M, C&A, B&Q, AT&T, P&O) is one word: its letters
// alone are too short to be a name, so its own mail naming it read as naming nobody, and every
// such mail from a sending domain it never declared was a leak.

const S = (name: string, category: string): ContactSource => ({ name, category });
type Options = Parameters<typeof ownContactVerdict>[2];

describe('an ampersand initialism', () => {
  it('is one word; longer parts stay words of their own', () => {
    expect(ampersandWords('h&m')).toEqual(['h&m']);
    expect(ampersandWords('at&t')).toEqual(['at&t']);
    expect(ampersandWords('marks&spencer')).toEqual(['marks', 'spencer']);
    expect(ampersandWords('&')).toEqual([]);
    expect(ampersandWords('hotel')).toEqual(['hotel']);
  });

  it.each<[ContactSource, string, Options]>([
    [
      S('H&M', 'shop'),
      'Hi <v>, your H&M order has shipped and will arrive on Friday. H&M',
      { channel: 'email', from: 'orders@hm-mail.example' },
    ],
    [
      S('C&A', 'shop'),
      'Hallo <v>, Ihre Bestellung wurde versandt. Ihr C&A Team',
      { channel: 'email', from: 'service@mail-ca.example', region: 'DE' },
    ],
    [
      S('B&Q', 'shop'),
      'B&Q: Hi <v>, your click and collect order is ready.',
      { channel: 'sms', from: '+447911555123' },
    ],
    [
      S('P&O Ferries', 'travel'),
      'Hi <v>, your P&O Ferries booking for 12 June is confirmed. P&O Ferries',
      { channel: 'email', from: 'bookings@poferries-mail.example' },
    ],
    [
      S('Marks & Spencer', 'shop'),
      'Hi <v>, your Marks & Spencer order has shipped. Marks & Spencer',
      { channel: 'email', from: 'orders@ms-mail.example' },
    ],
  ])('names the brand in its own notice (%o)', async (source, content, options) => {
    expect((await ownContactVerdict(source, content, options)).verdict).toBe('legitimate');
  });

  it.each<[ContactSource, string, Options]>([
    [
      S('H&M', 'shop'),
      'H&M: Hi <v>, your account is locked. Verify your details at hm-secure.top to keep your points.',
      { channel: 'sms', from: '+447700900555' },
    ],
    [
      S('H&M', 'shop'),
      'Hi <v>, as an H&M customer you qualify for a £2,000 loan from QuickCash. Reply YES.',
      { channel: 'sms', from: '+447911555123' },
    ],
    // Its letters are no title: "Ms" is not M&S.
    [
      S('M&S', 'shop'),
      'Dear Ms <v>, your Fast Cash loan of £5,000 is approved. Call 07911 555123 now.',
      { channel: 'sms', from: '+447911555123' },
    ],
    [
      S('AT&T', 'telecom'),
      'AT&T: Hi <v>, your account is suspended. Pay $49.99 now at att-billing-help.com',
      { channel: 'sms', from: '+12025550123' },
    ],
    [
      S('B&Q', 'shop'),
      'Hi <v>, this is Home Improvements Direct, we saw you shopped at B&Q and can fit your new kitchen for less.',
      { channel: 'call', from: '+447911555123' },
    ],
  ])('leaves an imitation or a third party a leak (%o)', async (source, content, options) => {
    expect((await ownContactVerdict(source, content, options)).verdict).toBe('leak');
  });
});
