import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

/**
 * Twelve people with four pool numbers each (the fourth a control). A hotel holds the first
 * number of persons 0–5; a clinic holds the second number of persons 6–9, each shared with
 * another shop; shops hold the rest. Every line (controls included) gets the same background of
 * one-off callers. A campaign bought the hotel's records (it calls each four times, saying the hotel's name variant) and
 * also cold-dials random lines of everyone: it reaches about a third of the controls and,
 * by chance, every one of the clinic's numbers.
 */
async function coldDialWorld() {
  const tracer = await createTracer({ seed: 'cold-dial', now: day(150, 0) });
  const hotel = await tracer.addSource({ name: 'Hotel', category: 'hotel' });
  const clinic = await tracer.addSource({ name: 'Clinic', category: 'health' });
  const shops = [];
  for (let i = 0; i < 8; i++) shops.push(await tracer.addSource({ name: `Shop ${i}` }));
  const people: { pool: string[]; hotelName: string | undefined }[] = [];
  for (let p = 0; p < 12; p++) {
    const pool = [0, 1, 2, 3].map((i) => `+861390015${String(p * 10 + i).padStart(4, '0')}`);
    const me = await tracer.addSubject({
      name: `${'王李张刘陈杨赵黄周吴徐孙'[p]}静`,
      phones: { pool },
      locale: 'zh-CN',
    });
    // A name variant with every number (a shared number needs one to stay a unique canary).
    const give = (sourceId: string, k: number) =>
      tracer.issue({
        subjectId: me.id,
        sourceId,
        fields: [{ kind: 'phone', number: pool[k]! }, 'name'],
        at: T0,
      });
    const h = await give(p < 6 ? hotel.id : shops[p % 8]!.id, 0);
    if (p >= 6 && p < 10) await give(clinic.id, 1);
    await give(shops[(p + 3) % 8]!.id, 1);
    await give(shops[(p + 5) % 8]!.id, 2);
    await tracer.issue({
      subjectId: me.id,
      sourceId: null,
      fields: [{ kind: 'phone', number: pool[3]! }],
      at: T0,
    });
    people.push({ pool, hotelName: p < 6 ? h.name! : undefined });
  }
  // The background: every line, controls included, one-off callers every 15 days or so.
  let n = 0;
  const random = () => `+86135${String(10_000_000 + ++n * 7_919).padStart(8, '0')}`;
  // The clinic's numbers happen to be a little quieter (a call every 18 days).
  for (const [i, { pool }] of people.entries())
    for (const [k, line] of pool.entries())
      for (let d = 3 + ((i * 7 + k * 5) % 15); d < 150; d += i >= 6 && i < 10 && k === 1 ? 18 : 15)
        await tracer.record({ channel: 'call', at: day(d, 9 + (k % 8)), to: line, from: random() });
  const numbers = [0, 1, 2, 3].map((i) => `+86170${String(30_000_000 + i * 4_243).padStart(8, '0')}`);
  const script = '我是融易贷的客服，您在我们平台有一笔二十万的贷款额度待领取，低息放款，请问您最近需要资金吗';
  for (const [i, { pool, hotelName }] of people.entries()) {
    if (hotelName !== undefined)
      for (const d of [30, 55, 80, 105])
        await tracer.record({
          channel: 'call',
          at: day(d + i),
          to: pool[0]!,
          from: numbers[i % 4]!,
          content: `您好${hotelName}，${script}`,
        });
  }
  // Cold dialling, with the same script and numbers and no name: a third of every kind of line
  // (four of the twelve controls, twelve of the thirty-six issued numbers), among them all four of
  // the clinic's.
  const cold = [
    ...[0, 3, 6, 9].map((p) => people[p]!.pool[3]!),
    ...[6, 7, 8, 9].map((p) => people[p]!.pool[1]!),
    ...[1, 4, 10, 11].map((p) => people[p]!.pool[2]!),
    ...[2, 6, 8, 11].map((p) => people[p]!.pool[0]!),
  ];
  for (const [k, to] of cold.entries())
    await tracer.record({
      channel: 'call',
      at: day(45 + k * 4, 15),
      to,
      from: numbers[k % 4]!,
      content: script,
    });
  return { tracer, hotel, clinic };
}

describe("a proven buyer's cold dialling (regression: the buyer's stock made a clean source suspected)", () => {
  it("suspects no holder on a cold-dialling buyer's stock short of a conviction", async () => {
    const { tracer, hotel, clinic } = await coldDialWorld();
    const analysis = await tracer.analyze({ to: day(150, 0) });
    const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
    expect(of(hotel.id).status).toBe('leaked');
    expect(of(clinic.id).status).not.toBe('leaked');
    expect(of(clinic.id).status).not.toBe('suspected');
    // The stock that links no call is not reported as the clinic's posterior either.
    expect(of(clinic.id).posterior ?? 0).toBeLessThan(0.5);
    expect(of(clinic.id).evidence.every((e) => e.kind === 'pool-number')).toBe(true);
  });
});
