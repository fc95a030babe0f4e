import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContactInput, createTracer, memoryStore, StoreError } from '../src/index.js';
import { chineseWorld, day, T0 } from './helpers/world.js';

describe('record() idempotence', () => {
  it('stores a contact once per id', async () => {
    const { tracer } = await chineseWorld();
    const input = {
      id: 'call-1',
      channel: 'call' as const,
      at: day(1),
      to: '13900139001',
      from: '17012345678',
    };
    const first = await tracer.record(input);
    const again = await tracer.record({ ...input, content: 'changed' });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.contact).toEqual(first.contact);
    expect(again.verdict).toBe(first.verdict);
  });

  it('derives the id from the content when none is given', async () => {
    const { tracer } = await chineseWorld();
    const input = {
      channel: 'sms' as const,
      at: '2026-03-02T10:00:00+08:00',
      to: '+86 139 0013 9001',
      content: '您好',
    };
    const first = await tracer.record(input);
    // The same SMS imported again from another export, written differently, is one contact.
    const again = await tracer.record({ ...input, at: new Date('2026-03-02T02:00:00Z'), to: '13900139001' });
    expect(first.contact.id).toMatch(/^h:[0-9a-f]{32}$/u);
    expect(again).toMatchObject({ duplicate: true, contact: { id: first.contact.id } });
    const other = await tracer.record({ ...input, content: '您好!' });
    expect(other.duplicate).toBe(false);
  });

  it('answers concurrent records of one id with one insert', async () => {
    const { tracer } = await chineseWorld();
    const input = { id: 'same', channel: 'sms' as const, at: day(1), to: '13900139001' };
    const results = await Promise.all(Array.from({ length: 10 }, () => tracer.record(input)));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
  });
});

describe('recordMany()', () => {
  it('keeps good items, rejects bad ones by index, and reports progress', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
    const items: unknown[] = [
      { id: 'a', channel: 'email', at: day(1), to: canary.email, from: 'x@spam.example' },
      { id: 'b', channel: 'call', at: day(1), to: 'garbage' },
      null,
      { id: 'a', channel: 'email', at: day(1), to: canary.email },
      { id: 'c', channel: 'call', at: day(2), to: subject.phones.real[0] },
      { id: 'd', channel: 'sms', at: day(2), to: '13900139001', content: 'x'.repeat(200_000) },
    ];
    const progress: number[] = [];
    async function* stream() {
      yield* items as ContactInput[];
    }
    const summary = await tracer.recordMany(stream(), {
      batchSize: 2,
      onProgress: (p) => progress.push(p.processed),
    });
    expect(summary).toMatchObject({ total: 6, inserted: 2, duplicates: 1 });
    expect(summary.rejected.map((r) => r.index)).toEqual([1, 2, 5]);
    expect(summary.rejected[0]!.reason).toMatch(/to/u);
    expect(summary.verdicts).toMatchObject({ leak: 1, untraceable: 1, merge: 0 });
    expect(progress.at(-1)).toBe(6);
    // A second import of the same items adds nothing.
    const again = await tracer.recordMany(items as ContactInput[]);
    expect(again).toMatchObject({ inserted: 0, duplicates: 3 });
  });

  it('agrees with record() item by item (property)', async () => {
    const channel = fc.constantFrom('call', 'sms') as fc.Arbitrary<'call' | 'sms'>;
    const contact = fc.record({
      channel,
      at: fc.integer({ min: 0, max: 30 }).map(day),
      to: fc.constantFrom('13900139001', '13900139002', '13800138000', '13500135000'),
      content: fc.constantFrom(undefined, '张伟您好', '贷款', '张小伟先生'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(contact, { maxLength: 20 }), async (list) => {
        const items = list.map(({ content, ...rest }) =>
          content === undefined ? rest : { ...rest, content },
        );
        const a = await chineseWorld();
        const b = await chineseWorld();
        await a.tracer.recordMany(items);
        for (const item of items) await b.tracer.record(item);
        const dump = async (t: typeof a.tracer) => {
          const out = [];
          for await (const c of t.listContacts()) out.push([c.contact.id, c.result.verdict]);
          return out;
        };
        expect(await dump(a.tracer)).toEqual(await dump(b.tracer));
      }),
      { numRuns: 25 },
    );
  });
});

