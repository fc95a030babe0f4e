import type { CaseRecord } from '../cases/case-model.js';
import type { Canary, Contact, Label, RecordResult, Source, Subject } from '../types.js';

/** What a store can do beyond the required methods. New flags default to `false`. */
export interface StoreCapabilities {
  /** A batch of contacts is written all or nothing. */
  readonly transactions: boolean;
  /** Data survives the process. */
  readonly durable: boolean;
}

/** A contact with the match result computed when it was recorded. */
export interface StoredContact {
  readonly contact: Contact;
  readonly result: Omit<RecordResult, 'contact' | 'duplicate'>;
}

/** How to select contacts. Bounds are inclusive of `from`, exclusive of `to`. */
export interface ContactQuery {
  /** Only contacts matched to this subject. */
  readonly subjectId?: string | undefined;
  /** Only contacts at or after this instant. */
  readonly from?: Date | undefined;
  /** Only contacts before this instant. */
  readonly to?: Date | undefined;
}

/**
 * A value that changes whenever another writer changes the store's subjects, sources, canaries
 * or labels; equal tokens mean nothing a tracer caches has changed. Compare with `===` only.
 */
export type ChangeToken = string;

/**
 * What an identity write resolves to: the change token after it, or nothing from a store that
 * keeps no tokens (`void`, so stores written before tokens existed still fit the interface).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a store method returning Promise<void> must still fit.
export type WriteResult = ChangeToken | void;

/** A guard on an identity write: refuse it when the store changed since `expect` was read. */
export interface WriteGuard {
  /** The change token the writer's view of the store reflects. */
  readonly expect: ChangeToken;
}

/**
 * Where a tracer keeps subjects, sources, canaries and contacts. Stores are plain objects
 * returned by factories (`memoryStore()`, `sqliteStore()`, …). Contacts are append-only and
 * idempotent by id: appending an id already stored changes nothing.
 */
export interface Store {
  /** The store's name, e.g. `memory`, used in error messages. */
  readonly name: string;
  /** What the store can do. */
  readonly capabilities: StoreCapabilities;
  /**
   * Stores a new subject and claims its pool numbers: a number in another subject's pool is
   * refused by the store itself.
   *
   * @returns The change token after the write (`void` from stores without tokens).
   * @throws ConflictError `exists` for a stored id, `claimed` (with `key` `pool:<number>`) for a
   *   pool number held by another subject, `stale` when `guard.expect` is outdated; nothing is written.
   */
  putSubject(subject: Subject, guard?: WriteGuard): Promise<WriteResult>;
  /**
   * Replaces a stored subject with its updated form (`tracer.updateSubject()`: the latest details
   * and the earlier periods), claiming any pool number it now holds; claims on numbers it gave up
   * are kept. Optional: a store without it cannot update subjects.
   *
   * @returns The change token after the write (`void` from stores without tokens).
   * @throws ConflictError `missing` for an unknown id, `claimed` (with `key` `pool:<number>`) for a
   *   pool number held by another subject, `stale` when `guard.expect` is outdated; nothing is written.
   */
  updateSubject?(subject: Subject, guard?: WriteGuard): Promise<WriteResult>;
  /** Every subject. */
  listSubjects(): Promise<Subject[]>;
  /**
   * Stores a new source.
   *
   * @returns The change token after the write (`void` from stores without tokens).
   * @throws ConflictError `exists` for a stored id, `stale` when `guard.expect` is outdated.
   */
  putSource(source: Source, guard?: WriteGuard): Promise<WriteResult>;
  /**
   * Replaces a stored source with its updated form (`tracer.updateSource()`: more names or
   * senders). Optional: a store without it cannot update sources.
   *
   * @returns The change token after the write (`void` from stores without tokens).
   * @throws ConflictError `missing` for an unknown id, `stale` when `guard.expect` is outdated;
   *   nothing is written.
   */
  updateSource?(source: Source, guard?: WriteGuard): Promise<WriteResult>;
  /** Every source. */
  listSources(): Promise<Source[]>;
  /**
   * Stores a canary, or replaces it (when it is retired), and claims its values: an email alias
   * or a marker of the subject held by another canary, a control's number issued to anyone, or
   * a number a control holds issued to a source, is refused by the store itself.
   *
   * @returns The change token after the write (`void` from stores without tokens).
   * @throws ConflictError `claimed` (with `key`) or `stale`; nothing is written.
   */
  putCanary(canary: Canary, guard?: WriteGuard): Promise<WriteResult>;
  /** Every canary, of one subject when given. */
  listCanaries(subjectId?: string): Promise<Canary[]>;
  /**
   * Appends contacts in one batch; ids already stored are skipped.
   *
   * @returns Per record, whether it was newly inserted.
   */
  appendContacts(records: readonly StoredContact[]): Promise<boolean[]>;
  /**
   * Stores contacts in one batch (one transaction), replacing any stored contact of the same
   * id with this reading: how a wrong import (another zone, a forgotten owner number) is read
   * again. Optional: a store without it cannot re-read (`recordMany(…, { replace: true })` is
   * then refused).
   *
   * @returns Per record, whether it was new (`false`: it replaced a stored one).
   */
  replaceContacts?(records: readonly StoredContact[]): Promise<boolean[]>;
  /** One contact by id. */
  getContact(id: string): Promise<StoredContact | undefined>;
  /** Contacts in time order. */
  listContacts(query?: ContactQuery): AsyncIterable<StoredContact>;
  /** Stores a new label. */
  putLabel(label: Label): Promise<void>;
  /** Every label, oldest first. */
  listLabels(): Promise<Label[]>;
  /**
   * Removes a label.
   *
   * @returns Whether it existed.
   */
  deleteLabel(id: string): Promise<boolean>;
  /**
   * Stores a case, or replaces it (a case is one document: letters and replies included). With
   * `expectedRevision`, a compare-and-swap: writes only over a stored case still at that
   * revision (a case without one is at 0), so a write based on a stale read is refused; with
   * `'new'`, writes only when no case has its id (one statement, so two processes creating the
   * same id cannot both succeed).
   *
   * @returns Whether it was written (always, without `expectedRevision`).
   */
  putCase(record: CaseRecord, expectedRevision?: number | 'new'): Promise<boolean>;
  /** Every case, oldest first. */
  listCases(): Promise<CaseRecord[]>;
  /**
   * Marks notices as given, each key once per store, so an event fires once even when several
   * processes see its cause.
   *
   * @returns Per key, whether it was new.
   */
  markNotices(keys: readonly string[], at: Date): Promise<boolean[]>;
  /**
   * The current change token, read cheaply (one small query): a tracer reads it before each
   * verdict and re-reads its caches when it changed. Stores without it are taken to be written
   * by one tracer only.
   *
   * @throws StoreError when the store cannot be read.
   */
  changeToken?(): Promise<ChangeToken>;
  /** Releases the store's resources. */
  close(): Promise<void>;
}
