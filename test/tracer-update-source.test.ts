import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore, type Store, type Tracer } from '../src/index.js';
import { sqliteStore } from '../src/stores/sqlite.js';

// A shop's own newsletter reaches the alias it was given, from a mail domain the person did not
// know when she added the shop: a `leak` then. Declaring the domain afterwards must turn it into
// the shop's own mail, in the store, not only for contacts recorded later.

const NOW = new Date('2026-11-30T00:00:00Z');

/** The stored verdict of one contact. */
async function verdictOf(tracer: Tracer, id: string): Promise<string | undefined> {
  for await (const { contact, result } of tracer.listContacts()) if (contact.id === id) return result.verdict;
  return undefined;
}

async function shopWorld(store: Store = memoryStore()) {
  const tracer = await createTracer({ store, seed: 'update-source', now: NOW, defaultRegion: 'CN' });
  const me = await tracer.addSubject({
    name: '陈思阳',
    emails: [{ address: 'me@chen.example', strategy: 'domain' }],
    phones: { real: ['+8613812345678'], pool: ['+8613911110004'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const shop = await tracer.addSource({ name: '小美服饰旗舰店', category: 'shop' });
  const other = await tracer.addSource({ name: '上海锦江饭店', category: 'hotel' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: ['email'],
    at: '2026-09-01T00:00:00Z',
  });
  const newsletter = await tracer.record({
    id: 'nl-1',
    channel: 'email',
    at: '2026-11-20T10:00:00Z',
    to: canary.email!,
    from: 'shop@xiaomei.example',
    content: '双十二大促，全场五折，会员专享。',
  });
  const dealer = await tracer.record({
    id: 'loan-1',
    channel: 'email',
    at: '2026-11-21T10:00:00Z',
    to: canary.email!,
    from: 'vip@rongyidai.example',
    content: '您好，您有一笔五万元贷款额度待领取，回复1办理。',
  });
  return { tracer, me, shop, other, canary, newsletter, dealer };
}

describe('tracer.updateSource()', () => {
  it('declares a mail domain learnt later and judges the stored contacts again', async () => {
    const { tracer, shop, newsletter } = await shopWorld();
    expect(newsletter.verdict).toBe('leak');
    const { source, rejudged, changed } = await tracer.updateSource(shop.id, {
      expected: { emailDomains: ['Xiaomei.example'] },
    });
    expect(source).toMatchObject({ id: shop.id, name: '小美服饰旗舰店', createdAt: shop.createdAt });
    expect(source.expected.emailDomains).toEqual(['xiaomei.example']);
    expect(rejudged).toBe(2);
    expect(changed).toBe(1);
    expect(await verdictOf(tracer, 'nl-1')).toBe('legitimate');
    // The dealer's mail from another domain stays the leak it was.
    expect(await verdictOf(tracer, 'loan-1')).toBe('leak');
    expect((await tracer.analyze()).sources.find((s) => s.sourceId === shop.id)?.status).toBe('leaked');
    await tracer.close();
  });

  it('adds to the lists, keeps what was there, and reads national numbers in the given region', async () => {
    const { tracer, shop } = await shopWorld();
    await tracer.updateSource(shop.id, { expected: { phones: ['021-62582582'] }, otherNames: ['Xiaomei'] });
    const { source } = await tracer.updateSource(shop.id, {
      expected: { phones: ['(415) 555-0100'], region: 'US' },
      otherNames: ['Xiaomei', '小美'],
      category: 'clothes shop',
    });
    // 021-62582582 read in the tracer's region (CN), (415) 555-0100 in the one given.
    expect(source.expected.phones).toEqual(['+862162582582', '+14155550100']);
    expect(source.otherNames).toEqual(['Xiaomei', '小美']);
    expect(source.category).toBe('clothes shop');
    expect(tracer.listSources().find((s) => s.id === shop.id)).toEqual(source);
    await tracer.close();
  });

  it.each([
    [{ otherNames: ['Hotel'] }, 'otherNames[0]', 'generic_name'],
    [{ otherNames: ['小美', '上海锦江饭店'] }, 'otherNames[1]', 'name_taken'],
    [{ otherNames: ['陈思阳'] }, 'otherNames[0]', 'subject_name'],
    [{ expected: { phones: ['not a number'] } }, 'expected.phones[0]', 'invalid_phone'],
    [{ expected: { emailDomains: ['qq.com'] } }, 'expected.emailDomains[0]', 'shared_provider'],
    [{ expected: { emailAddresses: ['nobody'] } }, 'expected.emailAddresses[0]', 'invalid_email'],
    [{}, '', 'no_change'],
    [{ otherNames: ['小美服饰旗舰店'] }, '', 'no_change'],
    [{ name: 'renamed' }, 'name', 'unrecognized_keys'],
    [{ expected: { phones: ['021-62582582'], region: 'US' } }, 'expected.phones[0]', 'invalid_phone'],
  ])('refuses %j at %s (%s), writing nothing', async (update, path, code) => {
    const { tracer, shop } = await shopWorld();
    const error = await tracer.updateSource(shop.id, update as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError' });
    const issue = (error as { issues: { path: string; code: string }[] }).issues[0]!;
    expect([issue.path, issue.code]).toEqual([path, code]);
    expect(tracer.listSources().find((s) => s.id === shop.id)).toEqual(shop);
    await tracer.close();
  });

  it('refuses an unknown source with not_found', async () => {
    const { tracer } = await shopWorld();
    await expect(tracer.updateSource('src_none', { category: 'x' })).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [{ path: 'id', code: 'not_found' }],
    });
    await tracer.close();
  });

  it('is seen by another tracer on the same SQLite file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-update-source-')), 'store.db');
    const { tracer, shop } = await shopWorld(sqliteStore({ path }));
    const second = await createTracer({
      store: sqliteStore({ path }),
      seed: 'other',
      now: NOW,
      defaultRegion: 'CN',
    });
    await tracer.updateSource(shop.id, { expected: { emailDomains: ['xiaomei.example'] } });
    expect(await verdictOf(second, 'nl-1')).toBe('legitimate');
    await second.refresh();
    const later = await second.record({
      channel: 'email',
      at: '2026-11-25T10:00:00Z',
      to: second.listCanaries()[0]!.email!,
      from: 'news@xiaomei.example',
      content: '新品上市',
    });
    expect(later.verdict).toBe('legitimate');
    await second.close();
    await tracer.close();
  });
});

describe('a name another source goes by', () => {
  it('is refused as a new source name, naming the source that goes by it', async () => {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 'other-name',
      now: NOW,
      defaultRegion: 'CN',
    });
    const jinjiang = await tracer.addSource({
      name: '上海锦江饭店',
      otherNames: ['锦江饭店'],
      category: 'hotel',
    });
    await expect(tracer.addSource({ name: ' 锦江饭店 ' })).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [{ path: 'name', code: 'name_taken', message: expect.stringContaining(jinjiang.id) }],
    });
    expect(tracer.listSources()).toHaveLength(1);
    await tracer.addSource({ name: '锦江饭店', allowDuplicateName: true });
    expect(tracer.listSources()).toHaveLength(2);
    await tracer.close();
  });
});
