import { describe, expect, it } from 'vitest';
import { buildReport, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { chineseWorld, day } from '../helpers/world.js';

/**
 * An alias adopted from a vault without its creation date: mail through it months before the
 * import is a use, and no letter or report may date the alias at the import.
 */
async function undatedAliasWorld() {
  const world = await chineseWorld();
  const { tracer, subject, hotel } = world;
  const canary = await tracer.adopt({
    subjectId: subject.id,
    sourceId: hotel.id,
    email: 'k7wq9m2xpd@zhangwei.example',
  });
  expect(canary.undated).toBe(true);
  await tracer.record({
    id: 'loan',
    channel: 'email',
    at: day(-60),
    to: 'k7wq9m2xpd@zhangwei.example',
    from: 'x@loans.example',
    content: '张伟您好，低息贷款，当天到账。',
  });
  return { ...world, report: await buildReport(tracer, { to: day(0), now: day(0) }) };
}

describe('an identifier adopted without its creation date', () => {
  it.each(['en', 'zh-CN'] as const)(
    'is given and issued "on a date not recorded" in the %s letter and report',
    async (locale) => {
      const { report, hotel } = await undatedAliasWorld();
      const letter = renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'PIPL', locale });
      const markdown = renderMarkdown(report, { locale });
      const undated = locale === 'en' ? 'given on a date not recorded' : '提供日期未记录';
      expect(letter).toContain(undated);
      for (const text of [letter, markdown])
        expect(text).not.toMatch(/k7wq9m2xpd@zhangwei\.example(?:,| was issued) (?:given |)on \d/u);
    },
  );
});
