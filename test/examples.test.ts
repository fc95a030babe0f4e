import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const examples = readdirSync(new URL('../examples/', import.meta.url)).filter((f) => f.endsWith('.ts'));

// Examples import 'leaktrace' itself (the built dist), as a user would; `npm test` builds first.
describe('examples', () => {
  it('has examples to run', () => {
    expect(examples).toEqual(
      expect.arrayContaining(['issue-aliases.ts', 'import-android-backup.ts', 'trace-the-chain.ts']),
    );
  });

  it.each(examples)(
    '%s runs and prints its known result',
    async (file) => {
      // Node with tsx's loader, as `npx tsx` runs it, without the two processes (npm's and tsx's
      // own) that start before it.
      const { stdout } = await run(process.execPath, ['--import', 'tsx', `examples/${file}`], {
        cwd: new URL('..', import.meta.url).pathname,
      });
      expect(stdout.length).toBeGreaterThan(0);
      if (file === 'issue-aliases.ts') {
        expect(stdout).toContain('8 identities, 8 unique (phone, name) tuples over 4 numbers');
        expect(stdout.trim().split('\n')).toHaveLength(10);
      }
      if (file === 'trace-the-chain.ts') {
        expect(stdout).toMatch(/Against the truth: source F1 1\.00/u);
        expect(stdout).toMatch(/Dealer A: holds /u);
        // A lone leaked source's broker is where its records went, no inferred dealer
        // (isInferredDealer), as the CLI and the report say; and a campaign of one pitch in two
        // languages keeps its topic.
        expect(stdout).not.toMatch(/Dealer [A-Z]: holds [^,(]+ \(confidence/u);
        expect(stdout).toContain("An unknown recipient of Merchant 5's records");
        expect(stdout).toMatch(/Dealer A: holds .*supplies an insurance caller/u);
        expect(stdout).not.toMatch(/brk_|\(s\)|\ba insurance|e-\d/u);
        expect(stdout).toMatch(/^Sources \(leaked first, then by name\):\n {2}Merchant 2 +leaked/mu);
        expect(stdout).toMatch(/chance of a false accusation \d+ %\): a candidate only, not named/u);
      }
      if (file === 'twilio-webhook-server.ts') {
        expect(stdout).toMatch(/signed call: {3}200 <\?xml/u);
        expect(stdout).toContain('(replay, not stored again)');
        expect(stdout).toMatch(/forged call: {3}403/u);
        expect(stdout).toMatch(/unsigned call: 403/u);
        expect(stdout).toContain('contacts stored: 1');
      }
      if (file === 'import-android-backup.ts') {
        expect(stdout).toMatch(/10690000123 +leak +宝马4S店/u);
        expect(stdout).toContain('rejected line 6: ');
        expect(stdout).toContain('first import: 3 new; again: 0 new, 3 duplicates');
      }
      if (file === 'leak-report.ts') {
        expect(stdout).toMatch(/^宝马4S店: leaked, first leak /mu);
        expect(stdout).toContain('上海希尔顿酒店: clean');
      }
      if (file === 'catch-a-leak.ts') {
        expect(
          stdout
            .split('\n')
            .map((l) => l.split(/\s+/u)[1])
            .filter(Boolean),
        ).toEqual(['legitimate', 'leak', 'merge', 'noise', 'forged', 'untraceable']);
      }
    },
    60_000,
  );
});
