import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate/index.js';
import { logGamma } from '../../src/trace/baseline.js';
import {
  fitFile,
  logBetaMixture,
  MAX_EXACT,
  type StockProblem,
  stockPosteriors,
} from '../../src/trace/buyer-stock.js';
import { hotelCustomers } from '../helpers/hotel-customers.js';

/** A problem of one share and identical campaigns: lines as [known, holders, reached by each campaign]. */
function problem(
  priors: readonly number[],
  lines: readonly [number, readonly number[], readonly (boolean | null)[]][],
  options: { campaigns?: number; random?: number; coverage?: number; share?: number } = {},
): StockProblem {
  const { campaigns = 1, random = 0.02, coverage = 0.5, share = 0.5 } = options;
  return {
    priors,
    share,
    campaigns: Array.from({ length: campaigns }, () => ({ random, coverage })),
    lines: lines.map(([known, holders, reached]) => ({ known, holders, reached })),
  };
}
const hit = [true];
const miss = [false];

describe('stockPosteriors (one file shared by a group of proven buyers, exact)', () => {
  it('leaves two holders of the same reached lines at even odds: neither is told apart', () => {
    const [a, b] = stockPosteriors(
      problem(
        [0.1, 0.1],
        [
          [0, [0, 1], hit],
          [0, [0, 1], hit],
          [0, [0], miss],
          [0, [1], miss],
        ],
      ),
    );
    expect(a).toBeCloseTo(b!, 12);
    expect(a).toBeLessThan(0.9);
  });

  it('does not multiply one ambiguity over the campaigns of one group', () => {
    const [a, b] = stockPosteriors(
      problem([0.1, 0.1], [[0, [0, 1], [true, true, true, true]]], { campaigns: 4 }),
    );
    expect(a).toBeCloseTo(b!, 12);
    // Either one explains the one record all four campaigns called: each keeps little more than
    // half (both together explain it a little better), far from a conviction.
    expect(a).toBeLessThan(0.7);
  });

  it('prefers the holder that explains every reached line over two holders of one line each', () => {
    const [both, first, second] = stockPosteriors(
      problem(
        [0.1, 0.1, 0.1],
        [
          [0, [0, 1], hit],
          [0, [0, 2], hit],
        ],
        { share: 0.9, coverage: 0.9 },
      ),
    );
    // One leak explains both lines; two would need two leaks (prior odds 1:9 each).
    expect(both).toBeGreaterThan(0.8);
    expect(first).toBeLessThan(0.3);
    expect(second).toBeLessThan(0.3);
  });

  it("weighs a holder's unreached lines against it: the one whose other numbers stayed silent was not sold", () => {
    const silent: [number, number[], boolean[]][] = Array.from({ length: 6 }, () => [0, [0], miss]);
    const [quiet, busy] = stockPosteriors(
      problem([0.1, 0.1], [[0, [0, 1], hit], ...silent], { coverage: 0.9 }),
    );
    expect(busy).toBeGreaterThan(quiet! * 4);
  });

  // Regression (worlds built independently, twenty centres buying one file on one day, seed 10):
  // one number the buyers called is held by four registrants; the one that really sold it sold
  // one record of eleven, and its silent numbers were shared with other registrants, each weighed
  // at the mean file share (0.85) and not integrated over its own: it fell to 0.000 and the holder
  // with the fewest silent numbers was convicted at 0.977 on the absence of calls alone.
  it('weighs a silent line shared with other candidates on each holder as its own silent line', () => {
    const busy = { campaigns: 8, coverage: 0.94, random: 0.012, share: 0.85 };
    const silentOf = (holders: number[], n: number): [number, number[], boolean[]][] =>
      Array.from({ length: n }, () => [0, holders, new Array(8).fill(false)]);
    const reached: [number, number[], boolean[]] = [0, [0, 1, 2, 3], new Array(8).fill(true)];
    const [fewest, ...others] = stockPosteriors(
      problem(
        [0.1, 0.1, 0.1, 0.1, 0.1],
        [
          reached,
          ...silentOf([0, 4], 3),
          ...silentOf([1, 4], 8),
          ...silentOf([2, 4], 7),
          ...silentOf([3, 4], 5),
        ],
        busy,
      ),
    );
    // The fewest silent lines make it the likeliest seller, not a proven one.
    expect(fewest).toBeLessThan(0.7);
    for (const p of others.slice(0, 3)) expect(p).toBeGreaterThan(0.05);
    // A co-holder of silent lines only changes nothing for the others.
    const alone = stockPosteriors(
      problem(
        [0.1, 0.1, 0.1, 0.1],
        [reached, ...silentOf([0], 3), ...silentOf([1], 8), ...silentOf([2], 7), ...silentOf([3], 5)],
        busy,
      ),
    );
    for (const [i, p] of alone.entries()) expect(p).toBeCloseTo([fewest!, ...others][i]!, 10);
  });

  it('counts a line no campaign reached once, not once per campaign of the group', () => {
    // With a file holding half of a source's records, a silent line says "not in the file, or
    // in it and not called": at most a factor 1 − s, however many campaigns missed it.
    const lines = (n: number): [number, number[], boolean[]][] => [
      [0, [0], Array.from({ length: n }, (_, c) => c === 0)],
      ...Array.from({ length: 4 }, (): [number, number[], boolean[]] => [0, [0], new Array(n).fill(false)]),
    ];
    const [one] = stockPosteriors(problem([0.1], lines(1), { coverage: 0.9 }));
    const [eight] = stockPosteriors(problem([0.1], lines(8), { coverage: 0.9, campaigns: 8 }));
    // Eight campaigns that each missed four lines (and seven that missed the reached one too) do
    // not rule the source out eight times over.
    expect(eight).toBeGreaterThan(one! / 20);
  });

  it('explains a record many campaigns called by the proven source holding it: the co-holder gains little', () => {
    // One proven source holds a line seven campaigns of its buyers called; another holder of that
    // line, and of one silent line of its own, is not in the file for it.
    const [coHolder] = stockPosteriors(
      problem(
        [0.1],
        [
          [1, [0], [true, true, true, false, false, true, true]],
          [0, [0], new Array(7).fill(false)],
        ],
        { campaigns: 7, share: 0.25, coverage: 0.6 },
      ),
    );
    expect(coHolder).toBeLessThan(0.3);
  });

  it('gives nothing to a buyer that dials at random as often as it calls its list', () => {
    const [c] = stockPosteriors(
      problem(
        [0.1],
        [
          [0, [0], hit],
          [0, [0], hit],
        ],
        { random: 0.5, coverage: 0.5 },
      ),
    );
    expect(c).toBeLessThan(0.5);
  });

  it("matches a hand computation for one candidate (Bayes, a file share integrated over the source's Beta)", () => {
    const pi = 0.1;
    const rho = 0.6;
    const share = 0.4;
    const [c] = stockPosteriors(
      problem(
        [0.2],
        [
          [0, [0], hit],
          [0, [0], miss],
          [0, [0], miss],
        ],
        { random: pi, coverage: rho, share },
      ),
    );
    // Reached: π + s(r − π), r = 1 − (1 − π)(1 − ρ); silent: (1 − π)(1 − sρ). Expanded in s, the
    // moments of Beta(2 · 0.4, 2 · 0.6): E[s] = 0.4, E[s²] = 0.4 · 1.8 / 3, E[s³] = E[s²] · 2.8 / 4.
    const r = 1 - (1 - pi) * (1 - rho);
    const m1 = share;
    const m2 = (share * (2 * share + 1)) / 3;
    const m3 = (m2 * (2 * share + 2)) / 4;
    // (π + d s)(1 − ρ s)² (1 − π)², d = r − π.
    const d = r - pi;
    const poly = [pi, d - 2 * rho * pi, rho * rho * pi - 2 * rho * d, rho * rho * d];
    const expected = (poly[0]! + poly[1]! * m1 + poly[2]! * m2 + poly[3]! * m3) * (1 - pi) ** 2;
    const inStock = 0.2 * expected;
    const out = 0.8 * pi * (1 - pi) ** 2;
    expect(c).toBeCloseTo(inStock / (inStock + out), 12);
  });

  it(`refuses more than ${MAX_EXACT} candidates`, () => {
    const priors = Array.from({ length: MAX_EXACT + 1 }, () => 0.1);
    expect(() => stockPosteriors(problem(priors, []))).toThrow(RangeError);
  });
});

