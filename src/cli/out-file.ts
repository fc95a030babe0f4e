import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { badInput, CliError, EXIT } from './errors.js';
import { t } from './i18n.js';

/** `--out -` means standard output, as in most command-line tools. */
export const STDOUT = '-';

/** Whether an `--out` value asks for standard output (absent, or `-`). */
export const toStdout = (out: string | undefined): out is undefined | '-' =>
  out === undefined || out === STDOUT;

const statOrUndefined = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    const why = t().out.why[code ?? ''];
    if (why !== undefined) throw badInput(t().out.failed(path, why), { file: path, cause: error });
    throw badInput(t().out.other(path, (error as Error).message), { file: path, cause: error });
  }
};

/** The error of a failed write or mkdir, naming the path and what the system said, with an exit code. */
function writeFailure(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why = t().out.why[code];
  const message =
    why === undefined
      ? t().out.other(path, error instanceof Error ? error.message : String(error))
      : t().out.failed(path, why);
  // A full disk or a read-only file system is the machine's state, not the user's input.
  const exitCode = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS' ? EXIT.store : EXIT.input;
  return new CliError(exitCode, message, { file: path, cause: error });
}

/**
 * Checks where `--out <file>` would write before any work is done: the folder must exist and be
 * a folder, and the path must not be a folder, FIFO, socket or device. Returns the path.
 *
 * @param path - The `--out` value (not `-`).
 * @throws CliError (exit 2) naming the path and the problem.
 */
export function checkOutFile(path: string): string {
  if (path === '') throw badInput(t().out.empty);
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw badInput(t().out.isFolder(path), { file: path });
  if (existing !== undefined && !existing.isFile()) throw badInput(t().out.notRegular(path), { file: path });
  const folder = dirname(resolve(path));
  const parent = statOrUndefined(folder);
  if (parent === undefined) throw badInput(t().out.noFolder(path, folder), { file: path });
  if (!parent.isDirectory()) throw badInput(t().out.notFolder(path, folder), { file: path });
  return path;
}

/**
 * Writes a whole file with mode 0600, atomically: the text goes to a temporary file beside it,
 * is synced, then renamed over the target, so a full disk or a crash never leaves a cut file
 * (and an existing file keeps its old content on failure).
 *
 * @param path - The file to write (checked with {@link checkOutFile} first).
 * @param text - The content.
 * @throws CliError naming the path: exit 2 for a bad path or permission, 3 for a full disk or a
 *   read-only file system.
 */
export function writeOutFile(path: string, text: string): void {
  checkOutFile(path);
  // A link to a file is written through: the file it points to is replaced, the link stays.
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    // Not there yet: created.
  }
  const temporary = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o600);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw writeFailure(path, error);
  }
}

/**
 * Makes sure `--out <folder>` exists, creating the missing folders one by one (mode 0700).
 * Unlike a recursive `mkdir`, it never loops on a file system that refuses new folders (`/proc`)
 * and names the part of the path that is a file.
 *
 * @param path - The folder.
 * @param options - `create: false` only checks that the folder exists or could be made.
 * @returns The folder.
 * @throws CliError (exit 2, or 3 for a full or read-only disk) naming the path.
 */
export function ensureOutFolder(path: string, options: { readonly create?: boolean } = {}): string {
  if (path === '') throw badInput(t().out.empty);
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    const stats = statOrUndefined(at);
    if (stats !== undefined) {
      if (!stats.isDirectory()) throw badInput(t().out.notFolder(path, at), { file: path });
      break;
    }
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  if (options.create === false) return path;
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder).isDirectory()) continue;
      throw writeFailure(path, error);
    }
  }
  return path;
}
