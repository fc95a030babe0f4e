import { z } from 'zod';
import {
  ConfigError,
  isValidationError,
  type LeaktraceIssue,
  RecordManyError,
  StoreError,
  validationError,
} from './errors.js';
import { parseConfig } from './schemas/common.js';
import type { Store, StoredContact } from './stores/store.js';
import type { RecordedItem, RecordManyProgress, RecordManySummary, Rejection, Verdict } from './types.js';
import { VERDICTS } from './types.js';

/** Options of `tracer.recordMany()`. */
export interface RecordManyOptions {
  /**
   * The function called after each batch with the counts so far. If it throws, the import goes
   * on without calling it again, and ends with a `RecordManyError` carrying the full summary.
   */
  readonly onProgress?: (progress: RecordManyProgress) => void;
  /**
   * The function called after each batch with what became of each of its items: stored new, or
   * a duplicate (already stored, or repeated in the input: the stored contact keeps its first
   * reading, and the item shows this one's). Lets an importer tell why contacts got their
   * verdicts, or that a file read again gives other times. If it throws, it is not called
   * again, and the import ends with a `RecordManyError` as for `onProgress`.
   */
  readonly onRecorded?: (items: readonly RecordedItem[]) => void;
  /** The contacts written per store batch; 500 when omitted, at most 100,000. */
  readonly batchSize?: number;
  /**
   * All or nothing: every item is read and checked first (held in memory), then all are written
   * in one store call (one transaction in the SQL stores). A rejected item, or the input
   * failing, throws and writes nothing. For strict imports; `batchSize` is then ignored.
   */
  readonly atomic?: boolean;
  /**
   * The function called with each rejected item, as it is rejected: the way to see every
   * rejection of a large import without holding them. If it throws, the import goes on without
   * calling it again, and ends with a `RecordManyError` carrying the full summary.
   */
  readonly onReject?: (rejection: Rejection) => void;
  /**
   * The most rejections `summary.rejected` holds (the first ones); `summary.rejectedCount`
   * counts them all. 1,000 when omitted, so an import of millions of bad rows stays in bounded
   * memory; `Infinity` keeps every one.
   */
  readonly keepRejections?: number;
  /**
   * Read again: a contact whose id is already stored is replaced by this reading (its time,
   * numbers and verdict), instead of being skipped as a duplicate; `summary.replaced` counts
   * them. How a wrong import (read in another zone, without the owner number) is corrected:
   * import the same file again with the right options and `replace: true`. Each batch is one
   * transaction (with `atomic`, the whole input). Needs a store with `replaceContacts`.
   */
  readonly replace?: boolean;
}

const recordManyOptionsSchema = z.strictObject({
  onProgress: z
    .custom<(progress: RecordManyProgress) => void>((v) => typeof v === 'function', {
      message: 'must be a function',
    })
    .optional(),
  onRecorded: z
    .custom<(items: readonly RecordedItem[]) => void>((v) => typeof v === 'function', {
      message: 'must be a function',
    })
    .optional(),
  batchSize: z.number().int().min(1).max(100_000).optional(),
  atomic: z.boolean().optional(),
  replace: z.boolean().optional(),
  onReject: z
    .custom<(rejection: Rejection) => void>((v) => typeof v === 'function', {
      message: 'must be a function',
    })
    .optional(),
  keepRejections: z
    .union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.literal(Number.POSITIVE_INFINITY)])
    .optional(),
});

/** The default of `keepRejections`: enough to show and fix a bad file, bounded for a huge one. */
const KEEP_REJECTIONS = 1000;

/** What `recordMany` needs from its tracer. */
export interface RecordManyContext {
  /** The store written to. */
  readonly store: Store;
  /** Validates one item and computes its result; throws a ValidationError for a bad item. */
  readonly prepare: (item: unknown) => Promise<StoredContact>;
  /** Maps a store failure to our error. */
  readonly storeFailure: (error: unknown) => never;
  /** Brings the tracer's view of the store up to date; called before each batch is evaluated. */
  readonly refresh?: () => Promise<void>;
  /** Called after each batch with the records newly stored (events, case watching). */
  readonly onInserted?: (records: readonly StoredContact[]) => Promise<void>;
}

/** The store's error as our StoreError (the context maps driver errors; ours pass through). */
function asStoreError(error: unknown, storeFailure: (error: unknown) => never): StoreError {
  if (error instanceof StoreError) return error;
  try {
    storeFailure(error);
  } catch (mapped) {
    if (mapped instanceof StoreError) return mapped;
    throw mapped;
  }
  throw error;
}