describe('logBetaMixture', () => {
  it('matches a numerical integral of a product of lines over a Beta density', () => {
    const terms = [
      { logAt0: Math.log(0.02), logAt1: Math.log(0.7) },
      { logAt0: Math.log(0.98), logAt1: Math.log(0.3) },
      { logAt0: Math.log(0.5), logAt1: Math.log(0.5) },
    ];
    const a = 1.4;
    const b = 2.5;
    const steps = 200_000;
    let integral = 0;
    let norm = 0;
    for (let k = 0; k < steps; k++) {
      const s = (k + 0.5) / steps;
      const density = s ** (a - 1) * (1 - s) ** (b - 1);
      const value = terms.reduce((p, t) => p * (Math.exp(t.logAt0) * (1 - s) + Math.exp(t.logAt1) * s), 1);
      integral += density * value;
      norm += density;
    }
    expect(logBetaMixture(terms, a, b)).toBeCloseTo(Math.log(integral / norm), 6);
  });
});

/** log E[Π terms] by the expansion's coefficients summed in logs, then weighed by Beta functions. */
function referenceMixture(terms: readonly { logAt0: number; logAt1: number }[], a: number, b: number) {
  const add = (x: number, y: number) =>
    x === Number.NEGATIVE_INFINITY
      ? y
      : y === Number.NEGATIVE_INFINITY
        ? x
        : Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y)));
  let e = [0];
  for (const { logAt0, logAt1 } of terms) {
    const next = new Array<number>(e.length + 1).fill(Number.NEGATIVE_INFINITY);
    e.forEach((c, j) => {
      next[j] = add(next[j]!, c + logAt0);
      next[j + 1] = add(next[j + 1]!, c + logAt1);
    });
    e = next;
  }
  const m = terms.length;
  const logBeta = (x: number, y: number) => logGamma(x) + logGamma(y) - logGamma(x + y);
  return e.reduce(
    (total, c, j) => add(total, c + logBeta(a + j, b + m - j) - logBeta(a, b)),
    Number.NEGATIVE_INFINITY,
  );
}

