import { beforeAll, describe, expect, it } from 'vitest';
import { type BinRun, runBin, runJson, tempFolder } from './run-bin.js';

/** The words of a command line as a POSIX shell splits them (single and double quotes). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      word = (word ?? '') + line[++i];
    } else if (/\s/u.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Every command an output suggests: `` `leaktrace …` `` spans and `Next: leaktrace …` lines. */
function suggestions(run: BinRun): string[][] {
  const text = `${run.stdout}\n${run.stderr}`;
  const quoted = [...text.matchAll(/`leaktrace ([^`]+)`/gu)].map((m) => m[1]!);
  const next = [...text.matchAll(/^Next: leaktrace (.+)$/gmu)].map((m) => m[1]!);
  return [...quoted, ...next].map(shellWords);
}

/** Runs every suggestion of `run` in `cwd`, returning the failures (none expected). */
async function runSuggestions(cwd: string, run: BinRun): Promise<string[]> {
  const failures: string[] = [];
  for (const args of suggestions(run)) {
    const result = await runBin(cwd, args);
    if (result.code !== 0)
      failures.push(`leaktrace ${args.join(' ')} → ${result.code}: ${result.stderr.trim()}`);
  }
  return failures;
}

// The bin is spawned from dist, as an installed package runs it; `npm test` builds first.
describe('every command the CLI suggests runs as printed', () => {
  const cwd = tempFolder();
  let caseId: string;

  beforeAll(async () => {
    const init = await runBin(cwd, [
      'init',
      '--name',
      'Maria Gonzalez',
      '--email',
      'inbox@mg.example',
      '--region',
      'US',
      '--time-zone',
      'America/Los_Angeles',
      '--pool',
      '(415) 555-0124,(415) 555-0125',
    ]);
    expect(init.code, init.stderr).toBe(0);
    await runJson(cwd, ['source', 'add', 'Bay Auto Sales', '--category', 'car dealer']);
    const alias = (await runJson<{ email: string }>(cwd, ['issue', 'Bay Auto Sales', '--at', '2026-08-01']))
      .email;
    await runJson(cwd, [
      'record',
      '--channel',
      'email',
      '--to',
      alias,
      '--from',
      'deals@warranty.example',
      '--content',
      'Your car warranty is expiring',
      '--at',
      '2026-08-20T10:00',
    ]);
  }, 120_000);

  it('regression: an overdue CCPA case’s reminder, then complaint, suggestions run for a US person without --law', async () => {
    const opened = await runBin(cwd, [
      'case',
      'open',
      'Bay Auto Sales',
      '--law',
      'CCPA',
      '--at',
      '2026-09-01',
    ]);
    expect(opened.code, opened.stderr).toBe(0);
    caseId = /Case (case_\w+)/u.exec(opened.stdout)![1]!;
    expect(suggestions(opened)).toContainEqual(['letters', '--case', caseId]);
    expect(
      await runSuggestions(cwd, {
        ...opened,
        stdout: opened.stdout.replace(/`leaktrace case log[^`]*`/gu, ''),
      }),
    ).toEqual([]);
    await runJson(cwd, ['case', 'log', caseId, '--kind', 'request', '--at', '2026-09-01T10:00']);
    const overdue = await runBin(cwd, ['case', 'show', caseId]);
    expect(overdue.stdout).toContain(' — overdue');
    expect(suggestions(overdue)).toEqual([
      ['letters', '--case', caseId, '--kind', 'reminder'],
      ['case', 'log', caseId, '--kind', 'reminder'],
    ]);
    expect(await runSuggestions(cwd, overdue)).toEqual([]);
    const reminded = await runBin(cwd, ['case', 'show', caseId]);
    expect(suggestions(reminded)).toEqual([
      ['letters', '--case', caseId, '--to', 'regulator'],
      ['case', 'log', caseId, '--kind', 'complaint', '--to', 'CPPA'],
    ]);
    expect(await runSuggestions(cwd, reminded)).toEqual([]);
  }, 120_000);

  it('regression: `letters --source X --kind reminder` takes the law from the person’s case on X', async () => {
    const reminder = await runBin(cwd, ['letters', '--source', 'Bay Auto Sales', '--kind', 'reminder']);
    expect(reminder.code, reminder.stderr).toBe(0);
    expect(reminder.stdout).toContain('CCPA');
  }, 60_000);

  it('regression: the request letter is dated the day the case logged its request, with the case’s deadline', async () => {
    const letter = await runBin(cwd, ['letters', '--source', 'Bay Auto Sales']);
    expect(letter.code, letter.stderr).toBe(0);
    const shown = await runBin(cwd, ['case', 'show', caseId]);
    // Logged 1 September 2026; 45 days (§ 1798.130(a)(2)(A)) → 16 October 2026.
    expect(shown.stdout).toContain('reply due 2026-10-16');
    expect(letter.stdout).toMatch(/^Date: September 1, 2026$/mu);
    expect(letter.stdout).toContain('October 16, 2026');
  }, 60_000);

  it('regression: a source with a quote in its name is suggested quoted for the shell', async () => {
    const added = await runBin(cwd, ['source', 'add', `Tom's "Best" Shop`, '--category', 'shop']);
    expect(added.code, added.stderr).toBe(0);
    expect(suggestions(added)).toEqual([['issue', `Tom's "Best" Shop`]]);
    expect(await runSuggestions(cwd, added)).toEqual([]);
    const missing = await runBin(cwd, ['issue', 'Corner $hop']);
    expect(missing.code).toBe(2);
    expect(suggestions(missing)).toEqual([['source', 'add', 'Corner $hop']]);
    expect(await runSuggestions(cwd, missing)).toEqual([]);
  }, 60_000);

  it('regression: a case on a source with no leak on record suggests logging your own request, not a letter it cannot write', async () => {
    const opened = await runBin(cwd, ['case', 'open', `Tom's "Best" Shop`, '--law', 'CCPA']);
    expect(opened.code, opened.stderr).toBe(0);
    const id = /Case (case_\w+)/u.exec(opened.stdout)![1]!;
    expect(suggestions(opened)).toEqual([['case', 'log', id, '--kind', 'request']]);
    expect(await runSuggestions(cwd, opened)).toEqual([]);
  }, 60_000);
});
