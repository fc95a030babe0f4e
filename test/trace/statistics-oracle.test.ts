import gammaln from '@stdlib/math-base-special-gammaln';
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import negativeBinomialCdf from '@stdlib/stats-base-dists-negative-binomial-cdf';
import negativeBinomialPmf from '@stdlib/stats-base-dists-negative-binomial-pmf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from '../../src/trace/actor-coverage.js';
import { benjaminiHochberg, logGamma, logProbability, upperTail } from '../../src/trace/baseline.js';

// Golden values from an independent implementation (@stdlib, a dev-only oracle): the statistics
// were only ever checked against each other. stdlib's negative binomial counts failures before
// `size` successes with success chance p; ours is parametrised by mean and size, so
// p = size / (size + mean).
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('statistics against @stdlib', () => {
  it('logGamma agrees with stdlib gammaln to 1e-12 (relative) over (0, 1e6]', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        const expected = gammaln(x);
        if (Math.abs(expected) < 1e-3) expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-12);
        else expect(relative(logGamma(x), expected)).toBeLessThan(1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('the negative binomial log-probability agrees with stdlib pmf', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 100, noNaN: true }),
        (k, mean, size) => {
          const expected = Math.log(negativeBinomialPmf(k, size, size / (size + mean)));
          if (Number.isFinite(expected))
            expect(Math.abs(logProbability(k, mean, size) - expected)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 1000 },
    );
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
          actual.forEach((q, i) => expect(Math.abs(q - expected[i]!)).toBeLessThan(1e-12));
        },
      ),
    );
  });

  it('golden values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(relative(logGamma(10), gammaln(10))).toBeLessThan(1e-14);
    expect(upperTail(3, 1, Number.POSITIVE_INFINITY)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 12);
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    [0.04, 0.16 / 3, 0.16 / 3, 0.2].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 14));
  });
});
