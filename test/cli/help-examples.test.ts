import { describe, expect, it } from 'vitest';
import { type BinRun, runBin, tempFolder } from './run-bin.js';
import { shellWords } from './shell-words.js';

/** The example command lines `leaktrace <command> --help` prints, as argument lists. */
async function helpExamples(command: readonly string[]): Promise<string[][]> {
  const help = await runBin(tempFolder(), [...command, '--help']);
  expect(help.code).toBe(0);
  return [...help.stdout.matchAll(/^ {2}\$ leaktrace (.+)$/gmu)].map((m) => {
    const words = shellWords(m[1]!);
    // `… --json > analysis.json`: what the shell redirects is no argument.
    const redirect = words.indexOf('>');
    return redirect < 0 ? words : words.slice(0, redirect);
  });
}

/** What a failed run shows: the command and its message. */
const outcome = (args: readonly string[], run: BinRun) => ({
  command: args.join(' '),
  code: run.code,
  error: run.code === 0 ? '' : run.stderr.trim(),
});
const ok = (args: readonly string[]) => ({ command: args.join(' '), code: 0, error: '' });

/** A store made by `init`'s first example (张伟 in China), in a fresh folder. */
async function storeOfOne(): Promise<string> {
  const cwd = tempFolder();
  const [first] = await helpExamples(['init']);
  expect(first).toContain('init');
  expect(outcome(first!, await runBin(cwd, first!))).toEqual(ok(first!));
  return cwd;
}

// `leaktrace init --help` showed `--email ann+x@gmail.com:plus`, which init refuses (a plus
// mailbox must not carry a +tag): every example a command's help prints for creating people and
// registrants runs as printed, each on a store it can run on.
describe("the examples of the CLI's help run as printed", () => {
  it('every example of init creates its person in a fresh folder', async () => {
    const lines = (await helpExamples(['init'])).filter((a) => !a.some((w) => w.startsWith('postgres://')));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const args of lines) expect(outcome(args, await runBin(tempFolder(), args))).toEqual(ok(args));
  }, 120_000);

  it('every example of subject add adds its person to a store of one', async () => {
    const lines = await helpExamples(['subject', 'add']);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const args of lines) {
      const cwd = await storeOfOne();
      expect(outcome(args, await runBin(cwd, args))).toEqual(ok(args));
    }
  }, 120_000);

  it('the examples of source, record, identities, analyze, report and blocklist run in turn on one store', async () => {
    const cwd = await storeOfOne();
    const commands: string[][] = [
      ['source', 'add'],
      ['source', 'update'],
      ['source', 'list'],
      ['record'],
      ['identities'],
      ['analyze'],
      ['report'],
      ['blocklist'],
    ];
    for (const command of commands) {
      for (const args of await helpExamples(command)) {
        // `source update <source>` acts on a registrant added earlier: add the one it names.
        if (command[1] === 'update') await runBin(cwd, ['source', 'add', args[2]!]);
        expect(outcome(args, await runBin(cwd, args))).toEqual(ok(args));
      }
    }
  }, 180_000);
});
