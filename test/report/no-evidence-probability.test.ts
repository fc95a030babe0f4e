import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport, renderCsv, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakWorld } from './report-world.js';

describe('the leak probability of a source nothing was measured of', () => {
  it('a source with no contact and no evidence shows "–", not a prior weighed against nothing (Markdown, HTML, CSV)', async () => {
    const { tracer, subject, hotel } = await leakWorld();
    // A car dealer given a pool number that nothing ever reached.
    const shop = await tracer.addSource({ name: 'Car dealer', category: 'retail' });
    await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['phone', 'name'], at: day(0) });
    const report = await buildReport(tracer, { subjectId: subject.id, to: day(90), now: day(90) });
    const shopModel = report.sources.find((s) => s.id === shop.id)!;
    // Whatever posterior the model holds (the prior weighed against nothing, or none), the
    // readings show none.
    expect(shopModel.finding.weakContacts).toBe(0);
    for (const locale of ['en', 'zh-CN'] as const) {
      const row = renderMarkdown(report, { locale })
        .split('\n')
        .find((l) => l.startsWith('| Car dealer |'))!;
      expect(row).toMatch(/\| – \|$/u);
      expect(row).not.toContain('%');
    }
    const html = await renderHtml(report);
    const shopRow = html.split('<tr>').find((r) => r.startsWith('<td>Car dealer</td>'))!;
    expect(shopRow).not.toContain('%');
    const rows = parseCsv(renderCsv(report, { table: 'findings' }), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r.source_id === shop.id)!.posterior).toBe('');
    // A source with evidence keeps its probability.
    expect(rows.find((r) => r.source_id === hotel.id)!.posterior).not.toBe('');
  });
});
