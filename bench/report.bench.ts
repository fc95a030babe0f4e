/**
 * buildReport() + renderHtml() on simulated worlds of growing size (the world analyze() is
 * benchmarked on): seconds for each (wall clock and this process's CPU time, which a loaded
 * machine inflates far less), the share of buildReport spent in its analyze() call, the HTML's
 * size, and memory. Not a timed test: figures go to BENCHMARKS.md.
 *
 * `npm run bench -- --only=report`, or one size alone:
 * `node --expose-gc --max-old-space-size=16384 --import tsx bench/report.bench.ts 1000000`
 * (add `--contacts=cited` for the model that holds only what is printed).
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

/** This process's CPU seconds (user + system) since `from`. */
function cpuSeconds(from?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

export async function benchReport(
  targets: readonly number[],
  contacts: 'all' | 'cited' = 'all',
): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const target of targets) {
    // About 530 contacts a person in today's simulated world (75,960 for 143 people).
    const subjects = Math.max(2, Math.round(target / 530));
    console.error(`[report] simulating ~${target.toLocaleString()} contacts (${subjects} people)`);
    const { tracer, end } = await analyzeWorld(subjects);
    // buildReport() runs analyze() once: timed apart by wrapping the tracer's method.
    const analyze = tracer.analyze.bind(tracer);
    let analyzeWall = 0;
    let analyzeCpu = 0;
    (tracer as { analyze: typeof analyze }).analyze = async (...args) => {
      const [wall, cpu] = [performance.now(), process.cpuUsage()];
      const out = await analyze(...args);
      analyzeWall += (performance.now() - wall) / 1000;
      analyzeCpu += cpuSeconds(cpu);
      return out;
    };
    (globalThis as { gc?: () => void }).gc?.();
    const worldHeap = process.memoryUsage().heapUsed;
    let peak = committedHeap();
    let start = performance.now();
    let cpu = process.cpuUsage();
    const report = await buildReport(tracer, { to: end, now: end, locale: 'zh-CN', contacts });
    const buildSeconds = (performance.now() - start) / 1000;
    const buildCpu = cpuSeconds(cpu);
    peak = Math.max(peak, committedHeap());
    // What the model itself keeps alive once the analysis it was built from is gone.
    (globalThis as { gc?: () => void }).gc?.();
    const modelHeap = process.memoryUsage().heapUsed - worldHeap;
    start = performance.now();
    cpu = process.cpuUsage();
    const html = await renderHtml(report);
    const renderSeconds = (performance.now() - start) / 1000;
    const renderCpu = cpuSeconds(cpu);
    peak = Math.max(peak, committedHeap());
    rows.push([
      report.summary.contacts,
      buildSeconds,
      buildCpu,
      analyzeCpu,
      buildCpu - analyzeCpu,
      renderSeconds,
      renderCpu,
      Buffer.byteLength(html) / 1e6,
      worldHeap / 1e9,
      modelHeap / 1e9,
      peak / 1e9,
      process.resourceUsage().maxRSS / 1e6,
      os.loadavg()[0]!,
    ]);
    console.error(
      `[report] ${report.summary.contacts} contacts (${report.contacts.length} in the model, ${(modelHeap / 1e6).toFixed(0)} MB): build ${buildSeconds.toFixed(1)} s (CPU ${buildCpu.toFixed(1)} s, analyze ${analyzeCpu.toFixed(1)} s CPU / ${analyzeWall.toFixed(1)} s), render ${renderSeconds.toFixed(1)} s (CPU ${renderCpu.toFixed(1)} s), ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    await tracer.close();
  }
  console.log(`### buildReport({ contacts: '${contacts}' }) + renderHtml()\n`);
  table(
    [
      'contacts',
      'buildReport s',
      'buildReport CPU s',
      'of which analyze() CPU s',
      'model + check CPU s',
      'renderHtml s',
      'renderHtml CPU s',
      'HTML MB',
      'world heap GB',
      'report model heap GB (after GC)',
      'peak committed heap GB',
      'peak RSS GB (process so far)',
      'load average (1 min)',
    ],
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const contacts = process.argv.includes('--contacts=cited') ? 'cited' : 'all';
  await benchReport(sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000], contacts);
}
