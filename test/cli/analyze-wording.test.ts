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
    // A paper letter: its sender is a return address, neither a number nor a mailbox.
    await runJson(cwd, ['source', 'add', '小美服饰旗舰店']);
    const shop = await runJson<{ name: string; email: string }>(cwd, [
      'issue',
      '小美服饰旗舰店',
      '--fields',
      'email,name',
      '--at',
      '2026-01-01',
    ]);
    const letter = await runBin(cwd, [
      'record',
      '--channel',
      'mail',
      '--to',
      '上海市浦东新区世纪大道1号',
      '--from',
      '优选生活馆 / 杭州市西湖区文三路100号',
      '--content',
      `${shop.name}女士（${shop.email}）：会员专享保健品特惠，来电订购`,
      '--at',
      '2026-03-05',
    ]);
    expect(letter.code).toBe(0);
  }, 60_000);

  it("names a letter's sender by its return address, never by an internal id", async () => {
    const run = await runBin(cwd, ['analyze', '--to', '2026-06-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^优选生活馆 \/ 杭州市西\S*\s+other\s+-\s+1\s+小美服饰旗舰店/mu);
    expect(run.stdout).not.toMatch(/\bact_/u);
  });

  it('counts no data dealer for sources whose records reached unrelated callers', async () => {
    const run = await runBin(cwd, ['analyze', '--to', '2026-06-01']);
    expect(run.stdout).toMatch(/^Data dealers inferred: 0\b/mu);
    expect(run.stdout).not.toMatch(/Dealer [A-Z]/u);
  });

  it('analyze counts registrants and names no internal id', async () => {
    const run = await runBin(cwd, ['analyze', '--to', '2026-06-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 of 2 registrants leaked\.$/mu);
    expect(run.stdout).not.toMatch(/\bbrk_|\(s\)/u);
  });

  it('blocklist counts in the right number', async () => {
    const run = await runBin(cwd, ['blocklist', '--out', 'block.csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^1 caller, 1 number or sender → block\.csv$/mu);
  });
});
