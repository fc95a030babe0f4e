/**
 * record() throughput of this checkout against other checkouts of leaktrace (`--baseline=DIR`,
 * e.g. an extracted `git archive <commit>` with node_modules linked), in one process, on the same
 * canaries and texts. Rounds alternate the order so drift on a shared machine hits all alike,
 * and each round's rates are compared pairwise. A copy of this checkout loaded the same way
 * (`--control=DIR`) measures how much of a difference is the harness itself.
 */
import { pathToFileURL } from 'node:url';
import type { Tracer } from '../src/index.js';
import * as current from '../src/index.js';
import { buildTexts, buildWorld } from './fixtures.js';
import { median, table } from './harness.js';

type Library = Pick<typeof current, 'createTracer' | 'memoryStore'>;

async function load(library: Library, size: number): Promise<Tracer> {
  const world = buildWorld(size);
  const store = library.memoryStore();
  for (const s of world.subjects) await store.putSubject(s);
  for (const s of world.sources) await store.putSource(s);
  for (const c of world.canaries) await store.putCanary(c);
  return library.createTracer({ store });
}

const importCheckout = async (dir: string): Promise<Library> =>
  (await import(pathToFileURL(`${dir}/src/index.ts`).href)) as Library;

/** Runs the side-by-side comparison at `size` canaries. */
export async function benchMatchCompare(
  checkouts: readonly (readonly [name: string, dir: string])[],
  size: number,
  rounds = 15,
): Promise<void> {
  const world = buildWorld(size);
  const texts = buildTexts(world, 2_000);
  const targets = world.canaries.slice(0, 1000).map((c) => c.phone!);
  const contenders: [string, Tracer][] = [];
  for (const [name, dir] of checkouts) contenders.push([name, await load(await importCheckout(dir), size)]);
  contenders.push(['this checkout', await load(current, size)]);
  let n = 0;
  // Rates are per second of this process's CPU time, not wall time: on a machine shared with
  // other jobs, wall time measured the neighbours (±30 % between rounds), CPU time far less.
  const cpuSeconds = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  // Calls carry the same texts as transcripts, so the phonetic automaton is measured too.
  const run = async (tracer: Tracer, kind: 'to' | 'sms' | 'call'): Promise<number> => {
    const start = cpuSeconds();
    for (let i = 0; i < 2000; i++) {
      await tracer.record({
        id: `t${n++}`,
        channel: kind === 'call' ? 'call' : 'sms',
        at: 1_767_225_600_000,
        to: targets[i % targets.length]!,
        ...(kind === 'to' ? {} : { content: texts[i % texts.length]! }),
      });
    }
    return 2000 / (cpuSeconds() - start);
  };
  const kinds = ['to', 'sms', 'call'] as const;
  const rates = new Map(
    contenders.map(([name]) => [name, { to: [] as number[], sms: [] as number[], call: [] as number[] }]),
  );
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 ? [...contenders].reverse() : contenders;
    for (const [name, tracer] of order) {
      for (const kind of kinds) {
        const rate = await run(tracer, kind);
        if (round >= 0) rates.get(name)![kind].push(rate);
      }
    }
  }
  const base = rates.get(contenders[0]![0])!;
  // Median of the per-round ratios, with the spread over rounds.
  const versus = (mine: readonly number[], theirs: readonly number[]): string => {
    const r = mine.map((m, i) => m / theirs[i]!).sort((a, b) => a - b);
    const pct = (x: number) => `${((x - 1) * 100).toFixed(1)} %`;
    return `${pct(median(r))} (${pct(r[Math.floor(r.length / 4)]!)} … ${pct(r[Math.floor((3 * r.length) / 4)]!)})`;
  };
  const rows = contenders.map(([name]) => {
    const r = rates.get(name)!;
    return [name, ...kinds.flatMap((kind) => [median(r[kind]), versus(r[kind], base[kind])])];
  });
  console.log(
    `### record() side by side at ${size.toLocaleString()} canaries (${rounds} alternating rounds; median of per-round ratios to ${contenders[0]![0]}, interquartile range)\n`,
  );
  table(
    [
      'checkout',
      '`to` only (contacts per CPU s)',
      'vs first',
      'SMS with 200-char content (contacts per CPU s)',
      'vs first',
      'call with the same text as transcript (contacts per CPU s)',
      'vs first',
    ],
    rows,
  );
}
