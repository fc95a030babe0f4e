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
      // The background is not measured over seconds: no rate or spread collapses.
      expect(analysis.baseline.phone.ratePerDay).toBeGreaterThan(0.05);
      expect(analysis.baseline.phone.size).toBeGreaterThan(0.1);
    }
  });
});

/**
 * A store created today: four spam texts on the shop's pool number this autumn, and on the other
 * pool number (never issued) a few records from years before, from an old backup or a date
 * misread by a century. The line was not watched all that time.
 */
async function sparseOldRecords(years: readonly string[]) {
  const tracer = await createTracer({ seed: 'old-records', now: new Date('2026-11-29T14:50:00Z') });
  const me = await tracer.addSubject({
    name: 'Jürgen Weiß',
    emails: [{ address: 'inbox@jw.example', strategy: 'domain' }],
    phones: { real: ['+4915112345600'], pool: ['+4915112345670', '+4915112345671'] },
    locale: 'en',
    region: 'DE',
    timeZone: 'Europe/Berlin',
  });
  const shop = await tracer.addSource({ name: 'Otto Versand', category: 'shop' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: ['phone'],
    at: '2026-09-01T10:00:00+02:00',
  });
  const other = canary.phone === '+4915112345670' ? '+4915112345671' : '+4915112345670';
  for (const [i, d] of ['2026-10-03', '2026-10-21', '2026-11-08', '2026-11-19'].entries())
    await tracer.record({
      at: `${d}T10:00:00+01:00`,
      to: canary.phone!,
      from: `+4917012345${60 + i}`,
      channel: 'sms',
      content: `Kredit ohne Schufa, jetzt anfragen (${i})`,
    });
  for (const [i, at] of years.entries())
    await tracer.record({ at, to: other, from: `+4916012345${70 + i}`, channel: 'sms', content: 'Hallo' });
  return { tracer, shop };
}

describe('background with sparse records from long before', () => {
  it('regression: one old record on an unissued number does not shrink the background and accuse a shop', async () => {
    for (const years of [
      ['2023-01-10T09:00:00Z'],
      ['1926-11-17T13:03:00Z', '1926-11-18T08:00:00Z', '1926-11-20T19:30:00Z'],
    ]) {
      const { tracer, shop } = await sparseOldRecords(years);
      const analysis = await tracer.analyze();
      const source = analysis.sources.find((s) => s.sourceId === shop.id)!;
      expect(source.status, years[0]).toBe('clean');
      expect(analysis.baseline.phone.ratePerDay, years[0]).toBeGreaterThan(0.05);
    }
  });

  it('the same shop with no old records is clean too (the old records change nothing)', async () => {
    const { tracer, shop } = await sparseOldRecords([]);
    const analysis = await tracer.analyze();
    expect(analysis.sources.find((s) => s.sourceId === shop.id)!.status).toBe('clean');
  });
});
