import { describe, expect, it } from 'vitest';
import { topicScores } from '../../src/trace/topics.js';
import { ownContactVerdict } from '../helpers/own-contact.js';

// A shop's, a hotel's or an app's newsletter gives the person a discount code to type at its own
// checkout ("20% off with code NEWIN20. Shop now: https://…"). A code of that kind is no one-time
// passcode or card code asked back, so beside a link to the source's own site it is no fraud cue.

type Case = readonly [
  label: string,
  source: string,
  category: string,
  site: string,
  text: (n: string) => string,
];

const OWN: readonly Case[] = [
  [
    'en with code',
    'ASOS',
    'shop',
    'asos.com',
    (n) =>
      `Hi ${n}, new in: 20% off dresses this weekend with code NEWIN20. Shop now https://www.asos.com/women/new-in/ ASOS`,
  ],
  [
    'en promo code',
    'Marriott Bonvoy',
    'hotel',
    'marriott.com',
    (n) =>
      `Dear ${n}, save 20% on weekend stays with promo code ZV4. Book now: https://www.marriott.com/offers Marriott Bonvoy`,
  ],
  [
    'en voucher code',
    'Boots',
    'pharmacy',
    'boots.com',
    (n) =>
      `Hi ${n}, here is £5 off your next order over £30: voucher code SPRING. Shop at https://www.boots.com Boots`,
  ],
  [
    'de mit dem Code',
    'Zalando',
    'shop',
    'zalando.de',
    (n) =>
      `Hallo ${n}, 20 % Rabatt auf alles mit dem Code SOMMER20. Jetzt shoppen: https://www.zalando.de/ Abmelden. Zalando`,
  ],
  [
    'de Rabatt-Code',
    'Douglas',
    'shop',
    'douglas.de',
    (n) => `Liebe ${n}, Ihr Rabatt-Code: BEAUTY15. Einlösen auf https://www.douglas.de Ihr Douglas Team`,
  ],
  [
    'fr code promo',
    'Sephora',
    'shop',
    'sephora.fr',
    (n) =>
      `Bonjour ${n}, -20 % sur tout avec le code promo ETE. Découvrir : https://www.sephora.fr/ Se désabonner. Sephora`,
  ],
  [
    'fr avec le code',
    'Fnac',
    'shop',
    'fnac.com',
    (n) => `Bonjour ${n}, 10 € offerts avec le code FNAC10. Profitez-en : https://www.fnac.com Fnac`,
  ],
  [
    'nl met code',
    'Bol.com',
    'shop',
    'bol.com',
    (n) => `Hoi ${n}, 15% korting met code LENTE15. Shop nu: https://www.bol.com Bol.com`,
  ],
];

async function verdictOf([, name, category, site, text]: Case, from: string): Promise<string> {
  const source = { name, category, domains: [site] };
  return (await ownContactVerdict(source, text('<v>'), { channel: 'email', from })).verdict;
}

describe('a discount code in a source’s own newsletter', () => {
  it.each(OWN)('is its own from its mail service (%s)', async (...c) => {
    expect(await verdictOf(c, 'news@mail.mailchimpapp.com')).toBe('legitimate');
  });

  it.each(OWN)('is no fraud cue (%s)', (...c) => {
    const fraud = topicScores([c[4]('Emily')]).find(([t]) => t === 'fraud')?.[1] ?? 0;
    expect(fraud).toBe(0);
  });

  it.each([
    [
      'a verification code and a link',
      'Your verification code is 482913. Click https://x.example to confirm it.',
    ],
    ['a code given by its digits and a link', 'Your code: 482913. Visit https://x.example now.'],
    ['a code after its value and a link', 'G-482913 is your code. Tap https://x.example to use it.'],
    ['a code asked back', 'Your account is locked. Send us the code we texted you.'],
  ])('keeps the fraud pattern of %s', (_, text) => {
    const fraud = topicScores([text]).find(([t]) => t === 'fraud')?.[1] ?? 0;
    expect(fraud).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [
      'a code asked back',
      (n: string) => `Hi ${n}, ASOS here. We sent you a code, reply with the code to keep your account. ASOS`,
    ],
    [
      'a discount code on a lookalike site',
      (n: string) => `Hi ${n}, 50% off with code NEWIN50 today only: https://asos-outlet-sale.top ASOS`,
    ],
  ])('stays evidence with %s', async (_, text) => {
    expect(await verdictOf(['', 'ASOS', 'shop', 'asos.com', text], 'news@mail.mailchimpapp.com')).toBe(
      'leak',
    );
  });
});
