/** Store ingest: contacts per second through appendContacts, batched as recordMany does. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, memoryStore, type Store, type StoredContact } from '../src/index.js';
import { postgresStore } from '../src/stores/postgres.js';
import { sqliteStore } from '../src/stores/sqlite.js';
import { table } from './harness.js';

function contacts(count: number, offset: number, run = 0): StoredContact[] {
  return Array.from({ length: count }, (_, i) => ({
    contact: {
      id: `r${run}-c${offset + i}`,
      channel: 'sms',
      at: new Date(1_767_225_600_000 + (offset + i) * 1000),
      to: '+8613900139001',
      content: `第${i}条 您好，贷款额度20万，回T退订`,
    },
    result: {
      verdict: 'leak',
      confidence: 0.99,
      subjectId: 'sub',
      sources: [{ sourceId: 'src', canaryId: 'can', fields: ['phone'] }],
      hits: [],
      reason: 'bench',
    },
  }));
}

let runs = 0;

async function ingest(store: Store, count: number, batch: number): Promise<number> {
  // Fresh ids per run: a store shared between runs (PostgreSQL) would otherwise see duplicates.
  const run = runs++;
  const start = performance.now();
  for (let i = 0; i < count; i += batch)
    await store.appendContacts(contacts(Math.min(batch, count - i), i, run));
  const rate = count / ((performance.now() - start) / 1000);
  await store.close();
  return rate;
}

export async function benchStores(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leaktrace-bench-'));
  const rows: (string | number)[][] = [];
  rows.push(['memory', 500, await ingest(memoryStore(), count, 500)]);
  rows.push([
    'sqlite (WAL, synchronous=FULL)',
    500,
    await ingest(sqliteStore({ path: join(dir, 'a.db') }), count, 500),
  ]);
  rows.push([
    'sqlite (WAL, synchronous=FULL)',
    5000,
    await ingest(sqliteStore({ path: join(dir, 'b.db') }), count, 5000),
  ]);
  const url = process.env.LEAKTRACE_PG_URL;
  if (url) {
    rows.push([
      'postgres (unnest, one statement a batch)',
      500,
      await ingest(postgresStore({ connectionString: url }), count, 500),
    ]);
    rows.push([
      'postgres (unnest, one statement a batch)',
      5000,
      await ingest(postgresStore({ connectionString: url }), count, 5000),
    ]);
  } else {
    rows.push(['postgres', '-', 'skipped: set LEAKTRACE_PG_URL']);
  }
  console.log('### Store ingest (appendContacts)\n');
  table(['store', 'batch', 'contacts/s'], rows);

  // End to end: validation, matching, verdict and store, as an importer would drive it.
  const endToEnd: (string | number)[][] = [];
  const sms = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `sms-${i}`,
      channel: 'sms' as const,
      at: 1_767_225_600_000 + i * 1000,
      to: '+8613900139001',
      content: `第${i}条 您好，贷款额度20万，回T退订`,
    }));
  for (const [name, store] of [
    ['memory', memoryStore()],
    ['sqlite', sqliteStore({ path: join(dir, 'e2e.db') })],
  ] as const) {
    const tracer = await createTracer({ store, seed: 'bench' });
    await tracer.addSubject({ name: '张伟', phones: { pool: ['13900139001'] } });
    const items = sms(Math.min(count, 50_000));
    const start = performance.now();
    await tracer.recordMany(items);
    endToEnd.push([name, items.length, items.length / ((performance.now() - start) / 1000)]);
    await tracer.close();
  }
  console.log('### recordMany() end to end (SMS with content, batches of 500)\n');
  table(['store', 'contacts', 'contacts/s'], endToEnd);

  // record() one call at a time: the path a webhook server takes, where the per-call cost of
  // seeing other processes' writes (one change-token read a call) shows most.
  const single: (string | number)[][] = [];
  const stores: [string, () => Store][] = [
    ['memory', () => memoryStore()],
    ['sqlite (WAL, synchronous=FULL)', () => sqliteStore({ path: join(dir, `one-${runs++}.db`) })],
  ];
  if (url) stores.push(['postgres', () => postgresStore({ connectionString: url })]);
  for (const [name, make] of stores) {
    const tracer = await createTracer({ store: make(), seed: 'bench' });
    await tracer.addSubject({ name: '张伟', phones: { pool: ['13900139001'] } }).catch(() => undefined);
    const items = sms(Math.min(count, 5_000)).map((c) => ({ ...c, id: `one-${runs}-${c.id}` }));
    runs++;
    const start = performance.now();
    for (const item of items) await tracer.record(item);
    single.push([name, items.length, items.length / ((performance.now() - start) / 1000)]);
    await tracer.close();
  }
  console.log('### record() one call at a time (SMS with content)\n');
  table(['store', 'contacts', 'contacts/s'], single);

  // The check itself, alone: what record() pays per call to see other processes' writes.
  const checks: (string | number)[][] = [];
  for (const [name, make] of stores) {
    const store = make();
    if (!store.changeToken) continue;
    await store.changeToken();
    const reads = name === 'postgres' ? 2_000 : 20_000;
    const start = performance.now();
    for (let i = 0; i < reads; i++) await store.changeToken();
    checks.push([name, reads, ((performance.now() - start) * 1000) / reads]);
    await store.close();
  }
  rmSync(dir, { recursive: true, force: true });
  console.log('### changeToken() alone (the per-record check)\n');
  table(['store', 'reads', 'µs per read'], checks);
}
