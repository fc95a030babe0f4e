import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate/index.js';
import { MAX_EXACT, type StockProblem, stockPosteriors } from '../../src/trace/buyer-stock.js';
import { hotelCustomers } from '../helpers/hotel-customers.js';

/** One campaign's view: candidates with their silent lines, and the lines it reached. */
function one(
  candidates: readonly { prior: number; unreached: number }[],
  reached: readonly { known: number; holders: readonly number[] }[],
  random = 0.02,
  coverage = 0.5,
): StockProblem {
  return {
    priors: candidates.map((c) => c.prior),
    observers: [{ random, coverage, reached, unreached: candidates.map((c) => c.unreached) }],
  };
}

describe('stockPosteriors (noisy-OR stock of proven buyers, exact)', () => {
  it('leaves two holders of the same reached lines at even odds: neither is told apart', () => {
    const [a, b] = stockPosteriors(
      one(
        [
          { prior: 0.1, unreached: 1 },
          { prior: 0.1, unreached: 1 },
        ],
        [
          { known: 0, holders: [0, 1] },
          { known: 0, holders: [0, 1] },
        ],
      ),
    );
    expect(a).toBeCloseTo(b!, 12);
    expect(a).toBeLessThan(0.9);
  });

  it('does not multiply one ambiguity over the campaigns of one group', () => {
    const campaign = one(
      [
        { prior: 0.1, unreached: 0 },
        { prior: 0.1, unreached: 0 },
      ],
      [{ known: 0, holders: [0, 1] }],
    ).observers[0]!;
    const [a, b] = stockPosteriors({
      priors: [0.1, 0.1],
      observers: [campaign, campaign, campaign, campaign],
    });
    expect(a).toBeCloseTo(b!, 12);
    // Either one explains all four campaigns' calls: each keeps little more than half (both
    // together explain them a little better), far from a conviction.
    expect(a).toBeLessThan(0.7);
  });

  it('prefers the holder that explains every reached line over two holders of one line each', () => {
    const [both, first, second] = stockPosteriors(
      one(
        [
          { prior: 0.1, unreached: 0 },
          { prior: 0.1, unreached: 0 },
          { prior: 0.1, unreached: 0 },
        ],
        [
          { known: 0, holders: [0, 1] },
          { known: 0, holders: [0, 2] },
        ],
      ),
    );
    // One leak explains both lines; two would need two leaks (prior odds 1:9 each).
    expect(both).toBeGreaterThan(0.8);
    expect(first).toBeLessThan(0.3);
    expect(second).toBeLessThan(0.3);
  });

  it("weighs a holder's unreached lines against it: the one whose other numbers stayed silent was not sold", () => {
    const [quiet, busy] = stockPosteriors(
      one(
        [
          { prior: 0.1, unreached: 6 },
          { prior: 0.1, unreached: 0 },
        ],
        [{ known: 0, holders: [0, 1] }],
      ),
    );
    // Beta(1, 1) coverage: six silent lines weigh E[(1 − ρ)⁶] = 1/7 against the quiet one.
    expect(busy).toBeGreaterThan(quiet! * 4);
  });

  it('explains a line a proven source holds by that source: the co-holder gains almost nothing', () => {
    const [alone] = stockPosteriors(one([{ prior: 0.1, unreached: 0 }], [{ known: 1, holders: [0] }]));
    expect(alone).toBeLessThan(0.2);
  });

  it('gives nothing to a buyer that dials at random as often as it calls its list', () => {
    const [c] = stockPosteriors(
      one(
        [{ prior: 0.1, unreached: 0 }],
        [
          { known: 0, holders: [0] },
          { known: 0, holders: [0] },
        ],
        0.5,
        0.5,
      ),
    );
    expect(c).toBeLessThan(0.5);
  });

  it('matches a hand computation for one candidate (Bayes, noisy-OR, beta-binomial silent lines)', () => {
    const [c] = stockPosteriors(one([{ prior: 0.2, unreached: 2 }], [{ known: 0, holders: [0] }], 0.1, 0.6));
    // Two unreached lines, coverage Beta(1.2, 0.8): E[(1 − ρ)²] = b(b + 1) / ((a + b)(a + b + 1)).
    const inStock = 0.2 * (1 - 0.9 * 0.4) * ((0.8 * 1.8) / (2 * 3));
    const out = 0.8 * 0.1;
    expect(c).toBeCloseTo(inStock / (inStock + out), 12);
  });

  it(`refuses more than ${MAX_EXACT} candidates`, () => {
    const candidates = Array.from({ length: MAX_EXACT + 1 }, () => ({ prior: 0.1, unreached: 0 }));
    expect(() => stockPosteriors(one(candidates, []))).toThrow(RangeError);
  });
});

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

