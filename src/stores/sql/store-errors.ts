import { ConflictError, LeaktraceError, StoreError, type StoreErrorReason } from '../../errors.js';

/** What a driver's error means: a unique constraint hit, or a store failure of some kind. */
export type DriverErrorKind = 'conflict' | StoreErrorReason;

/**
 * Turns whatever a driver threw into our errors: ours pass through, a unique-constraint
 * violation becomes a {@link ConflictError} (`exists`), anything else a {@link StoreError} with the driver's error as
 * `cause` and a `reason` from `classify`.
 */
export function storeFailure(
  store: string,
  what: string,
  error: unknown,
  classify: (error: unknown) => DriverErrorKind,
): LeaktraceError {
  if (error instanceof LeaktraceError) return error;
  const kind = classify(error);
  if (kind === 'conflict') {
    return new ConflictError(`[${store}] ${what}: the id already exists`, { reason: 'exists', cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(store, `${what}: ${message}`, { cause: error, reason: kind });
}
