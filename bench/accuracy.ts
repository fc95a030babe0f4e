/**
 * Accuracy of the analysis on simulated worlds with known truth, per setting, averaged over
 * 20 seeds: `npx tsx bench/accuracy.ts`. The figures go to docs/ACCURACY.md.
 */
import type { StoredContact } from '../src/index.js';
import {
  type SimulationOptions,
  type SimulationScore,
  scoreSimulation,
  simulate,
} from '../src/simulate/index.js';
import { table } from './harness.js';

const settings: [string, SimulationOptions][] = [
  ['high background (1 call / line / 8 days)', { backgroundPerLineDay: 1 / 8 }],
  ['low background (1 / 60 days), merges 0.5', { backgroundPerLineDay: 1 / 60, mergeProbability: 0.5 }],
  ['many leakers (0.6), 4 dealers, 12 merchants', { leakProbability: 0.6, dealers: 4, merchants: 12 }],
  ['very high background (1 / 2 days)', { backgroundPerLineDay: 1 / 2 }],
  [
    'dirty dealers (60 % cleaned, 30 % recycled, half Latin)',
    { cleanProbability: 0.6, recycledProbability: 0.3, latinShare: 0.5 },
  ],
];
const rows: (string | number)[][] = [];
for (const [label, options] of settings) {
  const scores: SimulationScore[] = [];
  for (let seed = 1; seed <= 20; seed++) {
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
    'verdict accuracy',
    'actor pair F1',
    'broker pair F1',
    'contacts / world',
  ],
  rows,
);
