import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runBin, runJson, tempFolder } from './run-bin.js';

const root = new URL('../../', import.meta.url).pathname;

describe('leaktrace demo', () => {
  it('`npm run demo` writes the files, tells two leaks and exits 0', async () => {
    const out = join(tempFolder(), 'leaktrace-demo');
    // dist was just built by `npm test`, so the script must not build again.
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', 'demo', '--silent', '--', '--out', out],
      {
        cwd: root,
      },
    );
    expect(stderr).not.toMatch(/Building leaktrace/u);
    for (const file of ['leaktrace.db', 'blocklist.csv', 'blocklist.vcf', 'report.html', 'report.md'])
      expect(existsSync(join(out, file)), file).toBe(true);
    expect(statSync(join(out, 'leaktrace.db')).mode & 0o777).toBe(0o600);
    // Two leaks told end to end, in the world's language (zh-CN by default): handed over,
    // came back, the caller, why it is no accident.
    expect(stdout.match(/^▶ /gmu)).toHaveLength(2);
    for (const part of ['交出：', '回来：', '来电方：', '不是巧合：'])
      expect(stdout.split(part)).toHaveLength(3);
    expect(stdout).toMatch(/^12 个登记方中有 \d+ 个泄露：$/mu);
    expect(stdout).not.toMatch(/\bbrk_|\bact_|Handed over|Not chance/u);
    expect(stdout).toContain(`打开：${join(out, 'report.html')}`);
    // Nothing the demo tells or writes is dated after today: the world ends the day before.
    const today = new Date().toISOString().slice(0, 10);
    const dates = stdout.match(/\b20\d\d-\d\d-\d\d\b/gu) ?? [];
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.filter((d) => d > today)).toEqual([]);
    for (const file of readdirSync(out).filter((f) => f.startsWith('letter-'))) {
      const [, y, m, d] = /^日期：(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(
        readFileSync(join(out, file), 'utf8'),
      )!;
      expect(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}` <= today, file).toBe(true);
    }
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/u);
    // A letter per leaked source.
    const leaked = Number(/^12 个登记方中有 (\d+) 个泄露：$/mu.exec(stdout)![1]);
    expect(readdirSync(out).filter((f) => f.startsWith('letter-'))).toHaveLength(leaked);
    // The block list holds the campaigns, not the background's one-off callers.
    const blocklist = readFileSync(join(out, 'blocklist.csv'), 'utf8').trim().split('\r\n');
    expect(blocklist.length).toBeGreaterThan(8);
    expect(blocklist.length).toBeLessThan(60);
  }, 60_000);

  it('tells an English world in English, without internal ids or "(s)" plurals', async () => {
    const out = join(tempFolder(), 'demo-en-text');
    const run = await runBin(root, ['demo', '--locale', 'en', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^▶ /gmu)).toHaveLength(2);
    for (const part of ['Handed over:', 'Came back:', 'The caller:', 'Not chance:'])
      expect(run.stdout.split(part)).toHaveLength(3);
    expect(run.stdout).toMatch(/^\d+ of 12 registrants leaked:$/mu);
    expect(run.stdout).not.toMatch(/\bbrk_|\bact_|\(s\)|one other campaign|[\u4e00-\u9fff]/u);
    expect(run.stdout).toContain(`Open: ${join(out, 'report.html')}`);
    expect(run.stdout).toContain(`Explore it: npx leaktrace analyze --store ${join(out, 'leaktrace.db')}`);
    // An English world is a Californian one: US numbers, no Chinese ones, CCPA letters.
    expect(run.stdout).toContain('+1415555');
    expect(run.stdout).not.toMatch(/\+86/u);
    const letters = readdirSync(out).filter((f) => f.startsWith('letter-'));
    expect(letters.every((f) => f.endsWith('-CCPA.txt'))).toBe(true);
    const people = await runJson<{ region: string; timeZone: string }[]>(root, [
      'subject',
      'list',
      '--store',
      join(out, 'leaktrace.db'),
    ]);
    expect(new Set(people.map((p) => `${p.region} ${p.timeZone}`))).toEqual(
      new Set(['US America/Los_Angeles']),
    );
    const today = new Date().toISOString().slice(0, 10);
    expect((run.stdout.match(/\b20\d\d-\d\d-\d\d\b/gu) ?? []).filter((d) => d > today)).toEqual([]);
    // Letters are named by the company they go to, never by an internal id.
    expect(
      readdirSync(out).filter((f) => f.startsWith('letter-') && !/src_/u.test(f)).length,
    ).toBeGreaterThan(0);
  }, 90_000);

  it('builds an English world with --locale en, and answers --json', async () => {
    const out = join(tempFolder(), 'demo-en');
    const run = await runBin(root, ['demo', '--locale', 'en', '--out', out, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { sources: number; leaked: { name: string }[]; files: string[] };
    expect(result.sources).toBe(12);
    expect(result.leaked.length).toBeGreaterThan(0);
    expect(result.leaked.every((s) => /^[\x20-\x7e]+$/u.test(s.name))).toBe(true);
    expect(result.files).toContain('blocklist.csv');
  }, 60_000);
});
