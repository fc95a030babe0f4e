import { describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

interface Issued {
  readonly fields: readonly {
    readonly kind: string;
    readonly value: string;
    readonly unguessable: boolean;
  }[];
}

/** The name field `issue --json` handed to `source` in a store made by `init`, and the printed output. */
async function issueTo(
  init: readonly string[],
  lang = 'en',
): Promise<{ name: Issued['fields'][number]; said: string }> {
  const cwd = tempFolder();
  expect((await runBin(cwd, [...init])).code).toBe(0);
  await runJson(cwd, ['source', 'add', 'Acme Shop']);
  const said = await runBin(cwd, ['issue', 'Acme Shop', '--lang', lang]);
  expect(said.code).toBe(0);
  const [issued] = await runJson<Issued[]>(cwd, ['identities', '--json']);
  return { name: issued!.fields.find((f) => f.kind === 'name')!, said: said.stdout };
}

// `issue` for "Tom Brown" printed "name  Tom T. Brown" like any other field: a newcomer took the
// middle initial for proof, though it is the person's own middle initial one time in seventeen. A variant that
// is not decisive is said to be weak evidence on its own; a decisive one gets no such note.
describe('issue says when the name variant it hands out is weak evidence', () => {
  it('a two-part Latin name outside the Census countries: a middle initial, weak, said so', async () => {
    const { name, said } = await issueTo(['init', '--name', 'Tom Brown', '--email', 'inbox@tb.example']);
    expect(name.unguessable).toBe(false);
    expect(said).toContain(`note: the name "${name.value}" is weak evidence on its own`);
  });

  it('in Chinese for a Chinese CLI', async () => {
    const { name, said } = await issueTo(['init', '--name', 'Li Na', '--email', 'inbox@ln.example'], 'zh-CN');
    expect(name.unguessable).toBe(false);
    expect(said).toContain(`注意：姓名"${name.value}"单独只是弱证据`);
  });

  it('a decisive variant (张伟 in China, a rare middle name in the US) gets no note', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    await runJson(cwd, ['source', 'add', 'Acme Shop']);
    const zh = await runBin(cwd, ['issue', 'Acme Shop']);
    expect(zh.stdout).not.toMatch(/weak evidence/u);
    const us = await issueTo([
      'init',
      '--name',
      'Ann Lee',
      '--region',
      'US',
      '--time-zone',
      'America/Chicago',
      '--email',
      'ann.lee@gmail.com:plus',
    ]);
    expect(us.name.unguessable).toBe(true);
    expect(us.said).not.toMatch(/weak evidence/u);
  });

  it('a control hands nothing to a source: no note', async () => {
    const cwd = tempFolder();
    await runBin(cwd, ['init', '--name', 'Tom Brown', '--email', 'inbox@tb.example']);
    const control = await runBin(cwd, ['issue', '--control', '--fields', 'email,name']);
    expect(control.code).toBe(0);
    expect(control.stdout).not.toMatch(/weak evidence/u);
  });
});
