import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
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
    expect(again.stdout).toContain('add --replace to read them again for --owner +8613900139001');
  });

  it('--replace reads the backup again for the right owner, so its texts become traceable', async () => {
    const run = await runBin(cwd, ['import', backup, '--owner', '+8613900139001', '--replace']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 records read, 0 new, 2 replaced by this reading, 0 already recorded');
    // The verdicts printed are of the records read again, not of new ones.
    expect(run.stdout).toContain('Verdicts of the records read this time (new and replaced):');
    expect(run.stdout).not.toContain('Verdicts of the new ones');
    const tracer = await createTracer({ store: sqliteStore({ path: join(cwd, 'leaktrace.db') }) });
    const stored: string[] = [];
    for await (const c of tracer.listContacts()) stored.push(c.contact.to ?? '');
    await tracer.close();
    expect(stored).toEqual(['+8613900139001', '+8613900139001']);
  });
});

describe('leaktrace import: an Android backup without --owner that makes everything untraceable', () => {
  it('hints that the backup may come from the pool phone, and how to read it again', async () => {
    const cwd = tempFolder();
    const backup = join(cwd, 'sms.xml');
    await initZhangWei(cwd);
    writeFileSync(
      backup,
      smsBackup([{ from: '+8616512345678', at: new Date('2026-11-20T02:00:00Z'), body: '您好' }]),
    );
    const run = await runBin(cwd, ['import', backup]);
    expect(run.stdout).toContain(
      'Hint: the record was read as reaching your real number +8613800138000 (no --owner), so none can be traced.',
    );
    expect(run.stdout).toContain('--owner <that number> --replace');
    // In a Chinese session the hint is Chinese too, and after --replace the verdicts are headed as
    // this reading's.
    const zh = await runBin(cwd, ['import', backup, '--lang', 'zh-CN', '--replace']);
    expect(zh.stdout).toContain(
      '提示：这条记录被当作打到你的真实号码 +8613800138000（没有 --owner），所以无法追查。',
    );
    expect(zh.stdout).toContain('这次读取的记录（新增和替换的）的判定：');
    expect(zh.stdout).not.toMatch(/Hint:|新记录的判定/u);
  }, 30_000);
});
