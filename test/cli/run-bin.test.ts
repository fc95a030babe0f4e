import { describe, expect, it } from 'vitest';
import { runBin, spawnBin, tempFolder, zhangWeiInitArgs } from './run-bin.js';

/**
 * The CLI run in the test's process gives what the built bin gives in its own: the same exit
 * code, stdout and stderr, command after command on one store (ids and instants of creation
 * differ between two stores and are left out).
 */
describe('runBin in process against the built bin', () => {
  const steps: readonly (readonly string[])[] = [
    zhangWeiInitArgs(),
    ['source', 'add', '上海希尔顿酒店', '--category', 'hotel'],
    ['analyze'],
    ['source', 'list', '--json'],
    ['case', 'show', 'case_nope'],
    ['analyze', '--bogus'],
    ['--help'],
  ];

  it('gives the same code, stdout and stderr for every step', async () => {
    const [inside, outside] = [tempFolder(), tempFolder()];
    for (const args of steps) {
      const a = await runBin(inside, args, { LANG: 'zh_CN.UTF-8' });
      const b = await spawnBin(outside, args, { LANG: 'zh_CN.UTF-8' });
      const plain = (text: string) =>
        text
          .replaceAll(inside, '<cwd>')
          .replaceAll(outside, '<cwd>')
          .replace(/^leaktrace: warning: src\/ changed.*\n/mu, '')
          .replace(/\b[a-z]{2,4}_[0-9a-z]{12,}\b/gu, '<id>')
          .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/gu, '<instant>');
      expect({ code: a.code, stdout: plain(a.stdout), stderr: plain(a.stderr) }, args.join(' ')).toEqual({
        code: b.code,
        stdout: plain(b.stdout),
        stderr: plain(b.stderr),
      });
    }
  }, 120_000);
});
