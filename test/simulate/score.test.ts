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

describe('scoreSimulation refuses arguments that are not what they name', () => {
  it("the contacts as tracer.listContacts()'s async iterable: a ValidationError that says to collect them", async () => {
    const { simulate } = await import('../../src/simulate/index.js');
    const { tracer, truth: world, end } = await simulate({ seed: 1, subjects: 1, merchants: 3, days: 30 });
    const result = await tracer.analyze({ to: end });
    let caught: unknown;
    try {
      scoreSimulation(world, result, tracer.listContacts() as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ name: 'ValidationError', path: '[2]' });
    expect((caught as Error).message).toContain('for await');
    const contacts = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    expect(scoreSimulation(world, result, contacts).verdictAccuracy).toBeGreaterThan(0);
    await tracer.close();
  }, 60_000);

  it('no truth, or an analysis without its lists: the path of what is missing', () => {
    expect(() => scoreSimulation(undefined as never, analysis({}), [])).toThrow(
      expect.objectContaining({ name: 'ValidationError', path: '[0]' }),
    );
    expect(() => scoreSimulation(truth([], []), {} as never, [])).toThrow(
      expect.objectContaining({ name: 'ValidationError', path: '[1].sources' }),
    );
  });
});
