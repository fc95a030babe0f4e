/**
 * From contacts to a report you can send: a small world where a car dealer's identity is used by
 * a loan robot, then the report model, its HTML and Markdown renderings, and a letter to the
 * dealer under China's PIPL asking for the source and recipients of the data.
 * Run: npx tsx examples/leak-report.ts
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer } from 'leaktrace';
import { buildReport, renderHtml, renderLetter, renderMarkdown } from 'leaktrace/report';

const now = new Date('2026-06-01T09:00:00Z');
const tracer = await createTracer({ seed: 'leak-report', now });
const me = await tracer.addSubject({
  name: '王芳',
  emails: [{ address: 'inbox@wangfang.example', strategy: 'domain' }],
  phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
  locale: 'zh-CN',
});
const dealer = await tracer.addSource({ name: '宝马4S店', category: 'car dealer' });
const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
const at = new Date('2026-01-05T09:00:00Z');
const atDealer = await tracer.issue({
  subjectId: me.id,
  sourceId: dealer.id,
  fields: ['email', 'phone', 'name'],
  at,
});
await tracer.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['email', 'phone', 'name'], at });

// Three months later a loan robot rotates through two lines, using the dealer's name variant.
await tracer.recordMany([
  {
    channel: 'sms',
    at: '2026-04-02T10:00:00+08:00',
    to: atDealer.phone!,
    from: '17012345601',
    content: `【融易贷】${atDealer.name}女士您好，您有20万额度待领取，回T退订`,
  },
  {
    channel: 'call',
    at: '2026-04-09T15:20:00+08:00',
    to: atDealer.phone!,
    from: '17012345602',
    content: `喂，${atDealer.name}吗？我们这边是融易贷的，低息贷款了解一下`,
  },
  {
    channel: 'email',
    at: '2026-04-12T01:00:00Z',
    to: atDealer.email!,
    from: 'offers@rongyidai.example',
    content: '尊敬的客户，您的贷款额度已提升',
  },
]);

const report = await buildReport(tracer, { subjectId: me.id, now });
const html = await renderHtml(report);
const markdown = renderMarkdown(report);
const letter = renderLetter(report, { to: 'source', sourceId: dealer.id, law: 'PIPL', locale: 'zh-CN' });
const out = mkdtempSync(join(tmpdir(), 'leaktrace-report-'));
writeFileSync(join(out, 'report.html'), html);
writeFileSync(join(out, 'report.md'), markdown);
writeFileSync(join(out, 'letter.txt'), letter);

const finding = report.sources.find((s) => s.id === dealer.id)!.finding;
console.log(
  `宝马4S店: ${finding.status}, first leak ${finding.firstLeakAt}, ${finding.evidence.length} pieces of evidence`,
);
console.log(`上海希尔顿酒店: ${report.sources.find((s) => s.id === hotel.id)!.finding.status}`);
console.log(
  `report.html ${html.length} chars, report.md ${markdown.length} chars, letter ${letter.split('\n').length} lines`,
);
console.log(letter.split('\n').slice(0, 6).join('\n'));
console.log(`written to ${out}`);
if (finding.status !== 'leaked' || !html.includes('宝马4S店') || !letter.includes('宝马4S店'))
  process.exit(1);
await tracer.close();
