import { StoreError } from '../../errors.js';

/**
 * Schema migrations shared by the SQL stores, in order. Each entry is the SQL of one version,
 * per dialect; a store applies the missing ones in one transaction and refuses a database whose
 * version is newer than the last one here (written by a newer leaktrace).
 *
 * Every table carries `subject_id` where it has one, so PostgreSQL deployments that outgrow one
 * server can distribute them by subject (Citus `create_distributed_table(…, 'subject_id')`).
 */
export interface Migration {
  readonly version: number;
  readonly sqlite: readonly string[];
  readonly postgres: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sqlite: [
      `create table subjects (id text primary key, created_at integer not null, data text not null)`,
      `create table sources (id text primary key, created_at integer not null, data text not null)`,
      `create table canaries (id text primary key, subject_id text not null, source_id text,
         issued_at integer not null, seq integer not null, data text not null)`,
      `create index canaries_subject on canaries (subject_id, seq)`,
      `create table contacts (id text primary key, subject_id text, at integer not null,
         channel text not null, verdict text not null, contact text not null, result text not null)`,
      `create index contacts_subject_at on contacts (subject_id, at)`,
      `create index contacts_at on contacts (at)`,
    ],
    postgres: [
      `create table leaktrace_subjects (id text primary key, created_at timestamptz not null, data jsonb not null)`,
      `create table leaktrace_sources (id text primary key, created_at timestamptz not null, data jsonb not null)`,
      `create table leaktrace_canaries (subject_id text not null, id text not null, source_id text,
         issued_at timestamptz not null, seq bigserial, data jsonb not null, primary key (subject_id, id))`,
      `create unique index leaktrace_canaries_id on leaktrace_canaries (id)`,
      `create table leaktrace_contacts (subject_key text not null, id text not null, at timestamptz not null,
         channel text not null, verdict text not null, contact jsonb not null, result jsonb not null,
         primary key (subject_key, id))`,
      `create unique index leaktrace_contacts_id on leaktrace_contacts (id)`,
      `create index leaktrace_contacts_subject_at on leaktrace_contacts (subject_key, at)`,
      `create index leaktrace_contacts_at on leaktrace_contacts (at)`,
    ],
  },
  {
    // Labels name callers the user knows are one actor; few, and shared by all subjects (a
    // Citus reference table).
    version: 2,
    sqlite: [`create table labels (id text primary key, created_at integer not null, data text not null)`],
    postgres: [
      `create table leaktrace_labels (id text primary key, created_at timestamptz not null, data jsonb not null)`,
    ],
  },
  {
    // Cases follow a leak to an answer: one document each (letters and replies inside), listed
    // by opening time. Notices record the events already fired, once per store, so several
    // processes on one database never announce one overdue case twice. Both are few and shared
    // by all subjects (Citus reference tables).
    version: 3,
    sqlite: [
      `create table cases (id text primary key, created_at integer not null, data text not null)`,
      `create table notices (key text primary key, at integer not null)`,
    ],
    postgres: [
      `create table leaktrace_cases (id text primary key, created_at timestamptz not null, data jsonb not null)`,
      `create table leaktrace_notices (key text primary key, at timestamptz not null)`,
    ],
  },
];

/** The newest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * The migrations a database at `current` still needs, in order.
 *
 * @throws StoreError when the database is newer than this code (written by a newer leaktrace).
 */
export function pendingMigrations(current: number, store: 'sqlite' | 'postgres'): Migration[] {
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      store,
      `the database has schema version ${current}; this leaktrace knows ${SCHEMA_VERSION}. Upgrade leaktrace.`,
      { reason: 'newer_schema' },
    );
  }
  return MIGRATIONS.filter((m) => m.version > current);
}