/** Whether a thrown value is a store's failure (ours, or one a custom store threw with our code). */
const isStoreFailure = (error: unknown): boolean =>
  error instanceof StoreError || (error as { code?: unknown })?.code === 'store_failed';

/**
 * Runs a store call, and once more when it failed because the server went away (`unavailable`:
 * a connection the server ended); the pool hands out a fresh connection for the second try.
 * Only for calls that are safe to repeat (reads, and appends, which are idempotent by id).
 */
async function retryOnce<T>(call: () => Promise<T>, storeFailure: (error: unknown) => never): Promise<T> {
  try {
    return await call();
  } catch (error) {
    let failure: unknown = error;
    try {
      failure = asStoreError(error, storeFailure);
    } catch {
      // Not a store's error: no retry.
    }
    if (!(failure instanceof StoreError) || failure.reason !== 'unavailable') throw error;
    return await call();
  }
}

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

/** Opens the input's iterator, async first; anything that is not an iterable is a bad input. */
function openIterator(items: unknown): AnyIterator {
  const refuse = (message: string) => validationError('items', 'not_iterable', message);
  if (items === null || typeof items !== 'object') {
    throw refuse('must be an iterable or async iterable of contacts');
  }
  let iterator: unknown;
  try {
    const source = items as Partial<AsyncIterable<unknown> & Iterable<unknown>>;
    const open: unknown = source[Symbol.asyncIterator] ?? source[Symbol.iterator];
    if (typeof open !== 'function') throw refuse('must be an iterable or async iterable of contacts');
    iterator = (open as (this: unknown) => unknown).call(items);
  } catch (error) {
    if (isValidationError(error)) throw error;
    throw validationError('items', 'unreadable', `could not be iterated: ${(error as Error)?.message}`);
  }
  if (
    iterator === null ||
    typeof iterator !== 'object' ||
    typeof (iterator as AnyIterator).next !== 'function'
  )
    throw refuse('its iterator has no next()');
  return iterator as AnyIterator;
}

const recordedItem = (index: number, duplicate: boolean, record: StoredContact): RecordedItem => ({
  index,
  duplicate,
  contact: record.contact,
  verdict: record.result.verdict,
  confidence: record.result.confidence,
  reason: record.result.reason,
  sources: record.result.sources,
});

/** A short rendering of a value in a message (an iterator result, say). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'symbol' || typeof value === 'bigint') return value.toString();
  return String(value);
}

/**
 * The undefined items in a row after which an iterator that never says `done` is taken as
 * broken: no contact is `undefined`, so such a run is no import, and reading on would loop for ever.
 */
