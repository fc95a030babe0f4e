import { describe, expect, it } from 'vitest';
import {
  buildReport,
  parseReport,
  type Report,
  renderCsv,
  renderHtml,
  renderLetter,
  renderMarkdown,
} from '../../src/report/index.js';
import { checkBuiltReport } from '../../src/report/report-schema.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

/** The page's visible text: tags, attributes and styles removed. */
function visibleText(page: string): string {
  return page
    .replace(/<style>[\s\S]*?<\/style>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ');
}

/**
 * A report in which the gym's pool-number test was not significant (p = 0.598) while its
 * proof is decisive, the shop is clean with 243 pool-number calls tested against the
 * background, and the loan caller also reached the shop, which is legitimate-only.
 */
function withWeakTests(report: Report, ids: { gym: string; shop: string }): Report {
  const loan = report.actors.find((a) => a.senders.includes('vip@loan-fast.example'))!;
  const poolCall = (i: number) => ({
    kind: 'pool-number' as const,
    contactId: 'c4',
    at: report.contacts[0]!.at,
    subjectId: report.subjects[0]!.id,
    falseAccusation: 0.5 + i / 1000,
  });
  return parseReport({
    ...report,
    sources: report.sources.map((s) => {
      if (s.id === ids.gym)
        return {
          ...s,
          finding: { ...s.finding, weakContacts: 1, expectedBackground: 1.9, pValue: 0.598, qValue: 0.598 },
        };
      if (s.id === ids.shop)
        return {
          ...s,
          finding: {
            ...s.finding,
            status: 'legitimate-only' as const,
            legitimateContacts: 3,
            weakContacts: 243,
            expectedBackground: 250,
            pValue: 0.71,
            qValue: 0.71,
            evidence: Array.from({ length: 243 }, (_, i) => poolCall(i)),
          },
        };
      return s;
    }),
    actors: report.actors.map((a) =>
      a.id === loan.id ? { ...a, sourceIds: [...a.sourceIds, ids.shop] } : a,
    ),
  });
}

describe('reports a new reader can follow', async () => {
  const { report, hotel, gym, shop } = await leakReport();

  it('names data dealers by letter and callers by company or first number, never by internal id', async () => {
    const page = visibleText(await renderHtml(report, { locale: 'en' }));
    expect(page).toContain('Dealer A');
    expect(page).toContain('融易贷');
    expect(page).not.toMatch(/brk_|act_/u);
    const zh = visibleText(await renderHtml(report, { locale: 'zh-CN' }));
    expect(zh).toContain('信息贩子 A');
    expect(zh).toContain(
      '它的信息经信息贩子 A 到达了 +8617012345678、自称“融易贷”的发送方（vip@loan-fast.example）。',
    );
    const letter = renderLetter(report, { to: 'regulator', sourceId: hotel.id, law: 'PIPL', locale: 'en' });
    expect(letter).not.toMatch(/brk_|act_| \+1\b/u);
    expect(letter).toContain('- a sender calling itself "融易贷": vip@loan-fast.example (loans)');
    expect(letter).toContain('- +8617012345678 (other topics)');
  });

  it('cites only significant tests as evidence and lists the others as tested, not significant', async () => {
    const tested = withWeakTests(report, { gym: gym.id, shop: shop.id });
    for (const to of ['source', 'regulator'] as const)
      for (const locale of ['en', 'zh-CN'] as const)
        expect(renderLetter(tested, { to, sourceId: gym.id, law: 'PIPL', locale })).not.toContain('0.598');
    const page = await renderHtml(tested, { locale: 'en' });
    const findings = page.slice(
      page.indexOf('<section id="findings">'),
      page.indexOf('<h3>Tested, not significant'),
    );
    expect(findings).not.toContain('0.598');
    expect(page).toContain('<h3>Tested, not significant</h3>');
    expect(page).toContain(
      '健身房: 1 contact on its pool numbers where the background predicts 1.9 (p = 0.598).',
    );
    expect(page).toContain(
      'Shop: 243 contacts on its pool numbers where the background predicts 250 (p = 0.71).',
    );
    const md = renderMarkdown(tested, { locale: 'zh-CN' });
    expect(md).toContain('### 已检验、不显著');
  });

  it('counts only evidence against a source in its Evidence column (a tested clean source shows 0)', async () => {
    const tested = withWeakTests(report, { gym: gym.id, shop: shop.id });
    const page = await renderHtml(tested, { locale: 'en' });
    expect(page).toContain('<th>Evidence against it</th>');
    const shopRow = /<tr><td>Shop<\/td>.*?<\/tr>/u.exec(page)![0];
    expect(shopRow).not.toContain('243');
    expect(shopRow).toMatch(/<td>0<\/td>/u);
    // The CSV keeps the raw count beside it: every contact tested, and those held against it.
    const csv = renderCsv(tested).split('\r\n');
    const header = csv[0]!.split(',');
    const shopCells = csv.find((line) => line.includes(',Shop,'))!.split(',');
    expect(shopCells[header.indexOf('evidence')]).toBe('243');
    expect(shopCells[header.indexOf('evidence_against')]).toBe('0');
    expect(renderMarkdown(tested, { locale: 'en' })).toMatch(
      /\| Shop \| clean \(its own contacts\) \| – \| – \| 0 \/ 1 \| 0 \|/u,
    );
  });

  it("lists as a caller's sources only those its contacts are evidence against", async () => {
    const tested = withWeakTests(report, { gym: gym.id, shop: shop.id });
    const page = await renderHtml(tested, { locale: 'en' });
    const actors = page.slice(page.indexOf('<section id="actors">'), page.indexOf('<section id="canaries">'));
    const loanRow = /<tr><td>a sender calling itself &quot;融易贷&quot;<\/td>.*?<\/tr>/u.exec(actors)![0];
    expect(loanRow).toContain('上海希尔顿酒店');
    expect(loanRow).not.toContain('Shop');
    expect(actors).toContain('First call (any of its lines)');
  });

  it('groups one-off callers and senders into one row after the campaigns, and counts only the others on the card', async () => {
    const world = await leakWorld();
    // Five random dialers, one call each on the control line (numbers far apart: no range).
    const spam = ['+8613012345671', '+8615987654321', '+8618811223344', '+8613755512345', '+8619900011122'];
    for (const [i, from] of spam.entries())
      await world.tracer.record({
        id: `spam${i}`,
        channel: 'call',
        at: day(31 + 3 * i),
        to: world.control.phone!,
        from,
      });
    const built = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(90), now: day(90) });
    const page = await renderHtml(built, { locale: 'en' });
    const actors = page.slice(page.indexOf('<section id="actors">'), page.indexOf('<section id="canaries">'));
    expect(actors).toContain(
      '<tr class="one-off"><td colspan="4">6 other callers and senders, one contact each on one line, none tied to a leak by more than a pool number</td>',
    );
    expect(actors.indexOf('融易贷')).toBeLessThan(actors.indexOf('one-off'));
    expect(actors).not.toContain('+8615987654321');
    expect(page).toContain('<b>2</b><span>callers tied to a leak or on several lines</span>');
    const zh = await renderHtml(built, { locale: 'zh-CN' });
    expect(zh).toContain('其余 6 个来电方或发送方，各在一条线路上联系一次，除号码池号码外均与泄露无关联');
  });

  it('writes singular and plural nouns by count in English', async () => {
    const page = await renderHtml(report, { locale: 'en' });
    expect(page).toContain('<b>1</b><span>data dealer</span>');
    expect(page).toContain('<b>2</b><span>sources leaked</span>');
    expect(page).toContain(
      '1 other caller or sender, one contact on one line, tied to a leak by no more than a pool number',
    );
    expect(page).not.toMatch(/\b1 (callers|contacts|sources|data dealers)\b/u);
    const one = await renderHtml(report, { locale: 'en', maxLogRows: 1 });
    expect(one).toContain('1 of 4 contacts are shown here');
  });

  it('draws pool-number-only contacts apart from decisive leaks, in a colour-blind-safe palette', async () => {
    const world = await leakWorld();
    // A random dialer on the hotel's pool number: a `leak` verdict with no unguessable field.
    await world.tracer.record({
      id: 'pool',
      channel: 'call',
      at: day(10),
      to: world.hotelCanary.phone!,
      from: '+8613398765432',
    });
    const built = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(90), now: day(90) });
    const pool = built.contacts.find((c) => c.id === 'pool')!;
    expect(pool.verdict).toBe('leak');
    const weeks = built.weeks.filter((w) => (w.poolOnly ?? 0) > 0);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]!.counts.leak).toBeGreaterThanOrEqual(weeks[0]!.poolOnly!);
    const page = await renderHtml(built, { locale: 'en' });
    expect(page).toMatch(
      /<rect class="v-pool"[^>]*><title>[^<]*pool number only: a weak contact, tested against the background/u,
    );
    expect(page).toContain('<i class="v-pool"></i>pool number only');
    // Okabe–Ito: vermillion leaks, a black first-leak marker, a blue resale-wave marker.
    expect(page).toContain('--leak:#d55e00');
    expect(page).toContain('--first-leak:#000');
    expect(page).toContain('.m-first-leak{background:var(--first-leak)}');
  });

  it('keeps the last week label inside the chart', async () => {
    const page = await renderHtml(report, { locale: 'zh-CN' });
    const box = /<svg class="timeline"[^>]*viewBox="([-\d.]+) [-\d.]+ ([\d.]+) /u.exec(page)!;
    const [left, width] = [Number(box[1]), Number(box[2])];
    const ticks = [...page.matchAll(/<text class="tick" x="([\d.]+)"/gu)].map((m) => Number(m[1]));
    // Labels are centred on their bar: half of "12月21日" at 10 px is under 25 px.
    for (const x of ticks) {
      expect(x - 25).toBeGreaterThanOrEqual(left);
      expect(x + 25).toBeLessThanOrEqual(left + width);
    }
  });
});

describe('the check buildReport runs on its model', () => {
  it('returns the model it built, not a copy, and still refuses a systematic fault in a long list', async () => {
    const { report } = await leakReport();
    expect(checkBuiltReport(report)).toBe(report);
    const contacts = Array.from({ length: 5000 }, (_, i) => ({ ...report.contacts[0]!, id: `c${i}` }));
    expect(() =>
      checkBuiltReport({ ...report, contacts: contacts.map((c) => ({ ...c, at: 'yesterday' })) }),
    ).toThrow(/contacts\[\d+\]\.at/u);
  });
});
