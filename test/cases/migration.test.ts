import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryStore, type Store, type StoredContact } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/stores/sql/migrations.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { chineseWorld, day } from '../helpers/world.js';
import { hotelCase } from './case-fixtures.js';

const PREVIOUS = 2;
const previous = MIGRATIONS.filter((m) => m.version <= PREVIOUS);

/** A world as the previous schema held it: subjects, sources, canaries (one retired), contacts, a label. */
async function previousWorld() {
  const store = memoryStore();
  const { tracer, subject, hotel, gym } = await chineseWorld({ store });
  const a = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['email', 'phone', 'name'],
  });
  const b = await tracer.issue({ subjectId: subject.id, sourceId: gym.id, fields: ['email', 'name'] });
  await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'] });
  await tracer.retire(b.id, { at: day(3) });
  await tracer.recordMany([
    {
      id: 'c1',
      channel: 'email',
      at: day(5),
      to: a.email!,
      from: 'promo@dealer.example',
      content: '优惠 😀',
    },
    { id: 'c2', channel: 'call', at: day(6), to: a.phone!, from: '021-6123-4567' },
    { id: 'c3', channel: 'sms', at: day(7), to: '+8613800138000', from: '+8617012345678' },
    { id: 'c4', channel: 'email', at: day(8), to: 'nobody@elsewhere.example', from: 'x@y.example' },
  ]);
  await tracer.label({ callers: ['+8617012345678', '+8617012345679'], name: 'loan robot' });
  return store;
}

async function contents(store: Store) {
  const contacts: StoredContact[] = [];
  for await (const c of store.listContacts()) contacts.push(c);
  // Documents made at one instant (a fixed clock) list in id order in SQL, in insertion order in memory.
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    subjects: byId(await store.listSubjects()),
    sources: byId(await store.listSources()),
    canaries: await store.listCanaries(),
    contacts,
    labels: byId(await store.listLabels()),
  };
}

/** Opens a store over a previous-schema database and checks every row is still there, and cases work. */
async function expectUpgradeKeepsRows(store: Store, before: Awaited<ReturnType<typeof contents>>) {
  const after = await contents(store);
  expect(after.subjects).toEqual(before.subjects);
  expect(after.sources).toEqual(before.sources);
  expect(after.canaries).toEqual(before.canaries);
  expect(after.contacts).toEqual(before.contacts);
  expect(after.labels).toEqual(before.labels);
  await store.putCase(hotelCase());
  expect(await store.listCases()).toEqual([hotelCase()]);
  expect(await store.markNotices(['leak:src_hotel'], day(9))).toEqual([true]);
  await store.close();
}

describe('migration from the previous schema', () => {
  it('upgrades a SQLite database written at version 2 and keeps every row', async () => {
    const source = await contents(await previousWorld());
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-migrate-')), 'v2.sqlite');
    const db = new Database(path);
    db.exec('create table leaktrace_meta (key text primary key, value text not null)');
    for (const m of previous) for (const sql of m.sqlite) db.exec(sql);
    db.prepare(`insert into leaktrace_meta values ('schema_version', ?)`).run(String(PREVIOUS));
    const doc = (table: string, rows: readonly { id: string; createdAt: Date }[]) => {
      for (const r of rows)
        db.prepare(`insert into ${table} (id, created_at, data) values (?, ?, ?)`).run(
          r.id,
          r.createdAt.getTime(),
          JSON.stringify(r),
        );
    };
    doc('subjects', source.subjects);
    doc('sources', source.sources);
    doc('labels', source.labels);
    source.canaries.forEach((c, i) => {
      db.prepare(
        'insert into canaries (id, subject_id, source_id, issued_at, seq, data) values (?, ?, ?, ?, ?, ?)',
      ).run(c.id, c.subjectId, c.sourceId, c.issuedAt.getTime(), i + 1, JSON.stringify(c));
    });
    for (const { contact, result } of source.contacts)
      db.prepare(
        'insert into contacts (id, subject_id, at, channel, verdict, contact, result) values (?, ?, ?, ?, ?, ?, ?)',
      ).run(
        contact.id,
        result.subjectId,
        contact.at.getTime(),
        contact.channel,
        result.verdict,
        JSON.stringify(contact),
        JSON.stringify(result),
      );
    db.close();

    await expectUpgradeKeepsRows(sqliteStore({ path }), source);
    const check = new Database(path, { readonly: true });
    expect(check.prepare(`select value from leaktrace_meta where key = 'schema_version'`).get()).toEqual({
      value: String(SCHEMA_VERSION),
    });
    const count = (table: string) =>
      (check.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect([
      count('subjects'),
      count('sources'),
      count('canaries'),
      count('contacts'),
      count('labels'),
    ]).toEqual([
      source.subjects.length,
      source.sources.length,
      source.canaries.length,
      source.contacts.length,
      source.labels.length,
    ]);
    check.close();
  });

  const url = process.env.LEAKTRACE_PG_URL;
  const admin = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
  afterAll(async () => {
    await admin?.end();
  });

  it.skipIf(!url)('upgrades a PostgreSQL database written at version 2 and keeps every row', async () => {
    const source = await contents(await previousWorld());
    const name = `lt_migrate_${process.pid}_${Date.now()}`;
    await admin!.query(`create database ${name}`);
    const target = new URL(url!);
    target.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: target.toString(), max: 1 });
    await pool.query('create table leaktrace_meta (key text primary key, value text not null)');
    for (const m of previous) for (const sql of m.postgres) await pool.query(sql);
    await pool.query(`insert into leaktrace_meta values ('schema_version', $1)`, [String(PREVIOUS)]);
    const doc = async (table: string, rows: readonly { id: string; createdAt: Date }[]) => {
      for (const r of rows)
        await pool.query(`insert into leaktrace_${table} (id, created_at, data) values ($1, $2, $3)`, [
          r.id,
          r.createdAt,
          JSON.stringify(r),
        ]);
    };
    await doc('subjects', source.subjects);
    await doc('sources', source.sources);
    await doc('labels', source.labels);
    for (const c of source.canaries)
      await pool.query(
        'insert into leaktrace_canaries (subject_id, id, source_id, issued_at, data) values ($1, $2, $3, $4, $5)',
        [c.subjectId, c.id, c.sourceId, c.issuedAt, JSON.stringify(c)],
      );
    for (const { contact, result } of source.contacts)
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

    await expectUpgradeKeepsRows(postgresStore({ connectionString: target.toString() }), source);
    const { rows } = await pool.query(`select value from leaktrace_meta where key = 'schema_version'`);
    expect(rows).toEqual([{ value: String(SCHEMA_VERSION) }]);
    const counts = await pool.query(
      `select (select count(*) from leaktrace_subjects)::int s, (select count(*) from leaktrace_sources)::int o,
              (select count(*) from leaktrace_canaries)::int c, (select count(*) from leaktrace_contacts)::int t,
              (select count(*) from leaktrace_labels)::int l`,
    );
    expect(counts.rows[0]).toEqual({
      s: source.subjects.length,
      o: source.sources.length,
      c: source.canaries.length,
      t: source.contacts.length,
      l: source.labels.length,
    });
    await pool.end();
  });
});
