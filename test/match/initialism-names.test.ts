import { describe, expect, it } from 'vitest';
import { sourceNames } from '../../src/match/source-names.js';
import { type ContactSource, caseVerdict, mailFrom, type OwnContactCase } from '../helpers/own-contact.js';

// A business whose name is two halves joined by "and" signs with its ampersand initialism: PG&E
// for Pacific Gas and Electric, AT&T for American Telephone and Telegraph, M&S for Marks and
// Spencer. Its own mail so signed from a domain it never declared was a leak.

const S = (name: string, category: string): ContactSource => ({ name, category });
const text = { channel: 'sms', from: '+447911123456' } as const;
const pge = S('Pacific Gas and Electric Company', 'energy');

describe('an ampersand initialism of a name', () => {
  it.each([
    ['Pacific Gas and Electric Company', 'PG&E'],
    ['American Telephone and Telegraph', 'AT&T'],
    ['Marks and Spencer', 'M&S'],
    ['The Procter and Gamble Company', 'P&G'],
    ['Johnson & Johnson', 'J&J'],
    ['Dolce e Gabbana', 'D&G'],
  ])('is a name of %s', (name, initialism) => {
    expect(sourceNames({ name })).toContain(initialism);
  });

  it.each([
    // No "and": the letters alone are too often an everyday abbreviation to derive.
    ['Royal Bank of Scotland'],
    // Kind words only: every business of the kind writes it.
    ['Hotel y Restaurante'],
    // Two joins: which halves is unknown.
    ['Smith and Jones and Brown'],
    // An everyday abbreviation (a dictionary's A&E, R&D, Q&A, B&B, T&C, P&P, G&T): a third party
    // writes it of its own errand.
    ['Acme and Eagle'],
    ['Rees and Davies Ltd'],
    ['Quinn and Adams'],
    ['Brown and Baker'],
    ['Thomas and Cook'],
    ['Price and Partners'],
    ['Grant y Torres'],
  ])('is none of %s', (name) => {
    expect(sourceNames({ name }).some((n) => n.includes('&'))).toBe(false);
  });

  it('is an everyday abbreviation only when the source gives it as an other name', () => {
    expect(sourceNames({ name: 'Acme and Eagle', otherNames: ['A&E'] })).toContain('A&E');
  });

  const OWN: readonly OwnContactCase[] = [
    [
      'PG&E mail',
      pge,
      'Hi <v>, your PG&E bill for May is ready. Amount due $84.20 on 15 June. PG&E',
      mailFrom('bills@pge-mail.example'),
    ],
    ['PG&E text', pge, 'PG&E: Hi <v>, a planned outage affects your address on 4 June 9am-3pm.', text],
    [
      'AT&T text',
      S('American Telephone and Telegraph', 'telecom'),
      'AT&T: Hi <v>, your bill for May is ready. Amount due $64.20 on 15 June.',
      text,
    ],
    [
      'M&S mail',
      S('Marks and Spencer', 'shop'),
      'Hi <v>, your M&S order has shipped. M&S',
      mailFrom('orders@ms-mail.example'),
    ],
    [
      'J&J mail',
      S('Johnson & Johnson', 'shop'),
      'Hi <v>, your J&J order has shipped. J&J',
      mailFrom('orders@jj-mail.example'),
    ],
  ];
  it.each(OWN)('signs the source: %s', async (...row) => {
    expect(await caseVerdict(row)).toBe('legitimate');
  });

  const LEAK: readonly OwnContactCase[] = [
    [
      'PG&E to an unrelated registrant',
      S('Sunset Family Dentistry', 'dentist'),
      'PG&E: Hi <v>, your bill for May is ready. Amount due $84.20 on 15 June.',
      text,
    ],
    [
      'PG&E mail to an unrelated registrant',
      S('Sunset Family Dentistry', 'dentist'),
      'Hi <v>, your PG&E bill for May is ready. Amount due $84.20 on 15 June. PG&E',
      mailFrom('bills@pge-mail.example'),
    ],
    [
      'an imitation',
      pge,
      'PG&E: Hi <v>, your account is suspended. Pay $49.99 now at pge-billing-help.com',
      text,
    ],
    [
      'a loan to its customer',
      pge,
      'Hi <v>, as a PG&E customer you qualify for a $2,000 loan from QuickCash. Reply YES.',
      text,
    ],
    [
      'A&E in an injury claims text to Acme and Eagle',
      S('Acme and Eagle', 'shop'),
      'Hi <v>, A&E waiting times are long this winter. Book a private GP with DocNow for £29.',
      text,
    ],
    [
      'A&E in a claims mail to Acme and Eagle',
      S('Acme and Eagle', 'shop'),
      'Hi <v>, injured? Went to A&E? Claim now.',
      mailFrom('claims@injury-help.example'),
    ],
    [
      'R&D tax relief to Rees and Davies',
      S('Rees and Davies', 'accountant'),
      'Hi <v>, R&D tax relief could save your company thousands. Call us.',
      text,
    ],
    [
      'a Q&A to Quinn and Adams',
      S('Quinn and Adams', 'solicitor'),
      'Hi <v>, Q&A: can you write off your debts? Yes! Reply YES for a free call.',
      text,
    ],
    [
      'another initialism',
      pge,
      'SCE: Hi <v>, your bill for May is ready. Amount due $84.20 on 15 June.',
      text,
    ],
  ];
  it.each(LEAK)('leaves a leak: %s', async (...row) => {
    expect(await caseVerdict(row)).toBe('leak');
  });
});
