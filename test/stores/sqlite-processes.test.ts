// Importers in child processes on one SQLite file: killed mid-way and resumed, and two at once.
// Apart from sqlite.test.ts so that the second run, of the tests that read calendar time, does
// not repeat them (see test/zone-run.ts): nothing here reads a calendar.
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-sqlite-'));
let n = 0;
const freshPath = (): string => join(dir, `db-${n++}.sqlite`);

describe('sqliteStore in several processes', () => {
  it('loses no acknowledged batch and duplicates nothing when an import is killed and resumed', async () => {
    const path = freshPath();
    const worker = new URL('./sqlite-import-worker.ts', import.meta.url).pathname;
    const total = 100_000;
    const child = fork(worker, [path, String(total)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let acknowledged = 0;
    await new Promise<void>((resolve) => {
      child.on('message', (m: { inserted: number }) => {
        acknowledged = m.inserted;
        // Kill mid-way, without warning, once a good part is in.
        if (acknowledged >= 20_000) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(acknowledged).toBeGreaterThanOrEqual(20_000);
    expect(acknowledged).toBeLessThan(total);
    const db = new Database(path, { readonly: true });
    const afterCrash = (db.prepare('select count(*) as n from contacts').get() as { n: number }).n;
    db.close();
    expect(afterCrash).toBeGreaterThanOrEqual(acknowledged);

    // Resume: the same import again, to completion.
    const resumed = fork(worker, [path, String(total)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await new Promise((resolve) => resumed.on('exit', resolve));
    const check = new Database(path, { readonly: true });
    const { n, uniq } = check
      .prepare('select count(*) as n, count(distinct id) as uniq from contacts')
      .get() as {
      n: number;
      uniq: number;
    };
    check.close();
    expect(n).toBe(total);
    expect(uniq).toBe(total);
  }, 240_000);

  it('lets two processes record into one file at once without error or loss', async () => {
    const path = freshPath();
    const worker = new URL('./sqlite-import-worker.ts', import.meta.url).pathname;
    const runWorker = (offset: number) =>
      new Promise<number>((resolve, reject) => {
        const child = fork(worker, [path, '5000', String(offset), '50'], {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`worker exited ${code}`))));
      });
    await Promise.all([runWorker(0), runWorker(1_000_000)]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('select count(*) as n from contacts').get()).toEqual({ n: 10_000 });
    db.close();
  }, 120_000);
});
