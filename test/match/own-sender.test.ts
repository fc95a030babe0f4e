import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// The subject forwarding a source's mail to herself, or testing a pool line from her own phone,
// reveals canaries without any third party: no source is convicted for it.

async function world() {
  const tracer = await createTracer({ seed: 1, now: new Date('2026-06-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Anna Müller',
    emails: [
      { address: 'anna@anna.example', strategy: 'domain' },
      { address: 'anna.mueller@gmail.com', strategy: 'plus' },
    ],
    phones: { real: ['+4915112345678'], pool: ['+4915112345601'] },
    region: 'DE',
  });
  const hilton = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email', 'name', 'phone'],
    at: '2026-01-01T00:00:00Z',
  });
  return { tracer, canary };
}

describe('contacts the subject sent', () => {
  it.each([
    'anna@anna.example',
    'anna.mueller@gmail.com',
    'anna.mueller+x@gmail.com',
    'AnnaMueller@googlemail.com',
  ])('regression: a forward from %s is not a leak', async (from) => {
    const { tracer, canary } = await world();
    const result = await tracer.record({
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: from.includes('anna@') ? 'anna.mueller@gmail.com' : 'anna@anna.example',
      from,
      content: `---------- Forwarded message ---------\\nFrom: Hilton <reservations@hilton.com>\\nTo: ${canary.name} <${canary.email}>\\n\\nDear ${canary.name}, your booking is confirmed.`,
    });
    expect(result.verdict).toBe('untraceable');
    expect(result.reason).toMatch(/subject's own number or mailbox/u);
  });

  it('regression: a test text from her own real number to the pool line is not a leak', async () => {
    const { tracer, canary } = await world();
    const result = await tracer.record({
      channel: 'sms',
      at: '2026-03-01T00:00:00Z',
      to: canary.phone!,
      from: '+4915112345678',
      content: `Test ${canary.name}`,
    });
    expect(result.verdict).toBe('untraceable');
  });

  it('a stranger sending the same is still a leak', async () => {
    const { tracer, canary } = await world();
    const result = await tracer.record({
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: canary.email!,
      from: 'x@spam.example',
      content: 'hi',
    });
    expect(result.verdict).toBe('leak');
  });
});
