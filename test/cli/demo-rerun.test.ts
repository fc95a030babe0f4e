import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempFolder } from './run-bin.js';

const root = new URL('../../', import.meta.url).pathname;
const letters = (out: string) =>
  readdirSync(out)
    .filter((f) => f.startsWith('letter-'))
    .sort();

describe('leaktrace demo run again in its folder', () => {
  it('replaces the letters of the run before: only this run’s are left, and none of yours go', async () => {
    const out = join(tempFolder(), 'leaktrace-demo');
    const zh = await runBin(root, ['demo', '--out', out]);
    expect(zh.code).toBe(0);
    const first = letters(out);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((f) => f.endsWith('-PIPL.txt'))).toBe(true);
    // A file of the user's with a letter's name, which no run wrote, and a hostile marker line.
    writeFileSync(join(out, 'letter-mine.txt'), 'my own draft\n');
    writeFileSync(join(out, '..', 'letter-outside.txt'), 'not the demo’s\n');
    const marker = join(out, '.leaktrace-demo');
    writeFileSync(
      marker,
      `${readFileSync(marker, 'utf8')}letter-../../letter-outside.txt\n../letter-outside.txt\n`,
    );

    const en = await runBin(root, ['demo', '--locale', 'en', '--out', out]);
    expect(en.code).toBe(0);
    const told = Number(/and (\d+) letters? \(letter-\*\.txt\)/u.exec(en.stdout)![1]);
    const second = letters(out).filter((f) => f !== 'letter-mine.txt');
    expect(second).toHaveLength(told);
    expect(second.every((f) => f.endsWith('-CCPA.txt'))).toBe(true);
    expect(readFileSync(join(out, 'letter-mine.txt'), 'utf8')).toBe('my own draft\n');
    expect(existsSync(join(out, '..', 'letter-outside.txt'))).toBe(true);
    // The marker names this run's letters, for the next.
    expect(
      readFileSync(marker, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('letter-'))
        .sort(),
    ).toEqual(second);
  }, 120_000);
});
