import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { terminalNote } from '../../src/cli/commands/report.js';
import { setCliLocale } from '../../src/cli/i18n.js';
import { initZhangWei, tempFolder } from './run-bin.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['-qc', 'true', '/dev/null'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// `leaktrace report`, as the README's table of commands lists it, scrolled twelve kilobytes of
// HTML past a newcomer in a terminal and ended there. The HTML report still goes where it was
// asked to, and a terminal is told how to write it to a file for a browser.
describe('report printed to a terminal says how to write it to a file', () => {
  afterEach(() => setCliLocale('en'));

  it('an HTML report to a terminal without --out: the command that writes report.html', () => {
    setCliLocale('en');
    expect(terminalNote('html', undefined, true)).toMatch(
      /^note: that was the HTML report, to be read in a browser: write it to a file with `leaktrace report --out report.html/u,
    );
    setCliLocale('zh-CN');
    expect(terminalNote('html', undefined, true)).toMatch(
      /^注意：以上是 HTML 报告.*`leaktrace report --out report\.html/u,
    );
  });

  it('nothing for a pipe, for --out - (asked for), or for a text format', () => {
    expect(terminalNote('html', undefined, false)).toBeUndefined();
    expect(terminalNote('html', '-', true)).toBeUndefined();
    for (const format of ['md', 'json', 'csv']) expect(terminalNote(format, undefined, true)).toBeUndefined();
  });

  it.skipIf(!hasScript)(
    'in a real terminal, the note follows the page on stderr',
    async () => {
      const cwd = tempFolder();
      await initZhangWei(cwd);
      const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url));
      const bin = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
      const screen = execFileSync(
        'script',
        ['-qc', `node --import file://${tsx} ${bin} report --lang en`, '/dev/null'],
        { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } },
      );
      expect(screen).toContain('</html>');
      expect(screen).toMatch(
        /note: that was the HTML report.*`leaktrace report --out report\.html --lang en`/u,
      );
    },
    60_000,
  );
});
