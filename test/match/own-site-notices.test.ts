import { describe, expect, it } from 'vitest';
import { ownContactVerdict } from '../helpers/own-contact.js';

// A notice of a code, a refund or an account with a link is the phishing pattern only when the
// link sends the person elsewhere: the source's own site (a domain it declared or one spelled as
// its name) is where its customer acts on its notices.

type Case = readonly [label: string, name: string, category: string, site: string, text: string];

const HOME: readonly Case[] = [
  [
    'en activation code',
    'HSBC UK',
    'bank',
    'hsbc.co.uk',
    'Dear <v>, your activation code is on its way by post. Once it arrives, log on at https://www.hsbc.co.uk to activate. HSBC UK',
  ],
  [
    'en refund',
    'ASOS',
    'shop',
    'asos.com',
    'Hi <v>, you are due a refund for your return. Check the status at https://www.asos.com/my-account. ASOS',
  ],
  [
    'en account, www without scheme',
    'Marriott Bonvoy',
    'hotel',
    'marriott.com',
    'Dear <v>, your new account is ready. Visit www.marriott.com/bonvoy to see your points. Marriott Bonvoy',
  ],
  [
    'en site spelled as the name',
    'Boots',
    'pharmacy',
    'boots.example',
    'Hi <v>, your verification code is on its way. Tap https://www.boots.com/account to finish setting up your account. Boots',
  ],
];

const verdictOf = async ([, name, category, site, text]: Case) =>
  (
    await ownContactVerdict({ name, category, domains: [site] }, text, {
      channel: 'email',
      from: 'notices@mailer-x.example',
    })
  ).verdict;

describe('a notice linking the source’s own site', () => {
  it.each(HOME)('is its own (%s)', async (...c) => {
    expect(await verdictOf(c)).toBe('legitimate');
  });

  it.each(HOME)('stays evidence linking a lookalike instead (%s)', async (...c) => {
    const elsewhere = c[4].replace(/(https:\/\/)?www\.[a-z.]+/u, 'https://secure-account-check.top');
    expect(await verdictOf([c[0], c[1], c[2], c[3], elsewhere])).toBe('leak');
  });
});
