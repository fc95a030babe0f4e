import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderCsv, renderHtml, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { zhCN } from '../../src/report/locales/zh-CN.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

const T0 = new Date('2026-11-29T15:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** The README's CLI tour: one person, a two-number pool, no control, one call minutes after issue. */
async function youngStore(options: { control?: boolean } = {}) {
  const tracer = await createTracer({ seed: 'young', now: T0 });
  const me = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'phone', 'name'],
    at: T0,
  });
  if (options.control) await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'], at: T0 });
  await tracer.record({
    id: 'pool',
    channel: 'call',
    at: minutes(2),
    to: canary.phone!,
    from: '+8613312345679',
  });
  await tracer.record({
    id: 'real',
    channel: 'sms',
    at: minutes(3),
    to: '13800138000',
    from: '95555',
    content: '您好',
  });
  return { tracer, me, hotel };
}

describe('report wording', () => {
  it('labels the person’s real number "real number" / 真实号码, never "pool number" (regression A)', async () => {
    const { tracer, me } = await youngStore();
    const report = await buildReport(tracer, { subjectId: me.id, now: minutes(5) });
    const zh = await renderHtml(report, { locale: 'zh-CN' });
    const en = await renderHtml(report, { locale: 'en' });
    expect(zh).toContain('真实号码 +86138');
    expect(zh).not.toMatch(/号码池号码 \+86138/u);
    expect(en).toContain('real number +86138');
    expect(en).not.toMatch(/pool number \+86138/u);
    const rows = parse(renderCsv(report, { table: 'contacts', locale: 'en' }), {}) as string[][];
    const header = rows[0]!;
    const real = rows.find((r) => r[0] === 'real')!;
    expect(real[header.indexOf('revealed')]).toMatch(/^real number \+86138/u);
    expect(real[header.indexOf('revealed_codes')]).toMatch(/^real-phone:/u);
  });

  it('says a background watched for minutes cannot be measured yet, with what was watched (regression C)', async () => {
    for (const window of [{ to: minutes(5) }, {}]) {
      const { tracer, me } = await youngStore({ control: true });
      const report = await buildReport(tracer, { subjectId: me.id, ...window, now: minutes(5) });
      const md = renderMarkdown(report, { locale: 'en' });
      expect(md).toMatch(/cannot be measured yet/u);
      expect(md).not.toMatch(/it was [\d.,]+ contacts per line per day/u);
      if (report.baseline.phone.lines > 0)
        expect(md).toMatch(/\(\d lines?\) have been watched for only 5 minutes in all/u);
      else expect(md).toMatch(/no control line or unissued pool number has been watched yet/u);
      expect(renderMarkdown(report, { locale: 'zh-CN' })).toMatch(/背景水平目前还无法测量/u);
    }
    // A month of history is a measure.
    const { report: old } = await leakReport();
    expect(renderMarkdown(old, { locale: 'en' })).toMatch(
      /per line per day \(2 lines, watched for 180 days in all\)/u,
    );
  });

  it('never counts one pool-number call of a clean source as evidence against it', async () => {
    const { tracer, me, hotel } = await youngStore();
    const report = await buildReport(tracer, { subjectId: me.id, now: minutes(5) });
    const source = report.sources.find((s) => s.id === hotel.id)!;
    expect(source.finding.status).toBe('clean');
    const md = renderMarkdown(report, { locale: 'en' });
    expect(md).toMatch(/\| 上海希尔顿酒店 \| clean \| – \| – \| 0 \/ 1 \| 0 \|/u);
    expect(md).not.toMatch(/the chance of that many or more|where the background predicts/u);
  });

  it('says which contacts a report without a window covers, never "from open to open" (regression E)', async () => {
    const { tracer, me } = await youngStore();
    const report = await buildReport(tracer, { subjectId: me.id, now: minutes(5) });
    const en = renderMarkdown(report, { locale: 'en' });
    expect(en).not.toMatch(/\bopen\b/u);
    expect(en).toMatch(/All contacts: the first on 29 November 2026, the last on 29 November 2026/u);
    const zh = renderMarkdown(report, { locale: 'zh-CN' });
    expect(zh).not.toContain('不限');
    expect(zh).toContain('全部联系记录：最早 2026年11月29日，最近 2026年11月29日');
    const empty = await buildReport(await createTracer({ seed: 'e', now: T0 }), { now: T0 });
    expect(renderMarkdown(empty, { locale: 'en' })).toContain('No contact recorded yet');
  });

  it('writes people’s labels, not internal keys, in CSV, HTML and Markdown (regression E)', async () => {
    const { tracer, me } = await youngStore();
    const report = await buildReport(tracer, { subjectId: me.id, now: minutes(5) });
    const rows = parse(renderCsv(report, { table: 'contacts' }), {}) as string[][];
    const header = rows[0]!;
    const real = rows.find((r) => r[0] === 'real')!;
    expect(real[header.indexOf('from')]).toBe('95555');
    expect(real[header.indexOf('from_key')]).toBe('short:CN:95555');
    expect(real[header.indexOf('subject')]).toBe('张伟');
    const actors = parse(renderCsv(report, { table: 'actors' }), {}) as string[][];
    for (const row of actors.slice(1)) {
      expect(row[1]).not.toMatch(/^act_|short:/u);
      expect(row[2]).not.toMatch(/short:/u);
    }
    for (const text of [await renderHtml(report), renderMarkdown(report)])
      expect(text).not.toMatch(/>short:|\| short:|act_contact|act_\+/u);
  });

  it('translates categories and number-range flags in zh-CN (regression E)', async () => {
    const { report } = await leakReport();
    const zh = await renderHtml(report, { locale: 'zh-CN' });
    expect(zh).toContain('<td>酒店</td>');
    expect(zh).toContain('虚拟运营商号段');
    expect(zh).not.toContain('cn-virtual-operator');
    expect(renderMarkdown(report, { locale: 'en' })).toContain('virtual-operator range');
  });

  it('gives the identities table a person column when the report covers several people, and names controls (regression Q)', async () => {
    const world = await leakWorld();
    const other = await world.tracer.addSubject({
      name: '李娜',
      emails: [{ address: 'inbox@lina.example', strategy: 'domain' }],
      phones: { real: ['13700137000'], pool: ['13600136001'] },
      locale: 'zh-CN',
      region: 'CN',
    });
    await world.tracer.issue({
      subjectId: other.id,
      sourceId: world.hotel.id,
      fields: ['email', 'name'],
      at: day(1),
    });
    const everyone = await buildReport(world.tracer, { to: day(90), now: day(90) });
    const zh = await renderHtml(everyone, { locale: 'zh-CN' });
    const table = zh.slice(zh.indexOf('<section id="canaries">'), zh.indexOf('<section id="log">'));
    expect(table).toContain('<th>所属人</th>');
    expect(table).toContain('<td>李娜</td>');
    expect(table).toContain('<td>张伟</td>');
    expect(table).toContain('对照（从未提供给任何人）');
    expect(table).not.toContain('<td>—</td>');
    // One person's report needs no such column.
    const one = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(90), now: day(90) });
    expect(await renderHtml(one, { locale: 'en' })).not.toContain('<th>Person</th>');
  });

  it('spaces Chinese from Latin and digits and uses full-width brackets in zh text (regression S/N)', async () => {
    const { report, gym } = await leakReport('zh-CN');
    const letter = renderLetter(report, { to: 'regulator', sourceId: gym.id, law: 'PIPL', locale: 'zh-CN' });
    expect(letter).toContain('，+8617012345678 使用了它');
    expect(letter).toMatch(/^- \+8617012345678（其他）$/mu);
    expect(letter).not.toMatch(
      /\p{Script=Han}[A-Za-z+]|[A-Za-z]\p{Script=Han}|[A-Za-z0-9]\((?=\p{Script=Han})/u,
    );
    expect(zhCN.letter.given('Hilton Shanghai')).toMatch(/^我曾向 Hilton Shanghai 提供/u);
    expect(zhCN.finding.used('23:53', 'spam@loans.example', '邮件', '作为联系地址', '完全一致')).toBe(
      '23:53，spam@loans.example 使用了它（邮件，作为联系地址，完全一致）。',
    );
    // The values themselves are never touched: a name variant keeps its own spelling.
    expect(zhCN.finding.issued('姓名变体', '张Wei', '2026年3月1日', 'Shop')).toContain('姓名变体 张Wei 于');
  });
});

