import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/index.js';
import type { Report } from '../../src/report/report-schema.js';
import { leakReport } from './report-world.js';

type Phone = Omit<Report['baseline']['phone'], 'measured'> & { measured?: boolean | undefined };
type Test = Pick<
  Report['sources'][number]['finding'],
  'weakContacts' | 'expectedBackground' | 'pValue' | 'qValue'
>;

/** The world's report with its background and the hotel's pool-number test replaced. */
async function hotelTest(locale: 'en' | 'zh-CN', phone: Partial<Phone>, test: Test): Promise<Report> {
  const { report, hotel } = await leakReport(locale);
  return {
    ...report,
    baseline: { ...report.baseline, phone: { ...report.baseline.phone, ...phone } },
    sources: report.sources.map((s) =>
      s.id === hotel.id ? { ...s, finding: { ...s.finding, ...test } } : s,
    ),
  } as Report;
}

/** The report with the hotel's weak test significant, on a background watched `lineDays`. */
function weakReport(lineDays: number, measured?: boolean): Promise<Report> {
  // Without `measured`, an older model: the line-days watched decide.
  return hotelTest(
    'en',
    { lineDays, measured },
    { weakContacts: 4, expectedBackground: 0.3, pValue: 0.0004, qValue: 0.001 },
  );
}

describe('a background that was not measured is never printed as measured', () => {
  it('says the weak test rests on an assumed rate when the background was watched too little', async () => {
    const md = await renderMarkdown(await weakReport(3));
    expect(md).toContain('The background was not measured');
    expect(md).toContain('an assumed rate of random spam');
    expect(md).not.toContain('where the background predicts');
  });

  it('follows the analysis’s own word on whether it measured the background', async () => {
    expect(await renderMarkdown(await weakReport(400, false))).toContain('The background was not measured');
    const measured = await renderMarkdown(await weakReport(400, true));
    expect(measured).toContain('where the background predicts 0.3');
    expect(measured).not.toContain('The background was not measured');
  });
});

/** The report with the hotel's weak test not significant: 1 contact where 33.5 are expected. */
function quietReport(locale: 'en' | 'zh-CN', measured: boolean): Promise<Report> {
  return hotelTest(
    locale,
    { ratePerDay: 0.125, measured },
    { weakContacts: 1, expectedBackground: 33.5, pValue: 0.879, qValue: 0.95 },
  );
}

describe('a test that was not significant, on a background that was not measured', () => {
  it('says the prediction is an assumed rate over the line-days, in English', async () => {
    const md = await renderMarkdown(await quietReport('en', false));
    expect(md).toContain(
      '1 contact on its pool numbers. The background was not measured (too few control lines and unissued pool numbers watched): an assumed rate of random spam, from published studies of unused numbers, over its 268 line-days would predict 33.5 (p = 0.879).',
    );
    expect(md).not.toContain('where the background predicts 33.5');
    expect(await renderMarkdown(await quietReport('en', true))).toContain(
      '1 contact on its pool numbers where the background predicts 33.5 (p = 0.879).',
    );
  });

  it('says the same in Chinese', async () => {
    const md = await renderMarkdown(await quietReport('zh-CN', false));
    expect(md).toContain('背景水平尚未测得');
    expect(md).toContain('它的 268 个号码日预计为 33.5 次（p = 0.879）');
    expect(md).not.toContain('背景水平预计为 33.5 次');
  });
});
