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
 * Where a tracer keeps subjects, sources, canaries and contacts. Stores are plain objects
 * returned by factories (`memoryStore()`, `sqliteStore()`, …). Contacts are append-only and
 * idempotent by id: appending an id already stored changes nothing.
 */
export interface Store {
  /** The store's name, e.g. `memory`, used in error messages. */
  readonly name: string;
  /** What the store can do. */
  readonly capabilities: StoreCapabilities;
  /** Stores a new subject. */
  putSubject(subject: Subject): Promise<void>;
  /** Every subject. */
  listSubjects(): Promise<Subject[]>;
  /** Stores a new source. */
  putSource(source: Source): Promise<void>;
  /** Every source. */
  listSources(): Promise<Source[]>;
  /** Stores a canary, or replaces it (when it is retired). */
  putCanary(canary: Canary): Promise<void>;
  /** Every canary, of one subject when given. */
  listCanaries(subjectId?: string): Promise<Canary[]>;
  /**
   * Appends contacts in one batch; ids already stored are skipped.
   *
   * @returns Per record, whether it was newly inserted.
   */
  appendContacts(records: readonly StoredContact[]): Promise<boolean[]>;
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
   * revision (a case without one is at 0), so a write based on a stale read is refused.
   *
   * @returns Whether it was written (always, without `expectedRevision`).
   */
  putCase(record: CaseRecord, expectedRevision?: number): Promise<boolean>;
  /** Every case, oldest first. */
  listCases(): Promise<CaseRecord[]>;
  /**
   * Marks notices as given, each key once per store, so an event fires once even when several
   * processes see its cause.
   *
   * @returns Per key, whether it was new.
   */
  markNotices(keys: readonly string[], at: Date): Promise<boolean[]>;
  /** Releases the store's resources. */
  close(): Promise<void>;
}
