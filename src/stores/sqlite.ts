/**
 * @module leaktrace/stores/sqlite
 *
 * The embedded default store: one SQLite file through better-sqlite3 (an optional peer
 * dependency, loaded on first use). Node-only; not part of the core entry.
 */
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { ConfigError, StoreError } from '../errors.js';
import { parseConfig } from '../schemas/common.js';
import { sqliteStoreOptionsSchema } from '../schemas/store-options.js';
import type { Canary } from '../types.js';
import { encode } from './sql/codec.js';
import { type IdentityWrite, identityWriteSteps, type WriteStep } from './sql/identity-write.js';
import { pendingMigrations } from './sql/migrations.js';
import type { Row, SqlConnection, SqlDialect } from './sql/sql-runner.js';
import { createSqlStore } from './sql/sql-store.js';
import type { DriverErrorKind } from './sql/store-errors.js';
import type { Store, StoredContact } from './store.js';

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

const dialect: SqlDialect = {
  name: 'sqlite',
  table: (name) => name,
  param: () => '?',
  text: (column) => column,
  instant: (date) => date.getTime(),
  jsonInteger: (column, key) => `coalesce(json_extract(${column}, '$.${key}'), 0)`,
  escapesContacts: false,
  contactSubject: 'subject_id',
  putCanary: (canary: Canary) => {
    const data = encode(canary);
    return [
      { sql: 'update canaries set data = ? where id = ?', params: [data, canary.id] },
      // seq keeps issue order across processes: max + 1, read and written under the write lock.
      {
        sql: `insert into canaries (id, subject_id, source_id, issued_at, seq, data)
              select ?, ?, ?, ?, (select coalesce(max(seq), 0) + 1 from canaries), ?
              where not exists (select 1 from canaries where id = ?)`,
        params: [canary.id, canary.subjectId, canary.sourceId, canary.issuedAt.getTime(), data, canary.id],
      },
    ];
  },
};

async function loadDriver(): Promise<new (path: string) => SqliteDatabase> {
  try {
    return ((await import('better-sqlite3')) as unknown as { default: new (path: string) => SqliteDatabase })
      .default;
  } catch (error) {
    throw new ConfigError(
      '[sqlite] sqliteStore() needs the better-sqlite3 package: npm install better-sqlite3@12',
      { cause: error },
    );
  }
}

// Every SQLite database file starts with these 16 bytes.
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Names what a path holds when it is not a regular file, for the error message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

const untouched = (path: string, what: string): StoreError =>
  new StoreError('sqlite', `${path} ${what}; it was left untouched`, { reason: 'not_a_database', path });

/**
 * Refuses a path that exists but is not a SQLite database file, before anything touches it (no
 * chmod, no journal files, no blocking open): its mode and bytes stay as they were. Only a
 * regular file (or a symbolic link to one) whose first bytes are SQLite's header, or an empty
 * one, passes. The file is opened non-blocking and checked again on the descriptor, so a FIFO
 * swapped in between cannot hang the open.
 */
function checkExisting(path: string, stats: Stats): void {
  if (!stats.isFile()) throw untouched(path, `is ${kindOf(stats)}, not a SQLite database file`);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw untouched(path, `is ${kindOf(opened)}, not a SQLite database file`);
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read > 0 && header.toString('latin1', 0, read) !== SQLITE_HEADER.slice(0, read)) {
      throw untouched(path, 'is not a SQLite database');
    }
  } finally {
    closeSync(fd);
  }
}

/** `stat` of a path, `undefined` when nothing is there (a dangling link is refused). */
function statIfPresent(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let link: Stats | undefined;
    try {
      link = lstatSync(path);
    } catch {
      return undefined;
    }
    if (link.isSymbolicLink()) {
      throw new StoreError('sqlite', `${path} is a symbolic link to a missing file; it was left untouched`, {
        reason: 'not_found',
        path,
      });
    }
    throw error;
  }
}

async function openDatabase(path: string): Promise<SqliteDatabase> {
  const Database = await loadDriver();
  if (path === ':memory:') return new Database(path);
  // The file maps aliases to a real person: create it readable by its owner only, before SQLite
  // opens it (SQLite gives new -wal and -shm files the database file's mode). An existing path
  // must be a regular file that looks like a database; its mode is tightened only once SQLite
  // has read it (see tightenModes).
  const stats = statIfPresent(path);
  if (stats) checkExisting(path, stats);
  else {
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (error) {
      // Another process created it between the look and here (two processes opening one new
      // store at once): it is checked as any existing file.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      checkExisting(path, statSync(path));
    }
  }
  return new Database(path);
}

/**
 * Takes group and other permissions off the database and its -wal and -shm files, after SQLite
 * opened and migrated it (so it is a database). Only regular files are changed (never a link's
 * target other than the verified database), and no permission is ever added.
 */
function tightenModes(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    let stats: Stats;
    try {
      stats = file === path ? statSync(file) : lstatSync(file);
    } catch {
      continue;
    }
    if (!stats.isFile() || (stats.mode & 0o077) === 0) continue;
    chmodSync(file, stats.mode & 0o7700);
  }
}

