import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-08-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
/** Unrelated callers: numbers of different ranges, so no two of them are one rotating robot. */
const caller = (i: number) =>
  `${['133', '135', '150', '186', '188', '139'][i % 6]}${String(10_000_000 + i * 3_141_593).slice(-8)}`;

/**
 * An 88-day store: one person, a hotel given one pool number, a control. Both lines get one
 * random call every 8 days; on day `storm` four unrelated callers reach the hotel's line.
 */
async function stormWorld(options: { storm: number; hotelName?: boolean }) {
  let clock = T0;
  const tracer = await createTracer({ seed: 'window-storm', now: () => clock, defaultRegion: 'CN' });
  const subject = await tracer.addSubject({
    name: '王芳',
    emails: [{ address: 'inbox@wf.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139011', '13900139012', '13900139013'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
  const canary = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['phone', 'name'],
    at: T0,
  });
  const control = (await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'], at: T0 }))
    .phone!;
  clock = day(88, 0);
  let i = 0;
  for (let d = 4; d < 88; d += 8) {
    await tracer.record({ channel: 'call', at: day(d), to: control, from: caller(i++) });
    await tracer.record({ channel: 'call', at: day(d + 1), to: canary.phone!, from: caller(i++) });
  }
  for (let k = 0; k < 4; k++)
    await tracer.record({
      channel: 'call',
      at: day(options.storm, 9 + k),
      to: canary.phone!,
      from: caller(100 + k),
      ...(options.hotelName && k === 0 ? { content: `${canary.name}您好，我们这边有一笔贷款额度` } : {}),
    });
  return { tracer, hotel };
}

describe('analyze({ from }) on a window', () => {
  it.each([45, 60, 84])(
    'regression: a spam storm (day %i) the whole history calls clean makes nobody suspected in its day, week or month',
    async (storm) => {
      const { tracer, hotel } = await stormWorld({ storm });
      const status = async (query: { from?: Date; to?: Date }) =>
        (await tracer.analyze(query)).sources.find((s) => s.sourceId === hotel.id)!.status;
      expect(await status({})).toBe('clean');
      expect(await status({ from: day(storm, 0), to: day(storm + 1, 0) })).toBe('clean');
      expect(await status({ from: day(storm - 3, 0), to: day(storm + 4, 0) })).toBe('clean');
      expect(await status({ from: day(storm - 10, 0) })).toBe('clean');
    },
  );

  it('never gives a window without an unguessable field a harsher status than the history up to its end', async () => {
    const rank = { clean: 0, 'legitimate-only': 0, suspected: 1, leaked: 2 } as const;
    for (const storm of [10, 20, 33]) {
      const { tracer, hotel } = await stormWorld({ storm });
      const status = async (query: { from?: Date; to?: Date }) =>
        (await tracer.analyze(query)).sources.find((s) => s.sourceId === hotel.id)!.status;
      for (const [from, to] of [
        [storm, storm + 1],
        [storm - 3, storm + 4],
        [storm - 5, storm + 25],
      ] as const) {
        const window = await status({ from: day(from, 0), to: day(to, 0) });
        const history = await status({ to: day(to, 0) });
        expect(rank[window], `storm ${storm}, window ${from}–${to}`).toBeLessThanOrEqual(rank[history]);
      }
    }
  });

  it('prints no leak probability for a source nothing was seen against', async () => {
    const { tracer } = await stormWorld({ storm: 60 });
    const gym = await tracer.addSource({ name: '健身房', category: 'gym' });
    const [subject] = tracer.listSubjects();
    await tracer.issue({ subjectId: subject!.id, sourceId: gym.id, fields: ['phone'], at: day(87, 0) });
    const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === gym.id)!;
    expect(finding.status).toBe('clean');
    expect(finding.posterior).toBeNull();
  });

  it('keeps a conviction that rests on an unguessable field used inside the window', async () => {
    const { tracer, hotel } = await stormWorld({ storm: 60, hotelName: true });
    const finding = (await tracer.analyze({ from: day(60, 0), to: day(61, 0) })).sources.find(
      (s) => s.sourceId === hotel.id,
    )!;
    expect(finding.status).toBe('leaked');
  });
});
