import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smsBackup } from './android-backup.js';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

// Importing a backup without --owner, then again with the right one, stored every text twice.
describe('leaktrace import: the same backup again, with another --owner, adds nothing', () => {
  const cwd = tempFolder();
  const backup = join(cwd, 'sms-20261130.xml');

  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(
      backup,
      smsBackup([
        { from: '+8616512345678', at: new Date('2026-11-20T02:00:00Z'), body: '张伟先生您好，贷款了解一下' },
        { from: '+8616512345679', at: new Date('2026-11-20T03:00:00Z'), body: '学区房急售' },
      ]),
    );
  }, 30_000);

  it('counts the second import as already recorded, and says why', async () => {
    const first = await runJson<{ inserted: number }>(cwd, ['import', backup]);
    expect(first.inserted).toBe(2);
    const again = await runBin(cwd, ['import', backup, '--owner', '+8613900139001']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 records read, 0 new, 2 already recorded, 0 rejected.');
    expect(again.stdout).toContain('--owner never makes a record new');
  });
});
