import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { decideVerdict } from '../../src/match/verdict.js';
import type { Hit } from '../../src/types.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

const hit = (sourceId: string, kind: Hit['kind'], value: string, unguessable: boolean): Hit => ({
  subjectId: 'sub',
  canaryId: `can_${sourceId}_${kind}`,
  sourceId,
  kind,
  value,
  where: 'content',
  how: 'normalized',
  real: false,
  unguessable,
});

describe('merge on a shared number', () => {
  it('regression: a pool number held by 1, 4 and 7 plus the name of 0 names 0 and every holder, with the share split', () => {
    const hits = [
      hit('s1', 'phone', '+8613900139001', false),
      hit('s4', 'phone', '+8613900139001', false),
      hit('s7', 'phone', '+8613900139001', false),
      hit('s0', 'name', '张小伟', true),
    ];
    const result = decideVerdict(hits, { forged: false, expectedBy: () => false });
    expect(result.verdict).toBe('merge');
    expect(result.sources.map((s) => [s.sourceId, s.share])).toEqual([
      ['s0', 1],
      ['s1', 0.333],
      ['s4', 0.333],
      ['s7', 0.333],
    ]);
    expect(result.reason).toContain('s1, s4 and s7');
  });

  it('names every holder whatever their ids and count (table)', () => {
    for (let holders = 2; holders <= 9; holders++) {
      const ids = Array.from({ length: holders }, (_, i) => `h${String.fromCharCode(122 - i)}`);
      const hits = [
        ...ids.map((id) => hit(id, 'phone', '+861', false)),
        hit('a0', 'email', 'x@y.example', true),
      ];
      const result = decideVerdict(hits, { forged: false, expectedBy: () => false });
      expect(result.sources.map((s) => s.sourceId).sort()).toEqual(['a0', ...ids].sort());
      for (const s of result.sources)
        expect(s.share).toBeCloseTo(s.sourceId === 'a0' ? 1 : Math.round((1000 * 1) / holders) / 1000, 3);
    }
  });
});

describe('a contact older than the canary it reached', () => {
  it('regression: mail to a plus alias dated before its issue is forged, naming the issue time', async () => {
    const tracer = await createTracer({ now: day(10), seed: 'early' });
    const subject = await tracer.addSubject({
      name: 'Alice Chen',
      emails: [{ address: 'alice@gmail.com', strategy: 'plus' }],
    });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
    const result = await tracer.record({ channel: 'email', at: day(2), to: canary.email! });
    expect(result.verdict).toBe('forged');
    expect(result.subjectId).toBe(subject.id);
    expect(result.reason).toContain(day(10).toISOString());
  });

  it('calls a name variant seen before its issue untraceable, naming the issue time', async () => {
    const tracer = await createTracer({ now: day(10), seed: 'early-name' });
    const subject = await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'me@me.example', strategy: 'domain' }],
    });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
    for (const channel of ['sms', 'mail', 'other'] as const) {
      const result = await tracer.record({
        channel,
        at: day(1),
        to: channel === 'sms' ? '13800138000' : 'x',
        content: `${canary.name}您好`,
      });
      expect(result.verdict, channel).toBe('untraceable');
      expect(result.reason, channel).toContain(day(10).toISOString());
    }
  });
});
