import type { StoredContact } from '../stores/store.js';
import type { Canary, Source, Subject } from '../types.js';

/** What the analysis reads: the store's contents in scope, and the period analysed. */
export interface Stored {
  readonly subjects: readonly Subject[];
  readonly sources: readonly Source[];
  readonly canaries: readonly Canary[];
  /** The contacts in the period (the caller filters them by `from` and `until`). */
  readonly contacts: readonly StoredContact[];
  /**
   * The start of the analysed period, when one was asked for: exposure (canary-days) and the
   * background's watch are counted from here, not from each canary's issue date.
   */
  readonly from?: Date | undefined;
  /** The end of the analysed period: exposure (canary-days) is counted up to here. */
  readonly until: Date;
}
