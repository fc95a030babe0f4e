import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

/**
 * A hotel that texts from its declared landline, and a gym, each given three guests' name variants
 * and pool numbers; `contact` is one contact to the first guest's hotel identity from an undeclared
 * mobile, written by `write` with the variant issued to the hotel. With `buyer`, a loan robot
 * bought the hotel's list and calls all three guests by their hotel variants.
 */
async function hotelWorld(
  write: (name: string) => string,
  options: { hotel?: { name: string; category?: string }; buyer?: boolean; ownTexts?: string } = {},
) {
  const tracer = await createTracer({ seed: 'own-service', now: day(120, 0) });
  const hotel = await tracer.addSource({
    ...(options.hotel ?? { name: 'Grand Hotel Shanghai', category: 'hotel' }),
    expected: { phones: ['021-6123-4567'] },
  });
  const gym = await tracer.addSource({ name: '力美健身', category: '健身房' });
  const guests = [];
  for (let i = 0; i < 3; i++) {
    const me = await tracer.addSubject({
      name: `王${'一二三'[i]}芳`,
      phones: { pool: [0, 1, 2].map((k) => `1390013${String(i * 10 + k).padStart(4, '0')}`) },
      locale: 'zh-CN',
    });
    const atHotel = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['phone', 'name'],
      at: T0,
    });
    await tracer.issue({ subjectId: me.id, sourceId: gym.id, fields: ['phone', 'name'], at: T0 });
    guests.push(atHotel);
  }
  if (options.ownTexts !== undefined)
    for (const [i, g] of guests.entries())
      await tracer.record({
        channel: 'sms',
        at: day(5 + i),
        to: g.phone!,
        from: '021-6123-4567',
        content: `${g.name}${options.ownTexts}`,
      });
  const guest = guests[0]!;
  const recorded = await tracer.record({
    channel: 'sms',
    at: day(20),
    to: guest.phone!,
    from: '13512345678',
    content: write(guest.name!),
  });
  if (options.buyer)
    for (const [i, g] of guests.entries())
      await tracer.record({
        channel: 'call',
        at: day(40 + i),
        to: g.phone!,
        from: `+861701234560${i}`,
        content: `${g.name}您好，我是融易贷的客服，您有一笔二十万的贷款额度待领取，请问您需要吗`,
      });
  const analysis = await tracer.analyze({ to: day(120, 0) });
  const finding = analysis.sources.find((s) => s.sourceId === hotel.id)!;
  return { recorded, finding };
}

describe("the source's own staff in their own words from an undeclared mobile (regression: one such text convicted the hotel)", () => {
  it.each([
    (n: string) =>
      `Hi ${n}, this is Lily from the Grand Hotel front desk, your room is ready, call me on this number`,
    (n: string) => `Hi ${n}, this is Lily at reception, your room is ready whenever you arrive.`,
    (n: string) => `${n}您好，我是前台小李，您订的房间已经准备好了，请问大概几点入住？`,
    (n: string) => `您好${n}，这里是上海 Grand Hotel 总台，您预订的房间已可以入住`,
  ])('is a legitimate contact asking the hotel to confirm the number, and no leak (%#)', async (write) => {
    const { recorded, finding } = await hotelWorld(write);
    expect(recorded.verdict).toBe('legitimate');
    expect(recorded.confidence).toBeLessThan(0.95);
    expect(recorded.reason).toMatch(/did not declare.*confirm the number/u);
    expect(finding.status).toBe('legitimate-only');
    expect(finding.ownContactsFromUndeclaredSenders).toEqual([recorded.contact.id]);
    expect(finding.evidence).toEqual([]);
  });

  it('is judged by what the source deals in from its own texts when its name and category say nothing', async () => {
    // "Lotus" could be anything; its own texts confirm appointments, so its clerk's note is its own.
    const { finding } = await hotelWorld(
      (n) => `${n}您好，我是前台小李，您明天下午的预约已经排好了，到了找我就行`,
      {
        hotel: { name: 'Lotus' },
        ownTexts: '您好，您在本店的预约已确认，如有疑问请回电',
      },
    );
    expect(finding.status).toBe('legitimate-only');
  });

  it('is listed beside the source’s other evidence, not counted in it, when a buyer proves the leak', async () => {
    const { recorded, finding } = await hotelWorld(
      (n) => `Hi ${n}, this is Lily from the Grand Hotel front desk, your room is ready`,
      { buyer: true },
    );
    expect(finding.status).toBe('leaked');
    expect(finding.ownContactsFromUndeclaredSenders).toEqual([recorded.contact.id]);
    expect(finding.evidence.map((e) => e.contactId)).not.toContain(recorded.contact.id);
  });
});

describe('contacts that name the source but are not its own stay evidence against it', () => {
  it.each([
    [
      'a loan advert signed with its name from a mobile',
      (n: string) => `【Grand Hotel】${n}，您有一笔二十万的贷款额度待领取，回T退订`,
    ],
    [
      'a buyer who says where it got the details',
      (n: string) =>
        `Hi ${n}, I got your details from the Grand Hotel. Low-interest loans for guests, interested?`,
    ],
    [
      'a buyer who introduces itself',
      (n: string) =>
        `Hi ${n}, this is Tom from QuickLoans, as a Grand Hotel guest your booking qualifies you for a loan`,
    ],
    [
      'a rival',
      (n: string) => `${n}, tired of Grand Hotel prices? Sunrise Inn has rooms for your next stay from $59`,
    ],
    [
      'an impersonator who asks for a payment',
      (n: string) =>
        `Hi ${n}, this is Lily from the Grand Hotel front desk, your booking will be cancelled unless you pay the deposit at http://grand-stay.example`,
    ],
    [
      'an impersonator who gives another number',
      (n: string) => `${n}您好，我是Grand Hotel前台，您的房间有变动，请回电 13912345678`,
    ],
    [
      'a message about nothing the hotel deals in',
      (n: string) => `${n}您好，我是前台小李，您的快递到了，放门口吗`,
    ],
  ])('%s', async (_what, write) => {
    const { recorded, finding } = await hotelWorld(write);
    expect(recorded.verdict).toBe('leak');
    expect(finding.status).toBe('leaked');
    expect(finding.ownContactsFromUndeclaredSenders).toEqual([]);
  });
});
