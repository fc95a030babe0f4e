import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder, zhangWeiInitArgs } from './run-bin.js';

// `source add` with a name a source already has made a silent duplicate, after which
// `issue <name>` failed with "2 sources are named …". It is refused now, as addSource refuses it.
describe('leaktrace source add: one name, one source', () => {
  const cwd = tempFolder();
  let hotel: { id: string };

  beforeAll(async () => {
    await initZhangWei(cwd);
    hotel = await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
  }, 30_000);

  it('refuses a name already taken (exit 2), naming the existing id, and adds nothing', async () => {
    const again = await runBin(cwd, ['source', 'add', '上海希尔顿酒店']);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain(`a source is already named "上海希尔顿酒店": ${hotel.id} (hotel)`);
    expect(again.stderr).toContain('--allow-duplicate');
    const sources = await runJson<unknown[]>(cwd, ['source', 'list']);
    expect(sources).toHaveLength(1);
    const issued = await runJson<{ sourceId: string }>(cwd, ['issue', '上海希尔顿酒店']);
    expect(issued.sourceId).toBe(hotel.id);
  });

  it('compares names as the library does (case and spacing)', async () => {
    await runJson(cwd, ['source', 'add', 'Acme Insurance']);
    const again = await runBin(cwd, ['source', 'add', 'acme  insurance', '--json']);
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout)).toMatchObject({ error: { exitCode: 2 } });
    expect(again.stdout).toContain('Acme Insurance');
  });

  // A newcomer could not tell how a number was read, nor what a catch-all domain means.
  it('echoes the expected senders as they are matched, and init names the alias space', async () => {
    const added = await runBin(cwd, [
      'source',
      'add',
      'Jinjiang Inn',
      '--phone',
      '021-61234568,95555',
      '--domain',
      'JinJiang.com',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('  calls and texts from +862161234568, 95555 are its own');
    expect(added.stdout).toContain('  mail from jinjiang.com is its own');
    const other = tempFolder();
    const init = await runBin(other, zhangWeiInitArgs([], { real: false }));
    expect(init.stdout).toContain('  aliases     *@zw.example (catch-all domain)');
  });

  it('--allow-duplicate adds a second source of that name', async () => {
    const second = await runJson<{ id: string; name: string }>(cwd, [
      'source',
      'add',
      '上海希尔顿酒店',
      '--allow-duplicate',
    ]);
    expect(second.id).not.toBe(hotel.id);
    const ambiguous = await runBin(cwd, ['issue', '上海希尔顿酒店']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('2 sources are named');
  });
});

// A desk ("Kundenservice", 客服) or a bare kind of business ("Hotel") as a source's own name was
// accepted silently, though every business's staff sign so.
describe('leaktrace source add: a name that says which business', () => {
  const cwd = tempFolder();

  beforeAll(async () => {
    await initZhangWei(cwd);
  }, 30_000);

  it.each(['Kundenservice', '客服', 'Customer Care'])(
    'refuses a desk as the name (exit 2), adding nothing: %s',
    async (desk) => {
      const refused = await runBin(cwd, ['source', 'add', desk]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("is a desk or role any business's staff sign with");
      expect(await runJson<unknown[]>(cwd, ['source', 'list'])).toEqual([]);
    },
  );

  it('warns on a bare kind of business, and not when its brand is given as another name', async () => {
    const hotel = await runBin(cwd, ['source', 'add', 'Hotel']);
    expect(hotel.code).toBe(0);
    expect(hotel.stderr).toContain('"Hotel" says only what kind of business it is');
    const shop = await runBin(cwd, ['source', 'add', '母婴店', '--other-name', '佳禾']);
    expect(shop.code).toBe(0);
    expect(shop.stderr).toBe('');
    const named = await runBin(cwd, ['source', 'add', 'Hotel Adlon']);
    expect(named.stderr).toBe('');
  });
});
