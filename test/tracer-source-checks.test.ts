import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore, type Store, type Tracer } from '../src/index.js';
import { publicSuffix } from '../src/schemas/source.js';
import { sqliteStore } from '../src/stores/sqlite.js';

// What a source may be declared by, the same whether it is added or updated: no mail domain every
// company or every user of a provider has, no name or id another registrant goes by (however
// spelled), no number of the protected person, no empty category, no command-line option as a
// name. Two processes declaring one name at once: one of them is refused.

const NOW = new Date('2026-11-30T00:00:00Z');

async function world(store: Store = memoryStore()) {
  const tracer = await createTracer({ store, seed: 'source-checks', now: NOW, defaultRegion: 'GB' });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'me@eh.example', strategy: 'domain' }],
    phones: { real: ['+447911000100'], pool: ['+447911000101'] },
    locale: 'en',
    region: 'GB',
  });
  const miramar = await tracer.addSource({
    name: 'Grand Hotel Miramar',
    otherNames: ['Cliff House'],
    category: 'hotel',
  });
  const hilton = await tracer.addSource({
    name: 'Hilton Park Lane',
    category: 'hotel',
    expected: { phones: ['+442074938000'], emailDomains: ['hilton.com'] },
  });
  const seaview = await tracer.addSource({ name: 'Seaview Lodge', category: 'hotel' });
  return { tracer, me, miramar, hilton, seaview };
}

/** The path and code of the first issue of a refusal. */
async function refusal(call: Promise<unknown>): Promise<[string, string]> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'ValidationError' });
  const issue = (error as { issues: { path: string; code: string }[] }).issues[0]!;
  return [issue.path, issue.code];
}

describe('a public suffix or a shared provider as a mail domain', () => {
  it('tells public suffixes from companies’ domains', () => {
    for (const d of ['co.uk', 'com.au', 'com.cn', 'co.jp', 'gov.pl', 'ne.jp', 'github.io', 'eu.com'])
      expect(publicSuffix(d), d).toBe(true);
    for (const d of ['hilton.com', 'co.example', 'miramar.co.uk', 'web.de', 'jinjiang.com.cn'])
      expect(publicSuffix(d), d).toBe(false);
  });

  it.each([
    ['co.uk', 'invalid_domain'],
    ['com.br', 'invalid_domain'],
    ['wp.pl', 'shared_provider'],
    ['naver.com', 'shared_provider'],
    ['yandex.ru', 'shared_provider'],
    ['outlook.de', 'shared_provider'],
    ['onet.pl', 'shared_provider'],
    ['vip.163.com', 'shared_provider'],
  ])(
    'regression: %s is refused (%s) by addSource and by updateSource, writing nothing',
    async (domain, code) => {
      const { tracer, seaview } = await world();
      expect(
        await refusal(
          tracer.addSource({ name: 'Harbour Inn', expected: { phones: [], emailDomains: [domain] } }),
        ),
      ).toEqual(['expected.emailDomains[0]', code]);
      expect(
        await refusal(
          tracer.updateSource(seaview.id, { expected: { emailDomains: ['seaview.example', domain] } }),
        ),
      ).toEqual(['expected.emailDomains[1]', code]);
      expect(tracer.listSources().find((s) => s.id === seaview.id)).toEqual(seaview);
      expect(tracer.listSources()).toHaveLength(3);
      await tracer.close();
    },
  );
});

