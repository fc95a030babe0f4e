// Several processes, one store: two real child processes (not threads), each with its own
// tracer, on one SQLite file and on one PostgreSQL database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, spawnTracer, startIdleTracers, stopIdleTracers } from './remote-tracer.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-shared-'));
let n = 0;

// CI always sets LEAKTRACE_PG_URL (scripts/start-postgres.sh); elsewhere the PostgreSQL half skips.
const url = process.env.LEAKTRACE_PG_URL;
const admin = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
beforeAll(() => startIdleTracers(2), 120_000);
afterAll(async () => {
  await stopIdleTracers();
  await admin?.end();
});

const value = <T>(answer: Answer): T => {
  if (answer.error) throw new Error(`unexpected error: ${answer.error.message}`);
  return answer.value as T;
};

const subject = (name: string, pool: string[]) => ({
  name,
  emails: [
    {
      address: `${name.split(' ')[0]!.toLowerCase()}@${name.split(' ')[1]!.toLowerCase()}.example`,
      strategy: 'domain',
    },
  ],
  phones: { pool },
});

function scenarios(kind: 'sqlite' | 'postgres', fresh: () => Promise<string>) {
  it('a canary issued by one process is seen by the other before its next verdict', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      // B is open (its caches loaded) before A adds anything.
      const me = value<{ id: string }>(await a.call('addSubject', subject('Ann Lee', [])));
      const shop = value<{ id: string }>(await a.call('addSource', { name: 'Shop' }));
      const canary = value<{ email: string }>(
        await a.call('issue', { subjectId: me.id, sourceId: shop.id, fields: ['email'] }),
      );
      const result = value<{ verdict: string; sources: { sourceId: string }[] }>(
        await b.call('record', {
          channel: 'email',
          at: '2026-02-10T00:00:00Z',
          to: canary.email,
          from: 'deals@spam.example',
          content: 'Special offer',
        }),
      );
      expect(result.verdict).toBe('leak');
      expect(result.sources.map((s) => s.sourceId)).toEqual([shop.id]);
      // recordMany checks once per batch: it sees the canary too.
      const second = value<{ issued: { email: string } }>(
        await a.call('issue', { subjectId: me.id, sourceId: shop.id, fields: ['email'] }),
      );
      const many = value<{ verdicts: Record<string, number> }>(
        await b.call('recordMany', [
          {
            channel: 'email',
            at: '2026-02-11T00:00:00Z',
            to: (second as unknown as { email: string }).email,
            from: 'x@spam.example',
            content: 'Hello',
          },
        ]),
      );
      expect(many.verdicts.leak).toBe(1);
      expect(many.verdicts.forged).toBe(0);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  it('two processes adding subjects with one pool number at once: exactly one succeeds', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      const names = ['Ann Lee', 'Cai Min', 'Dan Ross', 'Eve Park', 'Fay Moss', 'Gil Hart'];
      const winners: string[] = [];
      for (const [round, name] of names.entries()) {
        const number = `+86139001${String(39100 + round)}`;
        const answers = await Promise.all([
          a.call('addSubject', subject(name, [number])),
          // Each rival its own mailbox: a mailbox, like a number, belongs to one subject.
          b.call('addSubject', subject(`Bob ${['Wu', 'Xu', 'Yu', 'Zhu', 'Hu', 'Lu'][round]}`, [number])),
        ]);
        const ok = answers.filter((x) => !x.error);
        const refused = answers.filter((x) => x.error);
        expect(ok).toHaveLength(1);
        expect(refused).toHaveLength(1);
        expect(refused[0]!.error).toMatchObject({
          name: 'ValidationError',
          issueCode: 'phone_taken',
          path: 'phones.pool[0]',
        });
        winners.push(value<{ id: string }>(ok[0]!).id);
      }
      // Both processes see the six winners, each holding its own number.
      await a.call('refresh');
      await b.call('refresh');
      for (const id of winners) {
        const seenByA = value<{ phones: { pool: string[] } }>(await a.call('getSubject', id));
        expect(value(await b.call('getSubject', id))).toEqual(seenByA);
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  it('two processes issuing controls from a one-number pool at once: exactly one succeeds', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      const me = value<{ id: string }>(await a.call('addSubject', subject('Ann Lee', ['+8613900139001'])));
      const answers = await Promise.all([
        a.call('issue', { subjectId: me.id, sourceId: null, fields: ['phone'] }),
        b.call('issue', { subjectId: me.id, sourceId: null, fields: ['phone'] }),
      ]);
      expect(answers.filter((x) => !x.error)).toHaveLength(1);
      expect(answers.find((x) => x.error)!.error).toMatchObject({ issueCode: 'pool_exhausted' });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  it('a canary retired by one process is seen retired by the other', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      const me = value<{ id: string }>(await a.call('addSubject', subject('Ann Lee', [])));
      const shop = value<{ id: string }>(await a.call('addSource', { name: 'Shop' }));
      const canary = value<{ id: string }>(
        await a.call('issue', { subjectId: me.id, sourceId: shop.id, fields: ['email'] }),
      );
      await b.call('refresh');
      expect(value<{ retiredAt?: string }[]>(await b.call('listCanaries'))[0]!.retiredAt).toBeUndefined();
      value(await a.call('retire', canary.id, { at: '2026-03-01T00:00:00Z' }));
      // Any asynchronous call refreshes B; refresh() does so explicitly for the getters.
      value(await b.call('analyze'));
      const seen = value<{ id: string; retiredAt?: string }[]>(await b.call('listCanaries'));
      expect(seen).toEqual([
        expect.objectContaining({ id: canary.id, retiredAt: '2026-03-01T00:00:00.000Z' }),
      ]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  it('regression: the loser of a label() race on one id gets the ValidationError conflict@id, not a raw ConflictError', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      for (let round = 0; round < 6; round++) {
        const answers = await Promise.all([
          a.call('label', { id: `L${round}`, callers: ['+8617000000001'], name: 'robot A' }),
          b.call('label', { id: `L${round}`, callers: ['+8617000000002'], name: 'robot B' }),
        ]);
        const errors = answers.filter((x) => x.error).map((x) => x.error);
        expect(errors, JSON.stringify(errors)).toHaveLength(1);
        expect(errors[0]).toMatchObject({ name: 'ValidationError', path: 'id', issueCode: 'conflict' });
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  it('regression: two processes whose replies name the same party at once share one source for it', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      const me = value<{ id: string }>(await a.call('addSubject', subject('Ann Lee', [])));
      const hotel = value<{ id: string }>(await a.call('addSource', { name: 'Hilton' }));
      // One round: both processes share a seed, so a second round's new case ids would coincide.
      for (let round = 0; round < 1; round++) {
        const kase = value<{ id: string }>(
          await a.call('openCase', {
            sourceId: hotel.id,
            subjectId: me.id,
            law: 'GDPR',
            requests: ['access', 'recipients'],
            at: '2026-01-25T00:00:00Z',
          }),
        );
        value(await a.call('logLetter', kase.id, { kind: 'request', at: '2026-01-25T00:00:00Z' }));
        const [ra, rb] = await Promise.all([
          a.call('logReply', kase.id, {
            namesRecipients: [`Acme Data ${round}`],
            at: '2026-01-28T00:00:00Z',
          }),
          b.call('logReply', kase.id, {
            namesRecipients: [`Acme Data ${round}`, `Other Broker ${round}`],
            at: '2026-01-28T00:00:00Z',
          }),
        ]);
        value(ra);
        value(rb);
        value(await a.call('closeCase', kase.id, { at: '2026-01-30T00:00:00Z' }));
      }
      const names = value<{ name: string }[]>(await b.call('listSources')).map((s) => s.name);
      expect(names.toSorted()).toEqual(['Hilton', 'Acme Data 0', 'Other Broker 0'].toSorted());
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 90_000);

  it('regression: adoptAliases from two processes at once adds each site once, and sees a subject the other process added', async () => {
    const location = await fresh();
    const [a, b] = [await spawnTracer(kind, location), await spawnTracer(kind, location)];
    try {
      const ann = value<{ id: string }>(await a.call('addSubject', subject('Ann Lee', [])));
      // B's caches were loaded before A added the subject: adoptAliases must refresh.
      const bob = value<{ id: string }>(await a.call('addSubject', subject('Bob Stone', [])));
      const file = new URL('../fixtures/aliases/simplelogin.csv', import.meta.url).pathname;
      const [ra, rb] = await Promise.all([
        a.call('adoptAliases', file, { subjectId: ann.id }),
        b.call('adoptAliases', file, { subjectId: bob.id }),
      ]);
      value(ra);
      value(rb);
      const names = value<{ name: string }[]>(await a.call('listSources')).map((s) => s.name);
      expect(names.length).toBe(new Set(names).size);
      const once = value<{ name: string }[]>(await b.call('listSources')).map((s) => s.name);
      expect(once.toSorted()).toEqual(names.toSorted());
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);
}

describe('several processes on one SQLite file', () => {
  scenarios('sqlite', async () => join(dir, `shared-${n++}.sqlite`));
});

describe.skipIf(!url)('several processes on one PostgreSQL database', () => {
  scenarios('postgres', async () => {
    const name = `lt_shared_${process.pid}_${Date.now()}_${n++}`;
    await admin!.query(`create database ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    return u.toString();
  });
});
