/**
 * analyze() at growing contact counts: simulated worlds scaled up (more people, more days of
 * background), timed end to end (store read, actors, statistics, brokers, timeline).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { simulate } from '../src/simulate/index.js';
import { table } from './harness.js';

/** The simulated world analyze() is measured on: 40 merchants, 8 dealers, 24 actors, a stormy background. */
export function analyzeWorld(
  subjects: number,
  load: typeof simulate = simulate,
): ReturnType<typeof simulate> {
  return load({
    seed: 1,
    subjects,
    merchants: 40,
    dealers: 8,
    actorsPerDealer: 3,
    backgroundPerLineDay: 1 / 2,
  });
}

export async function benchAnalyze(targets: readonly number[]): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const target of targets) {
    // About 700 contacts a person: 5 lines at one background call every 2 days for 180 days,
    // calls for recycled numbers' previous owners, and what 24 actors and 40 merchants send.
    const subjects = Math.max(2, Math.round(target / 700));
    console.error(`[analyze] simulating ~${target.toLocaleString()} contacts (${subjects} people)`);
    const { tracer, end } = await analyzeWorld(subjects);
    let contacts = 0;
    for await (const _ of tracer.listContacts()) contacts++;
    (globalThis as { gc?: () => void }).gc?.();
    // Garbage collection paid during the analysis, apart from the analysis's own work.
    let gcMs = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) gcMs += entry.duration;
    });
    observer.observe({ entryTypes: ['gc'] });
    const start = performance.now();
    const analysis = await tracer.analyze({ to: end });
    const seconds = (performance.now() - start) / 1000;
    // GC entries reach the observer asynchronously: let them arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const entry of observer.takeRecords()) gcMs += entry.duration;
    observer.disconnect();
    const work = seconds - gcMs / 1000;
    rows.push([
      contacts,
      seconds,
      contacts / seconds,
      gcMs / 1000,
      (work / contacts) * 1e6,
      process.memoryUsage().heapUsed / 1e9,
      analysis.actors.length,
    ]);
    console.error(`[analyze] ${contacts} contacts in ${seconds.toFixed(2)} s`);
    await tracer.close();
  }
  console.log('### analyze()\n');
  table(
    ['contacts', 'seconds', 'contacts/s', 'GC seconds', 'µs/contact without GC', 'heap GB', 'actors'],
    rows,
  );
}
