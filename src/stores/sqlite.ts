/**
 * @module leaktrace/stores/sqlite
 *
 * The embedded default store: one SQLite file through better-sqlite3 (an optional peer
 * dependency, loaded on first use). Node-only; not part of the core entry.
 */
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { ConfigError, LeaktraceError, StoreError } from '../errors.js';
import type { Canary, Label, Source, Subject } from '../types.js';
import {
  decodeCanary,
  decodeContact,
  decodeLabel,
  decodeSource,
  decodeSubject,
  encode,
} from './sql/codec.js';
import { pendingMigrations } from './sql/migrations.js';
import type { ContactQuery, Store, StoredContact } from './store.js';

/** The part of a better-sqlite3 statement the store calls. */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

/** The part of a better-sqlite3 database the store calls, so a caller may pass their own. */
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(
    fn: (...args: A) => R,
  ): ((...args: A) => R) & { immediate: (...args: A) => R };
  close(): unknown;
}

/** Options of {@link sqliteStore}: a file path, or a database you opened. */
export type SqliteStoreOptions =
  | {
      /** The path of the database file; created with mode 0600 when missing. */
      readonly path: string;
      /** The milliseconds to wait for another process's write lock; 5000 when omitted. */
      readonly busyTimeout?: number;
    }
  | {
      /** The open better-sqlite3 database to use; the store sets WAL and its pragmas on it. */
      readonly database: SqliteDatabase;
      readonly busyTimeout?: number;
    };

type Row = Record<string, unknown>;

