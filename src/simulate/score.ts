import { z } from 'zod';
import { own } from '../_internal/own.js';
import { parseInput } from '../schemas/common.js';
import type { StoredContact } from '../stores/store.js';
import type { Analysis } from '../trace/analyze.js';
import type { SimulationTruth } from './simulate.js';

const ids = z.array(z.string()).max(10_000_000);
const table = z.record(z.string(), z.string());
/** What `scoreSimulation` reads of its arguments (the rest passes unread). */
const scoreArguments = z.tuple([
  z.looseObject({
    leakedSources: ids,
    identifiableSources: ids,
    dealerOfSource: table,
    actorOfCaller: table,
    verdictOfContact: table,
  }),
  z.looseObject({
    sources: z.array(z.unknown()),
    actors: z.array(z.unknown()),
    brokers: z.array(z.unknown()),
  }),
  z.array(z.unknown(), {
    message: 'must be an array of stored contacts: collect tracer.listContacts() with for await first',
  }),
]);

/** Precision, recall and F1 of one decision. */
export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** How well an analysis recovered a simulation's truth. */
export interface SimulationScore {
  /** Sources called `leaked` against the sources that leaked. */
  readonly sourceLeak: Score;
  /**
   * Share of the identifiable leaks (`SimulationTruth.identifiableSources`: a buyer revealed a
   * field only that source held) called `leaked`: the recall on leaks any single contact tells
   * apart, beside `sourceLeak.recall` on all of them.
   */
  readonly identifiableRecall: number;
  /**
   * The source-leak score over the identifiable leaks only: a leak no contact could tell apart
   * from another holder's is neither a hit nor a miss (found or not, it is left out), a false
   * accusation still counts. Its recall is `identifiableRecall`. Defined from the truth alone
   * (`SimulationTruth.identifiableSources`), never from what the analysis found; beside
   * `sourceLeak`, not instead of it.
   */
  readonly identifiableLeak: Score;
  /** Share of contacts whose verdict is the one they deserve. */
  readonly verdictAccuracy: number;
  /** Pairs of callers put in one actor against pairs that are one actor. */
  readonly actorPairs: Score;
  /** Pairs of leaked sources put under one broker against pairs sold to one dealer. */
  readonly brokerPairs: Score;
  readonly contacts: number;
}

function score(truePositives: number, predicted: number, actual: number): Score {
  // No prediction and nothing to find is perfect; the conventions keep averages meaningful.
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = actual === 0 ? 1 : truePositives / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Pairwise agreement of two groupings of the same items. */
function pairScore(
  items: readonly string[],
  truth: (item: string) => string,
  predicted: (item: string) => string,
): Score {
  let both = 0;
  let inPredicted = 0;
  let inTruth = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const t = truth(items[i]!) === truth(items[j]!);
      const p = predicted(items[i]!) === predicted(items[j]!);
      if (t) inTruth++;
      if (p) inPredicted++;
      if (t && p) both++;
    }
  }
  return score(both, inPredicted, inTruth);
}

/**
 * Scores an analysis against a simulation's truth.
 *
 * @param truth - The simulation's truth.
 * @param analysis - `tracer.analyze()` over the whole simulated period.
 * @param contacts - Every stored contact, as an array: `tracer.listContacts()` is an async
 *   iterable, so collect it first (`for await (const c of tracer.listContacts()) contacts.push(c)`).
 * @returns Precision, recall and F1 per decision, and the verdict accuracy.
 * @throws ValidationError when an argument is not what it names (`[2]`: contacts not an array,
 *   e.g. the iterable itself), with the path of the field.
 */
export function scoreSimulation(
  truth: SimulationTruth,
  analysis: Analysis,
  contacts: readonly StoredContact[],
): SimulationScore {
  parseInput(scoreArguments, [truth, analysis, contacts]);
  const leaked = new Set(truth.leakedSources);
  const called = analysis.sources.filter((s) => s.status === 'leaked').map((s) => s.sourceId);
  const sourceLeak = score(called.filter((s) => leaked.has(s)).length, called.length, leaked.size);

  const identifiable = truth.identifiableSources;
  const identifiableRecall = identifiable.length
    ? identifiable.filter((s) => called.includes(s)).length / identifiable.length
    : 1;
  const falselyCalled = called.filter((s) => !leaked.has(s)).length;
  const identifiableFound = identifiable.filter((s) => called.includes(s)).length;
  const identifiableLeak = score(identifiableFound, identifiableFound + falselyCalled, identifiable.length);

  const right = contacts.filter((c) => truth.verdictOfContact[c.contact.id] === c.result.verdict).length;

  const actorOf = new Map<string, string>();
  for (const actor of analysis.actors)
    for (const caller of [...actor.numbers, ...actor.senders]) actorOf.set(caller, actor.id);
  const callers = [...actorOf.keys()];
  const actorPairs = pairScore(
    callers,
    (c) => own(truth.actorOfCaller, c) ?? `background:${c}`,
    (c) => actorOf.get(c)!,
  );

  const brokerOf = new Map<string, string>();
  for (const broker of analysis.brokers) for (const s of broker.sourceIds) brokerOf.set(s, broker.id);
  const both = called.filter((s) => leaked.has(s) && brokerOf.has(s));
  const brokerPairs = pairScore(
    both,
    (s) => own(truth.dealerOfSource, s) ?? s,
    (s) => brokerOf.get(s)!,
  );
  return {
    sourceLeak,
    identifiableRecall,
    identifiableLeak,
    verdictAccuracy: contacts.length ? right / contacts.length : 1,
    actorPairs,
    brokerPairs,
    contacts: contacts.length,
  };
}
