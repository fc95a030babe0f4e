// Ordinary contention on PostgreSQL: several processes issuing at once all succeed (the tracer
// retries a write another process made stale, with backoff, for up to some seconds).
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type Answer, spawnTracer, stopIdleTracers } from './remote-tracer.js';

// CI always sets LEAKTRACE_PG_URL (scripts/start-postgres.sh); elsewhere this file skips.
const url = process.env.LEAKTRACE_PG_URL;
const admin = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
afterAll(async () => {
  await stopIdleTracers();
  await admin?.end();
});

async function freshDatabase(): Promise<string> {
  const name = `leaktrace_contention_${process.pid}_${Date.now()}`;
  await admin!.query(`create database ${name}`);
  const target = new URL(url!);
  target.pathname = `/${name}`;
  return target.toString();
}

describe.skipIf(!url)('several processes issuing on one PostgreSQL database', () => {
  it('8 processes × 5 (addSource + issue) at once: none fails busy, no number or alias issued twice', async () => {
    const location = await freshDatabase();
    const setup = await spawnTracer('postgres', location);
    const pool = Array.from({ length: 45 }, (_, i) => `+861390013${String(9000 + i)}`);
    const me = (
      await setup.call('addSubject', {
        name: 'Zhang Wei',
        emails: [{ address: 'me@zw.example', strategy: 'domain' }],
        phones: { pool },
      })
    ).value as { id: string };
    await setup.stop();
    const processes = await Promise.all(Array.from({ length: 8 }, () => spawnTracer('postgres', location)));
    try {
      const answers: Answer[] = [];
      await Promise.all(
        processes.map(async (remote, p) => {
          for (let i = 0; i < 5; i++) {
            const source = await remote.call('addSource', { name: `Shop ${p}-${i}` });
            answers.push(source);
            if (source.error) continue;
            answers.push(
              await remote.call('issue', {
                subjectId: me.id,
                sourceId: (source.value as { id: string }).id,
                fields: ['phone', 'email'],
              }),
            );
          }
        }),
      );
      expect(answers.filter((a) => a.error).map((a) => a.error!.message)).toEqual([]);
      const canaries = answers
        .map((a) => a.value as { phone?: string; email?: string })
        .filter((v) => v?.phone !== undefined);
      expect(canaries).toHaveLength(40);
      expect(new Set(canaries.map((c) => c.phone)).size).toBe(40);
      expect(new Set(canaries.map((c) => c.email)).size).toBe(40);
    } finally {
      await Promise.all(processes.map((r) => r.stop()));
    }
  }, 240_000);
});
