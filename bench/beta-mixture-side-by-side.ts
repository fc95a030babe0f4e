/**
 * The buyers' stock's Beta mixture and posteriors before and after a change, in one process:
 * `npx tsx bench/beta-mixture-side-by-side.ts <path to the other src/trace/buyer-stock.ts>`.
 * Times `logBetaMixture` on a source's 1,400 silent lines (sixteen candidates' worth) and
 * `stockPosteriors` on sixteen candidates holding 700 lines each, alternately, five rounds each,
 * and checks the two versions agree.
 */
import { pathToFileURL } from 'node:url';
import { logBetaMixture, type StockProblem, stockPosteriors } from '../src/trace/buyer-stock.js';
import { prng } from './harness.js';

const otherPath = process.argv[2];
if (!otherPath) throw new Error('usage: beta-mixture-side-by-side.ts <other buyer-stock.ts>');
const other = (await import(pathToFileURL(otherPath).href)) as {
  logBetaMixture: typeof logBetaMixture;
  stockPosteriors: typeof stockPosteriors;
};

const silent = Array.from({ length: 1_400 }, () => ({ logAt0: 0, logAt1: Math.log(0.05) }));
const r = prng(1);
const problem: StockProblem = {
  priors: new Array<number>(16).fill(0.1),
  share: 0.6,
  campaigns: Array.from({ length: 8 }, () => ({ random: 0.01, coverage: 0.5 })),
  lines: Array.from({ length: 5_600 }, () => {
    const holders = new Set<number>();
    const k = 1 + Math.floor(r() * 3);
    while (holders.size < k) holders.add(Math.floor(r() * 16));
    return {
      known: r() < 0.3 ? 1 : 0,
      holders: [...holders],
      reached: Array.from({ length: 8 }, () => r() < 0.05),
    };
  }),
};

const time = (run: () => void): number => {
  const t = performance.now();
  run();
  return performance.now() - t;
};
const rows: Record<string, number[]> = {
  'mixture other': [],
  'mixture this': [],
  'stock other': [],
  'stock this': [],
};
for (let round = 0; round < 5; round++) {
  rows['mixture other']!.push(
    time(() => {
      for (let i = 0; i < 16; i++) other.logBetaMixture(silent, 1.7, 0.3);
    }),
  );
  rows['mixture this']!.push(
    time(() => {
      for (let i = 0; i < 16; i++) logBetaMixture(silent, 1.7, 0.3);
    }),
  );
  rows['stock other']!.push(time(() => other.stockPosteriors(problem)));
  rows['stock this']!.push(time(() => stockPosteriors(problem)));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [label, xs] of Object.entries(rows))
  console.log(`${label}: median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`);
const gap = Math.abs(other.logBetaMixture(silent, 1.7, 0.3) - logBetaMixture(silent, 1.7, 0.3));
console.log(`mixture agreement: |Δ log| = ${gap.toExponential(2)}`);
