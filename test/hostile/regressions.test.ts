import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockListCsv,
  createTracer,
  isConfigError,
  isRecordManyError,
  isValidationError,
  memoryStore,
  type RecordManyError,
} from '../../src/index.js';
import { EPOCH_SECONDS_BOUND } from '../../src/schemas/common.js';
import { day, T0 } from '../helpers/world.js';
import { settle, snapshot, throwingDate, throwingProxy, withThrowingGetter } from './bad-values.js';

async function aliceWorld() {
  const store = memoryStore();
  const tracer = await createTracer({ store, seed: 'regress', now: T0 });
  const alice = await tracer.addSubject({
    name: 'Alice Chen',
    emails: [{ address: 'me@alice.example', strategy: 'domain' }],
    phones: { pool: ['13900139001', '13900139002'] },
  });
  const bob = await tracer.addSubject({
    name: 'Bob Stone',
    emails: [{ address: 'me@bob.example', strategy: 'domain' }],
  });
  const hotel = await tracer.addSource({ name: 'Hotel' });
  const canary = await tracer.issue({ subjectId: alice.id, sourceId: hotel.id, fields: ['email', 'phone'] });
  return { store, tracer, alice, bob, hotel, canary };
}

/** Every item of an async iterable (Node 20 has no Array.fromAsync). */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function errorOf(call: () => unknown): Promise<unknown> {
  const outcome = await settle(call);
  expect(outcome.ok, 'the call was accepted').toBe(false);
  return (outcome as { error: unknown }).error;
}

