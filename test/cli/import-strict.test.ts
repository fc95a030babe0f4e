import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

// `import --strict` promised "import nothing if any record is bad": the rows before the bad
// one must not be stored either.
describe('leaktrace import --strict', () => {
  const cwd = tempFolder();
  const file = join(cwd, 'log.csv');
  const args = ['import', file, '--columns', 'at=time,from=number,content=text', '--to', '+8613900139001'];

  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(
      file,
      [
        'time,number,text',
        '2026-11-25T10:40:00+08:00,+8617012345678,one',
        '2026-11-25T11:00:00+08:00,+8616512340000,two',
        '2026-11-25T11:05:00+08:00,+8613811112222,three',
        'not a date,+8613811112222,four',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('regression: stores none of the good rows when one is bad', async () => {
    const strict = await runBin(cwd, [...args, '--strict']);
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toMatch(/nothing imported/u);
    // Without --strict the three good rows are all new: the strict run stored none of them.
    const lenient = await runBin(cwd, [...args, '--json']);
    expect(lenient.stdout).toMatch(/"inserted": 3,/u);
    expect(lenient.stdout).toMatch(/"duplicates": 0,/u);
  });
});
