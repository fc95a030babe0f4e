/**
 * buildReport() + renderHtml() on simulated worlds of growing size (the world analyze() is
 * benchmarked on): seconds for each, the HTML's size, and memory. Not a timed test: figures go
 * to BENCHMARKS.md.
 */
import os from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { buildReport, renderHtml } from '../src/report/index.js';
import { analyzeWorld } from './analyze.bench.js';
import { table } from './harness.js';

/** The heap the process holds now (committed, which rarely shrinks at once: close to the peak so far). */
function committedHeap(): number {
  return getHeapStatistics().total_heap_size;
}

export async function benchReport(targets: readonly number[]): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const target of targets) {
    // About 530 contacts a person in today's simulated world (75,960 for 143 people).
    const subjects = Math.max(2, Math.round(target / 530));
    console.error(`[report] simulating ~${target.toLocaleString()} contacts (${subjects} people)`);
    const { tracer, end } = await analyzeWorld(subjects);
    (globalThis as { gc?: () => void }).gc?.();
    const worldHeap = process.memoryUsage().heapUsed;
    let peak = committedHeap();
    let start = performance.now();
    const report = await buildReport(tracer, { to: end, now: end, locale: 'zh-CN' });
    const buildSeconds = (performance.now() - start) / 1000;
    peak = Math.max(peak, committedHeap());
    start = performance.now();
    const html = await renderHtml(report);
    const renderSeconds = (performance.now() - start) / 1000;
    peak = Math.max(peak, committedHeap());
    rows.push([
      report.contacts.length,
      buildSeconds,
      renderSeconds,
      Buffer.byteLength(html) / 1e6,
      worldHeap / 1e9,
      peak / 1e9,
      process.resourceUsage().maxRSS / 1e6,
      os.loadavg()[0]!,
    ]);
    console.error(
      `[report] ${report.contacts.length} contacts: build ${buildSeconds.toFixed(1)} s, render ${renderSeconds.toFixed(1)} s, ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB`,
    );
    await tracer.close();
  }
  console.log('### buildReport() + renderHtml()\n');
  table(
    [
      'contacts',
      'buildReport s',
      'renderHtml s',
      'HTML MB',
      'world heap GB',
      'peak committed heap GB',
      'peak RSS GB (process so far)',
      'load average (1 min)',
    ],
    rows,
  );
}
