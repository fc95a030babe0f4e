import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, spawnBin, tempFolder, zhangWeiInitArgs } from './run-bin.js';

const VALID = zhangWeiInitArgs();
// A shared provider's mailbox as a catch-all domain: refused (shared_provider).
const REJECTED = ['init', '--name', '张伟', '--email', 'zhangwei@gmail.com:domain', '--real', '13800138000'];

describe('leaktrace init on one new path', () => {
  it('a rejected init writes nothing: no file, no -wal, no -shm', async () => {
    const cwd = tempFolder();
    const run = await runBin(cwd, REJECTED);
    expect(run.code).toBe(2);
    expect(readdirSync(cwd).filter((f) => f.startsWith('leaktrace'))).toEqual([]);
  });

  it('regression: of two inits at once, the rejected one never deletes the store the other created', async () => {
    for (let round = 0; round < 2; round++) {
      const cwd = tempFolder();
      const [a, b] = await Promise.all([spawnBin(cwd, VALID), spawnBin(cwd, REJECTED)]);
      expect(b.code, `round ${round}: ${b.stderr}`).toBe(2);
      // The valid one either made the store, or (never here: the rejected one claims nothing)
      // was told it exists; when it said "created", the store is there and holds the person.
      expect(a.code, `round ${round}: ${a.stderr}`).toBe(0);
      expect(existsSync(join(cwd, 'leaktrace.db'))).toBe(true);
      const list = await runBin(cwd, ['subject', 'list', '--json']);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain('张伟');
    }
  }, 180_000);

  it('of two valid inits at once, one creates the store and the other is told it exists', async () => {
    const cwd = tempFolder();
    const runs = await Promise.all([spawnBin(cwd, VALID), spawnBin(cwd, VALID)]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    expect(runs.find((r) => r.code === 2)!.stderr).toMatch(/already exists: use `leaktrace subject add`/u);
    const list = await runBin(cwd, ['subject', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  }, 120_000);
});
