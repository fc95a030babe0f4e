import { describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

/** The `Next: leaktrace …` commands of an output, as argument lists (quoted words kept whole). */
function nextCommands(stdout: string): string[][] {
  return [...stdout.matchAll(/^Next: leaktrace (.+)$/gmu)].map((m) =>
    [...m[1]!.matchAll(/'([^']*)'|(\S+)/gu)].map((w) => w[1] ?? w[2]!),
  );
}

// In a store of two people, `source add "Hilton Shanghai"` ended with "Next: leaktrace issue
// 'Hilton Shanghai'", which failed: "2 people in the store: pass --subject". The suggestion
// names the person now, one command per person, and each runs as printed.
describe('source add suggests an issue that runs, whoever the store holds', () => {
  it('one person: issue <source>, as before', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    const added = await runBin(cwd, ['source', 'add', 'Hilton Shanghai']);
    expect(nextCommands(added.stdout)).toEqual([['issue', 'Hilton Shanghai']]);
  });

  it('several people: one issue per person, by name, and each exits 0', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    const anna = ['subject', 'add', '--name', 'Anna Müller', '--region', 'DE'];
    expect((await runBin(cwd, [...anna, '--email', 'anna.mueller@gmail.com:plus'])).code).toBe(0);
    const added = await runBin(cwd, ['source', 'add', 'Hotel Adlon Kempinski', '--category', 'hotel']);
    const next = nextCommands(added.stdout);
    expect(next).toEqual([
      ['issue', 'Hotel Adlon Kempinski', '--subject', '张伟'],
      ['issue', 'Hotel Adlon Kempinski', '--subject', 'Anna Müller'],
    ]);
    for (const args of next)
      expect({ args, code: (await runBin(cwd, args)).code }).toEqual({ args, code: 0 });
  });

  it('two people of one name: by id, since the name cannot tell them apart', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    const second = await runBin(cwd, [
      'subject',
      'add',
      '--name',
      '张伟',
      '--email',
      'zw2@inbox2.example',
      '--json',
    ]);
    expect(second.code).toBe(0);
    const ids = [
      ...(await runBin(cwd, ['subject', 'list', '--json'])).stdout.matchAll(/"id": "(sub_[^"]+)"/gu),
    ].map((m) => m[1]!);
    const added = await runBin(cwd, ['source', 'add', '如家酒店']);
    expect(nextCommands(added.stdout)).toEqual(ids.map((id) => ['issue', '如家酒店', '--subject', id]));
  });

  it('a person chosen with --subject: that one issue, carrying the choice', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    await runBin(cwd, ['subject', 'add', '--name', 'Anna Müller', '--region', 'DE']);
    const added = await runBin(cwd, ['source', 'add', 'Hotel Adlon Kempinski', '--subject', 'Anna Müller']);
    const next = nextCommands(added.stdout);
    expect(next).toEqual([['issue', 'Hotel Adlon Kempinski', '--subject', 'Anna Müller']]);
    expect((await runBin(cwd, next[0]!)).code).toBe(0);
  });
});
