import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

/** A mail to one of 张伟's aliases whose text is `chars` characters long. */
function longMail(chars: number, id: string): string {
  const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n';
  return [
    'From: news@shop.example',
    'To: hotel-7q2@zw.example',
    'Date: Mon, 16 Nov 2026 10:59:00 +0800',
    'Subject: Terms',
    `Message-ID: <${id}@shop.example>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    line.repeat(Math.ceil(chars / line.length)),
  ].join('\r\n');
}

describe('leaktrace import --content-limit', () => {
  const cwd = tempFolder();
  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(join(cwd, 'long.eml'), longMail(150_000, 'long'));
  }, 60_000);

  it('a mail over the default limit is kept, cut in the middle with a note (never refused whole)', async () => {
    const run = await runBin(cwd, ['import', 'long.eml', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { inserted: number }).inserted).toBe(1);
  }, 60_000);

  it('with --content-limit another copy of it is kept whole under its own id', async () => {
    writeFileSync(join(cwd, 'long2.eml'), longMail(150_000, 'long2'));
    const run = await runBin(cwd, ['import', 'long2.eml', '--content-limit', '200000', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { inserted: number };
    expect(summary.inserted).toBe(1);
  }, 60_000);

  it('refuses a limit that is not a whole number of characters from 1 to 10,000,000', async () => {
    for (const bad of ['0', '-5', '1.5', 'lots', '20000000']) {
      const run = await runBin(cwd, ['import', 'long.eml', '--content-limit', bad]);
      expect(run.code, bad).not.toBe(0);
      expect(run.stderr, bad).toContain('--content-limit');
      expect(run.stderr, bad).not.toContain('TypeError');
    }
  }, 60_000);
});
