import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

// The README's call log imported without its `--to` rejected every row with "to: a call needs the
// number it reached", which does not say what to pass. A CSV whose rows cannot say which line they
// reached is refused up front, saying to pass --to or map to=<column>; nothing is written.
describe('import of a CSV that says no line it reached', () => {
  const files = (cwd: string) => {
    writeFileSync(
      join(cwd, 'calls.csv'),
      'time,number,text\n2026-11-20 09:15,17012345670,您好，贷款了解一下\n',
    );
    writeFileSync(join(cwd, 'texts.csv'), 'time,number,Message\n2026-11-20 09:15,17012345670,验证码 1234\n');
    writeFileSync(join(cwd, 'mail.csv'), 'time,sender,body\n2026-11-20 09:15,promo@loans.example,hello\n');
  };

  it.each([
    [
      'calls.csv',
      'at=time,from=number,content=text',
      [],
      /no column says which of your numbers each call reached/u,
    ],
    ['texts.csv', 'at=time,from=number,content=Message', [], /which of your numbers each text reached/u],
    ['calls.csv', 'at=time,from=number,content=text', ['--channel', 'sms'], /each text reached/u],
    [
      'mail.csv',
      'at=time,from=sender,content=body',
      ['--channel', 'email'],
      /which of your addresses each mail/u,
    ],
  ] as const)(
    '%s (%s %s): refused, saying --to or to=<column>, nothing imported',
    async (file, columns, extra, said) => {
      const cwd = tempFolder();
      await initZhangWei(cwd);
      files(cwd);
      const run = await runBin(cwd, ['import', file, '--columns', columns, ...extra]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(said);
      expect(run.stderr).toMatch(
        /pass --to <(number|address)> \(the same for every row\) or map to=<column> in --columns/u,
      );
      const report = await runJson<{ contacts: unknown[] }>(cwd, ['report', '--format', 'json']);
      expect(report.contacts).toEqual([]);
    },
  );

  it('in Chinese for a Chinese CLI', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    files(cwd);
    const run = await runBin(cwd, [
      'import',
      'calls.csv',
      '--columns',
      'at=time,from=number,content=text',
      '--lang',
      'zh-CN',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/没有哪一列写明每个来电到达的是你的哪个号码：请加 --to <号码>/u);
  });

  it('imports with --to, with a to column, and letters need none', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    files(cwd);
    writeFileSync(
      join(cwd, 'lines.csv'),
      'time,number,line,text\n2026-11-20 09:15,17012345670,13900139001,hi\n',
    );
    writeFileSync(join(cwd, 'letters.csv'), 'time,sender,text\n2026-11-20 09:15,Acme Ltd,Dear Sir\n');
    for (const args of [
      ['calls.csv', '--columns', 'at=time,from=number,content=text', '--to', '13900139002'],
      ['lines.csv', '--columns', 'at=time,from=number,to=line,content=text'],
      ['letters.csv', '--columns', 'at=time,fromName=sender,content=text', '--channel', 'mail'],
    ])
      expect({ args, code: (await runBin(cwd, ['import', ...args])).code }).toEqual({ args, code: 0 });
  });
});
