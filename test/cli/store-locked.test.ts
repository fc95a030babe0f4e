import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

// A store another process holds locked (a second leaktrace import still writing, sqlite3 with a
// transaction open) used to fail with the driver's words, "[sqlite] listSubjects: database is
// locked", untranslated. It is said as what it is and what to do, exit 3, nothing written.
describe('a store locked by another process', () => {
  const cwd = tempFolder();
  let holder: Database.Database;
  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(join(cwd, 'calls.csv'), 'time,number\n2026-11-25 09:15,17012345670\n');
    holder = new Database(join(cwd, 'leaktrace.db'));
    holder.exec('BEGIN EXCLUSIVE');
  }, 30_000);
  afterAll(() => {
    holder.exec('ROLLBACK');
    holder.close();
  });

  it.each([
    [
      'en',
      ['import', 'calls.csv', '--columns', 'at=time,from=number', '--to', '13900139002'],
      /is locked by another process \(another leaktrace command still running, or a program holding it open in a transaction\): wait for it to finish, then run this again/u,
    ],
    [
      'zh-CN',
      ['report', '--out', 'report.html'],
      /被另一个进程锁住了（另一个 leaktrace 命令仍在运行，或有程序在事务中打开着它）：请等它结束后再运行一次/u,
    ],
  ] as const)(
    '%s: %s says so, exit 3',
    async (lang, args, said) => {
      const run = await runBin(cwd, [...args, '--lang', lang]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(said);
      expect(run.stderr).toContain(join(cwd, 'leaktrace.db'));
      expect(run.stderr).not.toMatch(/\[sqlite\]|listSubjects|database is locked/u);
      expect(existsSync(join(cwd, 'report.html'))).toBe(false);
    },
    30_000,
  );

  it('--json gives the store code and the same words', async () => {
    const run = await runBin(cwd, ['analyze', '--json']);
    expect(run.code).toBe(3);
    const { error } = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(error.code).toBe('store_failed');
    expect(error.message).toMatch(/is locked by another process/u);
  }, 30_000);
});
