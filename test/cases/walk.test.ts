import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { runWalk } from './walk-scenario.js';

const EVENT_TYPES = ['actor', 'leak', 'non-compliance', 'overdue'];

describe('the provenance walk on a simulated world', () => {
  it('runs in memory', async () => {
    const { caseIds, eventTypes } = await runWalk(memoryStore());
    expect(caseIds).toHaveLength(4);
    expect(eventTypes).toEqual(EVENT_TYPES);
  }, 60_000);

  it('runs on SQLite, and a reopened tracer reads the same cases back', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-walk-')), 'walk.sqlite');
    const { caseIds } = await runWalk(sqliteStore({ path }));
    const reopened = await createTracer({ store: sqliteStore({ path }) });
    expect((await reopened.listCases()).map((c) => c.id)).toEqual(caseIds);
    // Notices are stored: a new process announces only what was never announced (the dealer's
    // case, opened last, went overdue unseen), and only once.
    const seen: string[] = [];
    reopened.on('overdue', (e) => seen.push(e.caseId));
    await reopened.checkCases({ at: '2027-01-01T00:00:00Z' });
    await reopened.checkCases({ at: '2027-01-02T00:00:00Z' });
    expect(seen).toEqual([caseIds[3]]);
    await reopened.close();
  }, 120_000);

  const url = process.env.LEAKTRACE_PG_URL;
  const admin = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
  afterAll(async () => {
    await admin?.end();
  });

  it.skipIf(!url)(
    'runs on PostgreSQL',
    async () => {
      const name = `lt_walk_${process.pid}_${Date.now()}`;
      await admin!.query(`create database ${name}`);
      const target = new URL(url!);
      target.pathname = `/${name}`;
      const { caseIds, eventTypes } = await runWalk(postgresStore({ connectionString: target.toString() }));
      expect(eventTypes).toEqual(EVENT_TYPES);
      const reopened = await createTracer({ store: postgresStore({ connectionString: target.toString() }) });
      expect((await reopened.listCases()).map((c) => c.id)).toEqual(caseIds);
      await reopened.close();
    },
    180_000,
  );
});
