// The accuracy tests are split over files by setting, so that the two workers share them.
import { describe, expect, it } from 'vitest';
import { MIXED_DIALERS, PAIRED_LEAKS, PARTIAL_LISTS, SHARED_BLOCKS } from '../../bench/accuracy-settings.js';
import type { SimulationScore } from '../../src/simulate/index.js';
import { mean, scoresOver } from './worlds.js';

// The worlds with an agent per call and random dialers in the campaigns' blocks, simulated once
// for the two tests that score them.
let sharedBlocks: Promise<SimulationScore[]> | undefined;
const sharedBlocksScores = () => {
  sharedBlocks ??= scoresOver([1, 2, 3], SHARED_BLOCKS);
  return sharedBlocks;
};

// Worlds built to stress what the analysis may assume: partial lists and leaks before every
// record was registered (thin evidence), and campaigns whose number blocks random dialers rent
// numbers in. Precision must hold; recall is measured on the leaks a contact identifies.
describe('accuracy over 3 simulated worlds: worlds built differently', () => {
  it('partial lists, leaks from registration day, few customers: no false conviction', async () => {
    const scores = await scoresOver([1, 2, 3], PARTIAL_LISTS);
    expect(mean(scores, (s) => s.sourceLeak.precision)).toBeGreaterThanOrEqual(0.98);
    expect(mean(scores, (s) => s.identifiableRecall)).toBeGreaterThanOrEqual(0.8);
    expect(mean(scores, (s) => s.verdictAccuracy)).toBeGreaterThanOrEqual(0.99);
  }, 240_000);

  it("an agent per call, random dialers in the campaigns' blocks", async () => {
    const scores = await sharedBlocksScores();
    expect(mean(scores, (s) => s.sourceLeak.precision)).toBeGreaterThanOrEqual(0.98);
    expect(mean(scores, (s) => s.sourceLeak.f1)).toBeGreaterThanOrEqual(0.95);
    expect(mean(scores, (s) => s.verdictAccuracy)).toBeGreaterThanOrEqual(0.99);
    expect(mean(scores, (s) => s.actorPairs.f1)).toBeGreaterThanOrEqual(0.9);
    expect(mean(scores, (s) => s.brokerPairs.f1)).toBeGreaterThanOrEqual(0.92);
  }, 240_000);

  it("keeps random dialers renting numbers in the campaigns' blocks apart from the campaigns", async () => {
    const list = await sharedBlocksScores();
    expect(mean(list, (s) => s.actorPairs.precision)).toBeGreaterThanOrEqual(0.95);
    expect(mean(list, (s) => s.actorPairs.f1)).toBeGreaterThanOrEqual(0.92);
    expect(mean(list, (s) => s.sourceLeak.precision)).toBe(1);
  }, 240_000);
});

// Worlds built after the buyers' stocks were inferred jointly, to test them on shapes they were
// not designed on: campaigns that also dial at random on a background with a rhythm and a spam
// wave, and merchants leaking in pairs to buyers that call a few records each.
describe('accuracy over 3 simulated worlds: stocks tested on new shapes', () => {
  it('campaigns that also dial at random, weekday rhythm and a spam wave: no false conviction', async () => {
    const scores = await scoresOver([1, 2, 3], { ...MIXED_DIALERS, subjects: 6 });
    expect(mean(scores, (s) => s.sourceLeak.precision)).toBeGreaterThanOrEqual(0.98);
    expect(mean(scores, (s) => s.identifiableRecall)).toBeGreaterThanOrEqual(0.8);
    expect(mean(scores, (s) => s.verdictAccuracy)).toBeGreaterThanOrEqual(0.99);
  }, 240_000);

  it('merchants leaking in pairs, buyers calling 3–8 records: no false conviction', async () => {
    const scores = await scoresOver([1, 2, 3], { ...PAIRED_LEAKS, subjects: 10 });
    expect(mean(scores, (s) => s.sourceLeak.precision)).toBeGreaterThanOrEqual(0.98);
    expect(mean(scores, (s) => s.identifiableRecall)).toBeGreaterThanOrEqual(0.8);
    expect(mean(scores, (s) => s.verdictAccuracy)).toBeGreaterThanOrEqual(0.99);
  }, 240_000);
});
