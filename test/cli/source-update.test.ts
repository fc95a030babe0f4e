import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

// A shop's own newsletter reached the alias it was given from a mail domain the person learnt
// only from that mail: `source update --domain` declares it and judges the stored mail again.
// A source is found by any name it goes by, and `source add` of one of them is refused.
describe('leaktrace source update', () => {
  const cwd = tempFolder();
  let shop: { id: string };
  let alias: string;

  beforeAll(async () => {
    await initZhangWei(cwd);
    shop = await runJson(cwd, [
      'source',
      'add',
      '小美服饰旗舰店',
      '--category',
      'shop',
      '--other-name',
      'Xiaomei',
    ]);
    const issued = await runJson<{ fields: { kind: string; value: string }[] }>(cwd, [
      'issue',
      'xiaomei',
      '--fields',
      'email',
      '--at',
      '2026-09-01T10:00',
    ]);
    alias = issued.fields.find((f) => f.kind === 'email')!.value;
    const recorded = await runJson<{ verdict: string }>(cwd, [
      'record',
      '--channel',
      'email',
      '--to',
      alias,
      '--from',
      'shop@xiaomei.example',
      '--content',
      '双十二大促，全场五折，会员专享。',
      '--at',
      '2026-11-20T10:00',
    ]);
    expect(recorded.verdict).toBe('leak');
  }, 60_000);

  it('declares the domain, says how many stored contacts were judged again, and the verdict changes', async () => {
    const run = await runBin(cwd, [
      'source',
      'update',
      '小美服饰旗舰店',
      '--domain',
      'xiaomei.example',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Source ${shop.id} updated: 小美服饰旗舰店`);
    expect(run.stdout).toContain('  mail from xiaomei.example is its own');
    expect(run.stdout).toContain('1 contact that reached it judged again: 1 verdict changed');
    const zh = await runBin(cwd, ['source', 'update', shop.id, '--other-name', '小美', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('重新判断了联系到它的 1 条联系：判断都没有变');
    const json = await runJson<{ source: { otherNames: string[] }; rejudged: number; changed: number }>(cwd, [
      'source',
      'update',
      shop.id,
      '--category',
      'clothes shop',
    ]);
    expect(json).toMatchObject({ source: { otherNames: ['Xiaomei', '小美'] }, rejudged: 1, changed: 0 });
  });

  it('refuses an update that changes nothing, or a shared provider, with the field (exit 2)', async () => {
    const same = await runBin(cwd, [
      'source',
      'update',
      shop.id,
      '--domain',
      'xiaomei.example',
      '--lang',
      'en',
    ]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/changes nothing/u);
    const qq = await runBin(cwd, ['source', 'update', shop.id, '--domain', 'qq.com', '--lang', 'en']);
    expect(qq.code).toBe(2);
    expect(qq.stderr).toContain('qq.com');
  });

  it('finds a source by another name it goes by, and refuses to add that name as a new source', async () => {
    const hotel = await runJson<{ id: string }>(cwd, [
      'source',
      'add',
      '上海锦江饭店',
      '--other-name',
      '锦江饭店',
    ]);
    const issued = await runJson<{ sourceId: string }>(cwd, ['issue', '锦江饭店', '--fields', 'email']);
    expect(issued.sourceId).toBe(hotel.id);
    const add = await runBin(cwd, ['source', 'add', 'xiaomei', '--lang', 'en']);
    expect(add.code).toBe(2);
    expect(add.stderr).toContain(shop.id);
    expect(await runJson<unknown[]>(cwd, ['source', 'list'])).toHaveLength(2);
  });

  it.each([
    [['--category', ''], 'category'],
    [['--other-name', '--phone'], 'otherNames[0]'],
    [['--other-name', '锦江饭店'], 'otherNames[0]'],
    [['--domain', 'co.uk'], 'expected.emailDomains[0]'],
    [['--domain', 'naver.com'], 'expected.emailDomains[0]'],
  ])('regression: refuses %j at %s (exit 2), writing nothing', async (args, path) => {
    const before = await runJson<unknown[]>(cwd, ['source', 'list']);
    const run = await runBin(cwd, ['source', 'update', shop.id, ...args, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path);
    expect(await runJson<unknown[]>(cwd, ['source', 'list'])).toEqual(before);
  });
});
