/**
 * analyze() before and after a change, on one simulated world, in one process: `npx tsx
 * --expose-gc bench/analyze-side-by-side.ts <path to the other src/trace/analyze.ts> [people]
 * [rounds]`. Builds the world once (1,429 people ≈ 1M contacts by default, as in `npm run
 * bench`), then times the other version's `analyzeContacts` and this one's on the same input,
 * alternately, `rounds` times each (1), with the load average before each run: on a shared
 * machine the load moves more than the code.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { StoredContact } from '../src/index.js';
import { analyzeContacts } from '../src/trace/analyze.js';
import type { Stored } from '../src/trace/analyze-input.js';
import { analyzeWorld } from './analyze.bench.js';
import { table } from './harness.js';

const otherPath = process.argv[2];
if (!otherPath) throw new Error('usage: analyze-side-by-side.ts <other analyze.ts> [people]');
const people = Number(process.argv[3] ?? 1_429);
const rounds = Number(process.argv[4] ?? 1);
const other = (await import(pathToFileURL(otherPath).href)) as { analyzeContacts: typeof analyzeContacts };
const { tracer, end } = await analyzeWorld(people);
const contacts: StoredContact[] = [];
for await (const c of tracer.listContacts()) contacts.push(c);
const canaries = tracer.listCanaries();
const subjects = [...new Set(canaries.map((c) => c.subjectId))].map((id) => tracer.getSubject(id)!);
const input: Stored = { subjects, sources: tracer.listSources(), canaries, contacts, until: end };
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rows: (string | number)[][] = [];
for (let round = 1; round <= rounds; round++) {
  for (const [name, run] of [
    ['before', other.analyzeContacts],
    ['after', analyzeContacts],
  ] as const) {
    gc();
    const load = loadavg()[0]!;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const analysis = run(input);
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    // CPU time (user + system) measures the code; wall time on a shared machine, the load.
    const cpuSeconds = (used.user + used.system) / 1e6;
    rows.push([
      name,
      round,
      contacts.length,
      seconds,
      contacts.length / seconds,
      cpuSeconds,
      contacts.length / cpuSeconds,
      analysis.actors.length,
      load,
    ]);
    console.error(
      `[side-by-side] ${name} (round ${round}, load ${load.toFixed(1)}): ${seconds.toFixed(2)} s`,
    );
  }
}
table(
  [
    'version',
    'round',
    'contacts',
    'seconds',
    'contacts/s',
    'CPU seconds',
    'contacts/s (CPU)',
    'actors',
    'load (1 min) at start',
  ],
  rows,
);
