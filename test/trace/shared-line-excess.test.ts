import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-06-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
/** Distinct callers from many ranges: no two of them are one operation. */
const caller = (i: number) =>
  `${['133', '135', '150', '186', '188', '139', '177', '158'][i % 8]}${String(10_000_000 + i * 2_718_281).slice(-8)}`;

/**
 * One person whose pool number P is held by `holders` sources (each also given a name variant),
 * a control called once every 8 days, and `stormCalls` distinct random callers on P over four
 * months. With `ownLine`, the first source also holds a second pool number that gets its own
 * excess of calls.
 */
async function sharedLineWorld(options: { holders: number; stormCalls: number; ownLine?: number }) {
  let clock = T0;
  const tracer = await createTracer({ seed: 'shared-line', now: () => clock, defaultRegion: 'CN' });
  const subject = await tracer.addSubject({
    name: '刘洋',
    emails: [{ address: 'inbox@ly.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139021', '13900139022', '13900139023'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const sources = [];
  for (let s = 0; s < options.holders; s++) {
    const source = await tracer.addSource({ name: `商户${s + 1}号`, category: 'shop' });
    await tracer.issue({
      subjectId: subject.id,
      sourceId: source.id,
      fields: [{ kind: 'phone', number: '13900139021' }, 'name'],
      at: T0,
    });
    sources.push(source);
  }
  if (options.ownLine !== undefined)
    await tracer.issue({
      subjectId: subject.id,
      sourceId: sources[0]!.id,
      fields: [{ kind: 'phone', number: '13900139022' }],
      at: T0,
    });
  await tracer.issue({
    subjectId: subject.id,
    sourceId: null,
    fields: [{ kind: 'phone', number: '13900139023' }],
    at: T0,
  });
  clock = day(125, 0);
  let i = 0;
  for (let d = 3; d < 120; d += 8)
    await tracer.record({ channel: 'call', at: day(d), to: '13900139023', from: caller(i++) });
  for (let k = 0; k < options.stormCalls; k++)
    await tracer.record({
      channel: 'call',
      at: day((2 + (k * 117) / options.stormCalls) | 0, 8 + (k % 10)),
      to: '13900139021',
      from: caller(1000 + k),
    });
  for (let k = 0; k < (options.ownLine ?? 0); k++)
    await tracer.record({
      channel: 'call',
      at: day(30 + (k % 60), 8 + (k % 11)),
      to: '13900139022',
      from: caller(5000 + k),
    });
  return { tracer, sources };
}

describe('an excess of calls on a number many sources hold', () => {
  it.each([40, 200])(
    'regression: a stormy line shared by 30 sources (%i calls) suspects none of them',
    async (stormCalls) => {
      const { tracer } = await sharedLineWorld({ holders: 30, stormCalls });
      const analysis = await tracer.analyze();
      const statuses = analysis.sources.map((s) => s.status);
      expect(statuses.filter((s) => s === 'suspected' || s === 'leaked')).toEqual([]);
    },
    60_000,
  );

  it.each([2, 5])('suspects none of %i holders that nothing tells apart', async (holders) => {
    const { tracer } = await sharedLineWorld({ holders, stormCalls: 60 });
    const analysis = await tracer.analyze();
    expect(analysis.sources.filter((s) => s.status === 'suspected' || s.status === 'leaked')).toEqual([]);
  });

  it('still singles out the holder whose own number has an excess too', async () => {
    const { tracer, sources } = await sharedLineWorld({ holders: 5, stormCalls: 60, ownLine: 200 });
    const analysis = await tracer.analyze();
    const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!.status;
    expect(['suspected', 'leaked']).toContain(of(sources[0]!.id));
    for (const other of sources.slice(1)) expect(['clean', 'legitimate-only']).toContain(of(other.id));
  });
});
