import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/index.js';
import { type SimulationTruth, scoreSimulation } from '../../src/simulate/index.js';

const truth = (leaked: string[], identifiable: string[]): SimulationTruth =>
  ({
    leakedSources: leaked,
    identifiableSources: identifiable,
    dealerOfSource: {},
    actorOfCaller: {},
    verdictOfContact: {},
  }) as unknown as SimulationTruth;

const analysis = (statuses: Record<string, 'leaked' | 'clean'>): Analysis =>
  ({
    sources: Object.entries(statuses).map(([sourceId, status]) => ({ sourceId, status })),
    actors: [],
    brokers: [],
  }) as unknown as Analysis;

describe('the score over identifiable leaks', () => {
  it('leaves out the leaks no contact tells apart, found or not, and keeps every false accusation', () => {
    // a, b identifiable leaks; c a leak no contact tells apart; d never leaked.
    const world = truth(['a', 'b', 'c'], ['a', 'b']);
    const found = scoreSimulation(world, analysis({ a: 'leaked', b: 'clean', c: 'leaked', d: 'leaked' }), []);
    expect(found.sourceLeak.precision).toBeCloseTo(2 / 3);
    expect(found.sourceLeak.recall).toBeCloseTo(2 / 3);
    // Identifiable: a found, b missed, c ignored (though found), d a false accusation.
    expect(found.identifiableRecall).toBeCloseTo(1 / 2);
    expect(found.identifiableLeak.precision).toBeCloseTo(1 / 2);
    expect(found.identifiableLeak.recall).toBeCloseTo(1 / 2);
    expect(found.identifiableLeak.f1).toBeCloseTo(1 / 2);
  });

  it('does not count an unidentifiable leak that was missed', () => {
    const found = scoreSimulation(truth(['a', 'c'], ['a']), analysis({ a: 'leaked', c: 'clean' }), []);
    expect(found.sourceLeak.recall).toBeCloseTo(1 / 2);
    expect(found.identifiableLeak).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
