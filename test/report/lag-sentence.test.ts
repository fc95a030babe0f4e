import { describe, expect, it } from 'vitest';
import { buildReport, renderMarkdown } from '../../src/report/index.js';
import { chineseWorld, day } from '../helpers/world.js';

/**
 * Two people give the hotel their data three weeks apart; the later one is reached first. The
 * quoted identity may be either person's: the lag sentence must name the dates it counts
 * between, and they must add up.
 */
async function twoPeopleWorld() {
  const world = await chineseWorld();
  const { tracer, subject, hotel } = world;
  const li = await tracer.addSubject({
    name: '李娜',
    emails: [{ address: 'inbox@lina.example', strategy: 'domain' }],
    phones: { real: ['+86 138 0013 8001'], pool: [] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const early = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['email'],
    at: day(0),
  });
  const late = await tracer.issue({ subjectId: li.id, sourceId: hotel.id, fields: ['email'], at: day(21) });
  await tracer.record({
    id: 'li',
    channel: 'email',
    at: day(30),
    to: late.email!,
    from: 'x@loan.example',
    content: 'hi',
  });
  await tracer.record({
    id: 'zw',
    channel: 'email',
    at: day(50),
    to: early.email!,
    from: 'x@loan.example',
    content: 'hi',
  });
  return buildReport(tracer, { to: day(90), now: day(90) });
}

describe('the lag sentence', () => {
  it('names the first leak and the issue it counts from, and they add up (en)', async () => {
    const report = await twoPeopleWorld();
    const md = renderMarkdown(report, { locale: 'en' });
    const m =
      /The first leak, on (\d+ \w+ \d{4}), came (\d+) days after (\S+) gave it their data on (\d+ \w+ \d{4})\./u.exec(
        md,
      );
    expect(m).not.toBeNull();
    const [, leak, days, person, issued] = m!;
    expect(leak).toBe('31 March 2026');
    expect(person).toBe('李娜');
    expect(issued).toBe('22 March 2026');
    expect(Number(days)).toBe((Date.parse(`${leak} UTC`) - Date.parse(`${issued} UTC`)) / 86_400_000);
    expect(report.sources.find((s) => s.finding.status === 'leaked')!.finding.lagDays).toBe(9);
  });

  it('names the first leak and the issue it counts from (zh-CN)', async () => {
    const md = renderMarkdown(await twoPeopleWorld(), { locale: 'zh-CN' });
    expect(md).toContain('首次泄露（2026年3月31日）发生在李娜于 2026年3月22日 向它提供信息后 9 天。');
  });
});

describe('the lag a letter states', () => {
  it('counts calendar days in the person’s zone, as the analysis does, across a change of summer time', async () => {
    const { createTracer } = await import('../../src/index.js');
    const { renderLetter } = await import('../../src/report/index.js');
    const tracer = await createTracer({ seed: 'lag-dst', now: new Date('2026-12-01T00:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Jonas Peter Müller',
      emails: [{ address: 'inbox@jonas-mueller.example', strategy: 'domain' }],
      phones: { real: ['+4917011110000'], pool: [] },
      locale: 'en',
      region: 'DE',
      timeZone: 'Europe/Berlin',
    });
    const shop = await tracer.addSource({ name: 'Zalando' });
    // 15 September 00:00 in Berlin (summer time) to 27 November 23:10 (winter time): 73 days on
    // the calendar, 74 days and 10 minutes of elapsed time.
    const given = await tracer.issue({
      subjectId: me.id,
      sourceId: shop.id,
      fields: ['email'],
      at: '2026-09-14T22:00:00Z',
    });
    await tracer.record({
      channel: 'email',
      at: '2026-11-27T22:10:11Z',
      to: given.email!,
      from: 'support@paypa1-sicherheit.example',
      content: 'Bitte bestätigen Sie Ihre Zahlungsdaten.',
    });
    const report = await buildReport(tracer, {
      subjectId: me.id,
      timeZone: 'Europe/Berlin',
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(report.sources.find((s) => s.id === shop.id)?.finding.lagDays).toBe(73);
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(report, { to, sourceId: shop.id, law: 'GDPR' });
      expect(letter, to).toContain('Days from giving it the data to the first leak: 73.');
    }
  });
});
