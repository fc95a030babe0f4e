import { describe, expect, it } from 'vitest';
import { buildReport, parseReport, renderCsv, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { hotelRequestedOnDay60 } from './case-fixtures.js';

/**
 * The report world's walk, as a report on day 110 shows it: the hotel (PIPL) got a request, no
 * answer, a reminder, a "never shared" answer naming a dealer (contradicted by the loan caller's
 * use of the hotel's alias), a complaint; the dealer got a case of its own; the loan caller
 * itself got a case asking where it got the alias.
 */
async function walkReport() {
  const world = await hotelRequestedOnDay60();
  const { tracer, subject, kase } = world;
  await tracer.logLetter(kase.id, { kind: 'reminder', at: day(95) });
  const replied = await tracer.logReply(kase.id, {
    at: day(100),
    claims: ['never-shared'],
    namesRecipients: ['=Dealer <b>Co</b>'],
  });
  await tracer.logLetter(kase.id, { kind: 'complaint', at: day(110), to: '12321' });
  const caller = await tracer.openCase({
    actor: { name: '融易贷', contactIds: ['c1'] },
    subjectId: subject.id,
    law: 'PIPL',
    requests: ['source'],
    at: day(61),
  });
  const report = await buildReport(tracer, { subjectId: subject.id, to: day(110), now: day(110) });
  return { ...world, report, caller, dealerCaseId: replied.childCaseIds[0]! };
}

const section = (text: string, from: string, to: string): string =>
  text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe('cases in every rendering of the report', async () => {
  const { report, kase, caller, dealerCaseId } = await walkReport();

  it('keeps the case on the caller and on the named dealer in the model (regression: both were dropped)', () => {
    expect(report.cases!.map((c) => c.id)).toEqual([kase.id, caller.id, dealerCaseId]);
    expect(report.cases![1]).toMatchObject({
      sourceId: null,
      target: { kind: 'actor', name: '融易贷', callers: ['vip@loan-fast.example'] },
      status: 'open',
    });
    expect(report.cases![2]).toMatchObject({ parentCaseId: kase.id, hop: 'recipient', childCaseIds: [] });
    // Round trip through JSON and validation.
    expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('still reads a model written before the case fields were added', async () => {
    const old = {
      ...report,
      cases: [
        {
          id: 'k1',
          sourceId: report.sources[0]!.id,
          subjectId: report.subjects[0]!.id,
          law: 'GDPR' as const,
          requests: ['access'],
          openedAt: day(60).toISOString(),
          deadline: day(90).toISOString(),
          letters: [{ at: day(60).toISOString(), kind: 'request' }],
          replies: [],
        },
      ],
    };
    const md = renderMarkdown(parseReport(old), { locale: 'en' });
    expect(md).toContain(`| k1 | ${report.sources[0]!.name} | GDPR | a copy | overdue |`);
  });

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`renders the cases section and the walk in Markdown in ${locale} (golden file)`, async () => {
      const md = renderMarkdown(report, { locale });
      const heading = locale === 'en' ? '## Cases' : '## 投诉与追查';
      await expect(section(md, heading, '\n## ')).toMatchFileSnapshot(
        `./__golden__/report-cases.${locale}.md`,
      );
      // The next hop in the Mermaid chain: the hotel gave the data to the dealer.
      expect(md).toMatch(/n\d+\["上海希尔顿酒店"\] -\.-> n\d+\["#61;Dealer #60;b#62;Co#60;#47;b#62;"\]/u);
    });

    it(`renders the cases section and draws the next hop in HTML in ${locale} (golden file)`, async () => {
      const html = await renderHtml(report, { locale });
      await expect(section(html, '<section id="cases">', '</section>')).toMatchFileSnapshot(
        `./__golden__/report-cases.${locale}.html`,
      );
      expect(html).toContain('<g class="edge hop">');
      expect(html).toMatch(
        /<g class="node source named" data-id="[^"]+"><title>=Dealer &lt;b&gt;Co&lt;\/b&gt;/u,
      );
      expect(html).not.toContain('<b>Co</b>');
    });
  }

  it('writes the cases CSV: one row per case, formula-safe', () => {
    const csv = renderCsv(report, { table: 'cases' }).split('\r\n');
    expect(csv[0]).toBe(
      'case_id,subject_id,target,source_id,target_kind,law,requests,status,due_date,deadline,rule,letters,replies,contradictions,non_compliance,answered_late,parent_case_id,hop,child_case_ids,opened_at,closed_at,late_days',
    );
    expect(csv).toHaveLength(5);
    const hotelRow = csv.find((line) => line.startsWith(kase.id))!;
    expect(hotelRow).toContain(',PIPL,access source recipients erasure,escalated,');
    expect(hotelRow).toContain(',3,1,1,0,true,,,');
    const dealerRow = csv.find((line) => line.startsWith(dealerCaseId))!;
    expect(dealerRow).toContain(`"'=Dealer <b>Co</b>"`);
    expect(dealerRow).toContain(`,${kase.id},recipient,`);
  });
});
