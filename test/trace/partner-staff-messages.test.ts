import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/**
 * A booking platform (or a shop) given an alias, a pool number and a name variant, and a hotel
 * registered too, with its declared landline and mail domain: the hotel holds the platform's
 * identity because the person booked it through the platform.
 */
async function world(
  holder: { name: string; category: string; domain: string } = {
    name: 'Booking.com',
    category: 'travel',
    domain: 'booking.com',
  },
) {
  const tracer = await createTracer({
    seed: 'partner',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    locale: 'en',
    region: 'GB',
  });
  const platform = await tracer.addSource({
    name: holder.name,
    category: holder.category,
    expected: { emailDomains: [holder.domain] },
  });
  const hotel = await tracer.addSource({
    name: 'Hotel Adlon Kempinski',
    category: 'hotel',
    expected: { emailDomains: ['kempinski.com'], phones: ['+493022610'] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: platform.id,
    fields: ['email', 'phone', 'name'],
    at: '2026-03-01T10:00:00Z',
  });
  let at = Date.parse('2026-04-02T10:00:00Z');
  const next = () => {
    at += 3_600_000;
    return at;
  };
  const record = (channel: 'sms' | 'call' | 'email', from: string, content: string, extra = {}) =>
    tracer.record({
      channel,
      at: new Date(next()),
      from,
      to: channel === 'email' ? canary.email! : canary.phone!,
      content,
      ...extra,
    });
  const status = async () => (await tracer.analyze()).sources.find((s) => s.sourceId === platform.id)!.status;
  return { record, status, v: canary.name!, platform, hotel };
}

describe('a hotel writing about a booking made through a platform', () => {
  it("reads a clerk's text from the hotel's staff mobile as the hotel's, not a leak by the platform", async () => {
    const w = await world();
    const r = await w.record(
      'sms',
      '+4915112340000',
      `Hotel Adlon Kempinski: Dear ${w.v}, your room is ready. We look forward to seeing you. Anna, Reception`,
    );
    expect(r.verdict).toBe('legitimate');
    expect(r.reason).toContain("Hotel Adlon Kempinski's own service message");
    expect(r.reason).not.toContain('a third party');
    expect(await w.status()).not.toBe('leaked');
    expect(await w.status()).not.toBe('suspected');
  });

  it('reads the same in German and from a staff mailbox', async () => {
    const w = await world();
    const de = await w.record(
      'sms',
      '+4915112340000',
      `Hotel Adlon Kempinski: Guten Tag ${w.v}, Ihr Zimmer ist bezugsbereit. Wir freuen uns auf Sie. Anna, Rezeption`,
    );
    const mail = await w.record(
      'email',
      'adlon.frontdesk@gmail.com',
      `Dear ${w.v}, thank you for your booking via Booking.com. Could you tell us your arrival time?\nKind regards, Anna, Front Office, Hotel Adlon Kempinski`,
    );
    expect([de.verdict, mail.verdict]).toEqual(['legitimate', 'legitimate']);
    expect(mail.reason).toContain('Hotel Adlon Kempinski');
    expect(await w.status()).not.toBe('leaked');
  });

  it("names the hotel, not the platform's undeclared sender, for the hotel's declared landline and domain", async () => {
    const w = await world();
    const call = await w.record(
      'call',
      '+493022610',
      `Hello ${w.v}, this is the Hotel Adlon calling about your Booking.com reservation.`,
    );
    const mail = await w.record(
      'email',
      'reservations.adlon@kempinski.com',
      `Dear ${w.v}, thank you for your booking via Booking.com. We look forward to welcoming you on 12 April.\nHotel Adlon Kempinski`,
      { authenticatedDomains: ['kempinski.com'] },
    );
    for (const r of [call, mail]) {
      expect(r.verdict).toBe('legitimate');
      expect(r.reason).toContain("from Hotel Adlon Kempinski's declared");
      expect(r.reason).not.toContain('Booking.com did not declare');
    }
  });

  it('keeps a pitch or a lure signed with the hotel’s name as evidence against the platform', async () => {
    const w = await world();
    const pitch = await w.record(
      'sms',
      '+4915112340001',
      `Hotel Adlon Kempinski: Dear ${w.v}, book your next stay directly with us and get 20% off! Call 07700900123`,
    );
    const lure = await w.record(
      'sms',
      '+4915112340002',
      `Hotel Adlon Kempinski: Dear ${w.v}, your booking could not be guaranteed. Please confirm your card at https://adlon-guarantee.top/r/77 within 24 hours.`,
    );
    const landlinePitch = await w.record(
      'call',
      '+493022610',
      `Hello ${w.v}, Hotel Adlon here: join our loyalty club today and get a voucher for your next stay.`,
    );
    expect([pitch.verdict, lure.verdict, landlinePitch.verdict]).toEqual(['leak', 'leak', 'leak']);
  });

  it("keeps the hotel's room notice to a shop's identity as evidence (a shop passes on no booking)", async () => {
    const w = await world({ name: 'Tchibo Shop', category: 'online shop', domain: 'tchibo.de' });
    const r = await w.record(
      'sms',
      '+4915112340000',
      `Hotel Adlon Kempinski: Dear ${w.v}, your room is ready. We look forward to seeing you. Anna, Reception`,
    );
    expect(r.verdict).toBe('leak');
  });
});
