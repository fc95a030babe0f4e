import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smsBackup } from './android-backup.js';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

// `analyze` and `blocklist` spoke of "brk_1", "1 caller(s)" and "1 callers", and of
// "sources" where the demo says "registrants".
describe('leaktrace analyze and blocklist speak plainly', () => {
  const cwd = tempFolder();

  beforeAll(async () => {
    await initZhangWei(cwd);
    await runJson(cwd, ['source', 'add', '链家地产']);
    const canary = await runJson<{ name: string }>(cwd, [
      'issue',
      '链家地产',
      '--phone',
      '13900139001',
      '--at',
      '2026-01-01',
    ]);
    const backup = join(cwd, 'sms.xml');
    writeFileSync(
      backup,
      smsBackup([
        {
          from: '+8616512345678',
          at: new Date('2026-03-01T02:00:00Z'),
          body: `${canary.name}您好，学区房急售`,
        },
      ]),
    );
    const imported = await runBin(cwd, ['import', backup, '--owner', '13900139001']);
    expect(imported.code).toBe(0);
  }, 60_000);

  it('analyze counts registrants and names no internal id', async () => {
    const run = await runBin(cwd, ['analyze', '--to', '2026-06-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 of 1 registrant leaked\.$/mu);
    expect(run.stdout).not.toMatch(/\bbrk_|\(s\)/u);
  });

  it('blocklist counts in the right number', async () => {
    const run = await runBin(cwd, ['blocklist', '--out', 'block.csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^1 caller, 1 number or sender → block\.csv$/mu);
  });
});
