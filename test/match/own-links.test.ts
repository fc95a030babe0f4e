import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkedDomains, linksElsewhere } from '../../src/match/own-links.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

describe('links in a message naming the source', () => {
  it('finds domains with and without a scheme, not figures or abbreviations', () => {
    expect(
      linkedDomains('Claim at https://costco-rewards.example/m or www.xy.example, z.B. v2.0 um 10.30 Uhr'),
    ).toEqual(['costco-rewards.example', 'xy.example']);
    expect(linkedDomains('Ihr Ergebnis: check24.de/kfz')).toEqual(['check24.de']);
  });

  it.each([
    [{ name: 'Grand Hotel' }, 'check in online: https://grandhotel.com/ci/8x7'],
    [{ name: 'Bright Smile Dental' }, 'Book online at brightsmiledental.com/book'],
    [{ name: 'CHECK24' }, 'Ihr Ergebnis: check24.de/kfz'],
    [{ name: 'Costco Wholesale' }, 'see costco.com'],
    [
      { name: 'Versandhaus Nordlicht', expected: { emailDomains: ['nordlicht-versand.example'] } },
      'https://shop.nordlicht-versand.example/x',
    ],
    [{ name: '上海希尔顿酒店' }, '可点击 https://hilton.cn/ci/8x7 办理在线入住'],
  ])('takes %o’s own site as its own: %s', (source, text) => {
    expect(linksElsewhere(source, text)).toBe(false);
  });

  // Regression: phishing naming the source with "membership" was read as its own message.
  it.each([
    [
      { name: 'Costco Wholesale' },
      'your Costco membership rewards are waiting: claim at https://costco-rewards.example/m',
    ],
    [{ name: 'Target' }, 'Renew now at target-renew.example to keep your benefits'],
    [{ name: 'Acme Fitness' }, 'Confirm at http://acmefit-renew.example'],
    [{ name: 'CHECK24' }, 'bestätigen Sie Ihre Daten unter check24-konto.example'],
    [{ name: '京东商城' }, '请登录 jd-jifen.example 兑换'],
    [{ name: '天润商城' }, '详情 http://tr-jifen.example'],
  ])('takes a lookalike of %o’s site as somebody else’s: %s', (source, text) => {
    expect(linksElsewhere(source, text)).toBe(true);
  });

  it('takes any word added to a Latin brand in a domain as a lookalike', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,10}$/u), fc.constantFrom('-', ''), (word, joiner) => {
        fc.pre(
          !['shop', 'store', 'online', 'app', 'my', 'the', 'www', 'official', 'go', 'get'].includes(word),
        );
        fc.pre(!'acmefitness'.startsWith(word) && !word.startsWith('acme') && !word.startsWith('fitness'));
        expect(linksElsewhere({ name: 'Acme Fitness' }, `see acme${joiner}${word}.example`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a domain spelled as the source’s name', () => {
  const hotel = { name: 'Harbour View Hotel' };
  const text = (link: string) =>
    `Harbour View Hotel: your booking for 12 April is confirmed. View your booking details at https://${link}`;

  it.each([
    'harbourviewhotel.com/b/8831',
    'harbour-view-hotel.com/b/8831',
    'harbourviewhotel.co.uk/b/8831',
    'harbourviewhotel.de/b/8831',
    'www.harbourviewhotel.net/b',
    'harbourviewhotel.com.au/b',
  ])('is its own site on .com, .net, .org or a country’s domain: %s', (link) => {
    expect(linksElsewhere(hotel, text(link))).toBe(false);
  });

  it.each([
    'harbourviewhotel.top/b/8831',
    'harbour-view-hotel.co/b/8831',
    'harbourviewhotel.xyz/login',
    'harbourviewhotel.click/b',
    'harbourviewhotel.online/b',
    'harbour-view-hotel.site/b',
    'harbourviewhotel.tk/b',
    'harbourviewhotel.shop/b',
  ])('is a lookalike on any other top-level domain unless declared: %s', (link) => {
    expect(linksElsewhere(hotel, text(link))).toBe(true);
    const declared = { ...hotel, expected: { emailDomains: [link.split('/')[0]!.replace(/^www\./u, '')] } };
    expect(linksElsewhere(declared, text(link))).toBe(false);
  });

  it('makes a confirmation from an undeclared number evidence on a lookalike, its own on its site', () => {
    const read = (link: string) =>
      ownServiceMessage({ ...hotel, category: 'hotel' }, text(link), ['+447912345610'], new Set(), false);
    expect(read('harbourviewhotel.top/b/8831')).toBeUndefined();
    expect(read('harbour-view-hotel.co/b/8831')).toBeUndefined();
    expect(read('harbourviewhotel.xyz/login')).toBeUndefined();
    expect(read('harbourviewhotel.co.uk/b/8831')).toBeDefined();
  });

  it('is a lookalike beside a declared domain of another label, not beside one of the same label', () => {
    const adlon = { name: 'Hotel Adlon', expected: { emailDomains: ['hotel-adlon.de'] } };
    expect(linksElsewhere(adlon, 'Hotel Adlon: https://hoteladlon.com/checkin')).toBe(true);
    expect(linksElsewhere(adlon, 'Hotel Adlon: https://hotel-adlon.com/checkin')).toBe(false);
  });
});

describe('a link’s real host', () => {
  it('is the host after a user:password@ in a URL, and a homograph’s ASCII form', () => {
    expect(linkedDomains('bitte einchecken: https://hotel-adlon.de@buchung-check.top/b')).toEqual([
      'buchung-check.top',
    ]);
    expect(linkedDomains('bitte einchecken: https://hotel-\u0430dlon.de/b')).toEqual([
      'xn--hotel-dlon-4qi.de',
    ]);
  });

  it('folds a Latin host with diacritics as text is, so the source’s own IDN site still spells its name', () => {
    expect(linkedDomains('Unterlagen: https://www.müller-reisen.de/buchung')).toEqual(['muller-reisen.de']);
  });
});
