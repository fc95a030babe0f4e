import type { StoredContact } from '../stores/store.js';
import type { Canary, Source, Subject } from '../types.js';
import type { SourceStatus } from './analysis-types.js';

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
  /**
   * Where the background is measured, when it is wider than the analysed subjects: the random
   * contact rate is a property of the numbering environment, not of one person, so an analysis
   * of one subject still fits it on every subject's controls and unissued pool numbers (one
   * person's few lines would give a rate far too low, and ordinary spam would look like a leak).
   * Defaults to `subjects`, `canaries` and `contacts` above.
   */
  readonly backgroundScope?: BackgroundScope | undefined;
  /**
   * Sources proven to have leaked (by an unguessable field or a campaign) on subjects outside
   * this analysis, with the time of their first such evidence (ms). A registrant that leaked
   * other people's records is a known cause of calls on the numbers it holds for this subject,
   * so those calls are explained by it first, as a leaker proven here would explain them.
   */
  readonly provenElsewhere?: ReadonlyMap<string, number> | undefined;
  /**
   * With `from`: each source's status over the whole history up to `until`. A window only
   * narrows which contacts are tested; it must not make weaker evidence look stronger (a spam
   * storm inside one day or week is no rarer than the same storm seen over the whole history),
   * so a status that rests on no unguessable field is never harsher than the whole history's.
   */
  readonly wholeHistory?: ReadonlyMap<string, SourceStatus> | undefined;
}

/** The lines and contacts the background is fitted on. */
export interface BackgroundScope {
  readonly subjects: readonly Subject[];
  readonly canaries: readonly Canary[];
  /** The contacts of the period; only `noise` verdicts are read. */
  readonly contacts: readonly StoredContact[];
}
