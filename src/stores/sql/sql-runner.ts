import type { Canary } from '../../types.js';
import type { ChangeToken, StoredContact } from '../store.js';
import type { IdentityWrite, Statement } from './identity-write.js';

/** A row as a driver returns it. */
export type Row = Record<string, unknown>;

/** The two statements every SQL store needs, whatever the driver. */
export interface SqlRunner {
  /** Runs a query and returns its rows. */
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** What differs between the SQL dialects in the statements the stores share. */
export interface SqlDialect {
  /** The store's name in errors: `sqlite` or `postgres`. */
  readonly name: 'sqlite' | 'postgres';
  /** The table's name in this dialect (PostgreSQL prefixes `leaktrace_`). */
  table(name: string): string;
  /** The placeholder of the n-th parameter, counted from 1. */
  param(n: number): string;
  /** A JSON document column selected as text. */
  text(column: string): string;
  /** An instant as the dialect binds it. */
  instant(date: Date): unknown;
  /** An integer member of a JSON document column, 0 when absent. */
  jsonInteger(column: string, key: string): string;
  /** Whether contact documents are written with `encodeEscaped` (PostgreSQL's jsonb). */
  readonly escapesContacts: boolean;
  /** The contacts column holding the subject id. */
  readonly contactSubject: string;
  /** The statements that insert a canary in issue order, or replace its document when it exists. */
  putCanary(canary: Canary): Statement[];
}

/**
 * An open connection of one dialect: the shared statements through `all`/`run`, an identity
 * write in one transaction, and the batch append whose SQL has nothing in common between the
 * dialects.
 */
export interface SqlConnection extends SqlRunner {
  /**
   * Runs an identity write ({@link identityWriteSteps}) in one write transaction.
   *
   * @returns The change token after the write.
   */
  identityWrite(write: IdentityWrite): Promise<ChangeToken>;
  /** Appends contacts in one transaction; says per record whether it was new. */
  appendContacts(records: readonly StoredContact[]): Promise<boolean[]>;
  /** Stores contacts in one transaction, replacing stored ones of the same id; says which were new. */
  replaceContacts(records: readonly StoredContact[]): Promise<boolean[]>;
  /** Releases the connection (never a caller's own database or pool). */
  close(): Promise<void>;
}
