/**
 * Where analyze() time goes: `npm run build && node --import tsx bench/analyze-profile.ts
 * [people]` profiles one analysis of the benchmark's world (the built package, so line numbers
 * point into dist/) and prints the functions and lines with the most self time.
 */
import { Session } from 'node:inspector/promises';
import { analyzeWorld } from './analyze.bench.js';

// The built package, loaded by URL so type checking never needs dist/ to exist.
const built = new URL('../dist/simulate.js', import.meta.url).href;
const { simulate } = (await import(built)) as typeof import('../src/simulate/index.js');

const { tracer, end } = await analyzeWorld(Number(process.argv[2] ?? 170), simulate);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const start = performance.now();
await tracer.analyze({ to: end });
console.log(`analyze(): ${(performance.now() - start).toFixed(0)} ms`);
const { profile } = await session.post('Profiler.stop');

const selfTime = new Map<string, number>();
const lineTicks = new Map<string, number>();
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples?.forEach((id, i) => {
  const frame = nodeById.get(id)!.callFrame;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
});
for (const node of profile.nodes) {
  for (const tick of node.positionTicks ?? []) {
    const key = `${node.callFrame.functionName || '(anonymous)'} line ${tick.line}`;
    lineTicks.set(key, (lineTicks.get(key) ?? 0) + tick.ticks);
  }
}
const top = <K>(map: Map<K, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log('\nself time (ms)');
for (const [key, us] of top(selfTime, 20)) console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${key}`);
console.log('\nhottest lines (samples)');
for (const [key, ticks] of top(lineTicks, 15)) console.log(`${String(ticks).padStart(7)}  ${key}`);
