/**
 * @module leaktrace/simulate
 *
 * A simulated world with ground truth, and a scorer: for the demo, for accuracy tests, and for
 * tuning the analysis' thresholds on your own assumptions.
 */

export { type Score, type SimulationScore, scoreSimulation } from './score.js';
export { type Simulation, type SimulationOptions, type SimulationTruth, simulate } from './simulate.js';