describe('issuance at scale', () => {
  it('issues 10,000 canaries to one subject without a collision (property over seeds)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 8 }), async (seed) => {
        const tracer = await createTracer({ seed, now: T0 });
        const subject = await tracer.addSubject({
          name: 'Alice Chen',
          emails: [
            { address: 'a@alice.example', strategy: 'domain' },
            { address: 'alice@gmail.com', strategy: 'plus' },
          ],
        });
        const source = await tracer.addSource({ name: 'S' });
        const values = new Set<string>();
        const tags = new Set<string>();
        for (let i = 0; i < 10_000; i++) {
          const mailbox = i % 2 === 0 ? 'a@alice.example' : 'alice@gmail.com';
          const canary = await tracer.issue({
            subjectId: subject.id,
            sourceId: source.id,
            fields: [
              { kind: 'email', mailbox },
              // A random-looking part: a custom value must not be ordinary text (a word and a number).
              { kind: 'custom', value: `K7Q${i}X-LOYALTY` },
            ],
          });
          values.add(canary.email!);
          tags.add(canary.fields[0]!.textKeys[0]!);
        }
        expect(values.size).toBe(10_000);
        expect(tags.size).toBe(10_000);
      }),
      { numRuns: 3 },
    );
  }, 120_000);

  it('gives every name variant, marker and number tuple to one source only', async () => {
    for (const [name, locale] of [
      ['张伟', 'zh-CN'],
      ['Mary Jones', 'en'],
      ['欧阳明', 'zh-CN'],
    ] as const) {
      const tracer = await createTracer({ seed: name, now: T0 });
      const subject = await tracer.addSubject({
        name,
        locale,
        address: '1 Main St',
        phones: { pool: ['13900139001', '13900139002', '13900139003', '13900139004'] },
      });
      const tuples = new Set<string>();
      const names = new Set<string>();
      for (let i = 0; i < 40; i++) {
        const source = await tracer.addSource({ name: `S${i}` });
        const c = await tracer.issue({
          subjectId: subject.id,
          sourceId: source.id,
          fields: ['phone', 'name', 'address'],
        });
        tuples.add(`${c.phone}|${c.name}`);
        names.add(c.name!);
        expect(c.name).not.toBe(name);
      }
      expect(names.size).toBe(40);
      expect(tuples.size).toBe(40);
      // Sources spread evenly: 40 sources over 4 numbers is 10 each.
      const perNumber = new Map<string, number>();
      for (const c of tracer.listCanaries()) perNumber.set(c.phone!, (perNumber.get(c.phone!) ?? 0) + 1);
      expect([...perNumber.values()]).toEqual([10, 10, 10, 10]);
    }
  });

  it('never loses a batch for one record the store refuses (regression: PostgreSQL lost the whole batch)', async () => {
    const inner = memoryStore();
    // A store that, like PostgreSQL before its codec escaped them, refuses one odd record.
    const store = {
      ...inner,
      appendContacts: async (records: Parameters<typeof inner.appendContacts>[0]) => {
        if (records.some((r) => r.contact.content?.includes('BAD'))) {
          throw new StoreError('picky', 'appendContacts: unsupported Unicode escape sequence');
        }
        return inner.appendContacts(records);
      },
    };
    const { tracer } = await chineseWorld({ store });
    const ok = (id: string) => ({ id, channel: 'sms' as const, at: day(1), to: '13900139001', content: id });
    const summary = await tracer.recordMany([ok('one'), { ...ok('bad'), content: 'BAD' }, ok('two')]);
    expect(summary).toMatchObject({ total: 3, inserted: 2 });
    expect(summary.rejected).toEqual([
      expect.objectContaining({ index: 1, issues: [expect.objectContaining({ code: 'store_refused' })] }),
    ]);
    expect(await inner.getContact('one')).toBeDefined();
    expect(await inner.getContact('two')).toBeDefined();
    // A store refusing every record is failing: its error, not a list of rejections.
    await expect(
      tracer.recordMany([
        { ...ok('b1'), content: 'BAD' },
        { ...ok('b2'), content: 'BAD' },
      ]),
    ).rejects.toThrow(StoreError);
  });
});

