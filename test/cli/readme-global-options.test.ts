import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempFolder } from './run-bin.js';

const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

// `--config <file>` and `LEAKTRACE_DEBUG=1` were accepted by every command and named nowhere in
// the README's paragraph on what every command takes: each global option `leaktrace --help`
// lists is documented there.
describe("the README's list of the options every command takes", () => {
  it('names every global option of `leaktrace --help`', async () => {
    const help = await runBin(tempFolder(), ['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    const options = help.stdout
      .slice(help.stdout.indexOf('Options:'), help.stdout.indexOf('Commands:'))
      .match(/^ {2}(?:-\w, )?(--[a-z-]+)/gmu)!
      .map((line) => /--[a-z-]+/u.exec(line)![0])
      .filter((o) => !['--help', '--version'].includes(o));
    expect(options).toEqual(expect.arrayContaining(['--store', '--config', '--subject', '--json', '--lang']));
    const paragraph = readme.slice(readme.indexOf('Every command takes'), readme.indexOf('The CLI speaks'));
    for (const option of options)
      expect({ option, documented: paragraph.includes(`\`${option}`) }).toEqual({
        option,
        documented: true,
      });
    expect(paragraph).toContain('LEAKTRACE_DEBUG=1');
  });
});
