import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CaseExistsError,
  createTracer,
  isCaseExistsError,
  isValidationError,
  memoryStore,
  type Store,
} from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { chineseWorld, day } from '../helpers/world.js';
import { hotelCase, LATE } from './case-fixtures.js';
import { pgDatabases } from './pg-databases.js';

const { url, fresh: freshDatabase } = pgDatabases('once');

const sqlitePath = (): string => join(mkdtempSync(join(tmpdir(), 'leaktrace-once-')), 'cases.sqlite');

/** Each store, opened so that a second call reaches the same data (as a second process would). */
const STORES: readonly (readonly [string, () => Promise<() => Store>])[] = [
  [
    'memory',
    async () => {
      const store = memoryStore();
      return () => store;
    },
  ],
  [
    'sqlite',
    async () => {
      const path = sqlitePath();
      return () => sqliteStore({ path });
    },
  ],
  ...(url
    ? ([
        [
          'postgres',
          async () => {
            const connectionString = await freshDatabase();
            return () => postgresStore({ connectionString });
          },
        ],
      ] as const)
    : []),
];

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('did not fail');
}

describe.each(STORES)('one open case per target, subject and law (%s)', (_name, opener) => {
  it('regression: refuses a second open case on the same source and subject under the same law, naming the first', async () => {
    const open = await opener();
    const { tracer, subject, hotel } = await chineseWorld({ store: open(), now: LATE });
    const first = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access'],
      at: day(1),
    });
    const error = await caught(() =>
      tracer.openCase({ sourceId: hotel.id, subjectId: subject.id, law: 'PIPL', requests: ['erasure'] }),
    );
    expect(error).toBeInstanceOf(CaseExistsError);
    expect(isCaseExistsError(error) && isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ caseId: first.id, code: 'conflict', path: 'sourceId' });
    expect((error as CaseExistsError).issues[0].code).toBe('case_exists');
    expect((error as Error).message).toContain(`case ${first.id} on 上海希尔顿酒店 under PIPL`);
    expect((await tracer.listCases()).map((c) => c.id)).toEqual([first.id]);

    // Another law is another request: allowed. So is a second one asked for explicitly.
    const gdpr = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['access'],
    });
    const forced = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['erasure'],
      allowDuplicate: true,
    });
    expect((await tracer.listCases()).map((c) => c.id).sort()).toEqual([first.id, gdpr.id, forced.id].sort());
    await tracer.close();
  });

  it('regression: allows a new case once the earlier one is closed, and refuses a twin actor case', async () => {
    const open = await opener();
    const { tracer, subject, hotel } = await chineseWorld({ store: open(), now: LATE });
    const first = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['access'],
      at: day(1),
    });
    await tracer.closeCase(first.id, { at: day(2), reason: 'answered in full' });
    const again = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['erasure'],
      at: day(3),
    });
    expect(again.id).not.toBe(first.id);

    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: ['email'],
      at: day(4),
    });
    const { contact } = await tracer.record({
      channel: 'email',
      to: canary.email!,
      from: 'vip@loan-fast.example',
      content: '融易贷：您有一笔额度待领取',
      at: day(5),
    });
    const actor = await tracer.openCase({
      actor: { name: '融易贷', contactIds: [contact.id] },
      law: 'PIPL',
      requests: ['source'],
    });
    const twin = await caught(() =>
      tracer.openCase({
        actor: { name: ' 融易贷 ', contactIds: [contact.id] },
        law: 'PIPL',
        requests: ['source'],
      }),
    );
    expect(twin).toMatchObject({ name: 'CaseExistsError', caseId: actor.id, path: 'actor.name' });
    await tracer.close();
  });

  it('regression: putCase "new" creates a case only where no case has its id', async () => {
    const open = await opener();
    const store = open();
    expect(await store.putCase(hotelCase({ note: 'first' }), 'new')).toBe(true);
    expect(await store.putCase(hotelCase({ note: 'second' }), 'new')).toBe(false);
    expect((await store.listCases()).map((r) => [r.id, r.note])).toEqual([['case_1', 'first']]);
    await store.close();
  });

  it('regression: two processes creating one case id at once: one wins, the other is refused, nothing is overwritten', async () => {
    const open = await opener();
    const { tracer, subject, hotel, gym } = await chineseWorld({ store: open(), now: LATE });
    const other = await createTracer({ store: open(), now: LATE });
    const results = await Promise.allSettled([
      tracer.openCase({
        id: 'case_shared',
        sourceId: hotel.id,
        subjectId: subject.id,
        law: 'PIPL',
        requests: ['access'],
        note: 'hotel',
      }),
      other.openCase({
        id: 'case_shared',
        sourceId: gym.id,
        subjectId: subject.id,
        law: 'PIPL',
        requests: ['access'],
        note: 'gym',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const won = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ note?: string }>)
      .value;
    const lost = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
    expect(lost).toMatchObject({ name: 'ValidationError', path: 'id' });
    expect((await tracer.listCases()).map((c) => [c.id, c.note])).toEqual([['case_shared', won.note]]);
    await other.close();
    await tracer.close();
  });

  it('regression: six tracers opening one case at once open one; the others are refused naming it', async () => {
    const open = await opener();
    const { tracer, subject, hotel } = await chineseWorld({ store: open(), now: LATE });
    const racers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createTracer({ store: open(), now: LATE, seed: `racer-${i}` })),
    );
    const results = await Promise.allSettled(
      racers.map((r) =>
        r.openCase({
          sourceId: hotel.id,
          subjectId: subject.id,
          law: 'PIPL',
          requests: ['access', 'erasure'],
        }),
      ),
    );
    const opened = results.filter((r) => r.status === 'fulfilled');
    expect(opened).toHaveLength(1);
    const winner = (opened[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ caseId: winner });
    expect((await tracer.listCases()).map((c) => c.id)).toEqual([winner]);
    // Closed, it makes way for the next one.
    await tracer.closeCase(winner, { reason: 'answered' });
    const next = await racers[0]!.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access'],
    });
    expect(next.id).not.toBe(winner);
    for (const r of racers) await r.close();
    await tracer.close();
  });

  it('regression: a drawn case id another tracer already took is drawn again, not refused or overwritten', async () => {
    const open = await opener();
    const { tracer, subject, hotel, gym } = await chineseWorld({ store: open(), now: LATE });
    // Two tracers with one seed draw the same ids in the same order.
    const a = await createTracer({ store: open(), now: LATE, seed: 'twins' });
    const b = await createTracer({ store: open(), now: LATE, seed: 'twins' });
    const fromA = await a.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access'],
    });
    const fromB = await b.openCase({
      sourceId: gym.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access'],
    });
    expect(fromB.id).not.toBe(fromA.id);
    expect((await tracer.listCases()).map((c) => c.id).sort()).toEqual([fromA.id, fromB.id].sort());
    expect((await tracer.getCase(fromA.id))!.target).toEqual({ kind: 'source', sourceId: hotel.id });
    await a.close();
    await b.close();
    await tracer.close();
  });
});
