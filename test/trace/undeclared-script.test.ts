import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-05-01T15:00:00Z');
const minute = (m: number) => new Date(Date.parse('2026-11-18T15:30:00Z') + m * 60_000);

/**
 * A car dealer given an unguessable alias and no mail domain; one sender mails the alias three
 * times in three minutes. However `record()` reads the first mail, the next two are judged by
 * what they are: a message read as the dealer's own only because it came to the dealer's alias
 * from a sender the dealer never declared is no script that excuses the sender's other mail.
 */
async function dealerWorld(first: string, third: string) {
  const tracer = await createTracer({
    seed: 'undeclared-script',
    now: minute(60 * 24 * 10),
    defaultRegion: 'US',
  });
  const me = await tracer.addSubject({
    name: 'Jennifer Ann Walker',
    emails: [{ address: 'jwalker@fastmail.com', strategy: 'plus' }],
    phones: { real: ['+14155550100'], pool: ['+14155550101', '+14155550102'] },
    locale: 'en',
    region: 'US',
  });
  const dealer = await tracer.addSource({
    name: 'Stevens Creek Toyota',
    category: 'car-dealer',
    expected: { phones: ['408-984-1234'] },
  });
  const canary = await tracer.issue({ subjectId: me.id, sourceId: dealer.id, fields: ['email'], at: T0 });
  const mails = [
    first,
    "Jennifer, your vehicle's factory warranty is about to expire. Reply today to keep your coverage",
    third,
  ];
  const verdicts = [];
  for (const [i, content] of mails.entries())
    verdicts.push(
      await tracer.record({
        id: `m${i}`,
        channel: 'email',
        at: minute(i),
        to: canary.email!,
        from: 'offers@autowarranty.example',
        content,
      }),
    );
  return { tracer, dealer, verdicts };
}

describe('a script learned from a sender the source never declared', () => {
  for (const [first, third] of [
    [
      'Jennifer, your Toyota factory warranty is about to expire',
      'Jennifer, your Toyota factory warranty is about to expire. Call 1-888-555-0111 now to extend it.',
    ],
    [
      'Jennifer, your Toyota is due for its 30,000 mile service at Stevens Creek Toyota',
      'Jennifer, your Toyota is due for its 30,000 mile service at Stevens Creek Toyota. Call 1-888-555-0111 now for 50% off an extended warranty.',
    ],
  ])
    it(`excuses none of the sender's later alias mails that record() called leaks: ${third}`, async () => {
      const { tracer, dealer, verdicts } = await dealerWorld(first!, third!);
      expect(verdicts[1]!.verdict).toBe('leak');
      expect(verdicts[2]!.verdict).toBe('leak');
      const analysis = await tracer.analyze({});
      const finding = analysis.sources.find((s) => s.sourceId === dealer.id)!;
      expect(finding.status).toBe('leaked');
      const decisive = finding.evidence.filter((e) => e.kind === 'decisive').map((e) => e.contactId);
      expect(decisive).toEqual(expect.arrayContaining(['m1', 'm2']));
      // Only a contact record() itself called legitimate counts as the dealer's own.
      const own = verdicts.filter((v) => v.verdict === 'legitimate').length;
      expect(finding.legitimateContacts).toBe(own);
    });
});
