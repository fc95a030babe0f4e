import { describe, expect, it } from 'vitest';
import { buildReport, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { chineseWorld, day } from '../helpers/world.js';

/**
 * The hotel's name variant first reached the person in a loan text on day 40; its alias (a far
 * less guessable field) was written to on day 80 by another sender. The finding and the letters
 * lead with the first leak, the one the "first leak" line dates.
 */
async function twoUses() {
  const world = await chineseWorld();
  const { tracer, subject, hotel } = world;
  const canary = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['email', 'phone', 'name'],
    at: day(0),
  });
  await tracer.record({
    id: 'first',
    channel: 'sms',
    at: day(40),
    to: canary.phone!,
    from: '+8617012345678',
    content: `${canary.name}您好，您的贷款额度已批准，回复1领取`,
  });
  await tracer.record({
    id: 'later',
    channel: 'email',
    at: day(80),
    to: canary.email!,
    from: 'vip@loan-fast.example',
    content: '您好，您的信用额度已提升，点击领取',
  });
  return world;
}

describe("a finding's lead proof", () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`is the first decisive use, not the strongest later one (${locale})`, async () => {
      const { tracer, subject, hotel } = await twoUses();
      const report = await buildReport(tracer, { subjectId: subject.id, to: day(90), now: day(90), locale });
      const finding = report.sources.find((s) => s.id === hotel.id)!.finding;
      expect(finding.status).toBe('leaked');
      const decisive = finding.evidence.filter((e) => e.kind === 'decisive').map((e) => e.contactId);
      expect(decisive).toEqual(expect.arrayContaining(['first', 'later']));
      expect(finding.firstLeakAt).toBe(day(40).toISOString());
      const md = renderMarkdown(report);
      const section = md.slice(md.indexOf(`### ${hotel.name}`));
      const letter = renderLetter(report, { sourceId: hotel.id, law: 'PIPL', to: 'source' });
      for (const text of [section, letter]) {
        const lead = text
          .split('\n')
          .find((line) => line.includes('+8617012345678') || line.includes('vip@'));
        expect(lead).toContain('+8617012345678');
        expect(lead).not.toContain('vip@loan-fast.example');
      }
    });
  }
});
