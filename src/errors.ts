/**
 * One issue found in an input: a stable `code`, the `path` of the offending field
 * (`phones.pool[2]`) and a human-readable `message`.
 */
export interface LeaktraceIssue {
  /** The stable, machine-readable reason, e.g. `invalid_phone`. */
  readonly code: string;
  /** The dotted path of the offending field, e.g. `phones.pool[2]`; empty for the input itself. */
  readonly path: string;
  /** The human-readable explanation. */
  readonly message: string;
}

/** The error codes a {@link LeaktraceError} carries, by category. */
export type LeaktraceErrorCode =
  | 'validation_failed'
  | 'conflict'
  | 'pool_exhausted'
  | 'store_failed'
  | 'config_invalid'
  | 'batch_interrupted'
  | 'import_failed';

const PREFIX = '[leaktrace]';

/**
 * The base class of every error leaktrace throws on purpose.
 *
 * @example
 * ```ts
 * try { await tracer.issue(request); } catch (error) {
 *   if (isLeaktraceError(error)) console.error(error.code);
 * }
 * ```
 */
export class LeaktraceError extends Error {
  /** The stable category of the failure. */
  readonly code: LeaktraceErrorCode;

  constructor(code: LeaktraceErrorCode, message: string, options?: { cause?: unknown }) {
    super(`${PREFIX} ${message}`, options);
    this.name = 'LeaktraceError';
    this.code = code;
  }
}

/**
 * An input was rejected. `issues` is never empty; `message` repeats the first issue.
 * Nothing was written when this is thrown.
 */
export class ValidationError extends LeaktraceError {
  /** Every problem found, the first being the one in `message`. */
  readonly issues: readonly [LeaktraceIssue, ...LeaktraceIssue[]];
  /** The path of the first issue, for quick checks. */
  readonly path: string;

  constructor(
    issues: readonly [LeaktraceIssue, ...LeaktraceIssue[]],
    code: LeaktraceErrorCode = 'validation_failed',
  ) {
    const first = issues[0];
    super(code, `${first.path ? `${first.path}: ` : ''}${first.message}`);
    this.name = 'ValidationError';
    this.issues = issues;
    this.path = first.path;
  }
}

/**
 * A case was refused because another one already asks the same target about the same person
 * under the same law, and is not closed. `caseId` names it: log the letter or reply there, or
 * open anyway with `allowDuplicate: true` (or close the other first).
 *
 * @example
 * ```ts
 * try { await tracer.openCase(input); } catch (error) {
 *   if (isCaseExistsError(error)) await tracer.logLetter(error.caseId, { kind: 'reminder' });
 * }
 * ```
 */
export class CaseExistsError extends ValidationError {
  /** The case already open on the same target, subject and law. */
  readonly caseId: string;

  constructor(path: string, message: string, caseId: string) {
    super([{ code: 'case_exists', path, message }], 'conflict');
    this.name = 'CaseExistsError';
    this.caseId = caseId;
  }
}

/**
 * Tells whether a value is a {@link CaseExistsError}.
 *
 * @param error - The caught value.
 * @returns `true` when a case was refused as a second open case on the same target.
 */
export function isCaseExistsError(error: unknown): error is CaseExistsError {
  return error instanceof CaseExistsError || hasName(error, ['CaseExistsError']);
}

/**
 * Why a store failed, for callers that branch on it:
 * - `closed`: the store was closed before the call;
 * - `not_a_database`: the file exists but is not a database of this kind;
 * - `permission_denied`: the file or directory may not be read or written;
 * - `not_found`: the directory (or database) does not exist;
 * - `newer_schema`: the database was written by a newer leaktrace;
 * - `busy`: another process held the lock longer than the timeout;
 * - `unavailable`: the server could not be reached;
 * - `failed`: anything else (the `cause` says what).
 */
export type StoreErrorReason =
  | 'closed'
  | 'not_a_database'
  | 'not_a_leaktrace_store'
  | 'permission_denied'
  | 'not_found'
  | 'newer_schema'
  | 'busy'
  | 'unavailable'
  | 'failed';

/** A store failed to read or write. The `cause` holds the driver's error. */
export class StoreError extends LeaktraceError {
  /** The name of the store that failed, e.g. `memory`. */
  readonly store: string;
  /** Why it failed. */
  readonly reason: StoreErrorReason;
  /** The file the failure is about (a SQLite store's path), when there is one. */
  readonly path?: string;

  constructor(
    store: string,
    message: string,
    options?: { cause?: unknown; reason?: StoreErrorReason; path?: string },
  ) {
    super('store_failed', `[${store}] ${message}`, options);
    this.name = 'StoreError';
    this.store = store;
    this.reason = options?.reason ?? 'failed';
    if (options?.path !== undefined) this.path = options.path;
  }
}

/**
 * Why a store refused a write that would break a rule of the shared data:
 * - `exists`: a record with this id is already stored;
 * - `claimed`: a value that belongs to one holder (a pool number, an email alias, a marker) is
 *   already held by another; `key` names it, e.g. `pool:+8613800138000`;
 * - `stale`: the write was guarded by a change token and another process changed the store
 *   since (re-read the store and decide again);
 * - `missing`: the record to update is not stored.
 */
export type ConflictReason = 'exists' | 'claimed' | 'stale' | 'missing';

