import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

const EXAMPLE = new URL('../../examples/sms-20261129.xml', import.meta.url).pathname;

// The sample backup holds 5 texts, one the person's own "T" reply: the summary said "4 read".
describe('leaktrace import: every record read is accounted for', () => {
  const cwd = tempFolder();
  const backup = join(cwd, 'sms-20261129.xml');

  beforeAll(async () => {
    await initZhangWei(cwd);
    copyFileSync(EXAMPLE, backup);
  }, 30_000);

  it('counts the text the person sent among those read, as skipped and why', async () => {
    const run = await runBin(cwd, ['import', backup, '--owner', '13900139001', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 records read, 4 new, 0 already recorded, 1 skipped, 0 rejected.');
    expect(run.stdout).toContain('1 skipped as your own: calls you made and texts you sent.');
    // Not the circle's words: a text sent is no caller the phone has a name for.
    expect(run.stdout).not.toContain('has a name for');
    // An Android backup's times are epoch milliseconds: no zone was assumed.
    expect(run.stdout).not.toMatch(/without a zone/u);
  });

  it('says the same in Chinese and in --json', async () => {
    const zh = await runBin(cwd, ['import', backup, '--owner', '13900139001', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('读取 5 条记录，新增 0 条，已记录过 4 条，跳过 1 条，拒绝 0 条。');
    expect(zh.stdout).toContain('跳过 1 条你自己的记录：你拨出的电话和发出的短信。');
    const doc = await runJson<Record<string, unknown>>(cwd, ['import', backup, '--owner', '13900139001']);
    expect(doc).toMatchObject({
      total: 5,
      duplicates: 4,
      skipped: 1,
      skippedBy: { outgoing: 1, circle: 0, noLine: 0 },
    });
    expect(doc).not.toHaveProperty('timeZone');
  });
});

describe('leaktrace import: the zone of zoneless times is said only when one was used', () => {
  const cwd = tempFolder();
  beforeAll(async () => {
    await initZhangWei(cwd);
  }, 30_000);
  const args = (file: string, lang = 'en') => [
    'import',
    join(cwd, file),
    '--columns',
    'at=time,from=number,content=text',
    '--to',
    '13900139002',
    '--lang',
    lang,
  ];

  it('says nothing of a zone when every time has one (a Twilio export, Z or an offset, epoch ms)', async () => {
    writeFileSync(
      join(cwd, 'twilio.csv'),
      'time,number,text\n2026-11-20T09:15:00Z,17012345670,hi\n2026-11-21T09:15:00+08:00,17012345671,hi\n1795761060000,17012345672,hi\n',
    );
    const run = await runBin(cwd, args('twilio.csv'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 records read, 3 new');
    expect(run.stdout).not.toMatch(/zone/u);
    const zh = await runBin(cwd, args('twilio.csv', 'zh-CN'));
    expect(zh.stdout).not.toMatch(/时区/u);
  });

  it('counts the times read in the zone when some had none', async () => {
    writeFileSync(
      join(cwd, 'mixed.csv'),
      'time,number,text\n2026-11-20T09:15:00Z,17012345680,hi\n2026-11-21 09:15,17012345681,hi\n2026/11/22 09:15,17012345682,hi\n',
    );
    const run = await runBin(cwd, args('mixed.csv'));
    expect(run.stdout).toContain(
      "2 times without a zone were read in Asia/Shanghai (张伟's zone; --time-zone to change).",
    );
    const doc = await runJson<Record<string, unknown>>(cwd, args('mixed.csv'));
    expect(doc).toMatchObject({ timeZone: 'Asia/Shanghai', zonelessTimes: 2 });
    const zh = await runBin(cwd, args('mixed.csv', 'zh-CN'));
    expect(zh.stdout).toContain('2 个不带时区的时间按 Asia/Shanghai 读取');
  });

  it('a date format with a zone token names its instant', async () => {
    writeFileSync(join(cwd, 'offset.csv'), 'time,number,text\n20.11.2026 09:15 +0100,17012345690,hi\n');
    const run = await runBin(cwd, [...args('offset.csv'), '--date-format', 'dd.MM.yyyy HH:mm xx']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 record read, 1 new');
    expect(run.stdout).not.toMatch(/zone/u);
  });

  it('says it of a mail whose Date names no zone, not of one that names it', async () => {
    const eml = (name: string, date: string) => {
      writeFileSync(
        join(cwd, name),
        `From: Kredit <a@spam.example>\nTo: hotel7@zw.example\nDate: ${date}\nSubject: hi\n\nhello\n`,
      );
      return runBin(cwd, ['import', join(cwd, name), '--lang', 'en']);
    };
    const wall = await eml('wall.eml', 'Mon, 16 Nov 2026 10:59:00');
    expect(wall.stdout).toContain("1 time without a zone was read in Asia/Shanghai (张伟's zone");
    const zoned = await eml('zoned.eml', 'Mon, 16 Nov 2026 10:59:00 +0800');
    expect(zoned.stdout).toContain('1 record read, 1 new');
    expect(zoned.stdout).not.toMatch(/without a zone/u);
  });
});
