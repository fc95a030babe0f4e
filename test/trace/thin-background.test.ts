import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-11-29T08:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

/** One person with a four-number pool, a hotel given one pool number at T0. */
async function freshStore(now: Date) {
  let clock = T0;
  const tracer = await createTracer({ seed: 'thin', now: () => clock, defaultRegion: 'CN' });
  const subject = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001', '13900139002', '13900139003', '13900139004'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
  const canary = await tracer.issue({ subjectId: subject.id, sourceId: hotel.id, fields: ['phone'], at: T0 });
  clock = now;
  return { tracer, subject, hotel, canary };
}

describe('a background not measured yet', () => {
  it.each([1, 2])(
    '%i anonymous call(s) to a pool number minutes after it was issued convict nobody',
    async (n) => {
      const { tracer, hotel, canary } = await freshStore(minutes(10));
      for (let i = 0; i < n; i++)
        await tracer.record({
          channel: 'call',
          at: minutes(1 + i),
          to: canary.phone!,
          from: `1331234567${i}`,
        });
      const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id)!;
      expect(finding.status).toBe('clean');
    },
  );

  it('reads one call in three minutes on an unissued number as a rate near the prior, not hundreds a day', async () => {
    const { tracer } = await freshStore(minutes(3));
    await tracer.record({ channel: 'call', at: minutes(2), to: '13900139004', from: '13312345679' });
    const { baseline } = await tracer.analyze();
    expect(baseline.phone.ratePerDay).toBeGreaterThan(0);
    expect(baseline.phone.ratePerDay).toBeLessThan(1);
  });

  it('still convicts on a clear excess once the background has been watched', async () => {
    const { tracer, hotel, canary } = await freshStore(days(90));
    for (let i = 0; i < 20; i++)
      await tracer.record({
        channel: 'call',
        at: days(60 + i),
        to: canary.phone!,
        // Twenty unrelated callers (numbers of different ranges: not one rotating robot).
        from: `${['133', '135', '150', '186', '188'][i % 5]}${String(10_000_000 + i * 3_141_593).slice(-8)}`,
      });
    await tracer.record({ channel: 'call', at: days(30), to: '13900139004', from: '13312345699' });
    const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id)!;
    expect(finding.status).toBe('leaked');
  });

  it('refuses a minWeakContacts or priorLineDays that is not a count', async () => {
    const { tracer } = await freshStore(minutes(10));
    await expect(tracer.analyze({}, { minWeakContacts: 0 })).rejects.toMatchObject({ name: 'ConfigError' });
    await expect(tracer.analyze({}, { priorLineDays: Number.NaN })).rejects.toMatchObject({
      name: 'ConfigError',
    });
  });
});
