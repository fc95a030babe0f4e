import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/**
 * A store created today into which a person records (or imports) what reached her pool numbers
 * over the last months: the lines were watched since those records, not since the store existed.
 */
async function youngStore(randomCallsOnTheOtherNumber: number) {
  const tracer = await createTracer({ seed: 'imported-history', now: new Date('2026-11-29T14:50:00Z') });
  const me = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({ name: 'Hilton Shanghai', category: 'hotel' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['phone'],
    at: '2026-09-01T00:00:00+08:00',
  });
  const texts = ['装修了解一下', '贷款了解一下', '学区房急售'];
  for (const [i, d] of ['2026-09-20', '2026-10-15', '2026-11-10'].entries())
    await tracer.record({
      at: `${d}T10:00:00+08:00`,
      to: canary.phone!,
      from: `1361234567${i}`,
      channel: 'sms',
      content: texts[i]!,
    });
  const other = canary.phone === '+8613900139001' ? '13900139002' : '13900139001';
  for (let i = 0; i < randomCallsOnTheOtherNumber; i++)
    await tracer.record({
      channel: 'call',
      at: `2026-11-${20 + i}T10:00:00+08:00`,
      to: other,
      from: `1701234567${i}`,
    });
  return { tracer, hotel };
}

describe('background measured on history recorded into a young store', () => {
  it('regression: random calls recorded from before the store existed never make a source suspected', async () => {
    for (const calls of [0, 1, 2, 5]) {
      const { tracer, hotel } = await youngStore(calls);
      const analysis = await tracer.analyze();
      const source = analysis.sources.find((s) => s.sourceId === hotel.id)!;
      // Three spam texts on the hotel's number in ten weeks, as many as the other number got.
      expect(source.status, `${calls} random calls`).toBe('clean');
      expect(source.pValue ?? 1).toBeGreaterThan(0.05);
      // The background is measured over the days the records span, not over seconds.
      if (calls > 0) expect(analysis.baseline.phone.lineDays).toBeGreaterThan(1);
      expect(analysis.baseline.phone.size).toBeGreaterThan(0.1);
    }
  });
});
