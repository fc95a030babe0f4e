import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { staleBuildWarning } from '../../src/cli/stale-build.js';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

describe('people and the identities handed out', () => {
  const cwd = tempFolder();
  let tom: { id: string };
  beforeAll(async () => {
    await initZhangWei(cwd);
    tom = (await runJson<{ subject: { id: string } }>(cwd, ['subject', 'add', '--name', 'Tom Brown']))
      .subject;
    await runJson(cwd, ['source', 'add', 'Shop A1']);
  }, 60_000);

  it('regression: --subject takes a person’s name as well as an id, and a wrong one lists the people', async () => {
    const issued = await runJson<{ subjectId: string }>(cwd, [
      'issue',
      'Shop A1',
      '--subject',
      'tom  brown',
      '--fields',
      'name',
    ]);
    expect(issued.subjectId).toBe(tom.id);
    const wrong = await runBin(cwd, ['issue', 'Shop A1', '--subject', 'Tim Brown']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /no subject Tim Brown .*: the people are sub_\w+ \(张伟\), sub_\w+ \(Tom Brown\)/u,
    );
  }, 60_000);

  // A Chinese CLI said "no subject Tim Brown in …: the people are …" in English (the people's
  // Chinese names let it pass as already translated), and so for a name two people share.
  it('regression: a wrong or shared --subject is told in the CLI’s language', async () => {
    const wrong = await runBin(cwd, ['issue', 'Shop A1', '--subject', 'Tim Brown', '--lang', 'zh-CN']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /中没有 Tim Brown 这个人：库中的人是 sub_\w+ \(张伟\), sub_\w+ \(Tom Brown\)/u,
    );
    expect(wrong.stderr).not.toMatch(/no subject|the people are/u);
    const folder = tempFolder();
    await initZhangWei(folder);
    await runJson(folder, ['subject', 'add', '--name', '张伟', '--email', 'zw2@inbox2.example']);
    for (const [lang, said] of [
      ['zh-CN', /有 2 个人叫 张伟：请用 --subject 加 id 指明（sub_\w+ \(张伟\), sub_\w+ \(张伟\)）/u],
      ['en', /2 people are called 张伟: pass --subject with an id \(sub_\w+ \(张伟\), sub_\w+ \(张伟\)\)/u],
    ] as const) {
      const shared = await runBin(folder, ['identities', '--subject', '张伟', '--lang', lang]);
      expect(shared.code).toBe(2);
      expect(shared.stderr).toMatch(said);
    }
  }, 60_000);

  it('regression: issuing again to a source that holds an identity shows it and issues nothing; `identities` lists them', async () => {
    const first = await runJson<{ id: string; email: string }>(cwd, [
      'issue',
      'Shop A1',
      '--subject',
      '张伟',
    ]);
    const again = await runBin(cwd, ['issue', 'Shop A1', '--subject', '张伟']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Shop A1 already holds an identity of 张伟');
    expect(again.stderr).toContain(first.email);
    expect(again.stderr).toContain('--again');
    const listed = await runJson<{ id: string }[]>(cwd, ['identities', 'Shop A1', '--subject', '张伟']);
    expect(listed.map((c) => c.id)).toEqual([first.id]);
    const text = await runBin(cwd, ['identities', '--subject', '张伟']);
    expect(text.stdout).toContain(`Shop A1 — `);
    expect(text.stdout).toContain(first.email);
    const second = await runJson<{ id: string }>(cwd, ['issue', 'Shop A1', '--subject', '张伟', '--again']);
    const both = await runJson<{ id: string }[]>(cwd, ['identities', 'Shop A1', '--subject', '张伟']);
    expect(both.map((c) => c.id)).toEqual([first.id, second.id]);
  }, 60_000);
});

describe('a build older than its sources', () => {
  function checkout(): { root: string; bin: string } {
    const root = tempFolder();
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(root, 'src', 'cli', 'bin.ts'), '');
    const bin = join(root, 'dist', 'cli', 'bin.js');
    writeFileSync(bin, '');
    const old = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(root, 'src', 'cli', 'bin.ts'), old, old);
    return { root, bin };
  }
  const url = (path: string) => pathToFileURL(path.endsWith('/') ? path : `${path}/`);

  it('regression: warns when a source file changed after the bin was built (git pull without a build)', () => {
    const { root, bin } = checkout();
    expect(staleBuildWarning(url(root), pathToFileURL(bin))).toBeUndefined();
    writeFileSync(join(root, 'src', 'cli', 'new.ts'), '');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'cli', 'new.ts'), later, later);
    expect(staleBuildWarning(url(root), pathToFileURL(bin))).toMatch(/npm run build/u);
  });

  it('says nothing for an installed package (no src/ beside dist/)', () => {
    const root = tempFolder();
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(root, 'dist', 'cli', 'bin.js'), '');
    expect(staleBuildWarning(url(root), pathToFileURL(join(root, 'dist', 'cli', 'bin.js')))).toBeUndefined();
  });
});
