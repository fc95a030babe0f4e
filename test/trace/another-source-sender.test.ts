import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = Date.parse('2026-09-01T00:00:00Z');
const HOUR = 3_600_000;

/**
 * A booking platform given an alias, a pool number and a name variant, and a hotel registered as a
 * source of its own with a declared number and mail domain. `contacts` are recorded from the
 * given senders to the platform's canary.
 */
async function bookingWorld(
  contacts: (c: {
    email: string;
    phone: string;
    name: string;
  }) => (
    | ['email' | 'sms' | 'call', string, 'email' | 'phone', string]
    | ['email' | 'sms' | 'call', string, 'email' | 'phone', string, { authenticatedDomains: string[] }]
  )[],
  hotelDomain = 'hilton.com',
) {
  const tracer = await createTracer({ seed: 'booking', now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'i@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const platform = await tracer.addSource({
    name: '携程旅行',
    category: 'travel agency',
    expected: { phones: ['95010'], emailDomains: ['ctrip.com'] },
  });
  await tracer.addSource({
    name: '上海希尔顿酒店',
    category: 'hotel',
    expected: { phones: ['021-61234567'], emailDomains: [hotelDomain] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: platform.id,
    fields: ['email', 'phone', 'name'],
    at: '2026-09-01T00:00:00Z',
  });
  const issued = { email: canary.email!, phone: canary.phone!, name: canary.name! };
  let at = T0 + 60 * 24 * HOUR;
  for (const [channel, from, field, content, extra] of contacts(issued)) {
    at += HOUR;
    await tracer.record({ channel, at: new Date(at), from, to: issued[field], content, ...extra });
  }
  const analysis = await tracer.analyze();
  return analysis.sources.find((s) => s.sourceId === platform.id)!;
}

describe('contacts from another registered source’s declared sender', () => {
  it('does not convict a booking platform for the hotel’s confirmation of the booking (mail and call)', async () => {
    const platform = await bookingWorld((c) => [
      [
        'email',
        'reservations@hilton.com',
        'email',
        `尊敬的${c.name}先生，您通过携程预订的12月5日豪华大床房已确认。上海希尔顿酒店`,
      ],
      [
        'call',
        '02161234567',
        'phone',
        `${c.name}先生您好，这里是上海希尔顿酒店前台，跟您确认一下携程订的明天入住。`,
      ],
    ]);
    expect(platform.status).not.toBe('leaked');
    expect(platform.status).not.toBe('suspected');
  });

  it('does not convict for an English confirmation from the hotel’s declared domain', async () => {
    const platform = await bookingWorld((c) => [
      [
        'email',
        'stay@reservations.hilton.com',
        'email',
        `Dear ${c.name}, thank you for booking with us via Booking.com. Your stay on 5 December is confirmed. Hilton`,
      ],
    ]);
    expect(platform.status).not.toBe('leaked');
  });

  it('still convicts when a stranger uses the same alias', async () => {
    const platform = await bookingWorld((c) => [
      ['email', 'promo@cheap-loans.example', 'email', `${c.name}您好，低息贷款，当天到账。`],
    ]);
    expect(platform.status).toBe('leaked');
  });

  it('a shared provider’s domain cannot be declared by the other source: mail from it still convicts', async () => {
    await expect(bookingWorld(() => [], 'qq.com')).rejects.toMatchObject({ name: 'ValidationError' });
    const platform = await bookingWorld((c) => [
      ['email', 'cheap.loans.88@qq.com', 'email', `${c.name}您好，低息贷款，当天到账。`],
    ]);
    expect(platform.status).toBe('leaked');
  });

  it('a registrant that pitches from its own declared line with the platform’s data is the data’s buyer', async () => {
    const platform = await bookingWorld((c) => [
      [
        'call',
        '021-61234567',
        'phone',
        `${c.name}您好，这里是上海希尔顿酒店，为您推荐我们的会员储值卡，充一万送两千。`,
      ],
      [
        'call',
        '021-61234567',
        'phone',
        `${c.name}您好，这里是上海希尔顿酒店，为您推荐我们的会员储值卡，充一万送两千。`,
      ],
    ]);
    expect(platform.status).toBe('leaked');
  });

  it('a fraud caller spoofing the other source’s declared number still convicts the platform', async () => {
    const platform = await bookingWorld((c) => [
      ['call', '021-61234567', 'phone', `${c.name}您好，您的订单异常，需要您转入保证金到安全账户才能退款。`],
    ]);
    expect(platform.status).toBe('leaked');
  });
});

describe('another registrant’s mail that failed authentication', () => {
  const confirmation = (name: string) =>
    `尊敬的${name}先生，您通过携程预订的12月5日豪华大床房已确认。上海希尔顿酒店`;

  it('the hotel’s confirmation sent through its booking vendor is at most weak against the platform', async () => {
    for (const authenticatedDomains of [['mews.li'], [], ['opera-cloud.example']]) {
      const platform = await bookingWorld((c) => [
        ['email', 'reservations@hilton.com', 'email', confirmation(c.name), { authenticatedDomains }],
        [
          'email',
          'stay@hilton.com',
          'email',
          `Dear ${c.name}, your reservation for 5 December is confirmed. Free cancellation until 3 December. Kind regards, Hilton`,
          { authenticatedDomains },
        ],
      ]);
      expect(platform.status, authenticatedDomains.join()).not.toBe('leaked');
      expect(platform.status, authenticatedDomains.join()).not.toBe('suspected');
      expect(platform.evidence.every((e) => e.kind === 'pool-number')).toBe(true);
    }
  });

  it('the same mail with a fraud cue is a forger’s: decisive', async () => {
    const platform = await bookingWorld((c) => [
      [
        'email',
        'reservations@hilton.com',
        'email',
        `Dear ${c.name}, your reservation could not be guaranteed. Please confirm your card details at https://hilton-booking-verify.top/guest within 24 hours.`,
        { authenticatedDomains: ['mews.li'] },
      ],
    ]);
    expect(platform.status).toBe('leaked');
  });

  it('authenticated, or with no results to check, it is no evidence at all', async () => {
    for (const extra of [
      { authenticatedDomains: ['hilton.com'] },
      { authenticatedDomains: ['sendgrid.net'] },
    ]) {
      const platform = await bookingWorld((c) => [
        ['email', 'reservations@hilton.com', 'email', confirmation(c.name), extra],
      ]);
      expect(platform.evidence).toEqual([]);
    }
    const platform = await bookingWorld((c) => [
      ['email', 'reservations@hilton.com', 'email', confirmation(c.name)],
    ]);
    expect(platform.evidence).toEqual([]);
  });
});

describe('what passes on the dealing and what is the registrant’s own trade or an impersonator’s', () => {
  it('a failed payment with another number to ring, on the hotel’s spoofed line, convicts the platform (en, de, zh)', async () => {
    for (const text of [
      (n: string) =>
        `Hotel: ${n}, your booking has been cancelled due to a payment problem. Call +44 20 7946 0000 to rebook.`,
      (n: string) =>
        `Guten Tag ${n}, hier ist das Hotel. Ihre Zahlung ist fehlgeschlagen, bitte rufen Sie 0800 1234567 an, sonst wird die Buchung storniert.`,
      (n: string) => `${n}先生您好，这里是上海希尔顿酒店，您的订单支付失败，请拨打4008123456重新预订。`,
    ]) {
      const platform = await bookingWorld((c) => [['sms', '021-61234567', 'phone', text(c.name)]]);
      expect(platform.status, text('X')).toBe('leaked');
    }
  });

  it('the hotel’s own number to ring about the booking keeps it the hotel’s notice', async () => {
    const platform = await bookingWorld((c) => [
      [
        'sms',
        '021-61234567',
        'phone',
        `${c.name}先生您好，您通过携程预订的房间已为您保留，如有疑问请致电021-61234567。`,
      ],
    ]);
    expect(platform.status).not.toBe('leaked');
    expect(platform.evidence).toEqual([]);
  });

  it('the hotel selling to the platform’s customer from its own port is the file’s buyer (zh, en, de, fr)', async () => {
    for (const text of [
      (n: string) => `【上海希尔顿酒店】${n}先生，感谢您的入住，现推出会员储值卡充5000送1000，回复Y办理。`,
      (n: string) => `【上海希尔顿酒店】${n}先生，圣诞特惠套餐限时抢购，详情点击 hilton.com/xmas`,
      (n: string) =>
        `Hilton: Dear ${n}, join our loyalty club today and get your next night on us. Reply YES to join.`,
      (n: string) =>
        `Hilton: Guten Tag ${n}, werden Sie Mitglied in unserem Treueprogramm und sichern Sie sich Ihre Vorteile.`,
      (n: string) => `Hilton : Bonjour ${n}, profitez de notre offre spéciale de Noël sur hilton.com.`,
    ]) {
      const platform = await bookingWorld((c) => [['sms', '021-61234567', 'phone', text(c.name)]]);
      expect(platform.status, text('X')).toBe('leaked');
    }
  });

  it('a confirmation’s own words (free cancellation, special requests, 免费取消, 如有需要) sell nothing', async () => {
    const platform = await bookingWorld((c) => [
      [
        'email',
        'reservations@hilton.com',
        'email',
        `Dear ${c.name}, your stay on 5 December is confirmed. Free cancellation until 3 December. Special requests: late arrival. Hilton`,
      ],
      [
        'sms',
        '021-61234567',
        'phone',
        `${c.name}先生，您通过携程预订的12月5日房间已确认，12月3日前可免费取消，如有需要请联系前台。`,
      ],
    ]);
    expect(platform.evidence).toEqual([]);
  });
});