/**
 * Refuses a database another program wrote (Firefox's `places.sqlite`, Android's `contacts2.db`,
 * a CRM's file): one holding tables but no `leaktrace_meta`. Checked before anything is written,
 * the journal mode included, so a mistyped `--store` leaves the other program's file as it was.
 * An empty database (a new file, or one made empty) becomes a store.
 */
function refuseForeign(db: SqliteDatabase, path: string): void {
  const tables = db
    .prepare(`select name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%'`)
    .all() as { name: string }[];
  if (tables.length === 0 || tables.some((t) => t.name === 'leaktrace_meta')) return;
  const names = tables
    .slice(0, 5)
    .map((t) => t.name)
    .join(', ');
  throw new StoreError(
    'sqlite',
    `${path} is a SQLite database of another program (tables ${names}${tables.length > 5 ? ', …' : ''}), not a leaktrace store; it was left untouched`,
    { reason: 'not_a_leaktrace_store', path },
  );
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

function classify(error: unknown): DriverErrorKind {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'conflict';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return 'not_a_database';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'busy';
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM')
    return 'permission_denied';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code.startsWith('SQLITE_CANTOPEN')) return 'not_found';
  if (code === 'EISDIR') return 'not_a_database';
  return 'failed';
}

/** The values of one contacts row: id, subject_id, at, channel, verdict, contact, result. */
const contactRow = ({ contact, result }: StoredContact): unknown[] => [
  contact.id,
  result.subjectId,
  contact.at.getTime(),
  contact.channel,
  result.verdict,
  encode(contact),
  encode(result),
];

/** Wraps a better-sqlite3 database as a {@link SqlConnection}, preparing each statement once. */
function connection(db: SqliteDatabase, owned: boolean): SqlConnection {
  const statements = new Map<string, SqliteStatement>();
  const prepare = (sql: string): SqliteStatement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  // Synchronous from begin to commit: no other call on this connection can slip into it.
  const writeIdentity = db.transaction((write: IdentityWrite) => {
    const steps = identityWriteSteps(dialect, write);
    const exec = (step: WriteStep): unknown =>
      step.op === 'all'
        ? prepare(step.sql).all(...step.params)
        : prepare(step.sql).run(...step.params).changes;
    let next = steps.next();
    while (!next.done) next = steps.next(exec(next.value));
    return next.value;
  });
  const appendBatch = db.transaction((list: readonly StoredContact[]) => {
    const insert = prepare(
      'insert or ignore into contacts (id, subject_id, at, channel, verdict, contact, result) values (?, ?, ?, ?, ?, ?, ?)',
    );
    return list.map((record) => insert.run(...contactRow(record)).changes === 1);
  });
  const replaceBatch = db.transaction((list: readonly StoredContact[]) => {
    const exists = prepare('select 1 from contacts where id = ?');
    const upsert = prepare(
      `insert into contacts (id, subject_id, at, channel, verdict, contact, result) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do update set subject_id = excluded.subject_id, at = excluded.at, channel = excluded.channel,
       verdict = excluded.verdict, contact = excluded.contact, result = excluded.result`,
    );
    const seen = new Set<string>();
    return list.map((record) => {
      const { id } = record.contact;
      const isNew = !seen.has(id) && exists.get(id) === undefined;
      seen.add(id);
      upsert.run(...contactRow(record));
      return isNew;
    });
  });
  return {
    all: async (sql, params = []) => prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
    identityWrite: async (write) => writeIdentity.immediate(write),
    appendContacts: async (records) => appendBatch.immediate(records),
    replaceContacts: async (records) => replaceBatch.immediate(records),
    close: async () => {
      if (owned) db.close();
    },
  };
}

/**
 * Creates a store in one SQLite file: WAL journal, `synchronous = FULL` (an acknowledged batch
 * survives a crash or power loss), a busy timeout so several processes can write one file, and
 * the file created with mode 0600.
 *
 * @param options - `{ path }`, or `{ database }` with a better-sqlite3 database you opened.
 * @returns A store; it opens the file on first use.
 * @throws ConfigError when an option is invalid, and (on first use) when better-sqlite3 is not
 *   installed.
 * @throws StoreError (on first use) when the file cannot be opened, with a `reason`.
 * @example
 * ```ts
 * import { sqliteStore } from 'leaktrace/stores/sqlite';
 * const tracer = await createTracer({ store: sqliteStore({ path: 'leaktrace.db' }) });
 * ```
 */
export function sqliteStore(options: SqliteStoreOptions): Store {
  options = parseConfig(sqliteStoreOptionsSchema, options) as SqliteStoreOptions;
  const busyTimeout = Math.max(0, Math.trunc(options.busyTimeout ?? 5000));
  // The database this store opened (or was given): set by connect, configured by migrate.
  let db: SqliteDatabase;
  return createSqlStore({
    dialect,
    classify,
    async connect() {
      db = 'database' in options ? options.database : await openDatabase(options.path);
      return connection(db, !('database' in options));
    },
    async migrate() {
      // The timeout first: switching to WAL takes a lock another process may hold.
      db.pragma(`busy_timeout = ${busyTimeout}`);
      if ('path' in options) refuseForeign(db, options.path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db);
      if ('path' in options && options.path !== ':memory:') tightenModes(options.path);
    },
  });
}
