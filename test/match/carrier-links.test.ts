import { describe, expect, it } from 'vitest';
import { withoutCarrierLinks } from '../../src/match/own-links.js';
import { type OwnTextCase, ownTextVerdict } from '../helpers/own-text.js';

/**
 * A shop's dispatch notice from an undeclared number, linking to the carrier's own tracking page
 * in its country: each is the shop's own message, the carrier's site no link elsewhere.
 */
const OWN: OwnTextCase[] = [
  [
    'de dhl',
    'DE',
    '+4915112000001',
    'Fahrradladen Speiche',
    'shop',
    (n, s) =>
      `Hallo ${n}, Ihre Bestellung bei ${s} ist unterwegs! Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890`,
  ],
  [
    'en royal mail',
    'GB',
    '+447911235610',
    'Blue Shop',
    'shop',
    (n, s) =>
      `Hi ${n}, your ${s} order has been dispatched with Royal Mail. Track it here: https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB`,
  ],
  [
    'en ups',
    'GB',
    '+447911235610',
    'Blue Shop',
    'shop',
    (n, s) =>
      `Hi ${n}, good news! Your ${s} order has shipped with UPS. Track your parcel: https://www.ups.com/track?tracknum=1Z999AA10123456784`,
  ],
  [
    'zh 顺丰',
    'CN',
    '+8613800138000',
    '天润商城',
    'shop',
    (n, s) =>
      `${n}您好，您在${s}购买的商品已发货，顺丰单号SF1234567890123，查询物流：https://www.sf-express.com/chn/sc/waybill/list`,
  ],
  [
    'ja ヤマト',
    'JP',
    '+819012000001',
    'ナカムラ電機',
    'shop',
    (n, s) =>
      `${n}様 ${s}です。ご注文の商品を発送いたしました。お荷物の追跡はこちら：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=123456789012`,
  ],
  [
    'fr colissimo',
    'FR',
    '+33612000001',
    'Optique Lumière',
    'optician',
    (n, s) =>
      `Bonjour ${n}, votre commande ${s} a été expédiée. Suivez votre colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901`,
  ],
];

/** The same notice with a lookalike carrier, a customs fee or a loan: each stays a leak. */
const IMITATIONS: OwnTextCase[] = [
  [
    'dhl lookalike',
    'DE',
    '+4915112000001',
    'Fahrradladen Speiche',
    'shop',
    (n, s) =>
      `Hallo ${n}, Ihre Bestellung bei ${s} ist unterwegs! Sendungsverfolgung: https://dhl-track.top/de/verfolgen?id=0034043416`,
  ],
  [
    'dhl customs fee',
    'DE',
    '+4915112000001',
    'Fahrradladen Speiche',
    'shop',
    (n, s) =>
      `Hallo ${n}, Ihre Bestellung bei ${s} wird beim Zoll festgehalten. Zahlen Sie 2,99 € Zollgebühr: https://www.dhl.de/zoll`,
  ],
  [
    'royal mail redelivery lookalike',
    'GB',
    '+447911235610',
    'Blue Shop',
    'shop',
    (n, s) =>
      `Hi ${n}, your ${s} order could not be delivered. Reschedule at https://royalmail-redelivery.com/uk`,
  ],
  [
    'ups + loan',
    'GB',
    '+447911235610',
    'Blue Shop',
    'shop',
    (n, s) =>
      `Hi ${n}, your ${s} order has shipped with UPS: https://www.ups.com/track?tracknum=1Z999AA10123456784. Need cash? Get a personal loan of up to £5,000 today.`,
  ],
];

describe("a shop's dispatch notice with the carrier's own tracking link", () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is its own, never a leak (%s)', async (_label, c) => {
    const { verdict, status } = await ownTextVerdict(c);
    expect(verdict).toBe('legitimate');
    expect(status).not.toBe('leaked');
  });

  it.each(IMITATIONS.map((c) => [c[0], c] as const))('stays a leak (%s)', async (_label, c) => {
    const { verdict, status } = await ownTextVerdict(c);
    expect(verdict).toBe('leak');
    expect(status).toBe('leaked');
  });
});

describe('withoutCarrierLinks', () => {
  it("takes out the carriers' own hosts, any subdomain or country", () => {
    for (const link of [
      'https://www.dhl.de/de/privatkunden/verfolgen.html?piececode=1',
      'https://nolp.dhl.de/nextt-online-public/set_identcodes.do?idc=1',
      'https://www.dhl.co.uk/track',
      'https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB',
      'www.ups.com/track?tracknum=1Z',
      'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko',
      'https://www.sf-express.com/chn/sc/waybill/list',
      'https://www.dpd.co.uk/apps/tracking/?parcel=1',
    ])
      expect(withoutCarrierLinks(`Track it: ${link} thanks`)).toBe('Track it:   thanks');
  });
  it('keeps lookalikes, shorteners and other sites', () => {
    for (const link of [
      'https://dhl-track.top/de',
      'https://dhl.de.tracking-check.com/x',
      'https://royalmail-redelivery.com/uk',
      'https://www.dhl.de@evil.example/x',
      'https://bit.ly/3xYz',
      'https://ups.com.evil.top/track',
    ])
      expect(withoutCarrierLinks(`Track it: ${link}`)).toBe(`Track it: ${link}`);
  });
});