const MAX_UNDEFINED_RUN = 10_000;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Records many contacts in batches. Each bad item is rejected alone with its index and reason;
 * an id repeated in the input or already stored counts as a duplicate. When the input itself
 * fails (its iterator throws), what was read is stored first and the call rejects with a
 * {@link RecordManyError} saying how much; a throwing `onProgress` loses nothing either.
 *
 * @throws ValidationError when `items` is not iterable, or (`bad_iterator`) its iterator gives a
 *   result that is not an object before the first item; nothing is written.
 * @throws RecordManyError when the iterator breaks the protocol later (a result that is not an
 *   object, or 10,000 undefined items in a row without `done`): what was read is stored.
 * @throws ConfigError when an option is invalid; nothing is written.
 * @throws RecordManyError when the input failed after its first item (its `cause` is the
 *   input's error) or `onProgress` threw; the input's own error when it failed at once.
 * @throws RecordManyError (`atomic`) when any item was rejected: nothing was written, and
 *   `summary.rejected` lists them; the input's own error when it failed (nothing written).
 * @throws StoreError when the store failed; earlier batches stay stored.
 */
export async function recordMany(
  context: RecordManyContext,
  items: unknown,
  options?: RecordManyOptions,
): Promise<RecordManySummary> {
  const {
    onProgress,
    onRecorded,
    onReject,
    keepRejections = KEEP_REJECTIONS,
    batchSize: perBatch = 500,
    atomic = false,
    replace = false,
  } = parseConfig(recordManyOptionsSchema, options === undefined ? {} : options);
  const store = context.store;
  if (replace && typeof store.replaceContacts !== 'function')
    throw new ConfigError(`replace: the ${store.name} store cannot replace contacts (no replaceContacts)`, {
      issues: [{ code: 'unsupported', path: 'replace', message: 'the store cannot replace contacts' }],
    });
  /** Writes records: appended (a stored id is skipped), or replacing stored ones. */
  const write = (records: StoredContact[]): Promise<boolean[]> =>
    replace ? store.replaceContacts!(records) : store.appendContacts(records);
  const batchSize = atomic ? Number.POSITIVE_INFINITY : perBatch;
  const iterator = openIterator(items);
  const rejected: Rejection[] = [];
  let rejectedCount = 0;
  let callbackError: { name: string; error: unknown } | undefined;
  /** Counts a rejection, keeps the first `keepRejections`, and hands it to `onReject`. */
  const reject = (rejection: Rejection): void => {
    rejectedCount++;
    if (rejected.length < keepRejections) rejected.push(rejection);
    if (onReject === undefined || callbackError !== undefined) return;
    try {
      onReject(rejection);
    } catch (error) {
      // The callback is the caller's, not the import's: stop calling it, keep every contact.
      callbackError = { name: 'onReject', error };
    }
  };
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let total = 0;
  let inserted = 0;
  let duplicates = 0;
  let replaced = 0;
  let batch: StoredContact[] = [];
  // The input position of each record of the batch, to reject one by its index.
  let positions: number[] = [];
  let batchIds = new Set<string>();
  // Items repeated within the batch: duplicates the store never sees.
  let repeats: RecordedItem[] = [];
  // Whether the tracer's view was refreshed for the batch being filled.
  let refreshed = false;
  const summary = (): RecordManySummary => ({
    total,
    inserted,
    duplicates,
    rejected: [...rejected],
    rejectedCount,
    verdicts: { ...verdicts },
    ...(replace ? { replaced } : {}),
  });
  /**
   * Appends a batch. When the store refuses it for what one record holds (a `failed` write, not
   * an unreachable or closed store), the records are written one at a time, so one bad record is
   * rejected by its index and never costs the others: `undefined` marks it. When every record is
   * refused alone as well, the store itself is failing and its error is thrown; so it is with
   * `atomic`.
   */
  const appendBatch = async (records: StoredContact[]): Promise<(boolean | undefined)[]> => {
    try {
      // Appends are idempotent by id: a batch cut off by a lost connection is sent once more.
      return await retryOnce(() => write(records), context.storeFailure);
    } catch (error) {
      const failure = asStoreError(error, context.storeFailure);
      if (failure.reason !== 'failed') throw failure;
      // All or nothing: a refused write writes nothing, record by record neither.
      if (atomic || records.length === 1) throw failure;
      const flags: (boolean | undefined)[] = [];
      const refused: Rejection[] = [];
      for (const [i, record] of records.entries()) {
        try {
          flags.push(...(await write([record])));
        } catch (one) {
          const single = asStoreError(one, context.storeFailure);
          if (single.reason !== 'failed') throw single;
          flags.push(undefined);
          refused.push({
            index: positions[i]!,
            reason: single.message,
            issues: [{ code: 'store_refused', path: '', message: single.message }],
          });
        }
      }
      // Every record refused alone too: the store is failing, not one record.
      if (refused.length === records.length) throw failure;
      for (const rejection of refused) reject(rejection);
      return flags;
    }
  };
  const flush = async (): Promise<void> => {
    if (batch.length > 0) {
      const flags = await appendBatch(batch);
      const fresh: StoredContact[] = [];
      const items: RecordedItem[] = [];
      flags.forEach((isNew, i) => {
        if (isNew === undefined) return;
        if (isNew) {
          inserted++;
          verdicts[batch[i]!.result.verdict]++;
          fresh.push(batch[i]!);
        } else if (replace) {
          replaced++;
          fresh.push(batch[i]!);
        } else duplicates++;
        if (onRecorded) items.push(recordedItem(positions[i]!, !isNew && !replace, batch[i]!));
      });
      if (fresh.length > 0) await context.onInserted?.(fresh);
      if (onRecorded) report('onRecorded', () => onRecorded([...items, ...repeats]));
    } else if (onRecorded && repeats.length > 0) report('onRecorded', () => onRecorded(repeats));
    batch = [];
    positions = [];
    batchIds = new Set();
    repeats = [];
    refreshed = false;
    settled = summary();
    if (onProgress !== undefined)
      report('onProgress', () =>
        onProgress({ processed: total, inserted, duplicates, rejected: rejectedCount }),
      );
  };
  /** Calls one of the caller's callbacks: the first throw stops them all, and keeps every contact. */
  const report = (name: 'onProgress' | 'onRecorded', call: () => void): void => {
    if (callbackError !== undefined) return;
    try {
      call();
    } catch (error) {
      // The callback is the caller's, not the import's: stop calling it, keep every contact.
      callbackError = { name, error };
    }
  };
  // What is settled for good: the counts after the last batch the store acknowledged.
  let settled: RecordManySummary = summary();
  /**
   * Ends the call on a store failure: the StoreError itself when nothing was settled yet,
   * otherwise a RecordManyError whose summary is exactly what the store acknowledged (items from
   * `summary.total` on are to be read again).
   */
  const storeStopped = (error: unknown): unknown => {
    if (settled.total === 0 || atomic || error instanceof RecordManyError) return error;
    if (!isStoreFailure(error)) return error;
    return new RecordManyError(
      `recordMany: the store failed after ${settled.total} items were settled (${describe(error)}); ${settled.inserted} contacts stored, ${settled.duplicates} duplicates, ${settled.rejectedCount} rejected. Resume from item ${settled.total}.`,
      settled,
      { cause: error },
    );
  };
  const close = async (): Promise<void> => {
    try {
      await iterator.return?.();
    } catch {
      // The input is already failing or done; its clean-up error adds nothing.
    }
  };

  // Undefined items in a row: an iterator that returns `{}` (never `done`) for ever is broken.
  let undefinedRun = 0;
  // The protocol violation found, when the iterator broke it (not an error it threw itself).
  let broken: TypeError | undefined;
  const protocolError = (message: string): TypeError => {
    broken = new TypeError(message);
    return broken;
  };
  for (;;) {
    let item: unknown;
    try {
      const step: unknown = await iterator.next();
      // The iteration protocol (ECMA-262 IteratorNext): a result that is not an object is a
      // TypeError, as `for…of` throws; reading `done` of it would loop for ever.
      if (step === null || (typeof step !== 'object' && typeof step !== 'function')) {
        throw protocolError(`Iterator result ${describeValue(step)} is not an object`);
      }
      if ((step as IteratorResult<unknown>).done) break;
      item = (step as IteratorResult<unknown>).value;
      undefinedRun = item === undefined ? undefinedRun + 1 : 0;
      if (undefinedRun > MAX_UNDEFINED_RUN) {
        throw protocolError(
          `the iterator gave ${MAX_UNDEFINED_RUN} undefined items in a row without ending (done never true)`,
        );
      }
    } catch (error) {
      // Failing before the first item (a missing file, say), or all or nothing, it stored
      // nothing: its own error says all there is to say; a broken iterator is a bad input.
      if ((total === 0 || atomic) && error === broken) {
        throw validationError(
          'items',
          'bad_iterator',
          `its iterator broke the iteration protocol: ${(error as TypeError).message}`,
        );
      }
      if (total === 0 || atomic) throw error;
      try {
        await flush();
      } catch (failure) {
        throw storeStopped(failure);
      }
      const counts = summary();
      throw new RecordManyError(
        `recordMany: the input failed after ${total} items (${describe(error)}); ${counts.inserted} contacts stored, ${counts.duplicates} duplicates, ${counts.rejectedCount} rejected. Resume from item ${total}.`,
        counts,
        { cause: error },
      );
    }
    const position = total++;
    if (!refreshed) {
      try {
        await retryOnce(async () => context.refresh?.(), context.storeFailure);
      } catch (error) {
        await close();
        throw storeStopped(error);
      }
      refreshed = true;
    }
    try {
      const record = await context.prepare(item);
      if (batchIds.has(record.contact.id)) {
        duplicates++;
        if (onRecorded) repeats.push(recordedItem(position, true, record));
      } else {
        batchIds.add(record.contact.id);
        batch.push(record);
        positions.push(position);
      }
    } catch (error) {
      const issues: readonly LeaktraceIssue[] = isValidationError(error)
        ? error.issues
        : [{ code: 'unreadable', path: '', message: describe(error) }];
      reject({
        index: position,
        reason: isValidationError(error) ? error.message : describe(error),
        issues,
      });
    }
    if (batch.length >= batchSize) {
      try {
        await flush();
      } catch (error) {
        await close();
        throw storeStopped(error);
      }
    }
  }
  if (atomic && rejectedCount > 0) {
    const first = rejected[0] ?? { index: -1, reason: 'not kept (keepRejections: 0)' };
    throw new RecordManyError(
      `recordMany: ${rejectedCount} of ${total} items rejected, nothing written (all or nothing); first: item ${first.index}: ${first.reason}`,
      summary(),
    );
  }
  try {
    await flush();
  } catch (error) {
    throw storeStopped(error);
  }
  if (callbackError !== undefined) {
    const counts = summary();
    throw new RecordManyError(
      `recordMany: ${callbackError.name} threw (${describe(callbackError.error)}); every item was still read: ${counts.inserted} contacts stored, ${counts.duplicates} duplicates, ${counts.rejectedCount} rejected.`,
      counts,
      { cause: callbackError.error },
    );
  }
  return summary();
}
