import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { simulate } from '../../src/simulate/index.js';
import type { StoredContact } from '../../src/stores/store.js';
import { analyzeContacts } from '../../src/trace/analyze.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
const caller = (i: number) => `+86135${String(10_000_000 + i * 7_919).padStart(8, '0')}`;

/** A hotel and a gym share one pool number; the hotel leaks, its buyers mostly say no name. */
async function sharedNumberWorld() {
  const tracer = await createTracer({ seed: 'explain-away', now: day(120, 0) });
  const me = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'in@zw.example', strategy: 'domain' }],
    phones: { pool: ['13900139001', '13900139002', '13900139003'] },
    locale: 'zh-CN',
  });
  const hotel = await tracer.addSource({ name: 'Hotel', category: 'hotel' });
  const gym = await tracer.addSource({ name: 'Gym', category: 'fitness' });
  const [shared, own, control] = me.phones.pool as [string, string, string];
  const h = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: [{ kind: 'phone', number: shared }, 'name'],
    at: T0,
  });
  await tracer.issue({
    subjectId: me.id,
    sourceId: gym.id,
    fields: [{ kind: 'phone', number: shared }, 'name'],
    at: T0,
  });
  await tracer.issue({
    subjectId: me.id,
    sourceId: gym.id,
    fields: [{ kind: 'phone', number: own }],
    at: T0,
  });
  await tracer.issue({
    subjectId: me.id,
    sourceId: null,
    fields: [{ kind: 'phone', number: control }],
    at: T0,
  });
  // A quiet background: two random calls on the control in 120 days.
  for (const d of [10, 70])
    await tracer.record({ channel: 'call', at: day(d), to: control, from: caller(d) });
  // The hotel's buyers: 4 calls that say the hotel's name variant, 30 that say no name.
  let i = 100;
  for (let d = 40; d < 44; d++)
    await tracer.record({
      channel: 'call',
      at: day(d),
      to: shared,
      from: caller(i++),
      content: `${h.name}您好`,
    });
  for (let d = 45; d < 105; d += 2)
    await tracer.record({ channel: 'call', at: day(d), to: shared, from: caller(i++) });
  return { tracer, hotel, gym };
}

describe('explaining away on shared pool numbers', () => {
  it('regression: calls a proven leaker explains on a shared number never convict the other holder', async () => {
    const { tracer, hotel, gym } = await sharedNumberWorld();
    const analysis = await tracer.analyze({ to: day(120, 0) });
    const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
    expect(of(hotel.id).status).toBe('leaked');
    expect(of(gym.id).status).not.toBe('leaked');
    expect(of(gym.id).status).not.toBe('suspected');
    // The 30 silent calls are what the hotel's buyers explain.
    expect(of(gym.id).weakContacts).toBe(30);
    expect(of(gym.id).explainedByLeakers).toBeGreaterThan(20);
    expect(of(gym.id).pValue!).toBeGreaterThan(0.05);
  });
});

describe('analyze() window and order', () => {
  it('regression: from bounds the exposure the weak calls are tested against', async () => {
    const { tracer, gym } = await sharedNumberWorld();
    const whole = await tracer.analyze({ to: day(120, 0) });
    const recent = await tracer.analyze({ from: day(90, 0), to: day(120, 0) });
    const of = (a: typeof whole) => a.sources.find((s) => s.sourceId === gym.id)!;
    const rate = (a: typeof whole) => a.baseline.phone.ratePerDay;
    // Two numbers held by the gym: 120 line-days each over the whole period, 30 in the window.
    expect(of(whole).expectedBackground).toBeCloseTo(rate(whole) * 2 * 120, 6);
    expect(of(recent).expectedBackground).toBeCloseTo(rate(recent) * 2 * 30, 6);
    // The control was watched 30 days in the window, and got no call in it.
    expect(recent.baseline.phone.lineDays).toBeCloseTo(30, 6);
  });

  it('gives the same result whatever the order of the contacts', async () => {
    const { tracer, end } = await simulate({
      seed: 5,
      subjects: 6,
      nameSaidProbability: 0.5,
      scripts: 'industry-template',
      backgroundDialers: 2,
    });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    const canaries = tracer.listCanaries();
    const subjects = [...new Set(canaries.map((c) => c.subjectId))].map((id) => tracer.getSubject(id)!);
    const input = { subjects, sources: tracer.listSources(), canaries, until: end };
    const inOrder = analyzeContacts({ ...input, contacts });
    // A fixed shuffle (reversed, then interleaved halves).
    const reversed = [...contacts].reverse();
    const half = Math.ceil(reversed.length / 2);
    const shuffled = reversed
      .slice(0, half)
      .flatMap((c, i) => (reversed[half + i] ? [reversed[half + i]!, c] : [c]));
    expect(analyzeContacts({ ...input, contacts: shuffled })).toEqual(inOrder);
  });
});

describe('judgeSources', () => {
  it('regression: actor evidence that a rival holder explains as well never convicts, however much of it', async () => {
    const { buildContext } = await import('../../src/trace/analysis-context.js');
    const { judgeSources } = await import('../../src/trace/source-status.js');
    const { fitBaseline } = await import('../../src/trace/background.js');
    const { tracer } = await sharedNumberWorld();
    const canaries = tracer.listCanaries();
    const subjects = [...new Set(canaries.map((c) => c.subjectId))].map((id) => tracer.getSubject(id)!);
    const context = buildContext(
      { subjects, sources: tracer.listSources(), canaries, contacts: [], until: day(120, 0) },
      {},
    );
    const gym = tracer.listSources().find((s) => s.name === 'Gym')!.id;
    // Sixty campaigns each covering the gym's lines no better than a rival's (chance 0.9 each):
    // multiplied as if independent they would give 0.9^60 ≈ 0.002, a posterior of 0.98.
    const items = Array.from({ length: 60 }, (_, i) => ({
      kind: 'actor' as const,
      actorId: `act_${i}`,
      contactId: `c${i}`,
      at: day(50),
      subjectId: subjects[0]!.id,
      falseAccusation: 0.9,
    }));
    const collected = {
      evidence: new Map([[gym, items]]),
      weak: new Map([[gym, 0]]),
      phoneEvidence: new Map<string, number>(),
      legitimate: new Map<string, number>(),
      undeclaredOwn: new Map<string, string[]>(),
      merges: [],
      decisiveOf: new Map<string, string[]>(),
      decisiveSources: new Set<string>(),
      namedOf: new Map(),
    };
    const judged = judgeSources(context, collected, collected.evidence, fitBaseline(context), new Map());
    expect(judged.statusOf.get(gym)).not.toBe('leaked');
    expect(judged.tests.find((t) => t.id === gym)!.posterior ?? 0).toBeLessThan(0.5);
  });
});