describe('logBetaMixture against the expansion summed in logs', () => {
  it('agrees to 1e-9 on products of up to 400 lines, shapes below and above 1', () => {
    const term = fc.oneof(
      fc.record({ logAt0: fc.constant(0), logAt1: fc.double({ min: -30, max: 0, noNaN: true }) }),
      fc.record({
        logAt0: fc.double({ min: -20, max: 0, noNaN: true }),
        logAt1: fc.double({ min: -20, max: 0, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(term, { maxLength: 400 }),
        fc.double({ min: 0.02, max: 4, noNaN: true }),
        fc.double({ min: 0.02, max: 4, noNaN: true }),
        (terms, a, b) => {
          const want = referenceMixture(terms, a, b);
          expect(Math.abs(logBetaMixture(terms, a, b) - want)).toBeLessThan(
            1e-9 * Math.max(1, Math.abs(want)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('fitFile', () => {
  it("recovers a file's share and the campaigns' coverage from the proven sources' lines", () => {
    // 40 lines, 20 in the file; three campaigns calling 60 % of the file's lines, never at random.
    const lines = Array.from({ length: 40 }, (_, l) =>
      [0, 1, 2].map((c) => l < 20 && (l * 7 + c * 3) % 10 < 6),
    );
    const { share, coverage } = fitFile(lines, [0.001, 0.001, 0.001]);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    for (const c of coverage) {
      expect(c).toBeGreaterThan(0.45);
      expect(c).toBeLessThan(0.75);
    }
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

describe('stockPosteriors over many candidates and holder sets', () => {
  /** A random problem: `n` candidates, lines held by random subsets of them, reached at random. */
  const problems = fc.integer({ min: 1, max: MAX_EXACT }).chain((n) =>
    fc.record({
      priors: fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: n, maxLength: n }),
      share: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      lines: fc.array(
        fc.record({
          known: fc.integer({ min: 0, max: 3 }),
          holders: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), {
            minLength: 1,
            maxLength: Math.min(n, 5),
          }),
          reached: fc.array(fc.oneof(fc.boolean(), fc.constant(null)), { minLength: 2, maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 60 },
      ),
    }),
  );
  const campaigns = [
    { random: 0.02, coverage: 0.6 },
    { random: 0.05, coverage: 0.3 },
  ];

  it('gives each candidate the same posterior whatever its index (the stocks are enumerated exactly)', () => {
    fc.assert(
      fc.property(problems, fc.integer(), (p, seed) => {
        const n = p.priors.length;
        // A permutation of the candidates from the seed (Fisher–Yates on a linear congruential stream).
        const order = Array.from({ length: n }, (_, i) => i);
        let state = seed >>> 0;
        for (let i = n - 1; i > 0; i--) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          const j = state % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const at = new Map(order.map((from, to) => [from, to]));
        const plain = stockPosteriors({ ...p, campaigns });
        const permuted = stockPosteriors({
          ...p,
          campaigns,
          priors: order.map((from) => p.priors[from]!),
          lines: p.lines.map((l) => ({ ...l, holders: l.holders.map((h) => at.get(h)!) })),
        });
        for (let i = 0; i < n; i++) expect(permuted[at.get(i)!]).toBeCloseTo(plain[i]!, 9);
        for (const x of plain) expect(x).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 40 },
    );
  });

  it('stays a probability with sixteen candidates and hundreds of holder sets', () => {
    const holders = (line: number) =>
      [line % 16, (line * 7 + 3) % 16, (line * 11 + 5) % 16].filter((h, i, all) => all.indexOf(h) === i);
    const posteriors = stockPosteriors({
      priors: Array.from({ length: 16 }, () => 0.1),
      share: 0.5,
      campaigns,
      lines: Array.from({ length: 700 }, (_, line) => ({
        known: line % 3,
        holders: holders(line),
        reached: [line % 5 === 0, line % 7 === 0],
      })),
    });
    expect(posteriors).toHaveLength(16);
    for (const x of posteriors) {
      expect(Number.isFinite(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
  });
});
