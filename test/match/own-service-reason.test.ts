import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// The reason given for a source's own service message from a sender it did not declare says what
// was seen — the topic, and what the text does not ask — not who wrote it.

async function world() {
  const tracer = await createTracer({ seed: 1, now: new Date('2026-06-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Anna Müller',
    emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: ['+4915112345601'] },
    region: 'DE',
  });
  const adlon = await tracer.addSource({
    name: 'Hotel Adlon Kempinski Berlin',
    category: 'hotel',
    expected: { phones: ['+493022610'] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: adlon.id,
    fields: ['name', 'phone'],
    at: '2026-01-01T00:00:00Z',
  });
  return { tracer, canary };
}

describe('the reason of an own service message from an undeclared sender', () => {
  it('says what the message is about, and never that the source itself wrote it', async () => {
    const { tracer, canary } = await world();
    const result = await tracer.record({
      channel: 'sms',
      at: '2026-03-01T00:00:00Z',
      to: canary.phone!,
      from: '+4917612345673',
      content: `Guten Tag ${canary.name}, Ihre Buchung für den 5. Dezember ist bestätigt.`,
    });
    expect(result.verdict).toBe('legitimate');
    expect(result.reason).toContain('a service message about a booking, a stay or an appointment');
    expect(result.reason).not.toMatch(/written as .* itself|no other company/u);
  });
});
