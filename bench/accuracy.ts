/**
 * Accuracy of the analysis on simulated worlds with known truth, per setting, averaged over
 * 20 seeds: `npx tsx bench/accuracy.ts [--seeds=20] [--only=<label substring>]`. The figures go
 * to docs/ACCURACY.md.
 */
import type { StoredContact } from '../src/index.js';
import { type SimulationScore, scoreSimulation, simulate } from '../src/simulate/index.js';
import { ACCURACY_SETTINGS } from './accuracy-settings.js';
import { table } from './harness.js';

const argument = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const seeds = Number(argument('seeds') ?? 20);
const only = argument('only');
const rows: (string | number)[][] = [];
for (const [label, options] of ACCURACY_SETTINGS) {
  if (only !== undefined && !label.includes(only)) continue;
  const scores: SimulationScore[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const { tracer, truth, end } = await simulate({ seed, ...options });
    const analysis = await tracer.analyze({ to: end });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    scores.push(scoreSimulation(truth, analysis, contacts));
  }
  const mean = (pick: (s: SimulationScore) => number) =>
    (scores.reduce((a, s) => a + pick(s), 0) / scores.length).toFixed(3);
  rows.push([
    label,
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