describe('a name another registrant or the person goes by', () => {
  it.each([
    ['Cliff House', 'name_taken'], // another source's other name
    ['cliff  house', 'name_taken'],
    ['Hіlton Park Lane', 'name_taken'], // Cyrillic і
    ['Grand Hotel Мiramar', 'name_taken'], // Cyrillic М
    ['Emily Наrrison', 'subject_name'], // Cyrillic На
    ['Hilton', 'name_taken'], // the brand another source's name holds
    ['希尔顿', 'name_taken'],
  ])('regression: other name %j is refused (%s) on update and on add', async (name, code) => {
    const { tracer, seaview } = await world();
    expect(await refusal(tracer.updateSource(seaview.id, { otherNames: [name] }))).toEqual([
      'otherNames[0]',
      code,
    ]);
    expect(await refusal(tracer.addSource({ name: 'Harbour Inn', otherNames: [name] }))).toEqual([
      'otherNames[0]',
      code,
    ]);
    expect(tracer.listSources().find((s) => s.id === seaview.id)).toEqual(seaview);
    await tracer.close();
  });

  it('regression: another source’s id is no name', async () => {
    const { tracer, seaview, miramar } = await world();
    expect(await refusal(tracer.updateSource(seaview.id, { otherNames: [miramar.id] }))).toEqual([
      'otherNames[0]',
      'name_taken',
    ]);
    expect(await refusal(tracer.addSource({ name: 'Harbour Inn', otherNames: [miramar.id] }))).toEqual([
      'otherNames[0]',
      'name_taken',
    ]);
    await tracer.close();
  });

  it('regression: a new source named like another’s name in lookalike letters is refused', async () => {
    const { tracer } = await world();
    expect(await refusal(tracer.addSource({ name: 'Seavіew Lodge' }))).toEqual(['name', 'name_taken']);
    await tracer.close();
  });

  it('lets two branches of one chain share the brand their names hold, never another branch’s name', async () => {
    const { tracer, hilton } = await world();
    const berlin = await tracer.addSource({ name: 'Hilton Berlin', otherNames: ['Hilton', '希尔顿'] });
    expect(berlin.otherNames).toEqual(['Hilton', '希尔顿']);
    const { source } = await tracer.updateSource(hilton.id, { otherNames: ['Hilton'] });
    expect(source.otherNames).toEqual(['Hilton']);
    expect(
      await refusal(tracer.addSource({ name: 'Hilton Berlin Mitte', otherNames: ['Hilton Berlin'] })),
    ).toEqual(['otherNames[0]', 'name_taken']);
    await tracer.close();
  });

  it('keeps a source’s own other names and its own spellings', async () => {
    const { tracer, miramar } = await world();
    const { source } = await tracer.updateSource(miramar.id, {
      otherNames: ['Cliff House', 'Miramar Hotel'],
    });
    expect(source.otherNames).toEqual(['Cliff House', 'Miramar Hotel']);
    await tracer.close();
  });

  it('regression: two tracers on one SQLite file giving one other name to two sources at once: one is refused', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-source-checks-')), 'store.db');
    const { tracer, miramar, seaview } = await world(sqliteStore({ path }));
    const second = await createTracer({ store: sqliteStore({ path }), seed: 'second', now: NOW });
    const outcomes = await Promise.allSettled([
      tracer.updateSource(miramar.id, { otherNames: ['Seaside Inn'] }),
      second.updateSource(seaview.id, { otherNames: ['Seaside Inn'] }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ issues: [{ path: 'otherNames[0]', code: 'name_taken' }] });
    const third = await createTracer({ store: sqliteStore({ path }), seed: 'third', now: NOW });
    const holders = third.listSources().filter((s) => s.otherNames?.includes('Seaside Inn'));
    expect(holders).toHaveLength(1);
    await Promise.all([tracer.close(), second.close(), third.close()]);
  });
});