describe('recordMany() on a file of bad rows (regression: every rejection was held in memory)', () => {
  const bad = (i: number) => ({ id: `bad-${i}`, channel: 'call' as const, at: day(1), to: 'garbage' });

  it('keeps the first 1,000 rejections, counts them all, and streams each to onReject', async () => {
    const { tracer } = await chineseWorld();
    const seen: number[] = [];
    const items = function* () {
      for (let i = 0; i < 2500; i++) yield bad(i);
      yield { id: 'good', channel: 'call' as const, at: day(1), to: '13900139001' };
    };
    const summary = await tracer.recordMany(items(), { onReject: (r) => seen.push(r.index) });
    expect(summary).toMatchObject({ total: 2501, inserted: 1, rejectedCount: 2500 });
    expect(summary.rejected).toHaveLength(1000);
    expect(summary.rejected[999]!.index).toBe(999);
    expect(seen).toEqual(Array.from({ length: 2500 }, (_, i) => i));
  });

  it('keeps as many as keepRejections says, Infinity for all, and refuses a bad value', async () => {
    const { tracer } = await chineseWorld();
    const rows = Array.from({ length: 30 }, (_, i) => bad(i));
    expect((await tracer.recordMany(rows, { keepRejections: 0 })).rejected).toEqual([]);
    expect((await tracer.recordMany(rows, { keepRejections: 5 })).rejected).toHaveLength(5);
    expect(
      (await tracer.recordMany(rows, { keepRejections: Number.POSITIVE_INFINITY })).rejected,
    ).toHaveLength(30);
    for (const keepRejections of [-1, 1.5, Number.NaN, '10', null])
      await expect(tracer.recordMany(rows, { keepRejections } as never)).rejects.toMatchObject({
        name: 'ConfigError',
      });
    await expect(tracer.recordMany(rows, { onReject: 'log' } as never)).rejects.toMatchObject({
      name: 'ConfigError',
    });
  });

  it('a throwing onReject loses no contact and ends with a RecordManyError carrying the counts', async () => {
    const store = memoryStore();
    const { tracer } = await chineseWorld({ store });
    let calls = 0;
    const items = [bad(0), { id: 'good', channel: 'call' as const, at: day(1), to: '13900139001' }, bad(2)];
    const error = await tracer
      .recordMany(items, {
        onReject: () => {
          calls++;
          throw new Error('log full');
        },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'RecordManyError',
      summary: { inserted: 1, rejectedCount: 2 },
      message: expect.stringMatching(/onReject threw \(log full\)/u),
    });
    expect(calls).toBe(1);
    expect(await store.getContact('good')).toBeDefined();
  });

  it('all or nothing with keepRejections 0 still says how many were rejected', async () => {
    const { tracer } = await chineseWorld();
    await expect(
      tracer.recordMany([bad(0), bad(1)], { atomic: true, keepRejections: 0 }),
    ).rejects.toMatchObject({ name: 'RecordManyError', summary: { rejectedCount: 2 } });
  });
});

