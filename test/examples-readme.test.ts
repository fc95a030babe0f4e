import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BinRun, runBin, tempFolder } from './cli/run-bin.js';
import { shellWords } from './cli/shell-words.js';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The commands of the README's CLI tour: the first `sh` block under "## The CLI". */
function tourCommands(): string[] {
  const section = readme.slice(readme.indexOf('\n## The CLI\n'));
  const block = /```sh\n([\s\S]*?)```/u.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

// A newcomer could not follow the tour as written (it imported a file that did not exist).
// Every line is run here as written, in a fresh folder holding the repository's examples/,
// so the README cannot drift from what the CLI does.
describe("the README's CLI tour runs as written", () => {
  const commands = tourCommands();

  it('is a tour of leaktrace commands', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const line of commands) expect(shellWords(line).slice(0, 2)).toEqual(['npx', 'leaktrace']);
    expect(shellWords('npx leaktrace source add "上海 希尔顿" --x 1   # a "comment"')).toEqual([
      'npx',
      'leaktrace',
      'source',
      'add',
      '上海 希尔顿',
      '--x',
      '1',
    ]);
  });

  it('every command exits 0, and the sample backup tells its story', async () => {
    const cwd = tempFolder();
    cpSync(join(root, 'examples'), join(cwd, 'examples'), { recursive: true });
    const runs: [string, BinRun][] = [];
    for (const line of commands) {
      const run = await runBin(cwd, shellWords(line).slice(2));
      // stderr may carry a status line (`blocklist --out`), never a failure.
      expect({ line, code: run.code, failed: /^leaktrace: /mu.test(run.stderr) }).toEqual({
        line,
        code: 0,
        failed: false,
      });
      runs.push([line, run]);
    }
    const output = (verb: string): string =>
      runs.find(([line]) => line.includes(`leaktrace ${verb}`))![1].stdout;
    expect(output('issue')).toMatch(/phone +\+8613900139001/u);
    const imported = output('import');
    expect(imported).toContain('5 records read, 4 new, 0 already recorded, 1 skipped, 0 rejected.');
    expect(imported).toContain('1 skipped as your own: calls you made and texts you sent.');
    expect(imported).toMatch(/2 leak/u);
    expect(imported).toMatch(/1 legitimate/u);
    expect(imported).toMatch(/1 noise/u);
    const csv = runs.find(([line]) => line.includes('calls-20261129.csv'))![1].stdout;
    expect(csv).toContain('2 records read, 2 new, 0 already recorded, 0 rejected.');
    expect(csv).toContain('2 times without a zone were read in Asia/Shanghai (--time-zone).');
    expect(csv).toMatch(/2 noise — /u);
    expect(output('analyze')).toContain('上海希尔顿酒店');
    expect(existsSync(join(cwd, 'block.vcf'))).toBe(true);
  }, 120_000);
});
