import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

// A new user's first import is often the download itself: a Takeout .tgz, a zipped backup, the
// phone's own database, or an export that came out empty. Each is refused saying what the file
// is and what to import instead (exit 2, one line, no "[import]" tag), and the store is unchanged.
describe('import of a file that is no export', () => {
  const cwd = tempFolder();
  const store = join(cwd, 'leaktrace.db');
  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(join(cwd, 'sms.xml.gz'), gzipSync('<smses count="0"></smses>'));
    writeFileSync(join(cwd, 'empty.csv'), '');
    writeFileSync(join(cwd, 'sms.db'), 'SQLite format 3\0\x10\x00\x01\x01');
  });

  it.each([
    [
      'sms.xml.gz',
      [],
      /^leaktrace: sms\.xml\.gz: is a gzip-compressed file, not a call, text or mail export: unpack it/u,
    ],
    [
      'sms.db',
      [],
      /^leaktrace: sms\.db: is an SQLite database .*export its messages or calls as CSV or XML/u,
    ],
    ['empty.csv', [], /^leaktrace: empty\.csv: is empty \(0 bytes\): nothing to import; export it again\n$/u],
    [
      'empty.csv',
      ['--format', 'csv', '--columns', 'at=a,from=b'],
      /^leaktrace: empty\.csv: is empty \(0 bytes\)/u,
    ],
  ] as const)('%s %s: exit 2, what it is and what to do, nothing written', async (file, flags, said) => {
    const before = statSync(store).mtimeMs;
    const run = await runBin(cwd, ['import', file, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toMatch(/\[import\]|\[leaktrace\]|cannot tell its format|say which column/u);
    expect(run.stdout).toBe('');
    expect(statSync(store).mtimeMs).toBe(before);
  });

  it('says it in Chinese under --lang zh-CN, the archive and the step named', async () => {
    const packed = await runBin(cwd, ['import', 'sms.xml.gz', '--lang', 'zh-CN']);
    expect(packed.stderr).toBe(
      'leaktrace: sms.xml.gz：是 gzip 压缩文件，不是通话、短信或邮件的导出文件：请先解压，再导入其中的导出文件（gunzip，.tgz 用 tar -xzf）\n',
    );
    const empty = await runBin(cwd, ['import', 'empty.csv', '--lang', 'zh-CN']);
    expect(empty.stderr).toBe('leaktrace: empty.csv：是空文件（0 字节），没有可导入的内容：请重新导出\n');
  });

  it('an Outlook .msg keeps its own advice (save as .eml), not only "binary"', async () => {
    writeFileSync(
      join(cwd, 'offer.msg'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    const run = await runBin(cwd, ['import', 'offer.msg']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Outlook's \.msg format is not read: save the mail as \.eml/u);
  });
});
