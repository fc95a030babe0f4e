import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { hearSourceNames } from '../../src/match/heard-names.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

/** A person who gave each hotel an alias, a pool number and a name variant. */
async function world() {
  const tracer = await createTracer({
    seed: 'pretexts',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'DE',
  });
  const me = await tracer.addSubject({
    name: 'Katharina Obermeier',
    emails: [{ address: 'inbox@ko-mail.example', strategy: 'domain' }],
    phones: { real: ['+4917612345670'], pool: ['+4917612345671', '+4917612345672', '+4917612345673'] },
    locale: 'en',
    region: 'DE',
  });
  const canaries: Record<string, { email: string; phone: string; name: string }> = {};
  for (const [name, domain] of [
    ['Hotel Adlon Kempinski', 'kempinski.com'],
    ['Hilton Berlin', 'hilton.com'],
    ['Hotel Sacher', 'sacher.com'],
  ] as const) {
    const source = await tracer.addSource({
      name,
      category: 'hotel',
      expected: { phones: [], emailDomains: [domain] },
    });
    const c = await tracer.issue({
      subjectId: me.id,
      sourceId: source.id,
      fields: ['email', 'phone', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    canaries[name] = { email: c.email!, phone: c.phone!, name: c.name! };
  }
  let at = Date.parse('2026-04-01T10:00:00Z');
  const next = () => {
    at += 3_600_000;
    return at;
  };
  const record = (input: {
    channel: 'email' | 'sms' | 'call';
    to: string;
    from: string;
    fromName?: string;
    content: string;
  }) => tracer.record({ ...input, at: new Date(next()) });
  return { record, canaries };
}

describe('own-message rules a dealer could imitate', () => {
  it("does not take a lookalike sender domain carrying the source's name for a vendor's own site", async () => {
    const { record, canaries } = await world();
    const c = canaries['Hotel Adlon Kempinski']!;
    const r = await record({
      channel: 'email',
      to: c.email,
      from: 'service@adlon-buchung.com',
      fromName: 'Hotel Adlon Kempinski',
      content: `Ihre Buchung im Hotel Adlon Kempinski: Details und Check-in unter https://adlon-buchung.com/r/8812`,
    });
    expect(r.verdict).toBe('leak');
  });

  it('keeps a vendor linking to its own site, which does not pass as the source’s, as before', async () => {
    const { record, canaries } = await world();
    const c = canaries['Hotel Adlon Kempinski']!;
    const r = await record({
      channel: 'email',
      to: c.email,
      from: 'noreply@mews.com',
      content: `Dear ${c.name}, your booking at Hotel Adlon Kempinski is confirmed. Check in online: https://app.mews.com/checkin/8812`,
    });
    expect(r.verdict).toBe('legitimate');
  });

  it.each([
    [
      'de',
      'Guten Tag, wir rufen im Auftrag von Hotel Adlon Kempinski an und möchten Ihre Erfahrung mit Ihrem Aufenthalt bewerten.',
    ],
    [
      'en',
      'Hello, we are calling on behalf of Hotel Adlon Kempinski about your recent stay and would like to ask a few questions.',
    ],
  ])(
    'reads "on behalf of the source" on a call from an undeclared number as a pretext (%s)',
    async (_lang, text) => {
      const { record, canaries } = await world();
      const r = await record({
        channel: 'call',
        to: canaries['Hotel Adlon Kempinski']!.phone,
        from: '+4915799887766',
        content: text,
      });
      expect(r.verdict).not.toBe('legitimate');
    },
  );

  it('hears no name in "hold on" or "all in", nor a kind word as the name', () => {
    expect(
      hearSourceNames(['Hilton Berlin'], 'Hello, please hold on while I check your booking.'),
    ).not.toMatch(/hilton/iu);
    expect(hearSourceNames(['Allin Fitness'], 'It is all in the contract.')).not.toMatch(/allin/iu);
    // A split name is still heard whole.
    expect(hearSourceNames(['Hilton Berlin'], 'this is the hil ton front desk')).toMatch(/hilton/iu);
  });

  it('does not read "Sachertorte" or "Bristolbank" as the name; "Sacher-Team" and "Ihr Adlonteam" still are', () => {
    const hotel = (name: string) => ({ name, category: 'hotel', expected: { emailDomains: [], phones: [] } });
    const own = (name: string, text: string) =>
      ownServiceMessage(hotel(name), text, ['+4915799887711'], undefined, false, { from: '+4915799887711' });
    expect(own('Hotel Sacher', 'Original Sachertorte direkt zu Ihnen nach Hause')).toBeUndefined();
    expect(own('Hotel Bristol', 'Ihre Bristolbank informiert Sie gern persönlich')).toBeUndefined();
    expect(own('Hotel Sacher', 'Wir freuen uns auf Ihren Besuch. Ihr Sacherteam')).toBeDefined();
    expect(own('Hotel Adlon Kempinski', 'Wir freuen uns auf Ihren Aufenthalt. Ihr Adlonteam')).toBeDefined();
  });

  it('takes no sender ID or mailbox signature as carrier-checked: a prize or loan signed so stays evidence', async () => {
    const { record, canaries } = await world();
    const c = canaries['Hotel Adlon Kempinski']!;
    const r = await record({
      channel: 'sms',
      to: c.phone,
      from: 'ADLON',
      content: 'Hotel Adlon: Ihr Gewinn wartet, jetzt Kreditangebot sichern',
    });
    expect(r.verdict).not.toBe('legitimate');
  });
});
