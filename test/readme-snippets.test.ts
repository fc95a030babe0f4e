import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config.js';

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

/** Every `ts` block of the README, in order, with the heading it stands under. */
const found = [...readme.matchAll(/```ts\n([\s\S]*?)```/gu)].map((m) => ({
  block: m[1]!,
  heading: [...readme.slice(0, m.index).matchAll(/^#+ (.+)$/gmu)].pop()?.[1] ?? 'the top',
}));
const blocks = found.map((f) => f.block);

/** `from 'leaktrace…'` made to import the package's sources (each subpath's tsup entry). */
function fromSources(program: string): string {
  return program.replace(/from 'leaktrace(\/[^']*)?'/gu, (whole, sub: string | undefined) => {
    const entry = entries[(sub === undefined ? 'index' : sub.slice(1)) as keyof typeof entries];
    expect(entry, whole).toBeDefined();
    return `from '${join(root, entry)}'`;
  });
}

// A reader copying the report example after the first one met `writeFile is not defined`, and the
// stores example called `createTracer` without importing it: every block must run as written,
// after the first example when it uses that example's tracer, person or hotel.
describe('every library example of the README runs as a reader copies it', () => {
  it('has the examples this test runs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(found.slice(1).map((f) => [f.heading, f.block] as const))(
    'the example under "%s" runs',
    async (_heading, block) => {
      // A block needing a PostgreSQL server runs where one is given.
      if (/DATABASE_URL/u.test(block) && process.env.DATABASE_URL === undefined) {
        expect(block).toMatch(/^import \{ createTracer \} from 'leaktrace';$/mu);
        return;
      }
      const ownTracer = /\bconst (\{[^}]*\btracer\b[^}]*\}|tracer)\s*=/u.test(block);
      const program = fromSources(ownTracer ? block : `${blocks[0]!}\n${block}`);
      const dir = mkdtempSync(join(tmpdir(), 'leaktrace-readme-'));
      // The importer example reads the phone's backup as `sms.xml`: the repository's sample is one.
      copyFileSync(join(root, 'examples/sms-20261129.xml'), join(dir, 'sms.xml'));
      const file = join(dir, 'readme.mts');
      writeFileSync(file, program);
      const run = await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [file], { cwd: dir }).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
      expect(run).toEqual({ code: 0, stderr: expect.not.stringMatching(/Error/u) });
    },
    120_000,
  );
});
