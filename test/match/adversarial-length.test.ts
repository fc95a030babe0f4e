import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/** A run of `unit` `n` characters long, ending with the source's name (so its name readers run). */
const run = (unit: string) => (n: number) =>
  `${unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 21)} Hilton San Francisco`;

/** Contents that made a reader quadratic (a regex or a walk per word over the whole text). */
const KINDS: Record<string, (n: number) => string> = {
  'one Latin letter': run('A'),
  'one Han character': run('您'),
  dots: run('.'),
  hyphens: run('-'),
  'a letter and @': run('a@'),
  'a word and a space': run('hilton '),
  "the source's name": run('Hilton San Francisco '),
};

describe('record() on one long run', () => {
  it('costs about as much per character at 100,000 characters as at 25,000', async () => {
    const tracer = await createTracer({
      seed: 'runs',
      contentLimit: 100_000,
      now: new Date('2026-11-20T12:00:00Z'),
      defaultRegion: 'US',
    });
    const subject = await tracer.addSubject({
      name: 'Katherine Wilson',
      emails: [{ address: 'inbox@kwilson.example', strategy: 'domain' }],
      phones: { pool: ['+14155550123'] },
      locale: 'en',
      region: 'US',
    });
    const source = await tracer.addSource({ name: 'Hilton San Francisco', category: 'hotel' });
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: source.id,
      fields: ['email', 'name'],
      at: '2026-01-05T09:00:00Z',
    });
    let k = 0;
    const time = async (content: string, runs: number): Promise<number> => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < runs; i++) {
        // CPU time of this process, not wall time: a neighbour's load on the machine is not ours.
        const start = process.cpuUsage();
        await tracer.record({
          channel: 'email',
          at: new Date(Date.UTC(2026, 2, 1, 0, 0, k++)),
          to: canary.email!,
          from: 'offers@loans-4u.example',
          content,
        });
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    await time(KINDS.dots!(25_000), 2);
    const ratios: Record<string, number> = {};
    for (const [kind, make] of Object.entries(KINDS)) {
      // Alternated, fastest of three each, so a neighbour's load falls on both lengths; a floor of
      // 50 ms keeps a fast short run from making noise look like growth.
      let short = Number.POSITIVE_INFINITY;
      let long = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        short = Math.min(short, await time(make(25_000), 1));
        long = Math.min(long, await time(make(100_000), 1));
      }
      ratios[kind] = long / Math.max(short, 50);
    }
    for (const [kind, ratio] of Object.entries(ratios)) expect([kind, ratio < 8]).toEqual([kind, true]);
    await tracer.close();
  }, 180_000);
});
