import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockListCsv, blockListVCard, createTracer, memoryStore, type Store } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { day, T0 } from '../helpers/world.js';
import { BAD_VALUES, expectTypedError, settle, snapshot } from './bad-values.js';

const scratch = mkdtempSync(join(tmpdir(), 'leaktrace-hostile-'));

/** A world on an inspectable memory store: one subject with a pool, one source, one canary. */
async function world() {
  const store = memoryStore();
  const tracer = await createTracer({ store, seed: 'hostile', now: T0 });
  const subject = await tracer.addSubject({
    name: 'Alice Chen',
    emails: [{ address: 'me@alice.example', strategy: 'domain' }],
    phones: { pool: ['13900139001', '13900139002'] },
  });
  const source = await tracer.addSource({ name: 'Hotel' });
  const canary = await tracer.issue({
    subjectId: subject.id,
    sourceId: source.id,
    fields: ['email', 'phone'],
  });
  await tracer.record({ id: 'c1', channel: 'email', at: day(1), to: canary.email!, from: 'x@spam.example' });
  const { actors } = await tracer.analyze();
  return { store, tracer, subject, source, canary, actors };
}

type World = Awaited<ReturnType<typeof world>>;

/**
 * Each public entry point: a valid argument list, and how to call it with one argument (or one
 * field of one argument) replaced. A refused call must throw one of our typed errors and leave
 * the store as it was; an accepted call is fine (some bad values are valid for some fields).
 */
interface EntryPoint {
  readonly name: string;
  /** The valid arguments; `undefined` entries are optional arguments. */
  readonly args: (w: World) => unknown[];
  readonly call: (w: World, args: unknown[]) => unknown;
  /** Arguments that must be refused whatever bad value replaces them. */
  readonly strict?: readonly number[];
  /** Of those, arguments for which an empty object is a valid value (all-optional options). */
  readonly emptyOk?: readonly number[];
}

const ENTRY_POINTS: readonly EntryPoint[] = [
  {
    name: 'createTracer',
    emptyOk: [0],
    args: () => [{ seed: 's', now: T0, defaultRegion: 'US', tagLength: 10, contentLimit: 1000 }],
    call: (_w, [options]) => createTracer(options as never),
    strict: [0],
  },
  {
    name: 'addSubject',
    args: () => [
      {
        name: 'Bob Stone',
        emails: [{ address: 'b@bob.example', strategy: 'domain' }],
        phones: { real: ['13800138000'], pool: ['13900139009'] },
        address: '1 Main St',
        locale: 'en',
        region: 'CN',
      },
    ],
    call: (w, [input]) => w.tracer.addSubject(input as never),
    strict: [0],
  },
  {
    name: 'addSource',
    args: () => [
      { name: 'Gym', category: 'fitness', expected: { phones: ['95555'], emailDomains: ['gym.example'] } },
    ],
    call: (w, [input]) => w.tracer.addSource(input as never),
    strict: [0],
  },
  {
    name: 'issue',
    args: (w) => [{ subjectId: w.subject.id, sourceId: w.source.id, fields: ['email'], at: day(2) }],
    call: (w, [request]) => w.tracer.issue(request as never),
    strict: [0],
  },
  {
    name: 'retire',
    emptyOk: [1],
    args: (w) => [w.canary.id, { at: day(3) }],
    call: (w, [id, options]) => w.tracer.retire(id as never, options as never),
    strict: [0, 1],
  },
  {
    name: 'record',
    args: (w) => [
      {
        id: 'r1',
        channel: 'sms',
        at: day(2),
        to: w.canary.phone,
        from: '13500135000',
        fromName: 'X',
        content: 'hi',
        addressedAs: 'Alice',
      },
    ],
    call: (w, [input]) => w.tracer.record(input as never),
    strict: [0],
  },
  {
    name: 'recordMany',
    emptyOk: [1],
    args: (w) => [
      [{ channel: 'sms', at: day(2), to: w.canary.phone, content: 'many' }],
      { batchSize: 10, onProgress: () => {} },
    ],
    call: (w, [items, options]) => w.tracer.recordMany(items as never, options as never),
    strict: [1],
  },
  {
    name: 'label',
    args: () => [{ id: 'l1', callers: ['13500135000'], name: 'robot' }],
    call: (w, [input]) => w.tracer.label(input as never),
    strict: [0],
  },
  {
    name: 'unlabel',
    args: () => ['l-none'],
    call: (w, [id]) => w.tracer.unlabel(id as never),
  },
  {
    name: 'analyze',
    emptyOk: [0, 1],
    args: (w) => [
      { subjectId: w.subject.id, from: day(0), to: day(9) },
      { leakQ: 0.05, blockDigits: 2, timeZone: 'UTC' },
    ],
    call: (w, [request, options]) => w.tracer.analyze(request as never, options as never),
    strict: [0, 1],
  },
  {
    name: 'listContacts',
    emptyOk: [0],
    args: (w) => [{ subjectId: w.subject.id, from: day(0), to: day(9) }],
    call: (w, [query]) => w.tracer.listContacts(query as never),
    strict: [0],
  },
  {
    name: 'blockListCsv',
    args: (w) => [w.actors],
    call: (_w, [actors]) => blockListCsv(actors as never),
  },
  {
    name: 'blockListVCard',
    args: (w) => [w.actors],
    call: (_w, [actors]) => blockListVCard(actors as never),
  },
  {
    name: 'sqliteStore',
    args: () => [{ path: ':memory:', busyTimeout: 10 }],
    call: async (_w, [options]) => {
      // A bad value that is a valid path must not create a file beside the tests: put it in a
      // scratch directory (the value's type, the point of the test, is unchanged).
      let inScratch = options;
      try {
        const o = options as { path?: unknown };
        if (typeof o.path === 'string' && o.path !== ':memory:' && !(o instanceof Date))
          inScratch = { ...o, path: join(scratch, o.path) };
      } catch {
        // A hostile options object: handed over as it is.
      }
      const store = sqliteStore(inScratch as never);
      try {
        await store.listSources();
      } finally {
        await store.close();
      }
    },
    strict: [0],
  },
  {
    name: 'postgresStore',
    // Never reaches a server: every case is refused before connecting, or fails to connect fast.
    args: () => [{ connectionString: 'postgres://nobody@127.0.0.1:1/none', max: 1 }],
    call: async (_w, [options]) => {
      const store = postgresStore(options as never);
      try {
        await store.listSources();
      } finally {
        await store.close();
      }
    },
    strict: [0],
  },
];

