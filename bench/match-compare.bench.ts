/**
 * record() throughput of this checkout against another checkout of leaktrace (`--baseline=DIR`,
 * e.g. `git worktree add /tmp/base <commit>`), in one process, on the same canaries and texts.
 * Rounds alternate between the two so drift on a shared machine hits both alike.
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

/** Runs the side-by-side comparison at `size` canaries. */
export async function benchMatchCompare(baselineDir: string, size: number, rounds = 7): Promise<void> {
  const baseline = (await import(pathToFileURL(`${baselineDir}/src/index.ts`).href)) as Library;
  const world = buildWorld(size);
  const texts = buildTexts(world, 2_000);
  const targets = world.canaries.slice(0, 1000).map((c) => c.phone!);
  const contenders: [string, Tracer][] = [
    ['baseline', await load(baseline, size)],
    ['this checkout', await load(current, size)],
  ];
  let n = 0;
  const rates = new Map<string, { to: number[]; content: number[] }>();
  for (const [name] of contenders) rates.set(name, { to: [], content: [] });
  const run = async (tracer: Tracer, withContent: boolean): Promise<number> => {
    const start = performance.now();
    for (let i = 0; i < 2000; i++) {
      await tracer.record({
        id: `t${n++}`,
        channel: 'sms',
        at: 0,
        to: targets[i % targets.length]!,
        ...(withContent ? { content: texts[i % texts.length]! } : {}),
      });
    }
    return 2000 / ((performance.now() - start) / 1000);
  };
  for (const [, tracer] of contenders) {
    await run(tracer, false);
    await run(tracer, true);
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, tracer] of round % 2 ? [...contenders].reverse() : contenders) {
      rates.get(name)!.to.push(await run(tracer, false));
      rates.get(name)!.content.push(await run(tracer, true));
    }
  }
  const base = rates.get('baseline')!;
  const rows = contenders.map(([name]) => {
    const r = rates.get(name)!;
    return [
      name,
      median(r.to),
      `${((median(r.to) / median(base.to) - 1) * 100).toFixed(1)} %`,
      median(r.content),
      `${((median(r.content) / median(base.content) - 1) * 100).toFixed(1)} %`,
    ];
  });
  console.log(
    `### record() side by side at ${size.toLocaleString()} canaries (${rounds} alternating rounds, medians)\n`,
  );
  table(
    [
      'checkout',
      '`to` only (contacts/s)',
      'vs baseline',
      'with 200-char content (contacts/s)',
      'vs baseline',
    ],
    rows,
  );
}
