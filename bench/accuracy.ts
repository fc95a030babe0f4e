/**
 * Accuracy of the analysis on simulated worlds with known truth, per setting, averaged over
 * seeds: `npx tsx bench/accuracy.ts [--seeds=20] [--first=1] [--only=<label substring>]
 * [--log=<file.jsonl>]` (`--only=a|b` runs every setting whose label contains a or b), or `npx tsx bench/accuracy.ts --from-log=<file.jsonl>` to print the
 * table of a log (a run cut short included). The figures go to docs/ACCURACY.md.
 *
 * Seeds run in the outer loop: a run stopped early has scored every setting on its first seeds.
 * With `--log`, each world's score is appended as one JSON line as soon as it is known.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import type { StoredContact } from '../src/index.js';
import { type SimulationScore, scoreSimulation, simulate } from '../src/simulate/index.js';
import { ACCURACY_SETTINGS } from './accuracy-settings.js';
import { table } from './harness.js';

/** One world's score in a log. */
interface Logged {
  readonly label: string;
  readonly seed: number;
  readonly score: SimulationScore;
}

const argument = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const seeds = Number(argument('seeds') ?? 20);
const first = Number(argument('first') ?? 1);
const only = argument('only');
const log = argument('log');
const fromLog = argument('from-log');

const wanted = only?.split('|');
const settings = ACCURACY_SETTINGS.filter(
  ([label]) => wanted === undefined || wanted.some((part) => label.includes(part)),
);
const scored: Logged[] = [];
if (fromLog !== undefined) {
  for (const line of readFileSync(fromLog, 'utf8').split('\n'))
    if (line.trim() !== '') scored.push(JSON.parse(line) as Logged);
} else {
  for (let seed = first; seed < first + seeds; seed++) {
    for (const [label, options] of settings) {
      const started = performance.now();
      const { tracer, truth, end } = await simulate({ seed, ...options });
      const analysis = await tracer.analyze({ to: end });
      const contacts: StoredContact[] = [];
      for await (const c of tracer.listContacts()) contacts.push(c);
      const score = scoreSimulation(truth, analysis, contacts);
      scored.push({ label, seed, score });
      if (log !== undefined) appendFileSync(log, `${JSON.stringify({ label, seed, score })}\n`);
      console.error(
        `seed ${seed} ${label}: P ${score.sourceLeak.precision.toFixed(3)} R ${score.sourceLeak.recall.toFixed(3)} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
}

const rows: (string | number)[][] = [];
for (const [label] of settings) {
  const scores = scored.filter((s) => s.label === label).map((s) => s.score);
  if (scores.length === 0) continue;
  const mean = (pick: (s: SimulationScore) => number) =>
    (scores.reduce((a, s) => a + pick(s), 0) / scores.length).toFixed(3);
  rows.push([
    label,
    String(scores.length),
    mean((s) => s.sourceLeak.precision),
    mean((s) => s.sourceLeak.recall),
    mean((s) => s.sourceLeak.f1),
    mean((s) => s.identifiableRecall),
    mean((s) => s.identifiableLeak.f1),
    mean((s) => s.verdictAccuracy),
    mean((s) => s.actorPairs.f1),
    mean((s) => s.brokerPairs.f1),
    Math.round(scores.reduce((a, s) => a + s.contacts, 0) / scores.length),
  ]);
}
table(
  [
    'setting',
    'seeds',
    'source precision',
    'source recall',
    'source F1',
    'recall of identifiable leaks',
    'F1 over identifiable leaks',
    'verdict accuracy',
    'actor pair F1',
    'broker pair F1',
    'contacts / world',
  ],
  rows,
);
