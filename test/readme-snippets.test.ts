import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The first `ts` block after `heading` in the README. */
function snippet(heading: string): string {
  const at = heading === '' ? 0 : readme.indexOf(heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  return /```ts\n([\s\S]*?)```/u.exec(readme.slice(at))![1]!;
}

describe('the README’s library examples, run in order as a reader would', () => {
  it('regression: the case example runs after the first example, dated after the identities it watches', async () => {
    const program = [snippet(''), snippet('### Cases — the provenance walk')]
      .join('\n')
      .replace(/from 'leaktrace'/gu, `from '${join(root, 'src/index.ts')}'`)
      .concat(
        "\nconsole.log(JSON.stringify({ due: (await tracer.getCase(kase.id))!.deadline, asOf: (await tracer.getCase(kase.id, { at: '2026-03-05T00:00:00+08:00' }))!.canaries.length, gymChildren: reply.childCaseIds.length }));\n",
      );
    const dir = mkdtempSync(join(tmpdir(), 'leaktrace-readme-'));
    const file = join(dir, 'readme.mts');
    writeFileSync(file, program);
    const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [file], { cwd: dir });
    const last = JSON.parse(stdout.trim().split('\n').pop()!) as {
      due: { dueDate: string; rule: string };
      asOf: number;
      gymChildren: number;
    };
    expect(stdout).toMatch(/^leak \[/mu);
    expect(last.due.dueDate).toBe('2026-04-01');
    expect(last.due.rule).toMatch(/^PIPL/u);
    expect(stdout).toMatch(/is overdue/u);
    // On 5 March the hotel held the identity handed over on 1 February.
    expect(last.asOf).toBe(1);
    expect(last.gymChildren).toBe(1);
  }, 120_000);
});