describe('recordMany() over an iterator that breaks the iteration protocol', () => {
  const stored = async (store: ReturnType<typeof memoryStore>) => {
    const all: unknown[] = [];
    for await (const record of store.listContacts()) all.push(record);
    return all;
  };
  const good = (i: number) => ({ id: `ok-${i}`, channel: 'call' as const, at: day(1), to: '13900139001' });
  /** An iterable whose iterator yields `before` good items, then whatever `broken` returns. */
  const iterable = (before: number, broken: () => unknown, async = false) => {
    const next = (() => {
      let i = 0;
      return () => (i < before ? { value: good(i++), done: false } : broken());
    })();
    return async
      ? { [Symbol.asyncIterator]: () => ({ next: async () => next() }) }
      : { [Symbol.iterator]: () => ({ next }) };
  };

  for (const async of [false, true])
    for (const result of [5, null, undefined, 'done', true])
      it(`a ${async ? 'async ' : ''}next() resolving ${String(result)} at once is a bad_iterator ValidationError`, async () => {
        const { tracer } = await chineseWorld();
        await expect(tracer.recordMany(iterable(0, () => result, async) as never)).rejects.toMatchObject({
          name: 'ValidationError',
          issues: [{ path: 'items', code: 'bad_iterator' }],
          message: expect.stringMatching(/is not an object/u),
        });
      });

  it('a non-object result after some items ends with a RecordManyError that stored them', async () => {
    const store = memoryStore();
    const { tracer } = await chineseWorld({ store });
    const error = await tracer
      .recordMany(iterable(3, () => 5) as never, { batchSize: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'RecordManyError',
      summary: { total: 3, inserted: 3 },
      cause: expect.any(TypeError),
    });
    expect((await stored(store)).length).toBe(3);
  });

  it('an iterator returning {} for ever (done never true) stops with a RecordManyError', async () => {
    const { tracer } = await chineseWorld();
    const error = await tracer.recordMany(iterable(1, () => ({})) as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RecordManyError', summary: { inserted: 1 } });
    expect((error as { summary: { total: number } }).summary.total).toBeLessThan(20_000);
  });

  it('all or nothing: a broken iterator writes nothing', async () => {
    const store = memoryStore();
    const { tracer } = await chineseWorld({ store });
    await expect(tracer.recordMany(iterable(3, () => 7) as never, { atomic: true })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(await stored(store)).toEqual([]);
  });

  it("an iterator's own TypeError passes through unchanged before the first item", async () => {
    const { tracer } = await chineseWorld();
    const own = new TypeError('mine');
    await expect(
      tracer.recordMany(
        iterable(0, () => {
          throw own;
        }) as never,
      ),
    ).rejects.toBe(own);
  });
});

describe('recordMany() when the store fails half-way', () => {
  const ok = (i: number) => ({
    id: `s-${i}`,
    channel: 'sms' as const,
    at: day(1),
    to: '13900139001',
    content: `n ${i}`,
  });
  /** A memory store whose appends fail from the `failFrom`-th call on (`times` failures, then it recovers). */
  const failing = (failFrom: number, times: number, reason: 'unavailable' | 'failed') => {
    const inner = memoryStore();
    let calls = 0;
    let failures = 0;
    return {
      inner,
      store: {
        ...inner,
        appendContacts: async (records: Parameters<typeof inner.appendContacts>[0]) => {
          if (++calls >= failFrom && failures < times) {
            failures++;
            throw new StoreError('flaky', 'appendContacts: connection ended', { reason });
          }
          return inner.appendContacts(records);
        },
      },
    };
  };
  const count = async (store: ReturnType<typeof memoryStore>) => {
    let n = 0;
    for await (const _ of store.listContacts()) n++;
    return n;
  };

  it('rejects with a RecordManyError whose summary is what the store acknowledged', async () => {
    const { inner, store } = failing(3, Number.POSITIVE_INFINITY, 'unavailable');
    const { tracer } = await chineseWorld({ store });
    const error = await tracer
      .recordMany(
        Array.from({ length: 500 }, (_, i) => ok(i)),
        { batchSize: 100 },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'RecordManyError',
      summary: { total: 200, inserted: 200, duplicates: 0, rejectedCount: 0 },
      cause: expect.objectContaining({ name: 'StoreError', reason: 'unavailable' }),
      message: expect.stringMatching(/Resume from item 200/u),
    });
    expect(await count(inner)).toBe(200);
  });

  it('a connection lost once is retried, and nothing is lost or counted twice', async () => {
    const { inner, store } = failing(3, 1, 'unavailable');
    const { tracer } = await chineseWorld({ store });
    const summary = await tracer.recordMany(
      Array.from({ length: 500 }, (_, i) => ok(i)),
      { batchSize: 100 },
    );
    expect(summary).toMatchObject({ total: 500, inserted: 500, duplicates: 0 });
    expect(await count(inner)).toBe(500);
  });

  it('a store failing before anything was stored rejects with its own StoreError', async () => {
    const { store } = failing(1, Number.POSITIVE_INFINITY, 'unavailable');
    const { tracer } = await chineseWorld({ store });
    await expect(tracer.recordMany([ok(1), ok(2)])).rejects.toMatchObject({ name: 'StoreError' });
  });
});

describe('recordMany({ replace: true }): reading an import again', () => {
  const item = (to: string) => ({ id: 'r-1', channel: 'sms' as const, at: day(1), to, content: 'hi' });

  it('replaces the stored reading of an id and computes its verdict anew', async () => {
    const store = memoryStore();
    const { tracer } = await chineseWorld({ store });
    const first = await tracer.recordMany([item('+8613800138000')]);
    expect(first).toMatchObject({ inserted: 1 });
    const again = await tracer.recordMany([item('13900139001')]);
    expect(again).toMatchObject({ inserted: 0, duplicates: 1 });
    expect((await store.getContact('r-1'))!.contact.to).toBe('+8613800138000');
    const replaced = await tracer.recordMany([item('13900139001'), { ...item('13900139001'), id: 'r-2' }], {
      replace: true,
    });
    expect(replaced).toMatchObject({ inserted: 1, replaced: 1, duplicates: 0 });
    const stored = (await store.getContact('r-1'))!;
    expect(stored.contact.to).toBe('+8613900139001');
    expect(stored.result.verdict).not.toBe('untraceable');
  });

  it('is refused with a ConfigError on a store that cannot replace, writing nothing', async () => {
    const inner = memoryStore();
    const { replaceContacts: _, ...store } = inner;
    const { tracer } = await chineseWorld({ store });
    await expect(tracer.recordMany([item('13900139001')], { replace: true })).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'replace',
    });
    expect(await inner.getContact('r-1')).toBeUndefined();
  });
});
