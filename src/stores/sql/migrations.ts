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

/** The tables a tracer caches in memory: a write to any of them moves the change counter. */
const CACHED_TABLES = ['subjects', 'sources', 'canaries', 'labels'] as const;

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
  {
    // Several processes on one database. `changes` holds one counter, bumped by triggers on
    // every write to the tables a tracer caches: a tracer reads it before each verdict and
    // re-reads its caches when it moved. `claims` holds the values that belong to one holder
    // (pool numbers, email aliases, markers), so the database itself refuses a double
    // assignment; it is filled from the rows already stored (the first holder keeps a value
    // two earlier processes both assigned).
    version: 4,
    sqlite: [
      `create table changes (id integer primary key check (id = 1), counter integer not null)`,
      `insert into changes (id, counter) values (1, 0)`,
      ...CACHED_TABLES.flatMap((table) =>
        ['insert', 'update', 'delete'].map(
          (event) =>
            `create trigger ${table}_${event}_changed after ${event} on ${table}
             begin update changes set counter = counter + 1 where id = 1; end`,
        ),
      ),
      `create table claims (key text primary key, owner text not null)`,
      `insert or ignore into claims (key, owner)
         select 'pool:' || p.value, s.id from subjects s, json_each(s.data, '$.phones.pool') p
         order by s.created_at, s.id`,
      `insert or ignore into claims (key, owner)
         select 'email:' || c.subject_id || ':' || json_extract(f.value, '$.exactKey'), c.id
         from canaries c, json_each(c.data, '$.fields') f
         where json_extract(f.value, '$.kind') = 'email' and json_extract(f.value, '$.exactKey') is not null
         order by c.seq`,
      `insert or ignore into claims (key, owner)
         select 'use:' || json_extract(f.value, '$.value'),
                case when c.source_id is null then 'control:' || c.id else 'source' end
         from canaries c, json_each(c.data, '$.fields') f
         where json_extract(f.value, '$.kind') = 'phone'
         order by c.seq`,
      `insert or ignore into claims (key, owner)
         select 'marker:' || c.subject_id || ':' || k.value, c.id
         from canaries c, json_each(c.data, '$.fields') f, json_each(f.value, '$.textKeys') k
         where json_extract(f.value, '$.kind') not in ('email', 'phone', 'name')
         order by c.seq`,
    ],
    postgres: [
      `create table leaktrace_changes (id integer primary key check (id = 1), counter bigint not null)`,
      `insert into leaktrace_changes (id, counter) values (1, 0)`,
      `create function leaktrace_count_change() returns trigger language plpgsql as $$
         begin update leaktrace_changes set counter = counter + 1 where id = 1; return null; end $$`,
      ...CACHED_TABLES.map(
        (table) =>
          `create trigger leaktrace_${table}_changed after insert or update or delete on leaktrace_${table}
           for each statement execute procedure leaktrace_count_change()`,
      ),
      `create table leaktrace_claims (key text primary key, owner text not null)`,
      `insert into leaktrace_claims (key, owner)
         select 'pool:' || p, s.id from leaktrace_subjects s, jsonb_array_elements_text(s.data->'phones'->'pool') p
         order by s.created_at, s.id on conflict do nothing`,
      `insert into leaktrace_claims (key, owner)
         select 'email:' || c.subject_id || ':' || (f->>'exactKey'), c.id
         from leaktrace_canaries c, jsonb_array_elements(c.data->'fields') f
         where f->>'kind' = 'email' and f->>'exactKey' is not null
         order by c.seq on conflict do nothing`,
      `insert into leaktrace_claims (key, owner)
         select 'use:' || (f->>'value'), case when c.source_id is null then 'control:' || c.id else 'source' end
         from leaktrace_canaries c, jsonb_array_elements(c.data->'fields') f
         where f->>'kind' = 'phone'
         order by c.seq on conflict do nothing`,
      `insert into leaktrace_claims (key, owner)
         select 'marker:' || c.subject_id || ':' || k, c.id
         from leaktrace_canaries c, jsonb_array_elements(c.data->'fields') f, jsonb_array_elements_text(f->'textKeys') k
         where f->>'kind' not in ('email', 'phone', 'name')
         order by c.seq on conflict do nothing`,
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
