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
  }) => ['email' | 'sms' | 'call', string, 'email' | 'phone', string][],
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
  for (const [channel, from, field, content] of contacts(issued)) {
    at += HOUR;
    await tracer.record({ channel, at: new Date(at), from, to: issued[field], content });
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