describe('numbers, categories and names that are no source’s', () => {
  it.each([
    ['+447911000100', 'the person’s real number'],
    ['+447911000101', 'her pool number'],
    ['07911 000101', 'her pool number written nationally'],
  ])('regression: %s (%s) is refused as a source’s number', async (phone) => {
    const { tracer, seaview } = await world();
    expect(
      await refusal(tracer.updateSource(seaview.id, { expected: { phones: ['+441234567890', phone] } })),
    ).toEqual(['expected.phones[1]', 'subject_phone']);
    expect(
      await refusal(
        tracer.addSource({ name: 'Harbour Inn', expected: { phones: [phone], emailDomains: [] } }),
      ),
    ).toEqual(['expected.phones[0]', 'subject_phone']);
    expect(tracer.listSources().find((s) => s.id === seaview.id)).toEqual(seaview);
    await tracer.close();
  });

  it.each([
    [{ category: '' }, 'category'],
    [{ category: '   ' }, 'category'],
    [{ otherNames: ['--phone'] }, 'otherNames[0]'],
    [{ otherNames: ['-p'] }, 'otherNames[0]'],
    [{ otherNames: ['--domain=x.example'] }, 'otherNames[0]'],
  ])('regression: %j is refused at %s', async (update, path) => {
    const { tracer, seaview } = await world();
    expect((await refusal(tracer.updateSource(seaview.id, update)))[0]).toBe(path);
    expect((await refusal(tracer.addSource({ name: 'Harbour Inn', ...update })))[0]).toBe(path);
    expect(tracer.listSources().find((s) => s.id === seaview.id)).toEqual(seaview);
    await tracer.close();
  });

  it('regression: a name like an option is refused; a name with a dash inside is a name', async () => {
    const { tracer } = await world();
    expect(await refusal(tracer.addSource({ name: '--phone' }))).toEqual(['name', 'invalid_name']);
    const inn = await tracer.addSource({ name: 'Harbour-Inn', otherNames: ['Inn - Harbour Road'] });
    expect(inn.otherNames).toEqual(['Inn - Harbour Road']);
    await tracer.close();
  });
});

describe('a contact judged while another process declares its sender', () => {
  it('regression: is judged again once stored, whichever process stored it last', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-source-race-')), 'store.db');
    const { tracer, me, miramar } = await world(sqliteStore({ path }));
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: miramar.id,
      fields: ['email'],
      at: '2026-09-01T00:00:00Z',
    });
    await tracer.close();
    const updater = await createTracer({ store: sqliteStore({ path }), seed: 'updater', now: NOW });
    // The recording process's store runs the other process's update between the judgement and
    // the write: the update's own judging again reads the contacts before this one is stored.
    const inner = sqliteStore({ path });
    let declare: string | undefined;
    // What each update judged again: never the contact being stored.
    const rejudged: number[] = [];
    const racing: Store = {
      ...inner,
      appendContacts: async (records) => {
        if (declare !== undefined) {
          const update = await updater.updateSource(miramar.id, { expected: { emailDomains: [declare] } });
          declare = undefined;
          rejudged.push(update.rejudged);
        }
        return inner.appendContacts(records);
      },
    };
    const recorder: Tracer = await createTracer({ store: racing, seed: 'recorder', now: NOW });
    declare = 'miramar-mail.example';
    const one = await recorder.record({
      id: 'm1',
      channel: 'email',
      at: '2026-11-20T10:00:00Z',
      to: canary.email!,
      from: 'news1@miramar-mail.example',
      content: 'Dear Emily, our winter newsletter: the terrace reopens on 1 December.',
    });
    expect(declare).toBeUndefined();
    expect(one.verdict).toBe('legitimate');
    declare = 'miramar-news.example';
    const many = await recorder.recordMany([
      {
        id: 'm2',
        channel: 'email',
        at: '2026-11-21T10:00:00Z',
        to: canary.email!,
        from: 'news2@miramar-news.example',
        content: 'Dear Emily, our spring newsletter: the pool reopens on 1 March.',
      },
    ]);
    expect(declare).toBeUndefined();
    expect(many.inserted).toBe(1);
    const stored = new Map<string, string>();
    for await (const { contact, result } of updater.listContacts()) stored.set(contact.id, result.verdict);
    expect(Object.fromEntries(stored)).toEqual({ m1: 'legitimate', m2: 'legitimate' });
    expect(rejudged).toEqual([0, 1]);
    await Promise.all([updater.close(), recorder.close()]);
  });
});
