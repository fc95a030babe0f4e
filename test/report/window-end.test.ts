import { describe, expect, it } from 'vitest';
import { buildReport, renderMarkdown } from '../../src/report/index.js';
import { leakWorld } from './report-world.js';

describe('the report window’s end (exclusive) as the header states it', () => {
  it('at midnight in the report’s zone: the day before, the last day the report holds (en, zh-CN)', async () => {
    const { tracer, subject } = await leakWorld();
    const to = '2026-04-11T00:00:00+08:00';
    const report = await buildReport(tracer, { subjectId: subject.id, to, now: to });
    expect(renderMarkdown(report, { locale: 'zh-CN' })).toContain('联系记录：截至 2026年4月10日');
    expect(renderMarkdown(report, { locale: 'en' })).toContain('Contacts up to 10 April 2026');
    const both = await buildReport(tracer, {
      subjectId: subject.id,
      from: '2026-03-01T00:00:00+08:00',
      to,
      now: to,
    });
    expect(renderMarkdown(both, { locale: 'en' })).toContain('Contacts from 1 March 2026 to 10 April 2026');
  });

  it('at another time of day: that date and time, not a whole day it does not hold', async () => {
    const { tracer, subject } = await leakWorld();
    const to = '2026-04-11T08:00:00+08:00';
    const report = await buildReport(tracer, { subjectId: subject.id, to, now: to });
    expect(renderMarkdown(report, { locale: 'zh-CN' })).toContain('联系记录：截至 2026年4月11日 08:00');
  });
});
