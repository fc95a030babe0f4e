import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempFolder } from './run-bin.js';

describe('leaktrace bin: exit codes and error lines', () => {
  it('exits 0 with usage, options and an example for every command under --help', async () => {
    const cwd = tempFolder();
    const top = await runBin(cwd, ['--help']);
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gmu)]
      .map((m) => m[1]!)
      .filter((c) => c !== 'help');
    expect(commands).toEqual(
      expect.arrayContaining([
        'init',
        'subject',
        'source',
        'issue',
        'record',
        'analyze',
        'blocklist',
        'demo',
      ]),
    );
    for (const command of commands) {
      const help = await runBin(cwd, [command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/^Usage: leaktrace /u);
      if (!['subject', 'source'].includes(command))
        expect(help.stdout, command).toMatch(/Examples:\n {2}\$ leaktrace /u);
    }
  }, 180_000);

  it('regression: `leaktrace help` and `help <command>` print help on stdout and exit 0; a bare group exits 1 on stderr', async () => {
    const cwd = tempFolder();
    for (const args of [['help'], ['help', 'case'], ['case', 'help', 'open']]) {
      const run = await runBin(cwd, args, { LANG: 'en_US.UTF-8' });
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toMatch(/^Usage: leaktrace/u);
      expect(run.stderr, args.join(' ')).toBe('');
    }
    for (const args of [[], ['case']]) {
      const run = await runBin(cwd, args, { LANG: 'en_US.UTF-8' });
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(/^Usage: leaktrace/u);
    }
  });

  it('exits 1 on an unknown command or option, with one line on stderr', async () => {
    const cwd = tempFolder();
    for (const args of [['frobnicate'], ['analyze', '--nope'], ['blocklist', '--format', 'pdf']]) {
      const run = await runBin(cwd, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^leaktrace: /u);
    }
  });

  // Regression: every usage error pointed to `leaktrace --help`, which lists no command's options.
  it('regression: points a usage error to the help of the command that was typed', async () => {
    const cwd = tempFolder();
    for (const [args, command] of [
      [['frobnicate'], 'leaktrace'],
      [['analyze', '--nope'], 'leaktrace analyze'],
      [['case', 'open', 'Hilton', '--law', 'HIPAA'], 'leaktrace case open'],
      [['case', 'show'], 'leaktrace case show'],
      [['--store', 'x.db', 'source', 'add', 'Hilton', '--bogus'], 'leaktrace source add'],
      // An option's value that is also a command's name is no command.
      [['--subject', 'demo', 'report', '--format', 'pdf'], 'leaktrace report'],
    ] as const) {
      const run = await runBin(cwd, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim(), args.join(' ')).toMatch(new RegExp(`\\(see ${command} --help\\)$`, 'u'));
    }
  });

  it('exits 2 on a rejected value, naming the field, with no stack unless --debug', async () => {
    const cwd = tempFolder();
    const bad = await runBin(cwd, ['init', '--name', 'Ann Lee', '--pool', 'not-a-number']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^leaktrace: phones\.pool\[0\]: /u);
    expect(bad.stderr).not.toMatch(/\n\s+at /u);
    const debug = await runBin(cwd, ['init', '--name', 'Ann Lee', '--pool', 'not-a-number', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /u);
  });

  // Regression: `record --at 1764400000` (epoch seconds) was stored as 1970-01-21 with exit 0.
  it('refuses an --at in epoch seconds instead of storing a 1970 date', async () => {
    const cwd = tempFolder();
    const run = await runBin(cwd, [
      'record',
      '--channel',
      'sms',
      '--to',
      '13900139001',
      '--at',
      '1764400000',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/epoch seconds/u);
  });

  it('leaves no half-made store behind when init is rejected', async () => {
    const cwd = tempFolder();
    await runBin(cwd, ['init', '--name', 'Ann Lee', '--pool', 'nope']);
    const ok = await runBin(cwd, ['init', '--name', 'Ann Lee']);
    expect(ok.code).toBe(0);
  });

  it('exits 3 when there is no store, and says how to make one', async () => {
    const run = await runBin(tempFolder(), ['analyze']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/no store at .*leaktrace\.db: run `leaktrace init` first/u);
  });

  it('exits 3 when the store is not a database', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'leaktrace.db'), 'this is not SQLite');
    const run = await runBin(cwd, ['analyze', '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { exitCode: 3 } });
  });

  it('reads the store from --store, else LEAKTRACE_STORE, else leaktrace.json, else ./leaktrace.db', async () => {
    const cwd = tempFolder();
    expect((await runBin(cwd, ['init', '--name', 'Ann Lee', '--store', 'a.db'])).code).toBe(0);
    expect((await runBin(cwd, ['subject', 'list'], { LEAKTRACE_STORE: 'a.db' })).stdout).toMatch(/Ann/u);
    writeFileSync(join(cwd, 'leaktrace.json'), JSON.stringify({ store: 'a.db' }));
    expect((await runBin(cwd, ['subject', 'list'])).stdout).toMatch(/Ann/u);
    expect((await runBin(cwd, ['subject', 'list'], { LEAKTRACE_STORE: 'b.db' })).code).toBe(3);
    writeFileSync(join(cwd, 'leaktrace.json'), '{ "store": ');
    const bad = await runBin(cwd, ['subject', 'list']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/leaktrace\.json: not valid JSON/u);
  });
});
