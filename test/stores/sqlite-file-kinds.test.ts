import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteStore } from '../../src/stores/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-sqlite-kinds-'));
let n = 0;
const fresh = (name: string): string => join(dir, `${n++}-${name}`);
const isRoot = process.getuid?.() === 0;
const mode = (path: string): string => (statSync(path).mode & 0o7777).toString(8);

/** Opens a store on `path` and returns what its first call rejects with (or 'ok'). */
async function firstUse(path: string): Promise<unknown> {
  const store = sqliteStore({ path });
  try {
    await store.listSources();
    return 'ok';
  } catch (error) {
    return error;
  } finally {
    await store.close();
  }
}

describe('sqliteStore refuses a path that is not a regular file, without touching it', () => {
  it.skipIf(!isRoot)('a character device (a copy of /dev/null) keeps its mode', async () => {
    const path = fresh('null');
    execFileSync('mknod', ['-m', '666', path, 'c', '1', '3']);
    const error = await firstUse(path);
    expect(error).toMatchObject({ name: 'StoreError', reason: 'not_a_database', path });
    expect(String((error as Error).message)).toContain('character device');
    expect(mode(path)).toBe('666');
  });

  it('a FIFO is refused at once instead of blocking the open', async () => {
    const path = fresh('fifo');
    execFileSync('mkfifo', ['-m', '644', path]);
    const started = Date.now();
    const error = await firstUse(path);
    // A blocked open never ends; a loaded machine may be slow: the bound tells the two apart.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(error).toMatchObject({ name: 'StoreError', reason: 'not_a_database', path });
    expect(String((error as Error).message)).toContain('FIFO');
    expect(mode(path)).toBe('644');
  });

  it('a symbolic link to a FIFO is refused the same way', async () => {
    const fifo = fresh('fifo');
    execFileSync('mkfifo', ['-m', '644', fifo]);
    const link = fresh('link');
    symlinkSync(fifo, link);
    expect(await firstUse(link)).toMatchObject({ reason: 'not_a_database', path: link });
    expect(mode(fifo)).toBe('644');
  });

  it('a socket is refused', async () => {
    const path = fresh('sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const error = await firstUse(path);
      expect(error).toMatchObject({ name: 'StoreError', reason: 'not_a_database', path });
      expect(String((error as Error).message)).toContain('socket');
    } finally {
      server.close();
    }
  });

  it('a directory, or a link to one, is refused', async () => {
    const folder = fresh('folder');
    mkdirSync(folder, { mode: 0o755 });
    const link = fresh('link');
    symlinkSync(folder, link);
    for (const path of [folder, link]) {
      const error = await firstUse(path);
      expect(error).toMatchObject({ name: 'StoreError', reason: 'not_a_database', path });
      expect(String((error as Error).message)).toContain('directory');
    }
    expect(mode(folder)).toBe('755');
  });

  it('a dangling symbolic link is a not_found StoreError and creates nothing', async () => {
    const target = fresh('missing-target');
    const link = fresh('link');
    symlinkSync(target, link);
    expect(await firstUse(link)).toMatchObject({ name: 'StoreError', reason: 'not_found', path: link });
    expect(() => statSync(target)).toThrow();
  });

  it("a file with SQLite's header followed by junk keeps its mode and bytes", async () => {
    const path = fresh('junk.sqlite');
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 0x41)]);
    writeFileSync(path, bytes, { mode: 0o644 });
    const error = await firstUse(path);
    expect(error).toMatchObject({ name: 'StoreError' });
    expect(mode(path)).toBe('644');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('a real database behind a symbolic link opens, and only group and other bits are taken off', async () => {
    const path = fresh('real.sqlite');
    new Database(path).close();
    execFileSync('chmod', ['640', path]);
    const link = fresh('link.sqlite');
    symlinkSync(path, link);
    expect(await firstUse(link)).toBe('ok');
    expect(mode(path)).toBe('600');
  });

  it('never adds a permission: a read-only database stays read-only for its owner', async () => {
    const path = fresh('ro.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec('create table leaktrace_meta (key text primary key, value text not null)');
    db.close();
    execFileSync('chmod', ['444', path]);
    await firstUse(path);
    expect(mode(path)).toBe('400');
  });
});
