import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Another process acts between the store's look at the path and its exclusive create: the mock
// runs `before` just ahead of the first `openSync(path, 'wx')`, so the race happens every time.
const race = vi.hoisted(() => ({ before: undefined as ((path: string) => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: string, flags?: unknown, mode?: unknown) => {
    if (flags === 'wx' && race.before) {
      const act = race.before;
      race.before = undefined;
      act(path);
    }
    return (fs.openSync as (...a: unknown[]) => number)(path, flags, mode);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

const { createTracer } = await import('../../src/index.js');
const { sqliteStore } = await import('../../src/stores/sqlite.js');

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-open-race-'));

describe('two processes opening one new SQLite store at once', () => {
  it('opens the store when the other process created the empty file first (no EEXIST)', async () => {
    const path = join(dir, 'empty-first.db');
    race.before = (p) => writeFileSync(p, '', { mode: 0o600 });
    const tracer = await createTracer({ store: sqliteStore({ path }) });
    await tracer.addSource({ name: 'Hilton' });
    expect((await tracer.listSources()).map((s) => s.name)).toEqual(['Hilton']);
    await tracer.close();
    expect(race.before).toBeUndefined();
  });

  it("opens the store when the other process had already made it a store, keeping the other's rows", async () => {
    const path = join(dir, 'store-first.db');
    // The other process's store, made aside and moved into place in between.
    const first = await createTracer({ store: sqliteStore({ path }) });
    await first.addSource({ name: 'Marriott' });
    await first.close();
    renameSync(path, `${path}.made`);
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    race.before = (p) => renameSync(`${p}.made`, p);
    const tracer = await createTracer({ store: sqliteStore({ path }) });
    await tracer.addSource({ name: 'Hilton' });
    expect((await tracer.listSources()).map((s) => s.name).sort()).toEqual(['Hilton', 'Marriott']);
    await tracer.close();
  });

  it('still refuses a non-database file another process put there in between, untouched', async () => {
    const path = join(dir, 'text-first.db');
    race.before = (p) => writeFileSync(p, 'not a database\n', { mode: 0o644 });
    const error = await createTracer({ store: sqliteStore({ path }) }).then(
      async (t) => {
        await t.listSources();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'StoreError', reason: 'not_a_database', path });
  });
});
