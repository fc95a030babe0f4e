import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acrossCampaigns, binomialUpperTail, coverActorLines } from '../../src/trace/actor-coverage.js';

describe('binomialUpperTail', () => {
  it('agrees with the sum of binomial masses (property)', () => {
    const choose = (n: number, k: number) => {
      let c = 1;
      for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
      return c;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (k, n, p) => {
          let direct = 0;
          for (let j = Math.max(0, k); j <= n; j++) direct += choose(n, j) * p ** j * (1 - p) ** (n - j);
          expect(binomialUpperTail(k, n, p)).toBeCloseTo(Math.min(1, direct), 9);
        },
      ),
    );
    // Large campaigns: exact where a closed form exists, and far in the tail without underflow.
    expect(binomialUpperTail(1, 5000, 1e-4)).toBeCloseTo(1 - (1 - 1e-4) ** 5000, 12);
    expect(binomialUpperTail(2500, 5000, 0.5)).toBeCloseTo(
      0.5 + 0.5 * Math.exp(-Math.log(Math.PI * 2500) / 2),
      4,
    );
    expect(binomialUpperTail(4000, 5000, 0.25)).toBe(0);
    expect(binomialUpperTail(0, 5, 0.2)).toBe(1);
    expect(binomialUpperTail(6, 5, 0.2)).toBe(0);
  });
});

describe('coverActorLines', () => {
  const holders: Record<string, Set<string>> = {
    l1: new Set(['A', 'B']),
    l2: new Set(['A', 'C']),
    l3: new Set(['A', 'D']),
    l4: new Set(['K']),
    l5: new Set(['E', 'F']),
    l6: new Set(['E', 'F']),
  };
  const holdersOf = (line: string) => holders[line];
  const share = () => 0.25;

  const sources = ['A', 'B', 'C', 'D', 'E', 'F', 'K'];

  it('names the source that explains most lines, with the chance any source would by luck', () => {
    const [found, ...rest] = coverActorLines(
      ['l1', 'l2', 'l3', 'ctl'],
      holdersOf,
      share,
      () => false,
      sources,
    );
    expect(rest).toEqual([]);
    expect(found).toEqual({
      sourceId: 'A',
      covered: 3,
      lines: 4,
      falseAccusation: 7 * binomialUpperTail(3, 4, 0.25),
    });
  });

  it('lets a proven leaker explain its lines first, and names no one for a single line', () => {
    expect(coverActorLines(['l1', 'l4'], holdersOf, share, (s) => s === 'K', sources)).toEqual([]);
    expect(coverActorLines(['l1', 'l2', 'l4'], holdersOf, share, (s) => s === 'A', sources)).toEqual([]);
  });

  it('reports an even chance when two sources explain the same lines', () => {
    const [found] = coverActorLines(['l5', 'l6'], holdersOf, share, () => false, sources);
    expect(found).toMatchObject({ sourceId: 'E', covered: 2, falseAccusation: 0.5 });
  });
});

describe('acrossCampaigns (Benjamini–Hochberg over the campaigns tested)', () => {
  const finding = (falseAccusation: number) => ({ sourceId: 'S', covered: 2, lines: 2, falseAccusation });

  it('raises a lone two-line coincidence to its q-value among five campaigns tested', () => {
    const [first, ...rest] = acrossCampaigns([[finding(0.08)], [], [], [], []]);
    expect(first![0]!.falseAccusation).toBeCloseTo(0.4, 12);
    expect(rest.every((r) => r.length === 0)).toBe(true);
  });

  it('leaves a strong coverage strong and never lowers a chance', () => {
    const [strong, weak] = acrossCampaigns([[finding(1e-6)], [finding(0.3)], []]);
    expect(strong![0]!.falseAccusation).toBeCloseTo(3e-6, 15);
    expect(weak![0]!.falseAccusation).toBeCloseTo(0.45, 12);
  });

  it('does not count campaigns that were not tested', () => {
    const [only] = acrossCampaigns([[finding(0.08)], null, null]);
    expect(only![0]!.falseAccusation).toBeCloseTo(0.08, 12);
  });
});
