import { ConfigError, isValidationError } from './errors.js';
import type { Store, StoredContact } from './stores/store.js';
import type { RecordManyProgress, RecordManySummary, Rejection, Verdict } from './types.js';
import { VERDICTS } from './types.js';

/** Options of `tracer.recordMany()`. */
export interface RecordManyOptions {
  /** The function called after each batch with the counts so far. */
  readonly onProgress?: (progress: RecordManyProgress) => void;
  /** The contacts written per store batch; 500 when omitted. */
  readonly batchSize?: number;
}

/** What `recordMany` needs from its tracer. */
export interface RecordManyContext {
  /** The store written to. */
  readonly store: Store;
  /** Validates one item and computes its result; throws a ValidationError for a bad item. */
  readonly prepare: (item: unknown) => Promise<StoredContact>;
  /** Maps a store failure to our error. */
  readonly storeFailure: (error: unknown) => never;
  /** Called after each batch with the records newly stored (events, case watching). */
  readonly onInserted?: (records: readonly StoredContact[]) => Promise<void>;
}

/**
 * Records many contacts in batches: each bad item is rejected alone with its index and reason,
 * an id repeated in the input or already stored counts as a duplicate.
 */
export async function recordMany(
  context: RecordManyContext,
  items: Iterable<unknown> | AsyncIterable<unknown>,
  options: RecordManyOptions = {},
): Promise<RecordManySummary> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new ConfigError('batchSize: must be a positive integer');
  const rejected: Rejection[] = [];
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let total = 0;
  let inserted = 0;
  let duplicates = 0;
  let batch: StoredContact[] = [];
  let batchIds = new Set<string>();
  const flush = async (): Promise<void> => {
    if (batch.length > 0) {
      const flags = await context.store.appendContacts(batch).catch(context.storeFailure);
      const fresh: StoredContact[] = [];
      flags.forEach((isNew, i) => {
        if (isNew) {
          inserted++;
          verdicts[batch[i]!.result.verdict]++;
          fresh.push(batch[i]!);
        } else duplicates++;
      });
      if (fresh.length > 0) await context.onInserted?.(fresh);
    }
    batch = [];
    batchIds = new Set();
    options.onProgress?.({ processed: total, inserted, duplicates, rejected: rejected.length });
  };
  for await (const item of items as AsyncIterable<unknown>) {
    const position = total++;
    try {
      const record = await context.prepare(item);
      if (batchIds.has(record.contact.id)) duplicates++;
      else {
        batchIds.add(record.contact.id);
        batch.push(record);
      }
    } catch (error) {
      if (!isValidationError(error)) throw error;
      rejected.push({ index: position, reason: error.message, issues: error.issues });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { total, inserted, duplicates, rejected, verdicts };
}
