import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutFile, ensureOutFolder, toStdout, writeOutFile } from '../../src/cli/out-file.js';
import { tempFolder } from './run-bin.js';

const isRoot = process.getuid?.() === 0;

describe('--out <file>', () => {
  it('`-` and no --out mean standard output', () => {
    expect(toStdout('-')).toBe(true);
    expect(toStdout(undefined)).toBe(true);
    expect(toStdout('./-')).toBe(false);
  });

  it('writes a new file with mode 0600, and replaces an existing one (its mode tightened)', () => {
    const dir = tempFolder();
    const path = join(dir, 'report.html');
    writeOutFile(path, 'one');
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o644);
    writeOutFile(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('writes through a link to a file, keeping the link', () => {
    const dir = tempFolder();
    const target = join(dir, 'real.csv');
    writeFileSync(target, 'old');
    const link = join(dir, 'link.csv');
    symlinkSync(target, link);
    writeOutFile(link, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(link).isFile()).toBe(true);
  });

  const refused: [string, (dir: string) => string, RegExp][] = [
    ['a folder', (dir) => dir, /is a folder/u],
    [
      'a path through a file',
      (dir) => {
        writeFileSync(join(dir, 'file'), '');
        return join(dir, 'file', 'report.html');
      },
      /is a file, not a folder|not a folder/u,
    ],
    ['a missing folder', (dir) => join(dir, 'missing', 'report.html'), /does not exist/u],
    [
      'a FIFO',
      (dir) => {
        const path = join(dir, 'fifo');
        execFileSync('mkfifo', [path]);
        return path;
      },
      /not a regular file/u,
    ],
    ['a device', () => '/dev/null', /not a regular file/u],
    ['an empty path', () => '', /empty/u],
  ];
  it.each(refused)('refuses %s before any work, with exit 2 and the path', (_, make, message) => {
    const path = make(tempFolder());
    let error: unknown;
    try {
      checkOutFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'CliError', exitCode: 2, message: expect.stringMatching(message) });
    if (path !== '') expect((error as { file?: string }).file).toBe(path);
  });

  it.skipIf(isRoot)('a read-only folder is a permission error naming the path, and leaves no file', () => {
    const dir = tempFolder();
    const ro = join(dir, 'ro');
    mkdirSync(ro, { mode: 0o500 });
    expect(() => writeOutFile(join(ro, 'report.html'), 'x')).toThrow(/permission denied/u);
    expect(readdirSync(ro)).toEqual([]);
  });

  // A real full disk: a 16 KiB tmpfs, when this process may mount one (root in a container).
  const tiny = ((): string | undefined => {
    if (!isRoot) return undefined;
    const dir = tempFolder();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'ignore' });
      return dir;
    } catch {
      return undefined;
    }
  })();
  afterAll(() => {
    if (tiny) execFileSync('umount', [tiny]);
  });

  it.skipIf(!tiny)('a full disk is exit 3, keeps the old file whole and leaves no temporary file', () => {
    const path = join(tiny!, 'report.html');
    writeFileSync(path, 'kept');
    let error: unknown;
    try {
      writeOutFile(path, 'x'.repeat(200_000));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      exitCode: 3,
      file: path,
      message: expect.stringMatching(/no space left/u),
    });
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(readdirSync(tiny!)).toEqual(['report.html']);
  });
});

describe('--out <folder>', () => {
  it('creates the missing folders one by one, mode 0700', () => {
    const dir = tempFolder();
    const out = join(dir, 'a', 'b', 'letters');
    expect(ensureOutFolder(out)).toBe(out);
    expect(statSync(out).isDirectory()).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    expect(ensureOutFolder(out)).toBe(out);
  });

  it('fails at once on /proc, where a recursive mkdir loops for ever', () => {
    const started = Date.now();
    expect(() => ensureOutFolder('/proc/nope/letters')).toThrow(/\/proc\/nope/u);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a file in the way, naming it, and checks without creating when asked', () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'file'), '');
    expect(() => ensureOutFolder(join(dir, 'file', 'letters'))).toThrow(/not a folder/u);
    const later = join(dir, 'later');
    ensureOutFolder(later, { create: false });
    expect(() => statSync(later)).toThrow();
  });
});
