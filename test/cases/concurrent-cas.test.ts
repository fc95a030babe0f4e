import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore, type Store } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { chineseWorld, day, T0 } from '../helpers/world.js';
import { hotelCase, LATE, requestedHotelCase } from './case-fixtures.js';
import { pgDatabases } from './pg-databases.js';

/** Two tracers, each with its own connection to one store, as two processes would have. */
async function twoTracers(open: () => Store) {
  const { tracer, kase } = await requestedHotelCase({ store: open() });
  // A party replies may name, known to both tracers.
  await tracer.addSource({ name: 'Acme Data', category: 'data dealer' });
  const other = await createTracer({ store: open(), now: LATE });
  return { tracer, other, kase };
}

const { url, fresh: freshDatabase } = pgDatabases('cas');

describe('case writes are a compare-and-swap on the case’s revision', () => {
  it('keeps both replies when two tracers on one SQLite file log at the same moment', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-cas-')), 'cases.sqlite');
    const { tracer, other, kase } = await twoTracers(() => sqliteStore({ path }));
    await Promise.all([
      tracer.logReply(kase.id, { at: day(5), note: 'first' }),
      other.logReply(kase.id, { at: day(6), note: 'second' }),
      other.logLetter(kase.id, { kind: 'reminder', at: day(7) }),
      tracer.logLetter(kase.id, { kind: 'reminder', at: day(8) }),
    ]);
    const after = (await tracer.getCase(kase.id))!;
    expect(after.replies.map((r) => r.note)).toEqual(['first', 'second']);
    expect(after.letters.map((l) => l.kind)).toEqual(['request', 'reminder', 'reminder']);
    await other.close();
    await tracer.close();
  });

  it('refuses a second request logged at once by another process, as it refuses one in sequence', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-cas-')), 'cases.sqlite');
    const { tracer, subject, hotel } = await chineseWorld({ store: sqliteStore({ path }), now: LATE });
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access'],
      at: T0,
    });
    const other = await createTracer({ store: sqliteStore({ path }), now: LATE });
    const results = await Promise.allSettled([
      tracer.logLetter(kase.id, { kind: 'request', at: day(1) }),
      other.logLetter(kase.id, { kind: 'request', at: day(2) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ name: 'ValidationError', path: 'kind' });
    expect((await tracer.getCase(kase.id))!.letters).toHaveLength(1);
    await other.close();
    await tracer.close();
  });

  it.skipIf(!url)('keeps both replies when two tracers on one PostgreSQL database log at once', async () => {
    const connectionString = await freshDatabase();
    const { tracer, other, kase } = await twoTracers(() => postgresStore({ connectionString }));
    await Promise.all([
      tracer.logReply(kase.id, { at: day(5), note: 'first' }),
      other.logReply(kase.id, { at: day(6), note: 'second', namesRecipients: ['Acme Data'] }),
      tracer.logReply(kase.id, { at: day(7), note: 'third', namesRecipients: ['Acme Data'] }),
    ]);
    const after = (await tracer.getCase(kase.id))!;
    expect(after.replies.map((r) => r.note)).toEqual(['first', 'second', 'third']);
    // Both replies naming one known party lead to one next-hop case, whichever wrote first.
    expect(after.childCaseIds).toHaveLength(1);
    await other.close();
    await tracer.close();
  });

  it.skipIf(!url)('postgres: putCase with an expected revision writes only over that revision', async () => {
    const store = postgresStore({ connectionString: await freshDatabase() });
    await store.putCase(hotelCase());
    expect(await store.putCase(hotelCase({ revision: 1, note: 'one' }), 0)).toBe(true);
    expect(await store.putCase(hotelCase({ revision: 1, note: 'stale' }), 0)).toBe(false);
    expect(await store.putCase(hotelCase({ revision: 2, note: 'two' }), 1)).toBe(true);
    expect((await store.listCases()).map((r) => [r.id, r.revision, r.note])).toEqual([['case_1', 2, 'two']]);
    await store.close();
  });

  for (const [name, open] of [
    ['memory', () => memoryStore()],
    ['sqlite', () => sqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'leaktrace-cas-')), 'c.sqlite') })],
  ] as const) {
    it(`${name}: putCase with an expected revision writes only over that revision`, async () => {
      const store = open();
      await store.putCase(hotelCase());
      expect(await store.putCase(hotelCase({ revision: 1, note: 'one' }), 0)).toBe(true);
      expect(await store.putCase(hotelCase({ revision: 1, note: 'stale' }), 0)).toBe(false);
      expect(await store.putCase(hotelCase({ id: 'case_absent', revision: 1 }), 0)).toBe(false);
      expect(await store.putCase(hotelCase({ revision: 2, note: 'two' }), 1)).toBe(true);
      expect((await store.listCases()).map((r) => [r.id, r.revision, r.note])).toEqual([
        ['case_1', 2, 'two'],
      ]);
      await store.close();
    });
  }
});
