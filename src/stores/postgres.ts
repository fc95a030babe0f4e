/**
 * @module leaktrace/stores/postgres
 *
 * A PostgreSQL store through node-postgres (`pg`, an optional peer dependency loaded on first
 * use), for services that keep many people's canaries. Node-only; not part of the core entry.
 */
import { ConfigError } from '../errors.js';
import { parseConfig } from '../schemas/common.js';
import { postgresStoreOptionsSchema } from '../schemas/store-options.js';
import { encode, encodeEscaped } from './sql/codec.js';
import { identityWriteSteps } from './sql/identity-write.js';
import { pendingMigrations } from './sql/migrations.js';
import type { SqlConnection, SqlDialect } from './sql/sql-runner.js';
import { createSqlStore } from './sql/sql-store.js';
import type { DriverErrorKind } from './sql/store-errors.js';
import type { Store, StoredContact } from './store.js';

/** The result of a query: the part of pg's `QueryResult` the store reads. */
export interface PgResult {
  readonly rows: Record<string, unknown>[];
  readonly rowCount: number | null;
}

/** A connection that can run queries (a pg `PoolClient`). */
export interface PgClient {
  query(text: string, params?: unknown[]): Promise<PgResult>;
  release(): void;
}

/** The part of a pg `Pool` the store calls, so a caller may pass their own pool. */
export interface PgPool {
  query(text: string, params?: unknown[]): Promise<PgResult>;
  connect(): Promise<PgClient>;
  end(): Promise<void>;
}

/** Options of {@link postgresStore}: a connection string, or a pool you made. */
export type PostgresStoreOptions =
  | {
      /** The connection string, e.g. `postgres://user@127.0.0.1:5432/leaktrace`. */
      readonly connectionString: string;
      /** The most connections the store's own pool opens; 4 when omitted. */
      readonly max?: number;
    }
  | {
      /** A pg pool to use; the store never ends it. */
      readonly pool: PgPool;
    };

// Serialises migrations of concurrent processes: pg_advisory_xact_lock on a fixed key.
const MIGRATION_LOCK = 0x6c6b7472;

const dialect: SqlDialect = {
  name: 'postgres',
  table: (name) => `leaktrace_${name}`,
  param: (n) => `$${n}`,
  text: (column) => `${column}::text as ${column}`,
  instant: (date) => date,
  jsonInteger: (column, key) => `coalesce((${column}->>'${key}')::bigint, 0)`,
  escapesContacts: true,
  contactSubject: 'subject_key',
  putCanary: (canary) => [
    {
      sql: `insert into leaktrace_canaries (subject_id, id, source_id, issued_at, data) values ($1, $2, $3, $4, $5)
            on conflict (subject_id, id) do update set data = excluded.data`,
      params: [canary.subjectId, canary.id, canary.sourceId, canary.issuedAt, encode(canary)],
    },
  ],
};

interface PgModule {
  Pool: new (
    config: object,
  ) => PgPool & {
    on(event: 'error', listener: (error: Error) => void): unknown;
  };
  types: { getTypeParser(oid: number, format?: string): unknown };
}

async function createPool(connectionString: string, max: number): Promise<PgPool> {
  let pg: PgModule;
  try {
    const mod = (await import('pg')) as unknown as { default?: PgModule } & PgModule;
    pg = mod.default ?? mod;
  } catch (error) {
    throw new ConfigError('[postgres] postgresStore() needs the pg package: npm install pg', {
      cause: error,
    });
  }
  // int8 (bigserial, count(*)) comes back as a string by default; ours fit a double. Set on
  // this pool only, never on pg's global parsers, which the application may rely on.
  const INT8 = 20;
  const types = {
    getTypeParser: (oid: number, format?: string) =>
      oid === INT8 ? Number : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString, max, types });
  // pg emits 'error' on the pool when the server ends an idle connection (a restart,
  // idle_session_timeout, pg_terminate_backend, a dropped network); with no listener Node
  // treats it as uncaught and ends the process. The pool has already discarded that client and
  // the next query opens a new one, so there is nothing to do here (node-postgres docs, "Pool":
  // "you should always add a listener to the pool to catch errors").
  pool.on('error', () => undefined);
  return pool;
}

async function transaction<T>(pool: PgPool, task: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await task(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function migrate(pool: PgPool): Promise<void> {
  await transaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'create table if not exists leaktrace_meta (key text primary key, value text not null)',
    );
    const { rows } = await client.query(`select value from leaktrace_meta where key = 'schema_version'`);
    for (const migration of pendingMigrations(rows[0] ? Number(rows[0].value) : 0, 'postgres')) {
      for (const sql of migration.postgres) await client.query(sql);
      await client.query(
        `insert into leaktrace_meta (key, value) values ('schema_version', $1) on conflict (key) do update set value = excluded.value`,
        [String(migration.version)],
      );
    }
  });
}

