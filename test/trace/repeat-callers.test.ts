import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/**
 * A fresh store: one subject, a hotel given one pool number, and six calls to it a minute apart
 * from the caller `from(i)`.
 */
async function sixCalls(from: (i: number) => string) {
  let clock = new Date('2026-11-29T10:00:00Z');
  const t = await createTracer({ seed: 3, now: () => clock });
  const me = await t.addSubject({
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await t.addSource({ name: 'Hilton' });
  const c = await t.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['phone'] });
  for (let i = 0; i < 6; i++) {
    clock = new Date(clock.getTime() + 60_000);
    await t.record({ channel: 'call', at: clock, to: c.phone!, from: from(i) });
  }
  const analysis = await t.analyze();
  return { analysis, finding: analysis.sources.find((s) => s.sourceId === hotel.id)! };
}

describe('weak contacts count each caller once per line', () => {
  it('regression: one robodialer retrying a pool number six times in minutes convicts nobody', async () => {
    const { finding } = await sixCalls(() => '17000000001');
    // Was `leaked` (posterior 0.914) seven minutes after the number was issued.
    expect(finding.status).toBe('clean');
    expect(finding.weakContacts).toBe(1);
  });

  it('regression: a redialer on a watched store adds one event, not eight', async () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const day = 86_400_000;
    let clock = new Date(start);
    const t = await createTracer({ seed: 4, now: () => clock });
    const me = await t.addSubject({
      name: '李娜',
      emails: [{ address: 'inbox@ln.example', strategy: 'domain' }],
      phones: { real: ['13800138001'], pool: ['13900139011', '13900139012'] },
      locale: 'zh-CN',
      region: 'CN',
    });
    const hotel = await t.addSource({ name: 'Hilton' });
    const control = await t.issue({
      subjectId: me.id,
      sourceId: null,
      fields: [{ kind: 'phone', number: '13900139012' }],
      at: new Date(start),
    });
    const c = await t.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: [{ kind: 'phone', number: '13900139011' }],
      at: new Date(start),
    });
    // The same background on both lines: one call every 8 days, each from a new number.
    let n = 0;
    for (let d = 4; d < 88; d += 8)
      for (const to of [c.phone!, control.phone!]) {
        clock = new Date(start + d * day);
        await t.record({ channel: 'call', at: clock, to, from: `1350000${String(++n).padStart(4, '0')}` });
      }
    for (let i = 0; i < 8; i++) {
      clock = new Date(start + 80 * day + i * 10 * 60_000);
      await t.record({ channel: 'call', at: clock, to: c.phone!, from: '17012345678' });
    }
    clock = new Date(start + 88 * day);
    const finding = (await t.analyze()).sources.find((s) => s.sourceId === hotel.id)!;
    // Was `suspected` (p 0.086, 19 contacts against 6.3 expected).
    expect(finding.status).toBe('clean');
    expect(finding.weakContacts).toBe(12);
  });

  it('regression: a robot rotating through six numbers of one virtual block on one line is one arrival', async () => {
    const { analysis, finding } = await sixCalls((i) => `1715555000${i}`);
    // The analysis joins the six numbers into one actor; it counts as one caller on the line.
    expect(analysis.actors.filter((a) => a.numbers.length > 0)).toHaveLength(1);
    // Was `leaked` (posterior 0.914) seven minutes after the number was issued.
    expect(finding.status).toBe('clean');
    expect(finding.weakContacts).toBe(1);
  });
});
