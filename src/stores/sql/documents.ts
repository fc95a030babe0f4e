import { decodeCase } from '../../cases/case-codec.js';
import type { CaseRecord } from '../../cases/case-model.js';
import type { Label, Source, Subject } from '../../types.js';
import { decodeLabel, decodeSource, decodeSubject, encode } from './codec.js';
import type { Statement } from './identity-write.js';
import type { SqlDialect, SqlRunner } from './sql-runner.js';

/**
 * A table of JSON documents keyed by id and listed by creation time: `(id, created_at, data)`.
 * Adding such a kind of record to the SQL stores is one entry here plus its migration.
 */
export interface DocumentTable<T extends { readonly id: string }> {
  /** The table's dialect-neutral name. */
  readonly table: string;
  /** Revives a document (dates travel as strings). */
  readonly decode: (json: string) => T;
  /** The instant documents are listed by; `createdAt` when omitted. */
  readonly created?: (value: T) => Date;
}

/** The document tables of the SQL stores. */
export const DOCUMENT_TABLES = {
  subjects: { table: 'subjects', decode: decodeSubject } satisfies DocumentTable<Subject>,
  sources: { table: 'sources', decode: decodeSource } satisfies DocumentTable<Source>,
  labels: { table: 'labels', decode: decodeLabel } satisfies DocumentTable<Label>,
  cases: {
    table: 'cases',
    decode: decodeCase,
    created: (record) => record.openedAt,
  } satisfies DocumentTable<CaseRecord>,
} as const;

/** The statements on one document table, in one dialect. */
export interface Documents<T> {
  /** The statement that inserts a new document; a second id is a conflict. */
  insert(value: T): Statement;
  /**
   * Inserts a document unless one has its id: one statement, so of two writers creating the same
   * id only one succeeds.
   *
   * @returns Whether it was inserted.
   */
  create(db: SqlRunner, value: T): Promise<boolean>;
  /** The query that finds the document with an id (a row when it is stored). */
  exists(id: string): Statement;
  /** The statement that replaces the document with its id (changing no row when there is none). */
  update(value: T): Statement;
  /** Inserts a document, or replaces the one with its id. */
  put(db: SqlRunner, value: T): Promise<void>;
  /**
   * Replaces the document with its id only while its `revision` member is still `expected`
   * (absent counts as 0): one statement, so a concurrent writer cannot slip in between.
   *
   * @returns Whether it was replaced.
   */
  replaceAt(db: SqlRunner, value: T, expected: number): Promise<boolean>;
  /** Every document, oldest first. */
  list(db: SqlRunner): Promise<T[]>;
  /** Deletes a document; says whether it existed. */
  remove(db: SqlRunner, id: string): Promise<boolean>;
}

/** Builds the statements of a document table once per store. */
export function documents<T extends { readonly id: string }>(
  dialect: SqlDialect,
  spec: DocumentTable<T>,
): Documents<T> {
  const created =
    spec.created ?? ((value: T): Date => (value as unknown as { readonly createdAt: Date }).createdAt);
  const table = dialect.table(spec.table);
  const p = (n: number): string => dialect.param(n);
  const insertSql = `insert into ${table} (id, created_at, data) values (${p(1)}, ${p(2)}, ${p(3)})`;
  // One statement in both dialects: SQLite ≥ 3.24 and PostgreSQL ≥ 9.5 share this upsert.
  const putSql = `${insertSql} on conflict (id) do update set created_at = excluded.created_at, data = excluded.data`;
  const createSql = `${insertSql} on conflict (id) do nothing`;
  const listSql = `select ${dialect.text('data')} from ${table} order by created_at, id`;
  const updateSql = `update ${table} set data = ${p(1)} where id = ${p(2)}`;
  const deleteSql = `delete from ${table} where id = ${p(1)}`;
  const replaceSql = `update ${table} set created_at = ${p(1)}, data = ${p(2)} where id = ${p(3)} and ${dialect.jsonInteger('data', 'revision')} = ${p(4)}`;
  return {
    insert: (value) => ({
      sql: insertSql,
      params: [value.id, dialect.instant(created(value)), encode(value)],
    }),
    exists: (id) => ({ sql: `select 1 as found from ${table} where id = ${p(1)}`, params: [id] }),
    update: (value) => ({ sql: updateSql, params: [encode(value), value.id] }),
    async create(db, value) {
      return (await db.run(createSql, [value.id, dialect.instant(created(value)), encode(value)])) === 1;
    },
    async put(db, value) {
      await db.run(putSql, [value.id, dialect.instant(created(value)), encode(value)]);
    },
    async replaceAt(db, value, expected) {
      return (
        (await db.run(replaceSql, [dialect.instant(created(value)), encode(value), value.id, expected])) === 1
      );
    },
    async list(db) {
      return (await db.all(listSql)).map((row) => spec.decode(row.data as string));
    },
    async remove(db, id) {
      return (await db.run(deleteSql, [id])) === 1;
    },
  };
}
