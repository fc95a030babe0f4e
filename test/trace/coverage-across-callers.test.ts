import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

/**
 * Eight people with four pool numbers each (the fourth a control). A shop `S` holds the first
 * number of four people, each shared with another shop; nine other shops hold the rest. Silent
 * robots, each a single number from unrelated ranges, place two calls each on two lines: the
 * first robot happens to land on two of S's numbers (a chance of about 8 % for a caller dialling
 * lines at random), the others on lines with no holder in common. With `campaignLines`, one
 * more caller reaches that many of S's numbers (a campaign that bought S's list).
 */
async function robotsWorld(robots: number, campaignLines = 0, campaignSays?: string) {
  const tracer = await createTracer({ seed: 'live-list', now: day(120, 0) });
  const suspect = await tracer.addSource({ name: 'S' });
  const shops = [];
  for (let i = 0; i < 9; i++) shops.push(await tracer.addSource({ name: `Shop ${i}` }));
  const holdersOf = new Map<string, Set<string>>();
  const issue = async (subjectId: string, sourceId: string, number: string) => {
    await tracer.issue({ subjectId, sourceId, fields: [{ kind: 'phone', number }, 'name'], at: T0 });
    holdersOf.set(number, (holdersOf.get(number) ?? new Set()).add(sourceId));
  };
  const lines: string[][] = [];
  for (let p = 0; p < 8; p++) {
    const pool = [0, 1, 2, 3].map((k) => `1390013${String(p * 10 + k).padStart(4, '0')}`);
    const me = await tracer.addSubject({
      name: `王${'一二三四五六七八'[p]}华`,
      phones: { pool },
      locale: 'zh-CN',
    });
    if (p < 4) await issue(me.id, suspect.id, pool[0]!);
    await issue(me.id, shops[p % 9]!.id, pool[0]!);
    await issue(me.id, shops[(p + 3) % 9]!.id, pool[1]!);
    await issue(me.id, shops[(p + 6) % 9]!.id, pool[2]!);
    await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'], at: T0 });
    lines.push(pool.slice(0, 3));
  }
  const numbers = ['+8616735841901', '+8613512093377', '+8618820457163', '+8615377618204', '+8617790321548'];
  const call = (from: string, to: string, at: Date, content?: string) =>
    tracer.record({ channel: 'call', at, to, from, ...(content ? { content } : {}) });
  // The unlucky robot: two of S's numbers, weeks apart.
  await call(numbers[0]!, lines[0]![0]!, day(30));
  await call(numbers[0]!, lines[1]![0]!, day(51));
  // The other robots: two lines each whose holders differ.
  const others = lines.slice(4).flatMap((own) => own.slice(1));
  const disjoint = (a: string, b: string) => ![...holdersOf.get(a)!].some((s) => holdersOf.get(b)!.has(s));
  const pairs: [string, string][] = [];
  for (let i = 0; i < others.length; i += 2)
    pairs.push([others[i]!, others.slice(i + 1).find((b) => disjoint(others[i]!, b))!]);
  for (let r = 1; r < robots; r++) {
    const [a, b] = pairs[r - 1]!;
    await call(numbers[r]!, a, day(20 + r * 9));
    await call(numbers[r]!, b, day(33 + r * 9));
  }
  for (let k = 0; k < campaignLines; k++)
    await call('+8616201175734', lines[k % 4]![0]!, day(60 + k * 3), campaignSays);
  const { sources } = await tracer.analyze({ to: day(120, 0) });
  return sources.find((s) => s.sourceId === suspect.id)!;
}

describe('campaign coverage weighed against how many callers were tested (regression: a one-number "live list" robot made a source suspected)', () => {
  it('accuses nobody when one of five silent robots lands twice on one source by chance', async () => {
    const finding = await robotsWorld(5);
    expect(finding.status).not.toBe('leaked');
    expect(finding.status).not.toBe('suspected');
  });

  it('still convicts the source a caller covers on four numbers among the same robots, pitching a flat', async () => {
    const finding = await robotsWorld(
      5,
      4,
      '您好，我们这边是做房产的，浦东新开的楼盘现在有优惠，首付三成，您考虑吗',
    );
    expect(finding.status).toBe('leaked');
    expect(finding.evidence.some((e) => e.kind === 'actor')).toBe(true);
  });

  it('only suspects the source when that caller never said a word (its own unlisted line calls its customers so too)', async () => {
    const finding = await robotsWorld(5, 4);
    expect(finding.status).toBe('suspected');
    expect(finding.evidence.some((e) => e.kind === 'actor')).toBe(true);
  });
});