/** The variants of an argument list: each argument replaced, and each field of an object argument. */
function variants(
  args: unknown[],
  bad: () => unknown,
): { where: string; args: unknown[]; strict: number | null }[] {
  const out: { where: string; args: unknown[]; strict: number | null }[] = [];
  args.forEach((arg, i) => {
    out.push({ where: `argument ${i}`, args: args.map((a, j) => (j === i ? bad() : a)), strict: i });
    const first = Array.isArray(arg) ? arg[0] : arg;
    if (first !== null && typeof first === 'object' && !(first instanceof Date)) {
      for (const key of Object.keys(first)) {
        const replaced = { ...first, [key]: bad() };
        const value = Array.isArray(arg) ? [replaced, ...arg.slice(1)] : replaced;
        out.push({
          where: `argument ${i}.${key}`,
          args: args.map((a, j) => (j === i ? value : a)),
          strict: null,
        });
      }
    }
  });
  return out;
}

describe('hostile input at every public entry point', () => {
  for (const entry of ENTRY_POINTS) {
    it(`${entry.name}: every bad value yields a typed error and writes nothing`, async () => {
      const w = await world();
      // The valid call itself succeeds (so the table tests the bad values, not a broken call).
      if (entry.name !== 'postgresStore') {
        const fresh = await world();
        const ok = await settle(() => entry.call(fresh, entry.args(fresh)));
        expect(ok, entry.name).toEqual({ ok: true });
      }
      for (const bad of BAD_VALUES) {
        for (const variant of variants(entry.args(w), bad.make)) {
          const before = await snapshot(w.tracer, w.store);
          const outcome = await settle(() => entry.call(w, variant.args));
          const what = `${entry.name} with ${bad.name} as ${variant.where}`;
          if (!outcome.ok) {
            expectTypedError(outcome.error, what);
            expect(await snapshot(w.tracer, w.store), what).toBe(before);
          } else if (variant.strict !== null && entry.strict?.includes(variant.strict)) {
            // Some values are fine as a whole argument: none of the table's are for these.
            const empty = bad.name === 'an empty object' || bad.name === 'an object without prototype';
            const lenient = empty && entry.emptyOk?.includes(variant.strict) === true;
            expect(lenient, `${what} was accepted`).toBe(true);
          }
          // A refused or accepted call leaves the tracer usable.
        }
      }
      expect(
        (await w.tracer.record({ channel: 'email', at: day(5), to: w.canary.email!, from: 'y@spam.example' }))
          .verdict,
      ).toBe('leak');
    }, 120_000);
  }
});

describe('recordMany with the bad values as items', () => {
  it('rejects each bad item alone, by index, and stores the good ones', async () => {
    const w = await world();
    const good = { channel: 'sms' as const, at: day(2), to: w.canary.phone! };
    const items: unknown[] = [];
    for (const bad of BAD_VALUES) items.push(bad.make(), good);
    const summary = await w.tracer.recordMany(items as never);
    expect(summary.total).toBe(items.length);
    expect(summary.rejected.map((r) => r.index)).toEqual(BAD_VALUES.map((_, i) => 2 * i));
    expect(summary.inserted + summary.duplicates).toBe(BAD_VALUES.length);
  });
});

describe('stores refuse bad options as ConfigErrors', () => {
  it('names the option', () => {
    expect(() => sqliteStore(null as never)).toThrow(expect.objectContaining({ name: 'ConfigError' }));
    expect(() => sqliteStore({ path: '' })).toThrow(
      expect.objectContaining({ name: 'ConfigError', path: 'path' }),
    );
    expect(() => postgresStore({ connectionString: 'x', max: 0 })).toThrow(
      expect.objectContaining({ name: 'ConfigError', path: 'max' }),
    );
  });

  it('memoryStore takes no options and returns a working store', async () => {
    const store: Store = memoryStore();
    expect(await store.listSubjects()).toEqual([]);
  });
});