/**
 * A store refused a write that conflicts with what it holds. Nothing was written.
 *
 * @example
 * ```ts
 * try { await store.putSubject(subject); } catch (error) {
 *   if (error instanceof ConflictError && error.reason === 'claimed') console.error(error.key);
 * }
 * ```
 */
export class ConflictError extends LeaktraceError {
  /** Why the write was refused. */
  readonly reason: ConflictReason;
  /** The claimed value, for `claimed`. */
  readonly key?: string;

  constructor(message: string, options: { reason: ConflictReason; key?: string; cause?: unknown }) {
    super('conflict', message, options);
    this.name = 'ConflictError';
    this.reason = options.reason;
    if (options.key !== undefined) this.key = options.key;
  }
}

/**
 * Tells whether a value is a {@link ConflictError}.
 *
 * @param error - The caught value.
 * @returns `true` when a store refused a conflicting write.
 */
export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof ConflictError || hasName(error, ['ConflictError']);
}

/** The tracer or a store was configured wrongly (bad option, missing optional package). */
export class ConfigError extends LeaktraceError {
  /** The problems found in the options, each naming its option; empty for a missing package. */
  readonly issues: readonly LeaktraceIssue[];
  /** The path of the first issue, e.g. `defaultRegion`; empty when there is none. */
  readonly path: string;

  constructor(message: string, options?: { cause?: unknown; issues?: readonly LeaktraceIssue[] }) {
    super('config_invalid', message, options);
    this.name = 'ConfigError';
    this.issues = options?.issues ?? [];
    this.path = this.issues[0]?.path ?? '';
  }
}

/**
 * `recordMany()` stopped before the end of its input (the iterator threw), or finished but its
 * `onProgress` callback threw. Everything read before the failure was stored; `summary` says
 * what, so an import can resume from item `summary.total`.
 */
export class RecordManyError extends LeaktraceError {
  /** The counts at the moment of the failure: what was read, stored, duplicate and rejected. */
  readonly summary: import('./types.js').RecordManySummary;

  constructor(
    message: string,
    summary: import('./types.js').RecordManySummary,
    options?: { cause?: unknown },
  ) {
    super('batch_interrupted', message, options);
    this.name = 'RecordManyError';
    this.summary = summary;
  }
}

/**
 * A file could not be imported: it is not what its format says (a DTD in an XML backup, bytes
 * that are not UTF-8, a record past the size bound), or a strict import found bad records.
 * `file`, `line`, `record` and `offset` say where, when known.
 */
export class ImportError extends LeaktraceError {
  /** The file being read. */
  readonly file: string;
  /** The 1-based line where the problem starts, when known. */
  readonly line?: number;
  /** The 1-based record number, when known. */
  readonly record?: number;
  /** The 0-based byte offset, when known (encoding errors). */
  readonly offset?: number;

  constructor(
    where: { file: string; line?: number; record?: number; offset?: number },
    message: string,
    options?: { cause?: unknown },
  ) {
    super('import_failed', `[import] ${where.file}: ${message}`, options);
    this.name = 'ImportError';
    this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
    if (where.record !== undefined) this.record = where.record;
    if (where.offset !== undefined) this.offset = where.offset;
  }
}

/**
 * Tells whether a value is an {@link ImportError}.
 *
 * @param error - The caught value.
 * @returns `true` when a file could not be imported.
 */
export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError || hasName(error, ['ImportError']);
}

/** Builds a one-issue {@link ValidationError}. */
export function validationError(
  path: string,
  code: string,
  message: string,
  errorCode: LeaktraceErrorCode = 'validation_failed',
): ValidationError {
  return new ValidationError([{ code, path, message }], errorCode);
}

function hasName(error: unknown, names: readonly string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

/**
 * Tells whether a value is a {@link LeaktraceError}, also across realms (compares `name`).
 *
 * @param error - The caught value.
 * @returns `true` for any error leaktrace threw on purpose.
 */
export function isLeaktraceError(error: unknown): error is LeaktraceError {
  return (
    error instanceof LeaktraceError ||
    hasName(error, [
      'LeaktraceError',
      'ValidationError',
      'StoreError',
      'ConfigError',
      'ImportError',
      'RecordManyError',
      'ConflictError',
      'CaseExistsError',
    ])
  );
}

/**
 * Tells whether a value is a {@link ValidationError}.
 *
 * @param error - The caught value.
 * @returns `true` when an input was rejected.
 */
export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError || hasName(error, ['ValidationError', 'CaseExistsError']);
}

/**
 * Tells whether a value is a {@link StoreError}.
 *
 * @param error - The caught value.
 * @returns `true` when a store failed.
 */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError || hasName(error, ['StoreError']);
}

/**
 * Tells whether a value is a {@link RecordManyError}.
 *
 * @param error - The caught value.
 * @returns `true` when `recordMany()` was interrupted (its `summary` says what was stored).
 */
export function isRecordManyError(error: unknown): error is RecordManyError {
  return error instanceof RecordManyError || hasName(error, ['RecordManyError']);
}

/**
 * Tells whether a value is a {@link ConfigError}.
 *
 * @param error - The caught value.
 * @returns `true` when an option was invalid or an optional package is missing.
 */
export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError || hasName(error, ['ConfigError']);
}