async function openDatabase(path: string): Promise<SqliteDatabase> {
  let Database: new (path: string) => SqliteDatabase;
  try {
    Database = ((await import('better-sqlite3')) as unknown as { default: typeof Database }).default;
  } catch (error) {
    throw new ConfigError(
      '[sqlite] sqliteStore() needs the better-sqlite3 package: npm install better-sqlite3@12',
      {
        cause: error,
      },
    );
  }
  // The file maps aliases to a real person: create it readable by its owner only, before SQLite
  // opens it. SQLite gives the -wal and -shm files the database file's mode.
  if (path !== ':memory:' && !existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  if (path !== ':memory:') chmodSync(path, 0o600);
  return new Database(path);
}

function migrate(db: SqliteDatabase): void {
  db.exec('create table if not exists leaktrace_meta (key text primary key, value text not null)');
  const apply = db.transaction(() => {
    const row = db.prepare(`select value from leaktrace_meta where key = 'schema_version'`).get() as
      | Row
      | undefined;
    for (const migration of pendingMigrations(row ? Number(row.value) : 0, 'sqlite')) {
      for (const sql of migration.sqlite) db.exec(sql);
      db.prepare(`insert or replace into leaktrace_meta (key, value) values ('schema_version', ?)`).run(
        String(migration.version),
      );
    }
  });
  apply.immediate();
}

/**
 * Creates a store in one SQLite file: WAL journal, `synchronous = FULL` (an acknowledged batch
 * survives a crash or power loss), a busy timeout so several processes can write one file, and
 * the file created with mode 0600.
 *
 * @param options - `{ path }`, or `{ database }` with a better-sqlite3 database you opened.
 * @returns A store; it opens the file on first use.
 * @throws ConfigError (on first use) when better-sqlite3 is not installed.
 * @example
 * ```ts
 * import { sqliteStore } from 'leaktrace/stores/sqlite';
 * const tracer = await createTracer({ store: sqliteStore({ path: 'leaktrace.db' }) });
 * ```
 */
export function sqliteStore(options: SqliteStoreOptions): Store {
  let ready: Promise<SqliteDatabase> | undefined;
  let opened: SqliteDatabase | undefined;
  let closed = false;
  const db = (): Promise<SqliteDatabase> => {
    if (closed) return Promise.reject(new StoreError('sqlite', 'the store is closed'));
    ready ??= (async () => {
      const database = 'database' in options ? options.database : await openDatabase(options.path);
      opened = database;
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = FULL');
      database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeout ?? 5000))}`);
      migrate(database);
      return database;
    })();
    return ready;
  };
  const run = async <T>(what: string, task: (database: SqliteDatabase) => T): Promise<T> => {
    const database = await db();
    try {
      return task(database);
    } catch (error) {
      if (error instanceof LeaktraceError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new LeaktraceError('conflict', `[sqlite] ${what}: the id already exists`, { cause: error });
      throw new StoreError('sqlite', `${what}: ${(error as Error).message}`, { cause: error });
    }
  };
  let canarySeq = 0;

  return {
    name: 'sqlite',
    capabilities: { transactions: true, durable: true },
    putSubject: (subject: Subject) =>
      run('putSubject', (d) => {
        d.prepare('insert into subjects (id, created_at, data) values (?, ?, ?)').run(
          subject.id,
          subject.createdAt.getTime(),
          encode(subject),
        );
      }),
    listSubjects: () =>
      run('listSubjects', (d) =>
        d
          .prepare('select data from subjects order by created_at, id')
          .all()
          .map((r) => decodeSubject((r as Row).data as string)),
      ),
    putSource: (source: Source) =>
      run('putSource', (d) => {
        d.prepare('insert into sources (id, created_at, data) values (?, ?, ?)').run(
          source.id,
          source.createdAt.getTime(),
          encode(source),
        );
      }),
    listSources: () =>
      run('listSources', (d) =>
        d
          .prepare('select data from sources order by created_at, id')
          .all()
          .map((r) => decodeSource((r as Row).data as string)),
      ),
    putCanary: (canary: Canary) =>
      run('putCanary', (d) => {
        const updated = d.prepare('update canaries set data = ? where id = ?').run(encode(canary), canary.id);
        if (updated.changes === 0) {
          // seq keeps issue order across processes: max + 1 inside the write lock.
          const row = d.prepare('select coalesce(max(seq), 0) + 1 as next from canaries').get() as Row;
          canarySeq = Number(row.next);
          d.prepare(
            'insert into canaries (id, subject_id, source_id, issued_at, seq, data) values (?, ?, ?, ?, ?, ?)',
          ).run(
            canary.id,
            canary.subjectId,
            canary.sourceId,
            canary.issuedAt.getTime(),
            canarySeq,
            encode(canary),
          );
        }
      }),
    listCanaries: (subjectId?: string) =>
      run('listCanaries', (d) => {
        const rows =
          subjectId === undefined
            ? d.prepare('select data from canaries order by seq').all()
            : d.prepare('select data from canaries where subject_id = ? order by seq').all(subjectId);
        return rows.map((r) => decodeCanary((r as Row).data as string));
      }),
    appendContacts: (records: readonly StoredContact[]) =>
      run('appendContacts', (d) => {
        const insert = d.prepare(
          'insert or ignore into contacts (id, subject_id, at, channel, verdict, contact, result) values (?, ?, ?, ?, ?, ?, ?)',
        );
        const batch = d.transaction((list: readonly StoredContact[]) =>
          list.map(
            ({ contact, result }) =>
              insert.run(
                contact.id,
                result.subjectId,
                contact.at.getTime(),
                contact.channel,
                result.verdict,
                encode(contact),
                encode(result),
              ).changes === 1,
          ),
        );
        return batch.immediate(records);
      }),
    getContact: (id: string) =>
      run('getContact', (d) => {
        const row = d.prepare('select contact, result from contacts where id = ?').get(id) as Row | undefined;
        return row ? decodeContact(row.contact as string, row.result as string) : undefined;
      }),
    async *listContacts(query: ContactQuery = {}) {
      const database = await db();
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.subjectId !== undefined) {
        where.push('subject_id = ?');
        params.push(query.subjectId);
      }
      if (query.from !== undefined) {
        where.push('at >= ?');
        params.push(query.from.getTime());
      }
      if (query.to !== undefined) {
        where.push('at < ?');
        params.push(query.to.getTime());
      }
      const filter = where.length ? `${where.join(' and ')} and ` : '';
      const page = database.prepare(
        `select id, at, contact, result from contacts where ${filter}(at > ? or (at = ? and id > ?)) order by at, id limit 1000`,
      );
      // Keyset pages of 1000 keep memory flat and never hold a read transaction across a yield.
      let lastAt = Number.MIN_SAFE_INTEGER;
      let lastId = '';
      for (;;) {
        const rows = page.all(...params, lastAt, lastAt, lastId) as Row[];
        for (const row of rows) yield decodeContact(row.contact as string, row.result as string);
        if (rows.length < 1000) break;
        const last = rows[rows.length - 1]!;
        lastAt = Number(last.at);
        lastId = last.id as string;
      }
    },
    putLabel: (label: Label) =>
      run('putLabel', (d) => {
        d.prepare('insert into labels (id, created_at, data) values (?, ?, ?)').run(
          label.id,
          label.createdAt.getTime(),
          encode(label),
        );
      }),
    listLabels: () =>
      run('listLabels', (d) =>
        d
          .prepare('select data from labels order by created_at, id')
          .all()
          .map((r) => decodeLabel((r as Row).data as string)),
      ),
    deleteLabel: (id: string) =>
      run('deleteLabel', (d) => d.prepare('delete from labels where id = ?').run(id).changes === 1),
    async close() {
      if (closed) return;
      closed = true;
      // Closed even when start-up failed (a refused schema).
      await ready?.catch(() => undefined);
      opened?.close();
    },
  };
}
