import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakWorld } from './report-world.js';

/** The leak world, with calls for a previous owner of the hotel's pool number before any leak. */
async function previousOwnerWorld() {
  const world = await leakWorld();
  for (let i = 0; i < 3; i++)
    await world.tracer.record({
      id: `owed-${i}`,
      channel: 'call',
      at: day(2 + i * 5),
      to: world.hotelCanary.phone!,
      from: '+8613732678796',
      content: '喂，是许艳吗？我们是催收中心的',
    });
  const report = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(90), now: day(90) });
  return { ...world, report };
}

/** The rows of the Markdown evidence log (after its header and separator). */
function markdownLog(md: string): string[] {
  const section = md.split(/^## /mu).find((s) => s.startsWith('Evidence log') || s.startsWith('证据记录'))!;
  return section
    .split('\n')
    .filter(
      (l) =>
        l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| When') && !l.startsWith('| 时间'),
    );
}

describe('evidence log', () => {
  it('shows every contact in Markdown when the store holds fewer than the bound', async () => {
    const { report } = await previousOwnerWorld();
    for (const locale of ['en', 'zh-CN'] as const) {
      const md = renderMarkdown(report, { locale });
      expect(markdownLog(md)).toHaveLength(report.contacts.length);
      expect(md).toContain(locale === 'en' ? '7 of 7 contacts are shown' : '此处显示 7 条联系记录中的 7 条');
    }
  });

  it('puts evidence first: pool-number calls no test held against a source do not lead a bounded log', async () => {
    const { report } = await previousOwnerWorld();
    const md = renderMarkdown(report, { locale: 'en', maxLogRows: 2 });
    const rows = markdownLog(md);
    expect(rows).toHaveLength(2);
    // The decisive leak and the merged record, not the calls of 3–13 March for someone else.
    expect(rows.join('\n')).not.toContain('催收');
    expect(rows[0]).toContain('10 Apr 2026');
    const html = await renderHtml(report, { locale: 'en', maxLogRows: 2 });
    expect(html).not.toContain('催收');
  });

  it('names a pool-number-only call weak, never a leak, and a control line as the control', async () => {
    const { report } = await previousOwnerWorld();
    const en = markdownLog(renderMarkdown(report, { locale: 'en' }));
    const owed = en.filter((l) => l.includes('催收'));
    expect(owed).toHaveLength(3);
    for (const row of owed) expect(row).not.toMatch(/\| leak \|/u);
    expect(en.join('\n')).toContain('→ control (never handed out)');
    const zh = markdownLog(renderMarkdown(report, { locale: 'zh-CN' }));
    for (const row of zh.filter((l) => l.includes('催收'))) expect(row).not.toMatch(/\| 泄露 \|/u);
    expect(zh.join('\n')).toContain('→ 对照（从未提供给任何人）');
  });
});
