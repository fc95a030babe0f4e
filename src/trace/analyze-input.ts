import type { StoredContact } from '../stores/store.js';
import type { Canary, Source, Subject } from '../types.js';

/** What the analysis reads: the store's contents in scope, and the instant exposure ends. */
export interface Stored {
  readonly subjects: readonly Subject[];
  readonly sources: readonly Source[];
  readonly canaries: readonly Canary[];
  readonly contacts: readonly StoredContact[];
  /** The end of the analysed period: exposure (canary-days) is counted up to here. */
  readonly until: Date;
}
