import type { Canary } from '../../types.js';
import type { StoredContact } from '../store.js';

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
  /** The contacts column holding the subject id. */
  readonly contactSubject: string;
}

/**
 * An open connection of one dialect: the shared statements through `all`/`run`, and the two
 * writes whose SQL has nothing in common between the dialects.
 */
export interface SqlConnection extends SqlRunner {
  /** Inserts a canary in issue order, or replaces its document when it exists. */
  putCanary(canary: Canary): Promise<void>;
  /** Appends contacts in one transaction; says per record whether it was new. */
  appendContacts(records: readonly StoredContact[]): Promise<boolean[]>;
  /** Releases the connection (never a caller's own database or pool). */
  close(): Promise<void>;
}