describe('content is evidence: kept as it came', () => {
  it('regression: a U+202E link and control characters in content, addressedAs and fromName are stored, not refused', async () => {
    const { tracer, canary } = await aliceWorld();
    const content = 'Click \u202egnp.exe\u202c now\u0007\u0000 \u200b';
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: canary.email!,
      from: 'x@spam.example',
      fromName: 'Bank\u202e\u0001',
      addressedAs: 'Alice\u0008\u2028Chen',
      content,
    });
    expect(result.verdict).toBe('leak');
    expect(result.contact).toMatchObject({
      content,
      fromName: 'Bank\u202e\u0001',
      addressedAs: 'Alice\u0008\u2028Chen',
    });
    const [stored] = await collect(tracer.listContacts());
    expect(stored!.contact.content).toBe(content);
  });

  it('strips controls and bidi overrides only for matching: a hidden name variant is still found', async () => {
    const { tracer, alice, hotel } = await aliceWorld();
    const canary = await tracer.issue({ subjectId: alice.id, sourceId: hotel.id, fields: ['name'] });
    const hidden = [...canary.name!].join('\u202e\u0007');
    const content = `Dear ${hidden}, your loan is approved`;
    const result = await tracer.record({ channel: 'sms', at: day(1), to: '+8613500135000', content });
    expect(result).toMatchObject({ verdict: 'leak', sources: [{ sourceId: hotel.id }] });
    expect(result.contact.content).toBe(content);
  });

  it('keeps any text within the size bound byte for byte (property)', async () => {
    const { tracer } = await aliceWorld();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 50 }),
        async (content, fromName) => {
          const result = await tracer.record({
            channel: 'other',
            at: day(2),
            content,
            fromName,
            addressedAs: fromName,
          });
          expect(result.contact.content).toBe(content);
          expect(result.contact.fromName).toBe(fromName);
          expect(result.contact.addressedAs).toBe(fromName);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('still refuses controls, bidi overrides and U+2028/U+2029 in what the user supplies (property)', async () => {
    const { tracer, store } = await aliceWorld();
    const bad = fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u001b',
      '\u0085',
      '\u202e',
      '\u2066',
      '\u2028',
      '\u2029',
    );
    await fc.assert(
      fc.asyncProperty(bad, fc.string({ maxLength: 5 }), async (char, around) => {
        const name = `Lab${around}${char}el`;
        const before = await snapshot(tracer, store);
        for (const call of [
          () => tracer.label({ callers: ['13500135000'], name }),
          () => tracer.addSource({ name }),
          () => tracer.addSubject({ name }),
          () => tracer.addSource({ id: `id${char}`, name: 'ok' }),
          () => tracer.record({ id: `id${char}`, channel: 'other', at: day(1) }),
        ]) {
          const error = await errorOf(call);
          expect(isValidationError(error)).toBe(true);
        }
        expect(await snapshot(tracer, store)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('regression: a label name with U+2028 is refused', async () => {
    const { tracer } = await aliceWorld();
    const error = await errorOf(() => tracer.label({ callers: ['13500135000'], name: 'robot\u2028x' }));
    expect(error).toMatchObject({
      name: 'ValidationError',
      path: 'name',
      issues: [{ code: 'control_characters' }],
    });
  });
});

describe('unstorable and invisible characters in ids and names', () => {
  it('regression: NUL and lone surrogates in names and ids are a ValidationError naming the field, on every store', async () => {
    const { tracer, store } = await aliceWorld();
    const before = await snapshot(tracer, store);
    for (const [call, path, code] of [
      [() => tracer.addSource({ id: 'x', name: 'Bad \uD800 name' }), 'name', 'lone_surrogate'],
      [() => tracer.addSource({ id: 'x\uDE00', name: 'Ok' }), 'id', 'lone_surrogate'],
      [() => tracer.addSource({ id: 'x', name: 'nul \u0000 byte' }), 'name', 'control_characters'],
      [
        () => tracer.record({ id: 'c\uD800', channel: 'sms', at: day(1), to: '13900139001' }),
        'id',
        'lone_surrogate',
      ],
      [() => tracer.label({ id: 'L\uD83D', callers: ['13500135000'] }), 'id', 'lone_surrogate'],
    ] as const) {
      const error = await errorOf(call);
      expect(error).toMatchObject({
        name: 'ValidationError',
        path,
        issues: [expect.objectContaining({ code })],
      });
    }
    expect(await snapshot(tracer, store)).toBe(before);
  });

  it('keeps NUL and a cut emoji in contact evidence as it came (regression: PostgreSQL refused them)', async () => {
    const { tracer } = await aliceWorld();
    const content = 'nul \u0000 byte, truncated emoji \uD83D';
    const result = await tracer.record({
      channel: 'sms',
      at: day(1),
      to: '13900139001',
      content,
      fromName: '\uDE00',
    });
    expect(result.contact).toMatchObject({ content, fromName: '\uDE00' });
  });

  it('regression: LRM/RLM/ALM, zero-width characters, BOM and the Hangul filler are refused in ids and names', async () => {
    const { tracer } = await aliceWorld();
    for (const mark of [
      '\u200E',
      '\u200F',
      '\u061C',
      '\u200B',
      '\u200D',
      '\uFEFF',
      '\u00AD',
      '\u2060',
      '\u180E',
      '\u{E0041}',
      '\u3164',
      '\u115F',
      '\uFFA0',
    ]) {
      const named = await errorOf(() => tracer.addSource({ name: `Hil${mark}ton` }));
      expect(named).toMatchObject({
        name: 'ValidationError',
        path: 'name',
        issues: [{ code: 'invisible_characters' }],
      });
      const id = await errorOf(() => tracer.addSubject({ id: `s${mark}`, name: 'Ann Lee', emails: [] }));
      expect(id).toMatchObject({ name: 'ValidationError', path: 'id' });
      const label = await errorOf(() => tracer.label({ id: `L${mark}`, callers: ['13500135000'] }));
      expect(label).toMatchObject({ name: 'ValidationError', path: 'id' });
    }
    // Persian and Indic names are written with the zero-width non-joiner and joiner.
    await expect(tracer.addSource({ name: 'کتاب\u200Cخانه' })).resolves.toMatchObject({
      name: 'کتاب\u200Cخانه',
    });
    await expect(tracer.addSource({ name: 'ക്\u200Dക' })).resolves.toBeDefined();
    // Contact content is evidence: invisible marks kept.
    const result = await tracer.record({
      channel: 'sms',
      at: day(1),
      to: '13900139001',
      content: 'Hil\u200Bton\u200F',
    });
    expect(result.contact.content).toBe('Hil\u200Bton\u200F');
  });
});

describe('prototype keys', () => {
  it('regression: a subject named Constructor Smith (or __proto__ …) can be issued a name canary', async () => {
    const tracer = await createTracer({ seed: 'proto', now: T0 });
    const source = await tracer.addSource({ name: 'Shop' });
    for (const name of ['Constructor Smith', '__proto__ Jones', 'toString Brown', 'hasOwnProperty Lee']) {
      const subject = await tracer.addSubject({ name });
      const canary = await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['name'] });
      expect(canary.name).toBeTruthy();
    }
  });

  it('treats every Object.prototype member name as an ordinary key (property)', async () => {
    const keys = Object.getOwnPropertyNames(Object.prototype);
    const tracer = await createTracer({ seed: 'proto2', now: T0 });
    const source = await tracer.addSource({ name: 'Shop' });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.constantFrom('Smith', 'Lee'), async (key, family) => {
        const outcome = await settle(async () => {
          const subject = await tracer.addSubject({
            name: `${key} ${family}`,
            emails: [
              {
                address: `${key.replaceAll('_', '')}@${key.replaceAll('_', '') || 'x'}.example`,
                strategy: 'domain',
              },
            ],
          });
          await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['name', 'email'] });
          await tracer.record({
            channel: 'email',
            at: day(1),
            to: `a@${key}.example`,
            from: `${key}@constructor.example`,
          });
          await tracer.label({ callers: [key], name: key });
        });
        if (!outcome.ok) expect(isValidationError(outcome.error), String(outcome.error)).toBe(true);
      }),
      { numRuns: keys.length * 2 },
    );
    const analysis = await tracer.analyze();
    expect(() => blockListCsv(analysis.actors)).not.toThrow();
  });
});

