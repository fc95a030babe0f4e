import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';

// An alias written in a message that reached only the person's real mailbox was written by
// someone the person (or the source's own mail) gave it to: a husband, a father, the person's own
// forward. Like a name there, it is weak unless a second mark of the same source is in it.

async function anna() {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 3,
    now: () => new Date('2026-11-29T10:00:00Z'),
  });
  const me = await tracer.addSubject({
    name: 'Anna Marie Müller',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: ['+4915112345602'] },
    locale: 'en',
    region: 'DE',
    address: 'Kastanienallee 12, 10435 Berlin',
  });
  const adlon = await tracer.addSource({ name: 'Hotel Adlon' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: adlon.id,
    fields: ['email', 'address'],
    at: '2026-01-01T00:00:00Z',
  });
  let n = 0;
  const mail = (to: string, content: string) =>
    tracer.record({
      id: `m${n++}`,
      channel: 'email',
      at: new Date(Date.parse('2026-03-01T10:00:00Z') + n * 3_600_000),
      to,
      from: 'family@family.example',
      content,
    });
  return { tracer, canary, mail };
}

describe('an alias written in a message to the real mailbox', () => {
  it.each([
    'Schatz, hier die Daten für die Reise: Buchung auf ALIAS, Zimmer 512',
    'Anna, deine Buchungsbestätigung ging an ALIAS, ich hab sie dir weitergeleitet',
    '---------- Forwarded message ---------\nFrom: Hotel <booking@adlon.example>\nTo: ALIAS\nYour booking is confirmed.',
    '亲爱的，酒店的确认邮件发到了 ALIAS，我转给你了',
  ])('regression: is weak, and convicts nobody: %s', async (text) => {
    const { tracer, canary, mail } = await anna();
    const result = await mail('inbox@anna.example', text.replace('ALIAS', canary.email!));
    expect(result.verdict).toBe('leak');
    expect(result.confidence).toBeLessThan(0.9);
    expect(result.reason).toContain('written in a message to your own mailbox');
    expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
    await tracer.close();
  });

  it('stays decisive with a second mark of the same source (the address marker), and when it reached the alias', async () => {
    const { tracer, canary, mail } = await anna();
    const both = await mail('inbox@anna.example', `Send it to ${canary.email}, ${canary.address}`);
    expect(both.confidence).toBeGreaterThanOrEqual(0.9);
    const direct = await mail(canary.email!, 'Pre-approved loan, reply now');
    expect(direct.confidence).toBeGreaterThanOrEqual(0.9);
    await tracer.close();
  });

  it('an alias in a message to an unrelated address (a paste, a dump) keeps its weight', async () => {
    const { tracer, canary, mail } = await anna();
    const result = await mail('someone@else.example', `leaked list: ${canary.email}`);
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    await tracer.close();
  });
});
