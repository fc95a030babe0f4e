/**
 * The simulated settings accuracy is measured on, shared by `bench/accuracy.ts` (20 seeds each,
 * the table in docs/ACCURACY.md) and the accuracy tests (fewer seeds, smaller worlds).
 */
import type { SimulationOptions } from '../src/simulate/index.js';

/**
 * Many people on small shared pools: every pool number is held by three or four merchants, a
 * quiet background (a random call per line a year, no recycled numbers), and buyers who call
 * two to six times a record and mostly never say the name: their calls reach pool numbers only,
 * and land on every holder of the number.
 */
export const SMALL_POOLS: SimulationOptions = {
  subjects: 40,
  merchants: 24,
  poolSize: 4,
  registrationProbability: 0.42,
  nameSaidProbability: 0.3,
  contactsPerRecord: [2, 6],
  backgroundPerLineDay: 1 / 365,
  recycledProbability: 0,
  dealers: 4,
};

/** One industry's template read by every campaign and by block-sequential background dialers. */
export const ONE_TEMPLATE: SimulationOptions = {
  scripts: 'industry-template',
  backgroundDialers: 3,
  dealers: 4,
  actorsPerDealer: 3,
  nameSaidProbability: 0.7,
};

/**
 * Dealers that trade partial lists (each campaign buys half a stock), leaks from the first days
 * of registration (records registered later are not in the stock), 16 merchants with few
 * customers each, and most records cleaned.
 */
export const PARTIAL_LISTS: SimulationOptions = {
  stockShare: 0.5,
  leakDays: [1, 30],
  merchants: 16,
  registrationProbability: 0.3,
  cleanProbability: 0.6,
};

/**
 * One industry template whose agent changes on every call, campaigns calling from number blocks
 * that unrelated random dialers rent numbers in too.
 */
export const SHARED_BLOCKS: SimulationOptions = {
  ...ONE_TEMPLATE,
  agentPerCall: true,
  blockNeighbours: 4,
};

/**
 * Robot dialers: each campaign rotates through 40 numbers from several blocks, one number at a
 * time, so most numbers place one or two calls; a quarter of the calls go unanswered (no
 * transcript); random dialers rent numbers in the robots' blocks; one industry template.
 */
export const ROTATING_ROBOTS: SimulationOptions = {
  ...ONE_TEMPLATE,
  rotatingLines: 40,
  unansweredShare: 0.25,
  blockNeighbours: 4,
  contactsPerRecord: [1, 3],
};

/**
 * Campaigns that mix a bought list with random dialing of our number block (half of them, at
 * half the background rate, controls included), on a background with a weekday rhythm and a
 * two-week spam wave at six times the rate; 3-number pools, most records cleaned, half the
 * calls silent.
 */
export const MIXED_DIALERS: SimulationOptions = {
  mixedDialerShare: 0.5,
  backgroundRhythm: { weekdays: true, wave: { fromDay: 60, days: 14, factor: 6 } },
  poolSize: 3,
  cleanProbability: 0.6,
  nameSaidProbability: 0.5,
};

/**
 * Merchants that leak in pairs (to one dealer on one day), four campaigns a dealer each calling
 * only 3–8 records of its stock, 16 people on 3-number pools, half the records cleaned and half
 * the calls silent.
 */
export const PAIRED_LEAKS: SimulationOptions = {
  pairedLeaks: true,
  recordsPerActor: [3, 8],
  actorsPerDealer: 4,
  subjects: 16,
  merchants: 14,
  poolSize: 3,
  leakProbability: 0.5,
  cleanProbability: 0.5,
  nameSaidProbability: 0.5,
};

/** Every setting, with its label. */
export const ACCURACY_SETTINGS: readonly (readonly [string, SimulationOptions])[] = [
  ['high background (1 call / line / 8 days)', { backgroundPerLineDay: 1 / 8 }],
  ['low background (1 / 60 days), merges 0.5', { backgroundPerLineDay: 1 / 60, mergeProbability: 0.5 }],
  ['many leakers (0.6), 4 dealers, 12 merchants', { leakProbability: 0.6, dealers: 4, merchants: 12 }],
  ['very high background (1 / 2 days)', { backgroundPerLineDay: 1 / 2 }],
  [
    'dirty dealers (60 % cleaned, 30 % recycled, half Latin)',
    { cleanProbability: 0.6, recycledProbability: 0.3, latinShare: 0.5 },
  ],
  ['many people on small shared pools (40 people, 24 merchants, 4-number pools)', SMALL_POOLS],
  ['one industry template (campaigns and 3 block dialer groups)', ONE_TEMPLATE],
  [
    'both, with 3-number pools, calm even background, bursty buyers, early leaks',
    {
      ...SMALL_POOLS,
      ...ONE_TEMPLATE,
      poolSize: 3,
      backgroundPerLineDay: 1 / 30,
      backgroundShape: 3,
      contactsPerRecord: [0, 5],
      linesPerActor: [1, 8],
      leakDays: [5, 60],
    },
  ],
  [
    'both, stormy background, one dealer-wide cleaning, late leaks, 8 people',
    {
      ...ONE_TEMPLATE,
      poolSize: 3,
      backgroundPerLineDay: 1 / 4,
      backgroundShape: 0.3,
      cleanProbability: 0.6,
      nameSaidProbability: 0.4,
      leakDays: [100, 160],
    },
  ],
  ['partial lists, leaks from registration day, few customers, 60 % cleaned', PARTIAL_LISTS],
  ['template with an agent per call, campaigns sharing blocks with random dialers', SHARED_BLOCKS],
  [
    'recycled numbers (half) on a busy background (1 / 2 days)',
    { recycledProbability: 0.5, backgroundPerLineDay: 1 / 2 },
  ],
  ['robot dialers rotating through 40 numbers across blocks, a quarter of calls unanswered', ROTATING_ROBOTS],
  ['campaigns that also dial at random, weekday rhythm and a two-week spam wave', MIXED_DIALERS],
  ['merchants leaking in pairs to one dealer, buyers calling 3–8 records each', PAIRED_LEAKS],
];