/**
 * Six people, each with three pool numbers and a control. A hotel holds number 0 of everyone.
 * A gym holds number 1 of persons 0–2; a shop holds number 1 of person 0 (shared with the gym)
 * and number 2 of persons 3–5. One campaign bought the hotel's and the gym's records: it says
 * the hotel's name variant, and calls the gym's numbers without a name (the dealer cleaned them).
 */
async function stockWorld(options: { gymSold: boolean }) {
  const world = await hotelCustomers({
    seed: 'buyer-stock',
    block: '0014',
    givenName: '芳',
    issuedAt: T0,
    now: day(150, 0),
    background: (i) => [day(20 + i), day(90 + i)],
  });
  const { tracer, hotel, gym, shop } = world;
  const people = world.customers;
  for (const [p, { subjectId, pool }] of people.entries()) {
    // The gym holds number 1 of the first three; the shop shares it for person 0 and holds
    // number 2 of the last three.
    if (p < 3)
      await tracer.issue({
        subjectId,
        sourceId: gym.id,
        fields: [{ kind: 'phone', number: pool[1]! }],
        at: T0,
      });
    if (p === 0)
      await tracer.issue({
        subjectId,
        sourceId: shop.id,
        fields: [{ kind: 'phone', number: pool[1]! }, 'name'],
        at: T0,
      });
    if (p >= 3)
      await tracer.issue({
        subjectId,
        sourceId: shop.id,
        fields: [{ kind: 'phone', number: pool[2]! }],
        at: T0,
      });
  }
  const numbers = [0, 1, 2].map((i) => `+86170${String(30_000_000 + i * 4_243).padStart(8, '0')}`);
  const script = '我是融易贷的客服，您在我们平台有一笔二十万的贷款额度待领取，低息放款，请问您最近需要资金吗';
  for (const [i, { pool, hotelName }] of people.entries()) {
    await tracer.record({
      channel: 'call',
      at: day(50 + i),
      to: pool[0]!,
      from: numbers[i % 3]!,
      content: `您好${hotelName}，${script}`,
    });
    // The gym's records (sold), or only the number the gym and the shop share.
    if (i < 3 && (options.gymSold || i === 0))
      await tracer.record({
        channel: 'call',
        at: day(60 + i),
        to: pool[1]!,
        from: numbers[i % 3]!,
        content: `您好，${script}`,
      });
  }
  return { tracer, hotel, gym, shop };
}

describe('buyer stocks in analyze()', () => {
  it('convicts the holder whose other numbers the buyer called, not its co-holder of the shared number', async () => {
    const { tracer, hotel, gym, shop } = await stockWorld({ gymSold: true });
    const analysis = await tracer.analyze({ to: day(150, 0) });
    const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
    expect(of(hotel.id).status).toBe('leaked');
    expect(of(gym.id).status).toBe('leaked');
    // The shop shares person 0's number with the gym; its own three numbers were never called.
    expect(of(shop.id).status).not.toBe('leaked');
    expect(of(shop.id).evidence.every((e) => e.kind === 'pool-number')).toBe(true);
    // The gym is joined to the hotel's buyer in the chain.
    const broker = analysis.brokers.find((b) => b.sourceIds.includes(gym.id))!;
    expect(broker.sourceIds).toContain(hotel.id);
  });

  it('does not convict either holder when the buyer reached only the number they share', async () => {
    const { tracer, gym, shop } = await stockWorld({ gymSold: false });
    const analysis = await tracer.analyze({ to: day(150, 0) });
    for (const id of [gym.id, shop.id])
      expect(analysis.sources.find((s) => s.sourceId === id)!.status).not.toBe('leaked');
  });
});

describe('buyer stocks on a simulated world', () => {
  it('regression: dirty dealers, seed 6: a cleaned merchant reached only on shared numbers is convicted, nobody falsely', async () => {
    // Before the stocks were inferred jointly, such a merchant was `legitimate-only`: its buyers
    // never said a name and only called numbers it shared with others. (Seed 2 held one until
    // middle-initial variants of two-part names became weak evidence: 1 in 17, not decisive.)
    const { tracer, truth, end } = await simulate({
      seed: 6,
      cleanProbability: 0.6,
      recycledProbability: 0.3,
      latinShare: 0.5,
    });
    const analysis = await tracer.analyze({ to: end });
    // A leaked merchant convicted on its buyers' calls alone (no field of its own was used).
    const recovered = analysis.sources.filter(
      (s) =>
        s.status === 'leaked' &&
        s.evidence.some((e) => e.kind === 'actor') &&
        !s.evidence.some((e) => e.kind === 'decisive' || e.kind === 'merge'),
    );
    expect(recovered.length).toBeGreaterThan(0);
    for (const s of recovered) expect(truth.leakedSources).toContain(s.sourceId);
    for (const s of analysis.sources)
      if (s.status === 'leaked') expect(truth.leakedSources).toContain(s.sourceId);
  }, 60_000);
});
