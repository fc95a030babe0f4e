import { CommanderError } from 'commander';
import { isLeaktraceError, isStoreError, isValidationError, type LeaktraceIssue } from '../errors.js';
import { t } from './i18n.js';

/** The CLI's exit codes: stable, documented in `leaktrace --help`. */
export const EXIT = { ok: 0, usage: 1, input: 2, store: 3 } as const;

/** An exit code of the CLI. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports as one line and an exit code, with the file and line when known. */
export class CliError extends Error {
  /** The process exit code this failure ends with. */
  readonly exitCode: ExitCode;
  /** The file the failure is about, when there is one. */
  readonly file: string | undefined;
  /** The 1-based line (or record) of `file`, when known. */
  readonly line: number | undefined;
  /** Under `--json`, the command's one document (holding this failure) is already printed. */
  readonly jsonPrinted: boolean;

  constructor(
    exitCode: ExitCode,
    message: string,
    options: {
      file?: string | undefined;
      line?: number | undefined;
      cause?: unknown;
      jsonPrinted?: boolean;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.file = options.file;
    this.line = options.line;
    this.jsonPrinted = options.jsonPrinted === true;
  }
}

/** A bad argument or input value (exit 2). */
export const badInput = (message: string, options?: ConstructorParameters<typeof CliError>[2]): CliError =>
  new CliError(EXIT.input, message, options);

/** A store that cannot be opened, read or written (exit 3). */
export const storeFailure = (message: string, cause?: unknown): CliError =>
  new CliError(EXIT.store, message, { cause });

const PREFIX = /^(?:\[(?:leaktrace|import)\]\s*)+/u;

/** Reads `file`/`line` (or `lineNumber`/`record`) from an importer's error, if it carries them. */
function location(error: unknown): { file?: string; line?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as Record<string, unknown>;
  const file = typeof e.file === 'string' ? e.file : undefined;
  const line = [e.line, e.lineNumber, e.record].find((v): v is number => typeof v === 'number');
  return { ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) };
}

/**
 * Classifies any thrown value into an exit code and one readable line: usage mistakes 1,
 * rejected input 2, store failures 3. Unknown errors count as bad input only when they are
 * file-system errors about the user's file; anything else is a store failure.
 */
export function describeFailure(error: unknown): { exitCode: ExitCode; message: string } {
  if (error instanceof CommanderError) {
    const message = error.message.replace(/^error:\s*/u, '');
    return {
      exitCode: EXIT.usage,
      message: t().errors.says(t().errors.usage(error.code, message) ?? message),
    };
  }
  let exitCode: ExitCode;
  let message = error instanceof Error ? error.message.replace(PREFIX, '') : String(error);
  if (error instanceof CliError) exitCode = error.exitCode;
  else if (isValidationError(error)) exitCode = EXIT.input;
  else if (isStoreError(error) || (isLeaktraceError(error) && error.code === 'store_failed'))
    exitCode = EXIT.store;
  else if (isLeaktraceError(error) && error.code === 'config_invalid') exitCode = EXIT.store;
  else if (isLeaktraceError(error) || (error as { name?: string })?.name === 'ImportError')
    exitCode = EXIT.input;
  else if (['ENOENT', 'EISDIR', 'EACCES'].includes((error as NodeJS.ErrnoException)?.code ?? '')) {
    exitCode = EXIT.input;
    const e = error as NodeJS.ErrnoException;
    const words = t().files;
    message = `${e.path ?? 'file'}: ${e.code === 'ENOENT' ? words.noSuchFile : e.code === 'EISDIR' ? words.isFolder : words.denied}`;
  } else exitCode = EXIT.store;
  const where = error instanceof CliError ? { file: error.file, line: error.line } : location(error);
  if (where.file !== undefined && !message.includes(where.file)) {
    message = `${where.file}${where.line === undefined ? '' : `:${where.line}`}: ${message}`;
  } else if (where.line !== undefined && !/\bline \d+/u.test(message)) {
    message = `${t().files.line(where.line)}: ${message}`;
  }
  return { exitCode, message: t().errors.says(message) };
}

/** What `--json` adds to a failure's line: a stable code, and the library's path and issues. */
export interface FailureDetail {
  /**
   * The stable code: the library's (`validation_failed`, `conflict`, `store_failed`, …), the
   * usage error's (`commander.unknownOption`, …), the file system's (`ENOENT`, `EISDIR`,
   * `EACCES`), else `cli_input` (a value the CLI itself refused) or `cli_store`.
   */
  readonly code: string;
  /** The dotted path of the first offending field (`phones.pool[2]`), when the library names one. */
  readonly path?: string;
  /** Every issue the library found, each with its code, path and English message. */
  readonly issues?: readonly LeaktraceIssue[];
}

/**
 * The machine-readable part of a failure, for `--json`: codes and paths stay English and stable
 * whatever `--lang` says, so a script never parses the message.
 *
 * @param error - Anything thrown.
 * @param exitCode - The exit code {@link describeFailure} gave it.
 * @returns Its code, and the path and issues of a library error that has them.
 */
export function failureDetail(error: unknown, exitCode: ExitCode): FailureDetail {
  if (error instanceof CommanderError) return { code: error.code };
  // A value the CLI refused because the library did: the library's detail.
  if (error instanceof CliError && isLeaktraceError(error.cause)) return failureDetail(error.cause, exitCode);
  if (isLeaktraceError(error)) {
    const { issues, path } = error as { issues?: readonly LeaktraceIssue[]; path?: unknown };
    return {
      code: error.code,
      ...(typeof path === 'string' && path !== '' ? { path } : {}),
      ...(issues !== undefined && issues.length > 0
        ? { issues: issues.map(({ code, path, message }) => ({ code, path, message })) }
        : {}),
    };
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === 'string' && /^E[A-Z]+$/u.test(errno)) return { code: errno };
  return { code: exitCode === EXIT.store ? 'cli_store' : 'cli_input' };
}
