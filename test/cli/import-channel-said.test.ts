import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

// A CSV without a channel column is read as texts when its content column is named as a
// message's, else as calls, its content what the caller said. iMazing names its message export's
// text column a bare `Text`, which call logs use for notes too: the import says which way it read
// the rows, and how to read them the other way, so a text is never a "call" in a letter unsaid.
describe('import says which channel a CSV without a channel column was read as', () => {
  const cwd = tempFolder();
  beforeAll(async () => {
    await initZhangWei(cwd, ['--locale', 'en']);
  }, 90_000);

  const write = (name: string, header: string): string => {
    const file = join(cwd, name);
    writeFileSync(file, `Date,Number,${header}\n2026-11-25T09:15:00+08:00,17012345670,贷款了解一下\n`);
    return file;
  };

  it('as calls, with how to read them as texts', async () => {
    const file = write('imazing-messages.csv', 'Text');
    const args = ['import', file, '--to', '13900139001', '--columns', 'at=Date,from=Number,content=Text'];
    const en = await runBin(cwd, [...args, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('rows read as calls: the column "Text" read as what each caller said');
    expect(en.stderr).toContain('pass --channel sms if they were texts');
    const zh = await runBin(cwd, [...args, '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('各行按来电读取');
  }, 60_000);

  it('as texts when the column names a message, and says nothing once the channel is given', async () => {
    const file = write('messages.csv', 'Message');
    const args = ['import', file, '--to', '13900139001', '--columns', 'at=Date,from=Number,content=Message'];
    const texts = await runBin(cwd, [...args, '--lang', 'en']);
    expect(texts.stderr).toContain('rows read as texts (sms)');
    const given = await runBin(cwd, [...args, '--channel', 'sms', '--lang', 'en']);
    expect(given.stderr).not.toMatch(/rows read as (?:calls|texts)/u);
  }, 60_000);
});
