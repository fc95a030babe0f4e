/**
 * analyze() at growing contact counts: simulated worlds scaled up (more people, more days of
 * background), timed end to end (store read, actors, statistics, brokers, timeline).
 */
import { simulate } from '../src/simulate/index.js';
import { table } from './harness.js';

export async function benchAnalyze(targets: readonly number[]): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const target of targets) {
    // About 580 contacts a person: 5 lines at one background call every 2 days for 180 days,
    // plus what 24 actors and 40 merchants send.
    const subjects = Math.max(2, Math.round(target / 580));
    console.error(`[analyze] simulating ~${target.toLocaleString()} contacts (${subjects} people)`);
    const { tracer, end } = await simulate({
      seed: 1,
      subjects,
      merchants: 40,
      dealers: 8,
      actorsPerDealer: 3,
      backgroundPerLineDay: 1 / 2,
    });
    let contacts = 0;
    for await (const _ of tracer.listContacts()) contacts++;
    const start = performance.now();
    const analysis = await tracer.analyze({ to: end });
    const seconds = (performance.now() - start) / 1000;
    rows.push([contacts, seconds, contacts / seconds, analysis.actors.length, analysis.brokers.length]);
    console.error(`[analyze] ${contacts} contacts in ${seconds.toFixed(2)} s`);
    await tracer.close();
  }
  console.log('### analyze()\n');
  table(['contacts', 'seconds', 'contacts/s', 'actors', 'brokers'], rows);
}