// SQLSTATE classes: 23505 unique violation, 28 authorisation, 3D000 no such database,
// 08 connection exceptions, 57P01–57P03 the server ending the session (pg_terminate_backend, a
// shutdown), pg's own "Connection terminated" when the socket closed, 42501 insufficient privilege, 55P03/40P01 lock waits.
function classify(error: unknown): DriverErrorKind {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === '23505') return 'conflict';
  if (code === '3D000') return 'not_found';
  if (code.startsWith('28') || code === '42501') return 'permission_denied';
  // 40001: a serialisation failure; retried by the tracer like a lock wait.
  if (code === '55P03' || code === '40P01' || code === '40001') return 'busy';
  if (
    code.startsWith('08') ||
    code.startsWith('57P') ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'ETIMEDOUT'].includes(code) ||
    /^Connection terminated/u.test((error as Error)?.message ?? '')
  )
    return 'unavailable';
  return 'failed';
}

/** The column arrays `unnest` reads: subject_key, id, at, channel, verdict, contact, result. */
const contactColumns = (records: readonly StoredContact[]): unknown[][] => [
  records.map((r) => r.result.subjectId ?? ''),
  records.map((r) => r.contact.id),
  records.map((r) => r.contact.at),
  records.map((r) => r.contact.channel),
  records.map((r) => r.result.verdict),
  records.map((r) => encodeEscaped(r.contact)),
  records.map((r) => encodeEscaped(r.result)),
];

function connection(pool: PgPool, owned: boolean): SqlConnection {
  return {
    all: async (sql, params = []) => (await pool.query(sql, [...params])).rows,
    run: async (sql, params = []) => (await pool.query(sql, [...params])).rowCount ?? 0,
    identityWrite: (write) =>
      transaction(pool, async (client) => {
        const steps = identityWriteSteps(dialect, write);
        let next = steps.next();
        while (!next.done) {
          const { op, sql, params } = next.value;
          const result = await client.query(sql, [...params]);
          next = steps.next(op === 'all' ? result.rows : (result.rowCount ?? 0));
        }
        return next.value;
      }),
    async appendContacts(records) {
      if (records.length === 0) return [];
      // One round trip per batch: arrays unnested server-side; `on conflict do nothing`
      // makes the append idempotent, and `returning id` says which rows were new.
      const { rows } = await pool.query(
        `insert into leaktrace_contacts (subject_key, id, at, channel, verdict, contact, result)
         select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[])
         on conflict do nothing returning id`,
        contactColumns(records),
      );
      const inserted = new Set(rows.map((r) => r.id as string));
      const seen = new Set<string>();
      return records.map((r) => {
        const isNew = inserted.has(r.contact.id) && !seen.has(r.contact.id);
        seen.add(r.contact.id);
        return isNew;
      });
    },
    async replaceContacts(records) {
      if (records.length === 0) return [];
      // One transaction: which ids were stored, then one upsert of the batch (a repeated id
      // in the batch keeps its last reading, as the upsert would refuse it twice).
      return transaction(pool, async (client) => {
        const ids = records.map((r) => r.contact.id);
        const { rows } = await client.query(
          'select id from leaktrace_contacts where id = any($1::text[]) for update',
          [ids],
        );
        const stored = new Set(rows.map((r) => r.id as string));
        const last = new Map(records.map((r) => [r.contact.id, r]));
        const unique = [...last.values()];
        await client.query(
          `insert into leaktrace_contacts (subject_key, id, at, channel, verdict, contact, result)
           select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[])
           on conflict (id) do update set subject_key = excluded.subject_key, at = excluded.at,
             channel = excluded.channel, verdict = excluded.verdict, contact = excluded.contact,
             result = excluded.result`,
          contactColumns(unique),
        );
        const seen = new Set<string>();
        return records.map((r) => {
          const isNew = !stored.has(r.contact.id) && !seen.has(r.contact.id);
          seen.add(r.contact.id);
          return isNew;
        });
      });
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

/**
 * Creates a store in a PostgreSQL database: tables prefixed `leaktrace_`, migrations under an
 * advisory lock, contacts appended in one `insert … select from unnest(…)` per batch.
 *
 * @param options - `{ connectionString }`, or `{ pool }` with a pg pool you made.
 * @returns A store; it connects and migrates on first use.
 * @throws ConfigError when an option is invalid, and (on first use) when pg is not installed.
 * @throws StoreError (on first use) when the server cannot be reached, with a `reason`.
 * @example
 * ```ts
 * import { postgresStore } from 'leaktrace/stores/postgres';
 * const tracer = await createTracer({ store: postgresStore({ connectionString: process.env.DATABASE_URL! }) });
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): Store {
  options = parseConfig(postgresStoreOptionsSchema, options) as PostgresStoreOptions;
  let pool: PgPool;
  return createSqlStore({
    dialect,
    classify,
    async connect() {
      pool = 'pool' in options ? options.pool : await createPool(options.connectionString, options.max ?? 4);
      return connection(pool, !('pool' in options));
    },
    migrate: () => migrate(pool),
  });
}