describe('recordMany fault isolation', () => {
  it('regression: an item whose getter throws is rejected alone; the rest are stored', async () => {
    const { tracer, canary } = await aliceWorld();
    const good = (i: number) => ({ id: `g${i}`, channel: 'sms' as const, at: day(1), to: canary.phone! });
    const summary = await tracer.recordMany([
      good(0),
      withThrowingGetter(good(1), 'to'),
      good(2),
      throwingProxy(),
      good(3),
    ] as never);
    expect(summary).toMatchObject({ total: 5, inserted: 3 });
    expect(summary.rejected.map((r) => [r.index, r.issues?.[0]?.path])).toEqual([
      [1, 'to'],
      [3, ''],
    ]);
  });

  for (const kind of ['sync', 'async'] as const) {
    it(`regression: a ${kind} iterator that throws after 3 good items stores them and says so`, async () => {
      const { tracer, canary } = await aliceWorld();
      function* sync() {
        for (let i = 0; i < 3; i++)
          yield { id: `i${i}`, channel: 'sms' as const, at: day(1), to: canary.phone! };
        throw new Error('disk gone');
      }
      async function* async() {
        yield* sync();
      }
      const error = (await errorOf(() =>
        tracer.recordMany(kind === 'sync' ? sync() : async(), { batchSize: 100 }),
      )) as RecordManyError;
      expect(isRecordManyError(error)).toBe(true);
      expect(error.code).toBe('batch_interrupted');
      expect(error.message).toMatch(/3 contacts stored/u);
      expect(error.summary).toMatchObject({ total: 3, inserted: 3 });
      expect((error.cause as Error).message).toBe('disk gone');
      expect(await collect(tracer.listContacts())).toHaveLength(3);
    });
  }

  it('regression: a throwing onProgress never loses contacts', async () => {
    const { tracer, canary } = await aliceWorld();
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `p${i}`,
      channel: 'sms' as const,
      at: day(1),
      to: canary.phone!,
    }));
    let calls = 0;
    const error = (await errorOf(() =>
      tracer.recordMany(items, {
        batchSize: 5,
        onProgress: () => {
          calls++;
          throw new Error('progress bar crashed');
        },
      }),
    )) as RecordManyError;
    expect(isRecordManyError(error)).toBe(true);
    expect(error.summary).toMatchObject({ total: 25, inserted: 25 });
    expect(calls).toBe(1);
    expect(await collect(tracer.listContacts())).toHaveLength(25);
  });

  it('stores exactly the good items read before any failure, whatever the batch size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('good', 'getter', 'proxy', 'null'), { maxLength: 30 }),
        fc.option(fc.nat(30)),
        fc.integer({ min: 1, max: 7 }),
        async (kinds, failAt, batchSize) => {
          const { tracer, canary } = await aliceWorld();
          const item = (kind: string, i: number): unknown => {
            const good = { id: `x${i}`, channel: 'sms' as const, at: day(1), to: canary.phone! };
            if (kind === 'getter') return withThrowingGetter(good, 'at');
            if (kind === 'proxy') return throwingProxy();
            return kind === 'null' ? null : good;
          };
          const stop = failAt === null || failAt >= kinds.length ? undefined : failAt;
          // A sync generator: an async one would await each yielded Proxy as a thenable and fail.
          function* input() {
            for (let i = 0; i < kinds.length; i++) {
              if (i === stop) throw new Error('input failed');
              yield item(kinds[i]!, i);
            }
          }
          const read = kinds.slice(0, stop);
          const goods = read.filter((k) => k === 'good').length;
          const outcome = await settle(() => tracer.recordMany(input() as never, { batchSize }));
          if (stop === undefined) expect(outcome.ok).toBe(true);
          else if (stop === 0) {
            // Nothing read, nothing stored: the input's own error comes back as it is.
            expect((outcome as { error: Error }).error.message).toBe('input failed');
          } else {
            const error = (outcome as { error: RecordManyError }).error;
            expect(isRecordManyError(error)).toBe(true);
            expect(error.summary.inserted).toBe(goods);
            expect(error.summary.rejected).toHaveLength(read.length - goods);
          }
          expect(await collect(tracer.listContacts())).toHaveLength(goods);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('wrong types are typed errors', () => {
  it('regression: the examples of the report', async () => {
    const { tracer, canary } = await aliceWorld();
    const cases: [string, () => unknown, string, string][] = [
      ['recordMany(null)', () => tracer.recordMany(null as never), 'ValidationError', 'items'],
      ['retire(id, null)', () => tracer.retire(canary.id, null as never), 'ValidationError', 'options'],
      ['analyze({}, null)', () => tracer.analyze({}, null as never), 'ConfigError', ''],
      ['createTracer(null)', () => createTracer(null as never), 'ConfigError', ''],
      ['blockListCsv(null)', () => blockListCsv(null as never), 'ValidationError', 'actors'],
      [
        'listContacts({ from: "yesterday" })',
        () => tracer.listContacts({ from: 'yesterday' }),
        'ValidationError',
        'from',
      ],
      ['analyze blockDigits 0', () => tracer.analyze({}, { blockDigits: 0 }), 'ConfigError', 'blockDigits'],
      ['analyze leakPrior 2', () => tracer.analyze({}, { leakPrior: 2 }), 'ConfigError', 'leakPrior'],
      ['analyze leakQ NaN', () => tracer.analyze({}, { leakQ: Number.NaN }), 'ConfigError', 'leakQ'],
      [
        'analyze brokerConfidence null',
        () => tracer.analyze({}, { brokerConfidence: null as never }),
        'ConfigError',
        'brokerConfidence',
      ],
      ['createTracer now garbage', () => createTracer({ now: 'garbage' as never }), 'ConfigError', 'now'],
      [
        'createTracer defaultRegion ZZ',
        () => createTracer({ defaultRegion: 'ZZ' }),
        'ConfigError',
        'defaultRegion',
      ],
      [
        'record with a Date whose getTime throws',
        () => tracer.record({ channel: 'other', at: throwingDate() }),
        'ValidationError',
        'at',
      ],
      ['record as a Proxy', () => tracer.record(throwingProxy() as never), 'ValidationError', ''],
    ];
    for (const [what, call, name, path] of cases) {
      const error = await errorOf(call);
      expect(error, what).toMatchObject({ name, path });
    }
  });

  it('regression: now: () => NaN fails the first call that reads the clock with a ConfigError, writing nothing', async () => {
    const store = memoryStore();
    const tracer = await createTracer({ store, now: () => Number.NaN });
    const error = await errorOf(() => tracer.addSource({ name: 'Shop' }));
    expect(isConfigError(error)).toBe(true);
    expect(error).toMatchObject({ path: 'now' });
    expect(await store.listSources()).toEqual([]);
    const thrower = await createTracer({
      now: () => {
        throw new Error('no clock');
      },
    });
    expect(isConfigError(await errorOf(() => thrower.addSource({ name: 'Shop' })))).toBe(true);
  });

  it('refuses any number out of range in analyze options (property)', async () => {
    const { tracer } = await aliceWorld();
    const probabilities = [
      'leakQ',
      'suspectQ',
      'leakPrior',
      'leakPosterior',
      'suspectPosterior',
      'nameVariantChance',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...probabilities),
        fc.oneof(
          fc.constantFrom(0, 1, Number.NaN, Number.POSITIVE_INFINITY, -0.5),
          fc.double({ min: 1, noNaN: true }),
        ),
        async (key, value) => {
          const error = await errorOf(() => tracer.analyze({}, { [key]: value }));
          expect(error).toMatchObject({ name: 'ConfigError', path: key });
        },
      ),
    );
  });
});

