import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { premiumCallback } from '../../src/match/premium-rate.js';

/**
 * A UK person (the tracer left at its default region) and a cinema with no declared number: a
 * number written nationally in a message from a mailbox is dialled where the person is, so a UK
 * premium line (09xx) in it is read in the UK.
 */
async function verdictOf(channel: 'email' | 'sms', from: string, write: (n: string, s: string) => string) {
  const tracer = await createTracer({ seed: 'premium-region', now: new Date('2026-11-20T12:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({ name: 'Everyman Leeds', category: 'cinema' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['email', 'phone', 'name'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel,
    at: '2026-04-02T12:00:00Z',
    to: channel === 'email' ? canary.email! : canary.phone!,
    from,
    content: write(canary.name!, source.name),
  });
  await tracer.close();
  return result.verdict;
}

const tickets = (n: string, s: string) =>
  `Hi ${n},\n\nYour tickets for Dune: Part Three, Sat 12 Apr 19:30, Screen 2, seats F7-F8 (£27.00) are confirmed. Show this email at the door.\n\n${s}`;

describe("a premium line in a message, read where the person is (regression: read only in the sender's or the tracer's region)", () => {
  it('keeps a UK premium callback in a mail as evidence', async () => {
    const call = (t: string) => `${t}\nCall us back urgently on 09011 234567.`;
    expect(await verdictOf('email', 'news9@mailer9.example', (n, s) => call(tickets(n, s)))).toBe('leak');
  });

  it('leaves the same confirmation without it the source’s own', async () => {
    expect(await verdictOf('email', 'news9@mailer9.example', tickets)).toBe('legitimate');
  });

  it('reads a national number in each country it may be dialled from', () => {
    expect(premiumCallback('Ring 09011 234567 now', [], [], ['GB'])).toBe(true);
    // With no country given, a number after English words that give a line to ring is read in
    // the English-speaking countries; a bare one is read nowhere.
    expect(premiumCallback('Ring 09011 234567 now', [], [], [])).toBe(true);
    expect(premiumCallback('Ref. 09011 234567', [], [], [])).toBe(false);
    expect(premiumCallback('Ring 0113 496 0000', [], [], ['GB', 'CN'])).toBe(false);
    // A number valid in the sender's country is that country's: a Japanese 090 mobile, not the
    // UK's 090 premium range.
    expect(premiumCallback('携帯：090-1234-5678', ['+819012000001'], [], ['GB'])).toBe(false);
    // …also when the source declared a number of a country where those digits are premium.
    expect(
      premiumCallback('携帯：090-1234-5678', ['+819012000001', '+442079460000'], ['+442079460000'], ['GB']),
    ).toBe(false);
    // A UK premium line from a UK sender stays one, whatever else was declared.
    expect(premiumCallback('Ring 09011 234567', ['+447911123499', '+493022610'], ['+493022610'], [])).toBe(
      true,
    );
    // A declared number is never a lure, whatever its rate.
    expect(premiumCallback('Ring 09011 234567 now', [], ['+449011234567'], ['GB'])).toBe(false);
  });
});
