import { describe, expect, it } from 'vitest';
import { hotelCustomers } from '../helpers/hotel-customers.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
const SCRIPT = '我是融易贷的客服，您在我们平台有一笔二十万的贷款额度待领取，低息放款，请问您最近需要资金吗';

/**
 * Six customers; a gym holds number 1 of each and nothing else is issued to it. `campaigns`
 * campaigns (three numbers each, in their own blocks) call every gym line once and no other line:
 * never a control, never another source's line. Each control gets two random calls.
 */
async function gymWorld(campaigns: number, spoken: boolean, block: string) {
  const w = await hotelCustomers({
    seed: `silent-${block}`,
    block,
    givenName: '伟',
    issuedAt: T0,
    now: day(150, 0),
    background: (i) => [day(20 + i), day(90 + i)],
  });
  const { tracer, gym, customers } = w;
  for (const c of customers)
    await tracer.issue({
      subjectId: c.subjectId,
      sourceId: gym.id,
      fields: [{ kind: 'phone', number: c.pool[1]! }],
      at: T0,
    });
  for (let b = 0; b < campaigns; b++) {
    const numbers = [0, 1, 2].map(
      (i) => `+86171${String(50_000_000 + b * 1_000_000 + i * 4_243).padStart(8, '0')}`,
    );
    for (const [i, c] of customers.entries())
      await tracer.record({
        channel: 'call',
        at: day(40 + i + b * 3),
        to: c.pool[1]!,
        from: numbers[i % 3]!,
        ...(spoken ? { content: `您好，${SCRIPT}` } : {}),
      });
  }
  const analysis = await tracer.analyze({ to: day(150, 0) });
  return analysis.sources.find((s) => s.sourceId === gym.id)!;
}

describe('campaigns that reached one source’s lines and nothing else', () => {
  it('control: three campaigns that spoke convict the source', async () => {
    const gym = await gymWorld(3, true, '0101');
    expect(gym.status).toBe('leaked');
  });

  // Regression: the source was `clean` while its posterior, printed beside "no evidence" in the
  // report's table, was the silent campaigns' 0.96, though silent campaigns count for nothing
  // in its status without an excess. A posterior ≥ 0.5 is what `suspected` means.
  it('shows a clean source’s posterior without the silent campaigns that do not count', async () => {
    const gym = await gymWorld(3, false, '0121');
    expect(gym.status).toBe('clean');
    expect(gym.posterior ?? 0).toBeLessThan(0.5);
  });

  // Not fixed. Three silent campaigns (unanswered calls), each from its own number block, each
  // reaching all six of the gym's lines and no other line, leave the gym `clean` while its
  // campaigns' posterior is 0.96: silent campaigns suspect only on an excess the weak test finds
  // (p < suspectQ), and eighteen calls against the twelve the background (two random calls a
  // control) predicts for six lines over the period are no such excess. What they show is not
  // how many calls came but where they went, which the weak test does not read. Letting several
  // independent silent campaigns suspect on their coverage alone would bring back the courier
  // fleets and a registrant's own undeclared line the excess rule was added against
  // (independent worlds, seeds 12 and 13): deciding it needs those worlds measured.
  it.fails('suspects the source three silent campaigns reached on its lines alone', async () => {
    const gym = await gymWorld(3, false, '0111');
    expect(gym.status).not.toBe('clean');
  });
});
