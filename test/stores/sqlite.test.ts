import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/stores/sql/migrations.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { plainSource } from '../helpers/fixtures.js';
import { testStore } from './conformance.js';
import { expectUpgraded, v3Rows } from './v3-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-sqlite-'));
let n = 0;
const freshPath = (): string => join(dir, `db-${n++}.sqlite`);

testStore('sqlite', { create: async () => sqliteStore({ path: freshPath() }) });

describe('sqliteStore', () => {
  it('regression: a path to a non-SQLite file is a not_a_database StoreError, and the file is untouched', async () => {
    const path = freshPath();
    writeFileSync(path, 'name,phone\nalice,1\n', { mode: 0o644 });
    chmodSync(path, 0o644);
    const store = sqliteStore({ path });
    await expect(store.listSubjects()).rejects.toMatchObject({
      name: 'StoreError',
      reason: 'not_a_database',
    });
    await store.close();
    expect(statSync(path).mode & 0o777).toBe(0o644);
    expect(readFileSync(path, 'utf8')).toBe('name,phone\nalice,1\n');
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('regression: a missing directory is a not_found StoreError, and nothing is created', async () => {
    const path = join(dir, 'missing', 'db.sqlite');
    const store = sqliteStore({ path });
    await expect(store.putSource(plainSource())).rejects.toMatchObject({
      name: 'StoreError',
      reason: 'not_found',
    });
    await store.close();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('a directory as the path is a StoreError', async () => {
    const store = sqliteStore({ path: dir });
    await expect(store.listSources()).rejects.toMatchObject({ name: 'StoreError', reason: 'not_a_database' });
    await store.close();
  });

  // Root may write anywhere: the permission check only means something for other users.
  it.skipIf(process.getuid?.() === 0)('a read-only directory is a permission_denied StoreError', async () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro, { mode: 0o500 });
    const store = sqliteStore({ path: join(ro, 'db.sqlite') });
    await expect(store.listSources()).rejects.toMatchObject({
      name: 'StoreError',
      reason: 'permission_denied',
    });
    await store.close();
  });

  // Tests run as root, who may write anywhere: the permission errors are seen from a child
  // process run as an unprivileged user (setpriv, util-linux), when the machine allows it.
  describe('as an unprivileged user', () => {
    const worker = new URL('./sqlite-open-worker.ts', import.meta.url).pathname;
    const asNobody = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];
    const unprivileged = ((): { ok: true } | { ok: false; reason: string } => {
      if (process.getuid?.() !== 0) return { ok: false, reason: 'not root: the test above covers it' };
      const probe = spawnSync(
        'setpriv',
        [...asNobody, process.execPath, '--import', 'tsx', worker, ':memory:'],
        {
          encoding: 'utf8',
          cwd: process.cwd(),
        },
      );
      if (probe.error) return { ok: false, reason: `setpriv unavailable (${probe.error.message})` };
      if (probe.status !== 0 || !probe.stdout.includes('"ok":true'))
        return {
          ok: false,
          reason: `nobody cannot run node on this checkout (${probe.stderr.trim().split('\n')[0]})`,
        };
      return { ok: true };
    })();
    const open = (path: string): Record<string, unknown> => {
      const child = spawnSync('setpriv', [...asNobody, process.execPath, '--import', 'tsx', worker, path], {
        encoding: 'utf8',
      });
      return JSON.parse(child.stdout.trim().split('\n').pop()!);
    };
    /** A folder nobody may enter and list, made by root. */
    const shared = (): string => {
      const folder = mkdtempSync(join(tmpdir(), 'leaktrace-eacces-'));
      chmodSync(folder, 0o755);
      return folder;
    };

    it.skipIf(!unprivileged.ok)(
      `regression: an unwritable directory is a permission_denied StoreError, and nothing is created${unprivileged.ok ? '' : ` (skipped: ${unprivileged.reason})`}`,
      () => {
        const folder = shared();
        const ro = join(folder, 'read-only');
        mkdirSync(ro, { mode: 0o555 });
        expect(open(join(ro, 'db.sqlite'))).toEqual({
          name: 'StoreError',
          reason: 'permission_denied',
          code: 'store_failed',
        });
        expect(readdirSync(ro)).toEqual([]);
      },
    );

    it.skipIf(!unprivileged.ok)(
      `an existing database another user owns (0600) is a permission_denied StoreError, left as it was${unprivileged.ok ? '' : ` (skipped: ${unprivileged.reason})`}`,
      async () => {
        const folder = shared();
        const path = join(folder, 'db.sqlite');
        const store = sqliteStore({ path });
        await store.putSource(plainSource());
        await store.close();
        const before = readFileSync(path);
        expect(open(path)).toMatchObject({ name: 'StoreError', reason: 'permission_denied' });
        expect(statSync(path).mode & 0o777).toBe(0o600);
        expect(readFileSync(path).equals(before)).toBe(true);
      },
    );
  });

  it('regression: an existing database whose -wal and -shm are 0644 gets them 0600 before writing', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec('create table leaktrace_meta (key text primary key, value text not null)');
    db.exec(`insert into leaktrace_meta values ('note', 'a store an older run made')`);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) chmodSync(file, 0o644);
    const store = sqliteStore({ path });
    await store.putSource(plainSource());
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
    }
    await store.close();
    db.close();
  });

  it('creates the database, WAL and SHM files readable by their owner only', async () => {
    const path = freshPath();
    const tracer = await createTracer({ store: sqliteStore({ path }) });
    await tracer.addSource({ name: 'S' });
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
    }
    await tracer.close();
  });

  it('tightens the mode of an existing file', async () => {
    const path = freshPath();
    new Database(path).close();
    const store = sqliteStore({ path });
    await store.listSources();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await store.close();
  });

  it('accepts a database the caller opened', async () => {
    const db = new Database(':memory:');
    const store = sqliteStore({ database: db });
    await store.putSource(plainSource());
    expect(db.prepare('select count(*) as n from sources').get()).toEqual({ n: 1 });
    await store.close();
  });

  it('refuses a database written by a newer leaktrace', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec(`create table leaktrace_meta (key text primary key, value text not null);
             insert into leaktrace_meta values ('schema_version', '999');`);
    db.close();
    const store = sqliteStore({ path });
    await expect(store.listSubjects()).rejects.toMatchObject({
      code: 'store_failed',
      message: expect.stringMatching(/999/u),
    });
  });

  it('upgrades a version-1 database in place, keeping its rows', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('create table leaktrace_meta (key text primary key, value text not null)');
    for (const sql of MIGRATIONS[0]!.sqlite) db.exec(sql);
    db.exec(`insert into leaktrace_meta values ('schema_version', '1')`);
    db.prepare('insert into sources (id, created_at, data) values (?, ?, ?)').run(
      's',
      0,
      JSON.stringify(plainSource()),
    );
    db.close();
    const store = sqliteStore({ path });
    await store.putLabel({ id: 'lbl_1', callers: ['+8616212345610'], name: 'robot', createdAt: new Date(0) });
    expect(await store.listSources()).toEqual([plainSource()]);
    expect((await store.listLabels()).map((l) => l.id)).toEqual(['lbl_1']);
    await store.close();
    const check = new Database(path);
    expect(check.prepare(`select value from leaktrace_meta where key = 'schema_version'`).get()).toEqual({
      value: String(SCHEMA_VERSION),
    });
    check.close();
  });

  it('upgrades a version-3 database to 4 keeping every row, and claims the values its rows hold', async () => {
    const path = freshPath();
    const rows = await v3Rows();
    const db = new Database(path);
    db.exec('create table leaktrace_meta (key text primary key, value text not null)');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 3))
      for (const sql of migration.sqlite) db.exec(sql);
    db.exec(`insert into leaktrace_meta values ('schema_version', '3')`);
    const doc = (table: string, id: string, at: Date, data: unknown) =>
      db
        .prepare(`insert into ${table} (id, created_at, data) values (?, ?, ?)`)
        .run(id, at.getTime(), JSON.stringify(data));
    for (const s of rows.subjects) doc('subjects', s.id, s.createdAt, s);
    for (const s of rows.sources) doc('sources', s.id, s.createdAt, s);
    for (const l of rows.labels) doc('labels', l.id, l.createdAt, l);
    for (const [i, c] of rows.canaries.entries())
      db.prepare(
        'insert into canaries (id, subject_id, source_id, issued_at, seq, data) values (?, ?, ?, ?, ?, ?)',
      ).run(c.id, c.subjectId, c.sourceId, c.issuedAt.getTime(), i + 1, JSON.stringify(c));
    for (const { contact, result } of rows.contacts)
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
    db.exec(`insert into notices values ('overdue:x', 0)`);
    db.close();

    await expectUpgraded(rows, () => sqliteStore({ path }));
    const kept = sqliteStore({ path });
    expect(await kept.markNotices(['overdue:x'], new Date(0))).toEqual([false]);
    await kept.close();
    const [me] = rows.subjects;
    const check = new Database(path, { readonly: true });
    expect(check.prepare(`select value from leaktrace_meta where key = 'schema_version'`).get()).toEqual({
      value: '4',
    });
    expect(check.prepare('select key, owner from claims order by key').all()).toEqual(
      [
        {
          key: `email:${me!.id}:${rows.canaries[0]!.fields.find((f) => f.kind === 'email')!.exactKey}`,
          owner: rows.canaries[0]!.id,
        },
        { key: `pool:${me!.phones.pool[0]}`, owner: me!.id },
        { key: `pool:${me!.phones.pool[1]}`, owner: me!.id },
        { key: `use:${rows.canaries[0]!.phone}`, owner: 'source' },
        { key: `use:${rows.canaries[1]!.phone}`, owner: `control:${rows.canaries[1]!.id}` },
      ].sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    check.close();
  });

  it('keeps verdicts across a restart', async () => {
    const path = freshPath();
    const first = await createTracer({ store: sqliteStore({ path }), seed: 'restart' });
    const me = await first.addSubject({
      name: 'Ann Lee',
      emails: [{ address: 'a@ann.example', strategy: 'domain' }],
    });
    const shop = await first.addSource({ name: 'Shop' });
    const canary = await first.issue({ subjectId: me.id, sourceId: shop.id, fields: ['email', 'name'] });
    await first.retire(canary.id);
    await first.close();
    const second = await createTracer({ store: sqliteStore({ path }) });
    expect(second.listCanaries()).toHaveLength(1);
    expect(second.listCanaries()[0]!.retiredAt).toBeInstanceOf(Date);
    const result = await second.record({
      channel: 'email',
      at: Date.now(),
      to: canary.email!,
      from: 'x@spam.example',
    });
    expect(result).toMatchObject({ verdict: 'leak', sources: [{ sourceId: shop.id }] });
    await second.close();
  });
});
