import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/index.js';
import type { Report } from '../../src/report/report-schema.js';
import { leakReport } from './report-world.js';

/** The report with the hotel's weak test significant, on a background watched `lineDays`. */
async function weakReport(lineDays: number, measured?: boolean): Promise<Report> {
  const { report, hotel } = await leakReport();
  return {
    ...report,
    baseline: {
      ...report.baseline,
      // Without `measured`, an older model: the line-days watched decide.
      phone: { ...report.baseline.phone, lineDays, measured },
    },
    sources: report.sources.map((s) =>
      s.id === hotel.id
        ? {
            ...s,
            finding: {
              ...s.finding,
              weakContacts: 4,
              expectedBackground: 0.3,
              pValue: 0.0004,
              qValue: 0.001,
            },
          }
        : s,
    ),
  } as Report;
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
