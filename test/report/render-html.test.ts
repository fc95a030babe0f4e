import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/index.js';
import { leakReport } from './report-world.js';

describe('renderHtml', async () => {
  const { report, hotel, gym, shop } = await leakReport();

  it.each(['en', 'zh-CN'] as const)('renders the report in %s (golden file)', async (locale) => {
    await expect(await renderHtml(report, { locale })).toMatchFileSnapshot(
      `./__golden__/report.${locale}.html`,
    );
  });

  it('is one self-contained file: a CSP that forbids every request and script, inline CSS and SVG', async () => {
    const html = await renderHtml(report);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/u);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/iu);
    expect(html).toMatch(/<style>/u);
    expect(html).not.toContain('<?xml');
    expect(html).not.toContain('<!DOCTYPE svg');
  });

  it('draws one chain-graph node per source, broker and chain caller', async () => {
    const html = await renderHtml(report);
    const nodes = [...html.matchAll(/<g class="node (source|broker|actor)[^"]*" data-id="([^"]+)"/gu)];
    expect(
      nodes
        .filter((n) => n[1] === 'source')
        .map((n) => n[2])
        .sort(),
    ).toEqual([hotel.id, gym.id, shop.id].sort());
    expect(nodes.filter((n) => n[1] === 'broker')).toHaveLength(report.brokers.length);
    expect(
      nodes
        .filter((n) => n[1] === 'actor')
        .map((n) => n[2])
        .sort(),
    ).toEqual([...new Set(report.brokers.flatMap((b) => b.actorIds))].sort());
  });

  // Regression: the chart had no scale, so a printed or PDF report (no tooltips) never said how
  // many contacts a bar stands for.
  it('regression: labels the weekly chart with the highest week’s count and half of it', async () => {
    // A week of 41 background calls more than the world's, as a real phone gets.
    const busy = {
      ...report,
      weeks: report.weeks.map((w, i) =>
        i === 0 ? { ...w, counts: { ...w.counts, noise: w.counts.noise + 41 } } : w,
      ),
    };
    const html = await renderHtml(busy, { locale: 'en' });
    const highest = Math.max(...busy.weeks.map((w) => Object.values(w.counts).reduce((a, b) => a + b, 0)));
    expect(highest).toBeGreaterThan(40);
    const labels = [...html.matchAll(/<text class="ytick"[^>]*>([^<]+)<\/text>/gu)].map((m) => m[1]);
    expect(labels).toEqual([
      highest.toLocaleString('en-GB'),
      Math.round(highest / 2).toLocaleString('en-GB'),
    ]);
  });

  it('writes the finding as sentences with the chance of guessing', async () => {
    const html = await renderHtml(report);
    expect(html).toMatch(/A guess at random would hit it with a chance of 1 in 8×10¹⁴\./u);
    const zh = await renderHtml(report, { locale: 'zh-CN' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toMatch(/随机猜中它的概率为 8×10¹⁴分之一。/u);
    expect(zh).toContain('2026年4月10日');
  });
});