describe('dates', () => {
  it('regression: at: 1769904000 (epoch seconds for 2026-02-01) is refused, not stored as 1970', async () => {
    const { tracer, canary } = await aliceWorld();
    const error = await errorOf(() => tracer.record({ channel: 'sms', at: 1769904000, to: canary.phone! }));
    expect(error).toMatchObject({ name: 'ValidationError', path: 'at', issues: [{ code: 'epoch_seconds' }] });
    const ok = await tracer.record({ channel: 'sms', at: 1769904000 * 1000, to: canary.phone! });
    expect(ok.contact.at.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('refuses every plausible epoch-seconds number and accepts milliseconds (property)', async () => {
    const { tracer } = await aliceWorld();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -(EPOCH_SECONDS_BOUND - 1), max: EPOCH_SECONDS_BOUND - 1 }),
        async (n) => {
          const error = await errorOf(() => tracer.record({ channel: 'other', at: n }));
          expect(error).toMatchObject({ path: 'at' });
        },
      ),
    );
    await fc.assert(
      // Milliseconds up to now; later ones are refused as in the future (in_future).
      fc.asyncProperty(fc.integer({ min: EPOCH_SECONDS_BOUND, max: Date.now() }), async (n) => {
        expect((await tracer.record({ channel: 'other', at: n })).contact.at.getTime()).toBe(n);
      }),
      { numRuns: 30 },
    );
  });

  it('regression: retire before the issue time is refused and changes nothing', async () => {
    const { tracer, canary } = await aliceWorld();
    const error = await errorOf(() =>
      tracer.retire(canary.id, { at: new Date(canary.issuedAt.getTime() - 1) }),
    );
    expect(error).toMatchObject({
      name: 'ValidationError',
      path: 'options.at',
      issues: [{ code: 'before_issue' }],
    });
    expect(tracer.listCanaries()[0]!.retiredAt).toBeUndefined();
    expect((await tracer.retire(canary.id, { at: canary.issuedAt })).retiredAt).toEqual(canary.issuedAt);
  });

  it('regression: lagDays is a finite number at both edges of the date range', async () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const tracer = await createTracer({ seed: 'edge', now: '9999-12-31T23:59:59.999Z' as never });
      const subject = await tracer.addSubject({
        name: 'Alice Chen',
        emails: [{ address: 'me@alice.example', strategy: 'domain' }],
      });
      const source = await tracer.addSource({ name: 'Hotel' });
      const canary = await tracer.issue({
        subjectId: subject.id,
        sourceId: source.id,
        fields: ['email'],
        at: '1900-01-01T00:00:00Z',
      });
      await tracer.record({
        channel: 'email',
        at: '9999-12-31T23:59:59.999Z',
        to: canary.email!,
        from: 'x@spam.example',
      });
      const { sources } = await tracer.analyze({}, { timeZone: zone });
      const lag = sources.find((s) => s.sourceId === source.id)!.lagDays;
      expect(Number.isFinite(lag), `${zone}: ${lag}`).toBe(true);
    }
    const error = await errorOf(() => createTracer({ now: '+275760-09-13T00:00:00.000Z' as never }));
    expect(isConfigError(error)).toBe(true);
  });
});

describe('idempotency', () => {
  it('regression: the same letter recorded for alice and for bob is two contacts', async () => {
    const { tracer, alice, bob } = await aliceWorld();
    const letter = { channel: 'mail' as const, at: day(3), content: 'Dear customer, your loan is approved' };
    const first = await tracer.record({ ...letter, subjectId: alice.id });
    const second = await tracer.record({ ...letter, subjectId: bob.id });
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(false);
    expect(second.contact.id).not.toBe(first.contact.id);
    expect((await tracer.record({ ...letter, subjectId: bob.id })).duplicate).toBe(true);
  });

  it('gives a contact recorded without a subject the same id as before subjects were hashed', async () => {
    const tracer = await createTracer({ now: T0 });
    const { contact } = await tracer.record({ channel: 'other', at: '2026-01-01T00:00:00Z', content: 'x' });
    // Pinned: ids of contacts recorded without a subject must not change across versions.
    expect(contact.id).toMatch(/^h:[0-9a-f]{32}$/u);
    expect(contact.id).toBe('h:a5c420051ae93b98758e4500ece79c62');
  });
});
