import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { day } from '../helpers/world.js';
import { requestedHotelCase } from './case-fixtures.js';

const WORKER = fileURLToPath(new URL('./concurrent-worker.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const PER_PROCESS = 40;

/** Runs the worker in its own process; resolves with what it printed (rejects on a failure). */
function worker(target: string, caseId: string, label: string, start: Date, go: number) {
  const args = [WORKER, target, caseId, label, String(PER_PROCESS), String(start.getTime()), String(go)];
  return promisify(execFile)(TSX, args);
}

/** A case with its request sent, in `store`; returns its id. */
async function openedCase(store: Store): Promise<string> {
  const { tracer, kase } = await requestedHotelCase({ store });
  await tracer.close();
  return kase.id;
}

/** Two processes log to one case at once; every entry either logged must be there. */
async function expectNothingLost(target: string, reopen: () => Store) {
  const caseId = await openedCase(reopen());
  const go = Date.now() + 6000;
  const runs = await Promise.all([
    worker(target, caseId, 'a', day(2), go),
    worker(target, caseId, 'b', day(2), go),
  ]);
  for (const run of runs) expect(run.stdout.trim()).toBe(String(PER_PROCESS));
  const store = reopen();
  const [record] = (await store.listCases()).filter((r) => r.id === caseId);
  await store.close();
  const notes = record!.replies.map((r) => r.note);
  const bodies = record!.letters.filter((l) => l.kind === 'reminder').map((l) => l.body);
  const expected = (label: string, parity: number) =>
    Array.from({ length: PER_PROCESS }, (_, i) => i)
      .filter((i) => i % 2 === parity)
      .map((i) => `${label}-${i}`);
  expect([...notes].sort()).toEqual([...expected('a', 0), ...expected('b', 0)].sort());
  expect([...bodies].sort()).toEqual([...expected('a', 1), ...expected('b', 1)].sort());
  expect(record!.letters.filter((l) => l.kind === 'request')).toHaveLength(1);
  // Every write moved the revision by one: the request, then each entry of both processes.
  expect(record!.revision).toBe(2 * PER_PROCESS + 1);
}

describe('two processes logging to one case at once (regression: a write could lose the other’s entry)', () => {
  it('keeps every letter and reply on one SQLite file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-cas-')), 'cases.sqlite');
    await expectNothingLost(path, () => sqliteStore({ path }));
  }, 120_000);

  const url = process.env.LEAKTRACE_PG_URL;
  it.skipIf(!url)(
    'keeps every letter and reply on one PostgreSQL database',
    async () => {
      const admin = new pg.Pool({ connectionString: url, max: 1 });
      const name = `leaktrace_cas_${process.pid}_${Date.now()}`;
      await admin.query(`create database ${name}`);
      const target = new URL(url!);
      target.pathname = `/${name}`;
      try {
        await expectNothingLost(target.toString(), () =>
          postgresStore({ connectionString: target.toString() }),
        );
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
    120_000,
  );
});
