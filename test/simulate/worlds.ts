// Scores simulated worlds for the accuracy tests: each world is simulated, analysed to its end and
// scored against its truth (`scoreSimulation`).
import type { StoredContact } from '../../src/index.js';
import {
  type SimulationOptions,
  type SimulationScore,
  scoreSimulation,
  simulate,
} from '../../src/simulate/index.js';

/** One world's score. */
export async function scoreWorld(options: SimulationOptions): Promise<SimulationScore> {
  const { tracer, truth, end } = await simulate(options);
  const analysis = await tracer.analyze({ to: end });
  const contacts: StoredContact[] = [];
  for await (const c of tracer.listContacts()) contacts.push(c);
  return scoreSimulation(truth, analysis, contacts);
}

/** The scores of the worlds of `settings` under each seed, in the seeds' order. */
export async function scoresOver(
  seeds: readonly number[],
  settings: SimulationOptions,
): Promise<SimulationScore[]> {
  const scores: SimulationScore[] = [];
  for (const seed of seeds) scores.push(await scoreWorld({ ...settings, seed }));
  return scores;
}

/** Micro-averaged over seeds: each seed's figures weigh the same. */
export const mean = (scores: readonly SimulationScore[], pick: (s: SimulationScore) => number): number =>
  scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
