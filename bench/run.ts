/**
 * `npm run bench` runs every benchmark at full size; `npm run bench -- --quick` runs a small
 * smoke version (what CI could afford). Results are printed as Markdown tables for BENCHMARKS.md.
 */
import os from 'node:os';
import { benchAnalyze } from './analyze.bench.js';
import { benchContentLength } from './content-length.bench.js';
import { benchDemo } from './demo.bench.js';
import { benchImporters } from './importers.bench.js';
import { benchIssue } from './issue.bench.js';
import { benchMatch } from './match.bench.js';
import { benchMatchCompare } from './match-compare.bench.js';
import { benchReport } from './report.bench.js';
import { benchStores } from './store.bench.js';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`,
);
console.log(`Command: npm run bench${quick ? ' -- --quick' : ''}${only ? ` -- --only=${only}` : ''}\n`);

if (!only || only === 'issue') await benchIssue(quick ? 2_000 : 50_000);
if (!only || only === 'match')
  await benchMatch(quick ? [1_000, 10_000] : [1_000, 100_000, 1_000_000], quick ? 500 : 5_000);
// `--kinds=plain,CJK` measures only those content families.
const kinds = process.argv
  .find((a) => a.startsWith('--kinds='))
  ?.slice(8)
  .split(',');
if (!only || only === 'content') await benchContentLength(kinds);
// Side by side with other checkouts, only when asked:
// `--only=match-compare --baseline=DIR [--control=DIR]` (DIR: a checkout with node_modules).
const argument = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const baseline = argument('baseline');
const control = argument('control');
if (only === 'match-compare' && baseline)
  await benchMatchCompare(
    [
      ['baseline', baseline],
      ...(control ? [['control (this checkout, loaded like the baseline)', control] as const] : []),
    ],
    quick ? 10_000 : 100_000,
  );
if (!only || only === 'store') await benchStores(quick ? 5_000 : 200_000);
if (!only || only === 'analyze') await benchAnalyze(quick ? [2_000] : [10_000, 100_000, 1_000_000]);
if (!only || only === 'importers') await benchImporters(quick ? 5 : 50);
if (!only || only === 'report') await benchReport(quick ? [2_000] : [10_000, 100_000, 1_000_000]);
if (!only || only === 'demo') benchDemo(quick ? 1 : 5);
