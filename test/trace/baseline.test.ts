import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  fitBackground,
  leakPosterior,
  logGamma,
  logProbability,
  upperTail,
} from '../../src/trace/baseline.js';

describe('fitBackground', () => {
  it('recovers a Poisson rate from even counts', () => {
    const lines = Array.from({ length: 20 }, () => ({ contacts: 4, days: 32 }));
    const fit = fitBackground(lines, 1 / 8, { size: Number.POSITIVE_INFINITY, lines: 10 });
    expect(fit.ratePerDay).toBeCloseTo(0.125);
    expect(fit.size).toBe(Number.POSITIVE_INFINITY);
  });

  it('shrinks the dispersion of few calm lines towards the prior', () => {
    const calm = Array.from({ length: 5 }, () => ({ contacts: 4, days: 32 }));
    // Five even lines alone would say Poisson; the prior (r = 0.5 over 10 lines) keeps storms possible.
    expect(fitBackground(calm).size).toBeCloseTo(1 / ((10 / 15) * 2), 6);
    const many = Array.from({ length: 1000 }, () => ({ contacts: 4, days: 32 }));
    expect(fitBackground(many).size).toBeGreaterThan(40);
  });

  it('sees overdispersion when lines get storms or nothing', () => {
    const lines = [0, 0, 0, 0, 0, 1, 2, 3, 20, 14].map((contacts) => ({ contacts, days: 32 }));
    const fit = fitBackground(lines, 1 / 8, { size: Number.POSITIVE_INFINITY, lines: 10 });
    expect(fit.ratePerDay).toBeCloseTo(40 / 320);
    expect(fit.size).toBeLessThan(2);
  });

  it('falls back to the prior when nothing was watched', () => {
    expect(fitBackground([])).toMatchObject({ ratePerDay: 0.125, lines: 0 });
  });
});

describe('upperTail', () => {
  it('matches the Poisson tail', () => {
    // P(X ≥ 3 | λ = 1) = 1 − e⁻¹(1 + 1 + 1/2)
    expect(upperTail(3, 1, Number.POSITIVE_INFINITY)).toBeCloseTo(1 - Math.exp(-1) * 2.5, 10);
    expect(upperTail(0, 5, 2)).toBe(1);
  });

  it('gives an overdispersed background fatter tails than Poisson (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 30 }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 0.3, max: 5, noNaN: true }),
        (k, mean, size) => {
          fc.pre(k > mean * 2);
          expect(upperTail(k, mean, size)).toBeGreaterThanOrEqual(
            upperTail(k, mean, Number.POSITIVE_INFINITY) - 1e-12,
          );
        },
      ),
    );
  });

  it('sums with the mass below to one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (k, mean, size) => {
          const tail = upperTail(k, mean, size);
          expect(tail).toBeGreaterThanOrEqual(0);
          expect(tail).toBeLessThanOrEqual(1);
          expect(upperTail(k + 1, mean, size)).toBeLessThanOrEqual(tail + 1e-12);
        },
      ),
    );
  });
});

describe('benjaminiHochberg', () => {
  it('adjusts p-values step-up, in input order', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.5]);
    for (const [i, expected] of [0.04, 0.16 / 3, 0.16 / 3, 0.5].entries())
      expect(q[i]).toBeCloseTo(expected, 12);
  });

  it('never lowers a p-value nor lifts it above 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (ps) => {
          const q = benjaminiHochberg(ps);
          ps.forEach((p, i) => {
            expect(q[i]).toBeGreaterThanOrEqual(p - 1e-15);
            expect(q[i]).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe('logGamma and logProbability', () => {
  it('matches factorials and the half-integer value', () => {
    for (let n = 1; n <= 20; n++) {
      let factorial = 1;
      for (let i = 2; i < n; i++) factorial *= i;
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 9);
    }
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('is a distribution: masses sum to 1 and agree with the tail', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.constantFrom(0.3, 0.5, 2, 10, Number.POSITIVE_INFINITY),
        fc.integer({ min: 1, max: 20 }),
        (mean, size, k) => {
          let total = 0;
          let below = 0;
          for (let x = 0; x < 3000; x++) {
            const mass = Math.exp(logProbability(x, mean, size));
            total += mass;
            if (x < k) below += mass;
          }
          expect(total).toBeCloseTo(1, 6);
          expect(1 - below).toBeCloseTo(upperTail(k, mean, size), 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('leakPosterior', () => {
  it('grows with the count and with the prior, and stays in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0.1, max: 40, noNaN: true }),
        fc.double({ min: 0.1, max: 40, noNaN: true }),
        fc.constantFrom(0.5, 2, Number.POSITIVE_INFINITY),
        (k, expected, leak, size) => {
          const p = leakPosterior(k, expected, leak, size, 0.1);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(leakPosterior(k + 1, expected, leak, size, 0.1)).toBeGreaterThanOrEqual(p - 1e-12);
          expect(leakPosterior(k, expected, leak, size, 0.3)).toBeGreaterThanOrEqual(p - 1e-12);
        },
      ),
    );
  });

  it('needs more calls to convict when the background storms', () => {
    // 25 calls where 10 are expected and a leak would add 20.
    const poisson = leakPosterior(25, 10, 20, Number.POSITIVE_INFINITY, 0.1);
    const stormy = leakPosterior(25, 10, 20, 0.5, 0.1);
    expect(poisson).toBeGreaterThan(0.9);
    expect(stormy).toBeLessThan(poisson);
    expect(leakPosterior(0, 10, 20, 0.5, 0.1)).toBeLessThan(0.1);
    expect(leakPosterior(5, 10, 20, 0.5, 0)).toBe(0);
    expect(leakPosterior(5, 0, 20, 0.5, 0.1)).toBeGreaterThan(0.1);
  });
});
