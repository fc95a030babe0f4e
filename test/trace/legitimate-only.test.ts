import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-03-01T10:00:00Z');
const day = (d: number) => new Date(T0.getTime() + d * 86_400_000);

/**
 * A gym given one pool number of Katharina's, that calls her once from its declared line; then
 * `strangers` callers, each with its own pitch, call the same pool number a month apart.
 */
async function gymStatus(strangers: readonly string[]) {
  const tracer = await createTracer({ seed: 'legitimate-only', now: day(200) });
  const katharina = await tracer.addSubject({
    name: 'Katharina Obermeier',
    phones: { real: ['+4915112345600'], pool: ['+4915112345601', '+4915112345602'] },
    locale: 'en',
    region: 'DE',
  });
  await tracer.issue({ subjectId: katharina.id, sourceId: null, fields: ['phone'], at: T0 });
  const gym = await tracer.addSource({
    name: 'Fitnessstudio Kraftwerk',
    category: 'fitness',
    expected: { phones: ['+493011112222'] },
  });
  const issued = await tracer.issue({ subjectId: katharina.id, sourceId: gym.id, fields: ['phone'], at: T0 });
  await tracer.record({ channel: 'call', at: day(4), to: issued.phone!, from: '+493011112222' });
  for (const [i, content] of strangers.entries())
    await tracer.record({
      channel: 'call',
      at: day(35 + 30 * i),
      to: issued.phone!,
      from: `+4915112340${100 + i * 37}`,
      content,
    });
  const analysis = await tracer.analyze({ to: day(200) });
  return analysis.sources.find((s) => s.sourceId === gym.id)!;
}

describe('legitimate-only: its own senders reached its identities, and nobody else', () => {
  it('is the status of a source only its own line called', async () => {
    const finding = await gymStatus([]);
    expect(finding).toMatchObject({ status: 'legitimate-only', weakContacts: 0, legitimateContacts: 1 });
  });

  it('regression: strangers calling its pool number as well make it clean, not legitimate-only', async () => {
    const pitches = [
      'Guten Tag, Immobilienbewertung kostenlos',
      'Stromtarif wechseln und sparen',
      'Gewinnspiel Sie haben gewonnen',
      'Umfrage zur Bundestagswahl',
    ];
    const finding = await gymStatus(pitches);
    expect(finding.weakContacts).toBe(4);
    expect(finding.legitimateContacts).toBe(1);
    expect(finding.status).toBe('clean');
    // One stranger's call is enough: the status never says "only its own" beside a third party.
    expect((await gymStatus(pitches.slice(0, 1))).status).toBe('clean');
  });
});
