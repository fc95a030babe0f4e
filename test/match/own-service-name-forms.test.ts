// A source's name as its staff say it: a well-known brand written with its kind of business and
// city in Chinese for a source added by its Latin name, a German name reordered or shortened, a
// name made of common words ("Familia Tax Services"); and the lures that imitate each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';
import { brandTrades } from '../../src/match/source-names.js';

const own = (name: string, text: string, requireName = false) =>
  ownServiceMessage({ name, category: '' }, text, [], new Set(), requireName);

describe("a well-known brand's kind of business and city, for a source of no category", () => {
  it('Hilton Shanghai: 我是希尔顿酒店前台 and the signature 上海希尔顿酒店预订部 are its own', () => {
    expect(
      own('Hilton Shanghai', '王伟您好，我是希尔顿酒店前台小李，您预订的房间已经准备好了。')?.named,
    ).toBe(true);
    expect(
      own(
        'Hilton Shanghai',
        '尊敬的王伟：感谢您预订上海希尔顿酒店。预订号48213，入住日期6月15日。上海希尔顿酒店预订部',
        true,
      )?.named,
    ).toBe(true);
  });

  it('the trade comes from the brand table only: an unknown name has none', () => {
    expect(brandTrades({ name: 'Hilton Shanghai' })).toBe('hotel');
    expect(brandTrades({ name: 'IKEA', otherNames: ['宜家'] })).toBe('furniture shop');
    expect(brandTrades({ name: 'Versandhaus Nordlicht' })).toBe('');
  });

  it.each([
    '王伟您好，我是希尔顿贷款的客服，您的额度50万已批。',
    '王伟您好，我是上海万豪酒店前台小李，您预订的房间已经准备好了。',
    '【上海银行】王伟先生，您的预订已确认。',
    '王伟您好，我是希尔顿酒店前台小李，您的房间已升级，请加微信 hl8888 领取。',
  ])('another kind of business, another brand or a lure stays evidence for Hilton Shanghai: %s', (text) => {
    expect(own('Hilton Shanghai', text)).toBeUndefined();
  });
});

describe('a German name reordered or shortened by its staff', () => {
  it.each([
    [
      'Versandhaus Nordlicht',
      'Hallo Jana Weber, Ihre Bestellung ist unterwegs und kommt am Donnerstag. Ihr Team von Nordlicht Versand',
      true,
    ],
    [
      'Zahnarztpraxis Dr. Lange',
      'Guten Tag Jana Weber, hier spricht Frau Novak von Praxis Dr. Lange, ich rufe wegen Ihres Termins an.',
      false,
    ],
    [
      'Fitnessstudio Kraftwerk',
      'Guten Tag Jana Weber, hier spricht Frau Novak von Kraftwerk Fitness, ich rufe wegen Ihres Termins an.',
      false,
    ],
  ])('regression: %s reads as its own: %s', (name, text, requireName) => {
    expect(own(name, text, requireName)?.named).toBe(true);
  });

  it.each([
    [
      'Fitnessstudio Kraftwerk',
      'Guten Tag Jana Weber, hier spricht Herr Kurz von Kraftwerk Versicherung, ich rufe wegen Ihres Termins an.',
    ],
    [
      'Versandhaus Nordlicht',
      'Guten Tag Jana Weber, hier spricht Herr Kurz von Nordlicht Kredit, Ihr Sofortkredit ist genehmigt.',
    ],
  ])('a part that is no word of its compounds is another business: %s %s', (name, text) => {
    expect(own(name, text)).toBeUndefined();
  });
});

describe('a name made of common words', () => {
  it("regression: Familia Tax Services' clerk calling back about the quote is its own", () => {
    expect(
      own(
        'Familia Tax Services',
        "Hi Ann Lee, it's Elena from Familia Tax Services, just calling back about your quote.",
      )?.named,
    ).toBe(true);
  });

  it.each([
    "Hi Ann Lee, it's Elena from Familia Tax Services, your parcel is held at customs, pay the tax to release it.",
    "Hi Ann Lee, it's Elena from Familia Tax Services, you are owed a tax refund, press 1.",
  ])('the claim outside its name stays a lure: %s', (text) => {
    expect(own('Familia Tax Services', text)).toBeUndefined();
  });

  it('property: words of the name never excuse a parcel claim made outside it', () => {
    const words = ['Familia', 'Tax', 'Customs', 'Duty', 'Express', 'Nordlicht', 'Services'];
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 2 }), (parts) => {
        const name = parts.join(' ');
        const text = `Hi Ann, this is Elena from ${name}, your parcel is held at customs until you pay the duty.`;
        expect(own(name, text)).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});

describe("a Chinese business's name in pinyin: its Latin name or its domain's label", () => {
  const jd = { name: 'JD', category: '', expected: { emailDomains: ['jingdong.com'] } };
  it('regression: 京东 signs the mail of a source whose domain reads jingdong', () => {
    expect(
      ownServiceMessage(jd, '尊敬的陈思琪，您在京东购买的商品已发货，预计明天送达。京东', [], new Set(), true)
        ?.named,
    ).toBe(true);
  });

  it.each([
    '【京东】陈思琪您好，低价代购，加微信 dg888',
    '陈思琪您好，我是京东金融的客服，您的额度50万已批。',
    '陈思琪您好，您在京东购买的商品已发货。淘宝',
  ])('a lure, another kind of business or another signature stays evidence: %s', (text) => {
    expect(ownServiceMessage(jd, text, [], new Set(), true)).toBeUndefined();
  });

  it('one syllable or a name the source does not go by names nobody', () => {
    const xi = { name: 'Xi Shop', category: '', expected: { emailDomains: ['xi.example'] } };
    expect(ownServiceMessage(xi, '陈思琪您好，您的订单已发货。喜', [], new Set(), true)).toBeUndefined();
    expect(
      ownServiceMessage(
        { name: 'JD', category: '' },
        '尊敬的陈思琪，您的商品已发货。京东',
        [],
        new Set(),
        true,
      ),
    ).toBeUndefined();
  });
});
