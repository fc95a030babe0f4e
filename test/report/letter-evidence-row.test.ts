import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { day } from '../helpers/world.js';

describe('a row of a letter’s evidence table', () => {
  it('names an identifier found twice in one contact once, and each way of finding it once', async () => {
    const tracer = await createTracer({ seed: 'row-once', now: day(0) });
    const me = await tracer.addSubject({
      name: 'Emily Rodriguez',
      emails: [{ address: 'inbox@emilyrod.example', strategy: 'domain' }],
      phones: { real: ['+14155550100'], pool: ['+14155550101'] },
      locale: 'en',
      region: 'US',
      timeZone: 'America/Los_Angeles',
    });
    const shop = await tracer.addSource({ name: 'Target' });
    const given = await tracer.issue({ subjectId: me.id, sourceId: shop.id, fields: ['email'], at: day(0) });
    // The alias is the address contacted and is quoted again in the text.
    await tracer.record({
      channel: 'email',
      at: day(30),
      to: given.email!,
      from: 'rewards@spam.example',
      content: `Your rewards for ${given.email!} are waiting: reply to claim them.`,
    });
    const report = await buildReport(tracer, { to: day(60) });
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(report, { to, sourceId: shop.id, law: 'CCPA', date: day(60) });
      const row = letter.split('\n').find((line) => line.startsWith('| ') && line.includes(given.email!))!;
      expect(row, to).toBeDefined();
      expect(row.split(given.email!).length - 1, `${to}: ${row}`).toBe(1);
      const cells = row.split(' | ');
      const how = cells[cells.length - 1]!.replace(/ \|$/u, '').split(', ');
      expect(new Set(how).size, row).toBe(how.length);
    }
  });
});
