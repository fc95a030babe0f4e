import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderHtml, renderMarkdown } from '../../src/report/index.js';

/**
 * A store of two people in two zones (so a report on everyone is in UTC): Alice in Los Angeles
 * asked Hilton under the CCPA on 1 October 2026 at 23:30 her time; the 45 days end on
 * 15 November in California, 07:59 UTC on the 16th.
 */
async function twoZones() {
  const t = await createTracer({ seed: 'due-zone', now: new Date('2026-11-29T10:00:00Z') });
  const anna = await t.addSubject({
    name: 'Anna Müller',
    emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: [] },
    locale: 'en',
    region: 'DE',
  });
  const alice = await t.addSubject({
    name: 'Alice Walker',
    emails: [{ address: 'alice@alice.example', strategy: 'domain' }],
    phones: { real: ['+13105550100'], pool: [] },
    locale: 'en',
    region: 'US',
    timeZone: 'America/Los_Angeles',
  });
  const hilton = await t.addSource({ name: 'Hilton' });
  for (const s of [anna, alice])
    await t.issue({ subjectId: s.id, sourceId: hilton.id, fields: ['email'], at: '2026-01-15T00:00:00Z' });
  const kase = await t.openCase({
    sourceId: hilton.id,
    subjectId: alice.id,
    law: 'CCPA',
    requests: ['access'],
    at: '2026-10-01T23:30:00-07:00',
  });
  await t.logLetter(kase.id, { kind: 'request', at: '2026-10-01T23:30:00-07:00' });
  return { t, kase };
}

describe('a case’s reply deadline in a report on people in several zones', () => {
  it('is its due day in the case’s zone (15 November), not the UTC day of its last instant', async () => {
    const { t, kase } = await twoZones();
    const got = (await t.getCase(kase.id))!;
    expect(got.deadline?.dueDate).toBe('2026-11-15');
    const report = await buildReport(t, { now: '2026-11-29T10:00:00Z' });
    expect(report.timeZone).toBe('UTC');
    const md = renderMarkdown(report, { locale: 'en' });
    expect(md).toContain('Reply due 15 November 2026');
    expect(md).not.toContain('16 November 2026');
    const html = await renderHtml(report, { locale: 'en' });
    expect(html).toContain('15 November 2026');
    expect(html).not.toContain('16 November 2026');
  });
});
