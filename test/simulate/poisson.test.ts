import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import { poisson } from '../../src/simulate/simulate.js';

function moments(mean: number, draws: number): { mean: number; variance: number } {
  const random = createRandom(`poisson:${mean}`);
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < draws; i++) {
    const x = poisson(random, mean);
    sum += x;
    squares += x * x;
  }
  const m = sum / draws;
  return { mean: m, variance: squares / draws - m * m };
}

describe('poisson (simulator sampler)', () => {
  it.each([1, 100, 10_000])('has mean and variance equal to %d', (mean) => {
    const draws = 20_000;
    const found = moments(mean, draws);
    // The sample mean's standard error is √(mean/draws); allow five of them.
    expect(Math.abs(found.mean - mean)).toBeLessThan(5 * Math.sqrt(mean / draws));
    // The sample variance's relative standard error is about √(2/draws) (1 %); allow 5 %.
    expect(found.variance / mean).toBeGreaterThan(0.95);
    expect(found.variance / mean).toBeLessThan(1.05);
  });

  it('regression: a mean above 745 is not stuck at 10,000 (exp(−mean) underflowed)', () => {
    const random = createRandom('large');
    const draws = Array.from({ length: 50 }, () => poisson(random, 50_000));
    expect(Math.min(...draws)).toBeGreaterThan(49_000);
    expect(Math.max(...draws)).toBeLessThan(51_000);
    expect(new Set(draws).size).toBeGreaterThan(10);
  });

  it('returns 0 for a mean of 0', () => {
    expect(poisson(createRandom('zero'), 0)).toBe(0);
  });
});