describe('the evidence log and Markdown links (regression)', () => {
  it('calls a pool-number-only leak weak, lists a shared number once with its holders, and leaves untested calls out of the evidence', async () => {
    const { report } = await leakReport();
    const hotelPhone = report.canaries.find((c) => c.fields.some((f) => f.kind === 'phone'))!;
    const phone = hotelPhone.fields.find((f) => f.kind === 'phone')!.value;
    const weak = {
      ...report.contacts[0]!,
      id: 'weak',
      verdict: 'leak' as const,
      hits: [0, 1].map(() => ({
        canaryId: hotelPhone.id,
        sourceId: hotelPhone.sourceId,
        kind: 'phone' as const,
        value: phone,
        where: 'to' as const,
        how: 'exact' as const,
        real: false,
        unguessable: false,
      })),
    };
    const withWeak = { ...report, contacts: [...report.contacts, weak] };
    const html = await renderHtml(withWeak, { locale: 'en', maxLogRows: 100 });
    expect(html).toContain('pool number only (weak)');
    expect(html).not.toMatch(new RegExp(`pool number \\${phone}[^<]*\\npool number \\${phone}`, 'u'));
    const md = renderMarkdown(withWeak, { locale: 'zh-CN' });
    expect(md).not.toContain('weak');
  });
});

describe('the summary table of a Markdown report', () => {
  it.each([
    [
      'zh-CN',
      ['联系记录数', '已泄露来源', '可疑来源', '信息贩子', '来电方（与泄露相关或使用多个号码）', '首次泄露'],
    ],
    ['en', ['Contacts recorded', 'Sources leaked', 'Sources suspected', 'Data dealers']],
  ] as const)(
    'names its columns in %s as headers, not as words written after a number',
    async (locale, names) => {
      const { report } = await leakReport(locale);
      const md = renderMarkdown(report, { locale });
      const header = md.split('\n').find((line) => line.startsWith('| ') && line.includes(names[0]!))!;
      const cells = header
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      for (const name of names) expect(cells).toContain(name);
      // A header opening with a measure word (条, 个) reads as a sentence cut into cells.
      for (const cell of cells) expect(cell).not.toMatch(/^[条个位次]/u);
    },
  );
});
