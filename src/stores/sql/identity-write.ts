import { ConflictError } from '../../errors.js';
import type { Claim } from '../claims.js';
import type { ChangeToken } from '../store.js';
import type { Row, SqlDialect } from './sql-runner.js';

/** One statement with its parameters. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * A write to a table a tracer caches (subjects, sources, canaries, labels): the statements,
 * the claims they make, and the change token the writer expects.
 */
export interface IdentityWrite {
  /** Refuse the write (`stale`) unless the change counter still reads this. */
  readonly expect?: ChangeToken | undefined;
  /** The values the written record holds alone. */
  readonly claims: readonly Claim[];
  /** A query that finds the record when it already exists: its claims were made then. */
  readonly existing?: Statement;
  /** A query that must find the record the write updates; a conflict (`missing`) when it finds none. */
  readonly required?: Statement;
  /** The writes themselves. */
  readonly statements: readonly Statement[];
}

/** One step of an identity write, for the driver to run inside its transaction. */
export type WriteStep =
  | { readonly op: 'all'; readonly sql: string; readonly params: readonly unknown[] }
  | { readonly op: 'run'; readonly sql: string; readonly params: readonly unknown[] };

/**
 * The steps of an identity write, shared by the SQL dialects. A driver runs them inside one
 * write transaction that holds the change counter (SQLite `begin immediate`, PostgreSQL
 * `select … for update`), feeding each step's result (rows for `all`, changed rows for `run`)
 * back; a thrown {@link ConflictError} rolls it back. Written as a generator so the
 * synchronous SQLite driver and the asynchronous PostgreSQL one share every decision.
 *
 * @returns The change token after the write.
 * @throws ConflictError `stale` when the counter moved since `expect`, `missing` when `required` finds nothing, `claimed` when a claim
 *   is held by another owner.
 */
export function* identityWriteSteps(
  dialect: SqlDialect,
  write: IdentityWrite,
): Generator<WriteStep, ChangeToken, unknown> {
  const changes = dialect.table('changes');
  const claims = dialect.table('claims');
  const p = (n: number): string => dialect.param(n);
  const read = `select counter from ${changes} where id = 1${dialect.name === 'postgres' ? ' for update' : ''}`;
  const before = (yield { op: 'all', sql: read, params: [] }) as Row[];
  if (write.expect !== undefined && String(before[0]?.counter) !== write.expect) {
    throw new ConflictError(`[${dialect.name}] the store changed since it was read`, { reason: 'stale' });
  }
  if (write.required !== undefined && ((yield { op: 'all', ...write.required }) as Row[]).length === 0)
    throw new ConflictError(`[${dialect.name}] the record to update is not stored`, { reason: 'missing' });
  const exists =
    write.existing !== undefined && ((yield { op: 'all', ...write.existing }) as Row[]).length > 0;
  if (!exists) {
    // A new claim inserts; the same owner's claim touches its row; another owner's changes nothing.
    const claim = `insert into ${claims} (key, owner) values (${p(1)}, ${p(2)})
      on conflict (key) do update set owner = excluded.owner where ${claims}.owner = excluded.owner`;
    for (const { key, owner } of write.claims) {
      if (((yield { op: 'run', sql: claim, params: [key, owner] }) as number) !== 1) {
        throw new ConflictError(`[${dialect.name}] ${key} is already held by another record`, {
          reason: 'claimed',
          key,
        });
      }
    }
  }
  for (const statement of write.statements) yield { op: 'run', ...statement };
  const after = (yield {
    op: 'all',
    sql: `select counter from ${changes} where id = 1`,
    params: [],
  }) as Row[];
  return String(after[0]?.counter);
}

/** The statement that reads the change token. */
export function changeTokenSql(dialect: SqlDialect): string {
  return `select counter from ${dialect.table('changes')} where id = 1`;
}
