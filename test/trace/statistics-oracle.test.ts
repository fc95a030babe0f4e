import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import negativeBinomialCdf from '@stdlib/stats-base-dists-negative-binomial-cdf';
import negativeBinomialPmf from '@stdlib/stats-base-dists-negative-binomial-pmf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from '../../src/trace/actor-coverage.js';
import {
  benjaminiHochberg,
  combinedChance,
  logGamma,
  logProbability,
  upperTail,
} from '../../src/trace/baseline.js';

// Golden values from an independent implementation (@stdlib, a dev-only oracle): the statistics
// were only ever checked against each other. stdlib's negative binomial counts failures before
// `size` successes with success chance p; ours is parametrised by mean and size, so
// p = size / (size + mean).
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('statistics against @stdlib', () => {
  // Mixed tolerance, 1e-12 × max(1, |ln Γ(x)|): near the zeros of ln Γ (x = 1 and 2) a relative
  // error is ill-conditioned (x = 1.99737…: ln Γ = −0.00113, off by 1.3e-15, "relative" 1.1e-12).
  const closeTo = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

  it('logGamma agrees with stdlib gammaln to 1e-12 (relative, absolute below 1) over (0, 1e6]', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        closeTo(logGamma(x), gammaln(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('logGamma near its zeros (regression: a relative tolerance failed at x = 1.9973721604409111)', () => {
    for (const x of [1.9973721604409111, 1 + 1e-9, 2 - 1e-9, 0.999, 2.0011]) closeTo(logGamma(x), gammaln(x));
  });

  // stdlib's pmf is a probability, not its logarithm: deep in the tail (log-probabilities below
  // about −708) it is a subnormal double with few significant bits left, and its log is off by
  // up to 1e-9. There the oracle is the same formula in log space over stdlib's own gammaln
  // (independent of our Lanczos log-gamma); where the pmf is a normal double, its log.
  const SMALLEST_NORMAL = 2.2250738585072014e-308;
  const oracleLogPmf = (k: number, mean: number, size: number): number => {
    const pmf = negativeBinomialPmf(k, size, size / (size + mean));
    if (pmf >= SMALLEST_NORMAL) return Math.log(pmf);
    return (
      gammaln(k + size) -
      gammaln(size) -
      gammaln(k + 1) -
      size * Math.log1p(mean / size) +
      k * (Math.log(mean) - Math.log(size + mean))
    );
  };

  it('the negative binomial log-probability agrees with stdlib, in log space in the tail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 100, noNaN: true }),
        (k, mean, size) => {
          const expected = oracleLogPmf(k, mean, size);
          // 1e-9 absolute, or 1e-12 relative for log-probabilities in the hundreds.
          expect(Math.abs(logProbability(k, mean, size) - expected)).toBeLessThan(
            Math.max(1e-9, 1e-12 * Math.abs(expected)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('regression: deep-tail log-probabilities match 50-digit values (where log(pmf) loses its digits)', () => {
    // mpmath at 50 digits, rounded to the nearest double: loggamma(k+r) − loggamma(r) − loggamma(k+1) + r·log(r/(r+m)) + k·log(m/(r+m)).
    const golden: [number, number, number, number][] = [
      [93, 0.01, 82.285263654248, -720.8439704767882],
      [131, 0.01, 50, -1013.1141579862162],
      [131, 0.01, 0.5, -518.0899770012165],
      [3, 1e-4, 100, -29.393130626955756],
    ];
    for (const [k, mean, size, value] of golden)
      expect(relative(logProbability(k, mean, size), value)).toBeLessThan(1e-13);
    // The comparison, not the implementation, was wrong: log of a subnormal pmf drifts.
    const pmf = negativeBinomialPmf(93, 82.285263654248, 82.285263654248 / (82.285263654248 + 0.01));
    expect(pmf).toBeLessThan(SMALLEST_NORMAL);
    expect(Math.abs(Math.log(pmf) - -720.8439704767882)).toBeGreaterThan(1e-10);
  });

  it('the negative binomial upper tail agrees with 1 − stdlib cdf', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 100, noNaN: true }),
        (k, mean, size) => {
          const expected = k <= 0 ? 1 : 1 - negativeBinomialCdf(k - 1, size, size / (size + mean));
          expect(Math.abs(upperTail(k, mean, size) - expected)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the binomial upper tail agrees with 1 − stdlib cdf', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, at) => {
          const k = Math.round(at * n);
          const expected = k <= 0 ? 1 : 1 - binomialCdf(k - 1, n, p);
          expect(Math.abs(binomialUpperTail(k, n, p) - expected)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('Benjamini–Hochberg agrees with its definition, computed the naive way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (ps) => {
          const n = ps.length;
          const sorted = [...ps].sort((a, b) => a - b);
          // q(p) = min over the p-values at least p of p_(j) · n / j.
          const expected = ps.map((p) =>
            Math.min(1, ...sorted.map((pj, j) => (pj >= p ? (pj * n) / (j + 1) : Number.POSITIVE_INFINITY))),
          );
          const actual = benjaminiHochberg(ps);
          for (const [i, q] of actual.entries()) expect(Math.abs(q - expected[i]!)).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it('golden values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(relative(logGamma(10), gammaln(10))).toBeLessThan(1e-14);
    expect(upperTail(3, 1, Number.POSITIVE_INFINITY)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 12);
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    for (const [i, v] of [0.04, 0.16 / 3, 0.16 / 3, 0.2].entries()) expect(q[i]).toBeCloseTo(v, 14);
  });

  it("combinedChance is Fisher's method: the upper tail of χ² with 2k degrees of freedom at −2 ln Π", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-12, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (chances) => {
          const x = -chances.reduce((a, c) => a + Math.log(c), 0);
          const expected = x === 0 ? 1 : gammainc(x, chances.length, true, true);
          expect(relative(combinedChance(chances), expected)).toBeLessThan(1e-9);
        },
      ),
    );
    // A handful of weak coincidences is not a strong one.
    expect(combinedChance([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(0.1965, 3);
    expect(combinedChance([0.01])).toBeCloseTo(0.01, 12);
    expect(combinedChance([])).toBe(1);
  });
});
