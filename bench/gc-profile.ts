/**
 * Where record() time goes at large canary counts: run with `node --trace-gc --import tsx
 * bench/gc-profile.ts <canaries>`; the GC lines between BEGIN and END are the collections paid
 * by 20,000 record() calls (`to` only).
 */
import { createTracer, memoryStore } from '../src/index.js';
import { buildWorld } from './fixtures.js';

const size = Number(process.argv[2] ?? 100_000);
const world = buildWorld(size);
const store = memoryStore();
for (const s of world.subjects) await store.putSubject(s);
for (const s of world.sources) await store.putSource(s);
for (const c of world.canaries) await store.putCanary(c);
const tracer = await createTracer({ store });
const targets = world.canaries.slice(0, 1000).map((c) => c.phone!);
for (let i = 0; i < 5000; i++)
  await tracer.record({ id: `w${i}`, channel: 'call', at: 1_767_225_600_000, to: targets[i % 1000]! });
console.log('BEGIN');
const start = performance.now();
for (let i = 0; i < 20_000; i++)
  await tracer.record({ id: `m${i}`, channel: 'call', at: 1_767_225_600_000, to: targets[i % 1000]! });
const elapsed = performance.now() - start;
console.log('END');
console.log(`elapsed ${elapsed.toFixed(0)} ms for 20000 records`);
