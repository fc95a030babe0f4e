import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';
import { oneEditApart } from '../../src/match/canary-index.js';

// A clerk who types an alias from a paper form or a call gets one character wrong: two swapped,
// one dropped, doubled or changed. That address is the issued alias (the source's own mail to it,
// and every dealer's that copies the record), never a forgery.

/** Damerau–Levenshtein (optimal string alignment) distance, the reference for `oneEditApart`. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

const typos = (l: string): Record<string, string> => ({
  transposed: l[0]! + l[2]! + l[1]! + l.slice(3),
  dropped: l.slice(0, 4) + l.slice(5),
  doubled: l.slice(0, 4) + l[4]! + l.slice(4),
  changed: `${l.slice(0, 6)}${l[6] === 'q' ? 'r' : 'q'}${l.slice(7)}`,
});

async function hotel() {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 5,
    now: () => new Date('2026-11-29T10:00:00Z'),
  });
  const me = await tracer.addSubject({
    name: 'Anna Marie Müller',
    emails: [{ address: 'me@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: [] },
    locale: 'en',
    region: 'DE',
  });
  const hilton = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email'],
    at: '2026-01-01T00:00:00Z',
  });
  let n = 0;
  const mail = (to: string, from: string) =>
    tracer.record({
      id: `m${n++}`,
      channel: 'email',
      at: new Date(Date.parse('2026-03-02T10:00:00Z') + 3_600_000 * n),
      to,
      from,
      content: 'Pre-approved loan for you',
    });
  return { tracer, alias: canary.email!, mail };
}

describe('an alias mistyped by one character', () => {
  it('agrees with the Damerau–Levenshtein distance on one edit (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-c]{0,7}$/u), fc.stringMatching(/^[a-c]{0,7}$/u), (a, b) => {
        expect(oneEditApart(a, b)).toBe(distance(a, b) === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("regression: the hotel's own mail to a swapped, dropped, doubled or changed alias is its own, not forged", async () => {
    const { tracer, alias, mail } = await hotel();
    const [local, domain] = alias.split('@') as [string, string];
    for (const [kind, typo] of Object.entries(typos(local)))
      expect((await mail(`${typo}@${domain}`, 'reservations@hilton.com')).verdict, kind).toBe('legitimate');
    await tracer.close();
  });

  it("regression: a dealer's mail to a mistyped alias is a leak of that alias, at 0.9, and convicts its source", async () => {
    const { tracer, alias, mail } = await hotel();
    const [local, domain] = alias.split('@') as [string, string];
    for (const [kind, typo] of Object.entries(typos(local))) {
      const dealer = await mail(`${typo}@${domain}`, `offers@${kind}-loans.example`);
      expect(dealer.verdict, kind).toBe('leak');
      expect(dealer.confidence).toBe(0.9);
      expect(dealer.hits?.[0]?.how).toBe('mistyped');
      expect(dealer.hits?.[0]?.value).toBe(alias);
      expect(dealer.reason).toContain('mistyped');
    }
    const analysis = await tracer.analyze();
    expect(analysis.sources[0]!.status, JSON.stringify(analysis.sources[0])).toBe('leaked');
    await tracer.close();
  });

  it('an address two edits from every alias is still forged (property)', async () => {
    const { tracer, alias, mail } = await hotel();
    const [local, domain] = alias.split('@') as [string, string];
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-z0-9]{8,12}$/u), async (other) => {
        fc.pre(distance(other, local) >= 2);
        expect((await mail(`${other}@${domain}`, 'x@loans.example')).verdict).toBe('forged');
      }),
      { numRuns: 40 },
    );
    await tracer.close();
  });
});
