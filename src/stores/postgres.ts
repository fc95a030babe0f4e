/**
 * @module leaktrace/stores/postgres
 *
 * A PostgreSQL store through node-postgres (`pg`, an optional peer dependency loaded on first
 * use), for services that keep many people's canaries. Node-only; not part of the core entry.
 */
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

interface PgModule {
  Pool: new (config: object) => PgPool;
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
  return new pg.Pool({ connectionString, max, types });
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

/**
 * Creates a store in a PostgreSQL database: tables prefixed `leaktrace_`, migrations under an
 * advisory lock, contacts appended in one `insert … select from unnest(…)` per batch.
 *
 * @param options - `{ connectionString }`, or `{ pool }` with a pg pool you made.
 * @returns A store; it connects and migrates on first use.
 * @throws ConfigError (on first use) when pg is not installed.
 * @example
 * ```ts
 * import { postgresStore } from 'leaktrace/stores/postgres';
 * const tracer = await createTracer({ store: postgresStore({ connectionString: process.env.DATABASE_URL! }) });
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): Store {
  let ready: Promise<PgPool> | undefined;
  let owned: PgPool | undefined;
  let closed = false;
  const pool = (): Promise<PgPool> => {
    if (closed) return Promise.reject(new StoreError('postgres', 'the store is closed'));
    ready ??= (async () => {
      if (!('pool' in options)) owned = await createPool(options.connectionString, options.max ?? 4);
      const p = 'pool' in options ? options.pool : owned!;
      await migrate(p);
      return p;
    })();
    return ready;
  };
  const run = async <T>(what: string, task: (p: PgPool) => Promise<T>): Promise<T> => {
    const p = await pool();
    try {
      return await task(p);
    } catch (error) {
      if (error instanceof LeaktraceError) throw error;
      if ((error as { code?: string }).code === '23505') {
        throw new LeaktraceError('conflict', `[postgres] ${what}: the id already exists`, { cause: error });
      }
      throw new StoreError('postgres', `${what}: ${(error as Error).message}`, { cause: error });
    }
  };

  return {
    name: 'postgres',
    capabilities: { transactions: true, durable: true },
    putSubject: (subject: Subject) =>
      run('putSubject', async (p) => {
        await p.query('insert into leaktrace_subjects (id, created_at, data) values ($1, $2, $3)', [
          subject.id,
          subject.createdAt,
          encode(subject),
        ]);
      }),
    listSubjects: () =>
      run('listSubjects', async (p) =>
        (await p.query('select data::text as data from leaktrace_subjects order by created_at, id')).rows.map(
          (r) => decodeSubject(r.data as string),
        ),
      ),
    putSource: (source: Source) =>
      run('putSource', async (p) => {
        await p.query('insert into leaktrace_sources (id, created_at, data) values ($1, $2, $3)', [
          source.id,
          source.createdAt,
          encode(source),
        ]);
      }),
    listSources: () =>
      run('listSources', async (p) =>
        (await p.query('select data::text as data from leaktrace_sources order by created_at, id')).rows.map(
          (r) => decodeSource(r.data as string),
        ),
      ),
    putCanary: (canary: Canary) =>
      run('putCanary', async (p) => {
        await p.query(
          `insert into leaktrace_canaries (subject_id, id, source_id, issued_at, data) values ($1, $2, $3, $4, $5)
           on conflict (subject_id, id) do update set data = excluded.data`,
          [canary.subjectId, canary.id, canary.sourceId, canary.issuedAt, encode(canary)],
        );
      }),
    listCanaries: (subjectId?: string) =>
      run('listCanaries', async (p) => {
        const { rows } =
          subjectId === undefined
            ? await p.query('select data::text as data from leaktrace_canaries order by seq')
            : await p.query(
                'select data::text as data from leaktrace_canaries where subject_id = $1 order by seq',
                [subjectId],
              );
        return rows.map((r) => decodeCanary(r.data as string));
      }),
    appendContacts: (records: readonly StoredContact[]) =>
      run('appendContacts', async (p) => {
        if (records.length === 0) return [];
        // One round trip per batch: arrays unnested server-side; `on conflict do nothing`
        // makes the append idempotent, and `returning id` says which rows were new.
        const { rows } = await p.query(
          `insert into leaktrace_contacts (subject_key, id, at, channel, verdict, contact, result)
           select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[])
           on conflict do nothing returning id`,
          [
            records.map((r) => r.result.subjectId ?? ''),
            records.map((r) => r.contact.id),
            records.map((r) => r.contact.at),
            records.map((r) => r.contact.channel),
            records.map((r) => r.result.verdict),
            records.map((r) => encode(r.contact)),
            records.map((r) => encode(r.result)),
          ],
        );
        const inserted = new Set(rows.map((r) => r.id as string));
        const seen = new Set<string>();
        return records.map((r) => {
          const isNew = inserted.has(r.contact.id) && !seen.has(r.contact.id);
          seen.add(r.contact.id);
          return isNew;
        });
      }),
    getContact: (id: string) =>
      run('getContact', async (p) => {
        const { rows } = await p.query(
          'select contact::text as contact, result::text as result from leaktrace_contacts where id = $1',
          [id],
        );
        return rows[0] ? decodeContact(rows[0].contact as string, rows[0].result as string) : undefined;
      }),
    async *listContacts(query: ContactQuery = {}) {
      const p = await pool();
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.subjectId !== undefined) {
        params.push(query.subjectId);
        where.push(`subject_key = $${params.length}`);
      }
      if (query.from !== undefined) {
        params.push(query.from);
        where.push(`at >= $${params.length}`);
      }
      if (query.to !== undefined) {
        params.push(query.to);
        where.push(`at < $${params.length}`);
      }
      let lastAt: Date | string = '-infinity';
      let lastId = '';
      for (;;) {
        const n = params.length;
        const { rows } = await p.query(
          `select id, at, contact::text as contact, result::text as result from leaktrace_contacts
           where ${where.length ? `${where.join(' and ')} and ` : ''}(at, id) > ($${n + 1}, $${n + 2})
           order by at, id limit 1000`,
          [...params, lastAt, lastId],
        );
        for (const row of rows) yield decodeContact(row.contact as string, row.result as string);
        if (rows.length < 1000) break;
        lastAt = rows[rows.length - 1]!.at as Date;
        lastId = rows[rows.length - 1]!.id as string;
      }
    },
    putLabel: (label: Label) =>
      run('putLabel', async (p) => {
        await p.query('insert into leaktrace_labels (id, created_at, data) values ($1, $2, $3)', [
          label.id,
          label.createdAt,
          encode(label),
        ]);
      }),
    listLabels: () =>
      run('listLabels', async (p) =>
        (await p.query('select data::text as data from leaktrace_labels order by created_at, id')).rows.map(
          (r) => decodeLabel(r.data as string),
        ),
      ),
    deleteLabel: (id: string) =>
      run(
        'deleteLabel',
        async (p) => (await p.query('delete from leaktrace_labels where id = $1', [id])).rowCount === 1,
      ),
    async close() {
      if (closed) return;
      closed = true;
      // The pool is ended even when start-up failed (a refused schema), but never a caller's pool.
      await ready?.catch(() => undefined);
      await owned?.end();
    },
  };
}
