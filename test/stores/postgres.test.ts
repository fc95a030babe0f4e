import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { MIGRATIONS } from '../../src/stores/sql/migrations.js';
import { plainSource } from '../helpers/fixtures.js';
import { chineseWorld, day } from '../helpers/world.js';
import { testStore } from './conformance.js';
import { expectUpgraded, v3Rows } from './v3-fixture.js';

// CI always sets LEAKTRACE_PG_URL (scripts/start-postgres.sh); elsewhere these tests skip.
const url = process.env.LEAKTRACE_PG_URL;
const admin = url ? new pg.Pool({ connectionString: url, max: 2 }) : undefined;
let n = 0;

/** A fresh database per store, so conformance tests never see each other's rows. */
async function freshUrl(): Promise<string> {
  const name = `lt_${process.pid}_${Date.now()}_${n++}`;
  await admin!.query(`create database ${name}`);
  const u = new URL(url!);
  u.pathname = `/${name}`;
  return u.toString();
}

afterAll(async () => {
  await admin?.end();
});

describe.skipIf(!url)('postgres', () => {
  testStore('postgres', { create: async () => postgresStore({ connectionString: await freshUrl() }) });

  it('accepts a pool the caller made, and leaves it open', async () => {
    const pool = new pg.Pool({ connectionString: await freshUrl(), max: 2 });
    const store = postgresStore({ pool });
    await store.putSource(plainSource());
    await store.close();
    expect((await pool.query('select count(*)::int as n from leaktrace_sources')).rows[0]).toEqual({ n: 1 });
    await pool.end();
  });

  it('refuses a database written by a newer leaktrace', async () => {
    const target = await freshUrl();
    const pool = new pg.Pool({ connectionString: target, max: 1 });
    await pool.query(`create table leaktrace_meta (key text primary key, value text not null)`);
    await pool.query(`insert into leaktrace_meta values ('schema_version', '999')`);
    await pool.end();
    const store = postgresStore({ connectionString: target });
    await expect(store.listSubjects()).rejects.toMatchObject({
      code: 'store_failed',
      message: expect.stringMatching(/999/u),
    });
    await store.close();
  });

  it('upgrades a version-3 database to 4 keeping every row, and claims the values its rows hold', async () => {
    const target = await freshUrl();
    const rows = await v3Rows();
    const pool = new pg.Pool({ connectionString: target, max: 1 });
    await pool.query('create table leaktrace_meta (key text primary key, value text not null)');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 3))
      for (const sql of migration.postgres) await pool.query(sql);
    await pool.query(`insert into leaktrace_meta values ('schema_version', '3')`);
    const doc = (table: string, id: string, at: Date, data: unknown) =>
      pool.query(`insert into leaktrace_${table} (id, created_at, data) values ($1, $2, $3)`, [
        id,
        at,
        JSON.stringify(data),
      ]);
    for (const x of rows.subjects) await doc('subjects', x.id, x.createdAt, x);
    for (const x of rows.sources) await doc('sources', x.id, x.createdAt, x);
    for (const x of rows.labels) await doc('labels', x.id, x.createdAt, x);
    for (const c of rows.canaries)
      await pool.query(
        'insert into leaktrace_canaries (subject_id, id, source_id, issued_at, data) values ($1, $2, $3, $4, $5)',
        [c.subjectId, c.id, c.sourceId, c.issuedAt, JSON.stringify(c)],
      );
    for (const { contact, result } of rows.contacts)
      await pool.query(
        'insert into leaktrace_contacts (subject_key, id, at, channel, verdict, contact, result) values ($1, $2, $3, $4, $5, $6, $7)',
        [
          result.subjectId ?? '',
          contact.id,
          contact.at,
          contact.channel,
          result.verdict,
          JSON.stringify(contact),
          JSON.stringify(result),
        ],
      );
    await pool.end();

    await expectUpgraded(rows, () => postgresStore({ connectionString: target }));
  });

  it('migrates once when several processes start together', async () => {
    const target = await freshUrl();
    const stores = Array.from({ length: 4 }, () => postgresStore({ connectionString: target }));
    await Promise.all(stores.map((s) => s.listSubjects()));
    await Promise.all(stores.map((s) => s.close()));
  });

  it('keeps verdicts across a restart, and appends a batch idempotently', async () => {
    const target = await freshUrl();
    const first = await createTracer({ store: postgresStore({ connectionString: target }), seed: 'pg' });
    const me = await first.addSubject({
      name: '张伟',
      phones: { pool: ['13900139001', '13900139002'] },
      locale: 'zh-CN',
    });
    const shop = await first.addSource({ name: 'Shop' });
    const canary = await first.issue({ subjectId: me.id, sourceId: shop.id, fields: ['phone', 'name'] });
    const items = Array.from({ length: 1200 }, (_, i) => ({
      id: `c${i % 1000}`,
      channel: 'sms' as const,
      at: 1_767_225_600_000 + i,
      to: canary.phone!,
      content: `${canary.name}您好 ${i}`,
    }));
    const summary = await first.recordMany(items, { batchSize: 300 });
    expect(summary).toMatchObject({ inserted: 1000, duplicates: 200 });
    await first.close();
    const second = await createTracer({ store: postgresStore({ connectionString: target }) });
    const result = await second.record({
      channel: 'sms',
      at: Date.now(),
      to: canary.phone!,
      content: `${canary.name}`,
    });
    expect(result).toMatchObject({ verdict: 'leak', sources: [{ sourceId: shop.id }] });
    let count = 0;
    for await (const _ of second.listContacts({ subjectId: me.id })) count++;
    expect(count).toBe(1001);
    await second.close();
  });

  it('survives the server ending its idle connections, and reconnects on the next call (regression: the process died)', async () => {
    const target = await freshUrl();
    const name = new URL(target).pathname.slice(1);
    const store = postgresStore({ connectionString: target });
    await store.putSource(plainSource());
    // The pool now holds an idle connection; the server ends it as a restart or
    // pg_terminate_backend would. pg then emits 'error' on the pool.
    const { rows } = await admin!.query(
      'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await store.listSources()).toHaveLength(1);
    await store.close();
  });
  describe('recordMany when the server ends the session half-way', () => {
    const items = async function* (pause: { at: number; wait?: Promise<unknown> }) {
      for (let i = 0; i < 2000; i++) {
        if (i === pause.at) await pause.wait;
        yield { id: `c-${i}`, channel: 'sms' as const, at: day(1), to: '13900139001', content: `n ${i}` };
      }
    };
    const terminate = (name: string) =>
      admin!.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
    const countIn = async (target: string): Promise<number> => {
      const pool = new pg.Pool({ connectionString: target, max: 1 });
      try {
        return (await pool.query('select count(*)::int as n from leaktrace_contacts')).rows[0].n as number;
      } finally {
        await pool.end();
      }
    };

    it('a session ended once is retried on a fresh connection, and every contact is stored', async () => {
      const target = await freshUrl();
      const name = new URL(target).pathname.slice(1);
      const { tracer } = await chineseWorld({ store: postgresStore({ connectionString: target }) });
      const pause: { at: number; wait?: Promise<unknown> } = { at: 300 };
      const summary = await tracer.recordMany(items(pause), {
        batchSize: 100,
        onProgress: (p) => {
          if (p.processed === 300) pause.wait = terminate(name);
        },
      });
      expect(summary).toMatchObject({ total: 2000, inserted: 2000 });
      await tracer.close();
      expect(await countIn(target)).toBe(2000);
    });

    it('a server that stays away ends with a RecordManyError whose summary is exactly what was stored', async () => {
      const target = await freshUrl();
      const name = new URL(target).pathname.slice(1);
      const { tracer } = await chineseWorld({ store: postgresStore({ connectionString: target }) });
      const pause: { at: number; wait?: Promise<unknown> } = { at: 300 };
      const error = await tracer
        .recordMany(items(pause), {
          batchSize: 100,
          onProgress: (p) => {
            if (p.processed === 300)
              pause.wait = admin!
                .query(`alter database ${name} allow_connections false`)
                .then(() => terminate(name));
          },
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'RecordManyError',
        summary: { total: 300, inserted: 300, rejectedCount: 0 },
        cause: expect.objectContaining({ name: 'StoreError' }),
      });
      await admin!.query(`alter database ${name} allow_connections true`);
      await tracer.close().catch(() => undefined);
      expect(await countIn(target)).toBe(300);
    });
  });
});
