import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { oneLeak } from '../helpers/letter-worlds.js';

/**
 * A person in the United States who gave no time zone (the region has several), and one mail
 * on the evening of 20 November 2026 in California (02:30 on the 21st in UTC) to the alias
 * they gave Bay Auto Sales.
 */
async function californianWithoutZone(mailAt = '2026-11-20T18:30:00-08:00') {
  const { t, me, source } = await oneLeak({
    seed: 'zone',
    defaultRegion: 'US',
    now: '2026-11-29T20:00:00Z',
    person: { ...MARIA, real: ['+14155550100'], pool: ['+14155550111'], region: 'US' },
    source: 'Bay Auto Sales',
    issuedAt: '2026-11-01T00:00:00Z',
    mail: { ...WARRANTY, at: mailAt },
  });
  return { t, me, shop: source };
}

const MARIA = { name: 'Maria Gonzalez', mailbox: 'maria@person.example' } as const;
const WARRANTY = { from: 'deals@warranty.example', content: 'Your car warranty expires' } as const;

describe('the zone of a letter’s dates and times', () => {
  it('a CCPA letter for a US person who gave no zone is dated in California, with the zone shown', async () => {
    const { t, me, shop } = await californianWithoutZone();
    const report = await buildReport(t, { subjectId: me.id, now: '2026-11-29T20:00:00Z' });
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(report, { to, sourceId: shop.id, law: 'CCPA', locale: 'en' });
      expect(letter).toContain('| Date (America/Los_Angeles time) |');
      // Written as a Californian writes it: month first, a 12-hour clock.
      expect(letter).toContain('| Nov 20, 2026 6:30 PM | email |');
      expect(letter).not.toContain('Nov 21, 2026');
    }
    const zh = renderLetter(report, { to: 'source', sourceId: shop.id, law: 'CCPA', locale: 'zh-CN' });
    expect(zh).toContain('日期（America/Los_Angeles 时间）');
  });

  it('a letter under a law with no territory zone, for a person with no zone, says it is in UTC', async () => {
    const { t, me, shop } = await californianWithoutZone();
    const report = await buildReport(t, { subjectId: me.id, now: '2026-11-29T20:00:00Z' });
    const letter = renderLetter(report, { to: 'source', sourceId: shop.id, law: 'GDPR', locale: 'en' });
    expect(letter).toContain('| Date (UTC time) |');
    expect(letter).toContain('Nov 21, 2026 2:30 AM');
  });

  it('the zone the person gave wins over the law’s territory', async () => {
    const {
      t,
      me,
      source: shop,
    } = await oneLeak({
      seed: 'zone-ny',
      now: '2026-11-29T20:00:00Z',
      person: { ...MARIA, real: ['+12125550100'], region: 'US', timeZone: 'America/New_York' },
      source: 'Bay Auto Sales',
      issuedAt: '2026-11-01T00:00:00Z',
      mail: { ...WARRANTY, at: '2026-11-21T02:30:00Z' },
    });
    // A report on everyone (no subject) is in UTC; the letter still uses the signer's zone.
    const report = await buildReport(t, { now: '2026-11-29T20:00:00Z' });
    const letter = renderLetter(report, { to: 'source', sourceId: shop.id, subjectId: me.id, law: 'CCPA' });
    expect(letter).toContain('| Date (America/New_York time) |');
    expect(letter).toContain('| Nov 20, 2026 9:30 PM |');
  });

  it('the case’s zone wins: the letter’s deadline and the case’s are counted on the same days', async () => {
    const { t, me, shop } = await californianWithoutZone();
    const kase = await t.openCase({
      sourceId: shop.id,
      subjectId: me.id,
      law: 'CCPA',
      requests: ['access'],
      at: '2026-11-22T00:00:00Z',
    });
    expect(kase.timeZone).toBe('America/Los_Angeles');
    const report = await buildReport(t, { subjectId: me.id, now: '2026-11-29T20:00:00Z' });
    const letter = renderLetter(report, { to: 'regulator', sourceId: shop.id, law: 'CCPA' });
    expect(letter).toContain('| Date (America/Los_Angeles time) |');
  });

  it('any evening mail in California is dated on its Californian day in a CCPA letter (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 16, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        async (hour, minute) => {
          const hh = String(hour).padStart(2, '0');
          const mm = String(minute).padStart(2, '0');
          const h12 = hour - 12;
          const { t, me, shop } = await californianWithoutZone(`2026-11-20T${hh}:${mm}:00-08:00`);
          const report = await buildReport(t, { subjectId: me.id, now: '2026-11-29T20:00:00Z' });
          const letter = renderLetter(report, { to: 'source', sourceId: shop.id, law: 'CCPA' });
          expect(letter).toContain(`| Nov 20, 2026 ${h12}:${mm} PM |`);
        },
      ),
      { numRuns: 8 },
    );
  });
});
