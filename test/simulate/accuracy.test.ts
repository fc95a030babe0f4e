import { describe, expect, it } from 'vitest';
import {
  MIXED_DIALERS,
  ONE_TEMPLATE,
  PAIRED_LEAKS,
  PARTIAL_LISTS,
  SHARED_BLOCKS,
  SMALL_POOLS,
} from '../../bench/accuracy-settings.js';
import type { StoredContact } from '../../src/index.js';
import {
  type SimulationOptions,
  type SimulationScore,
  scoreSimulation,
  simulate,
} from '../../src/simulate/index.js';

async function run(options: SimulationOptions): Promise<SimulationScore> {
  const { tracer, truth, end } = await simulate(options);
  const analysis = await tracer.analyze({ to: end });
  const contacts: StoredContact[] = [];
  for await (const c of tracer.listContacts()) contacts.push(c);
  return scoreSimulation(truth, analysis, contacts);
}

async function scoresOver(seeds: readonly number[], settings: SimulationOptions): Promise<SimulationScore[]> {
  const scores: SimulationScore[] = [];
  for (const seed of seeds) scores.push(await run({ ...settings, seed }));
  return scores;
}

/** Micro-averaged over seeds: each seed's figures weigh the same. */
function mean(scores: readonly SimulationScore[], pick: (s: SimulationScore) => number): number {
  return scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
}

// Seeds 1–10: every mean below clears its threshold by at least 0.01 (the closest, dirty dealers'
// source F1: 0.960 over these, 0.963 over 20). Fewer would not: dirty dealers' first six worlds
// average 0.933. `npx tsx bench/accuracy.ts` scores the same settings over seeds 1–20.
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

describe.each([
  ['high background (one random call per line every 8 days)', { backgroundPerLineDay: 1 / 8 }],
  ['low background, more merges', { backgroundPerLineDay: 1 / 60, mergeProbability: 0.5 }],
  ['many leakers and dealers', { leakProbability: 0.6, dealers: 4, merchants: 12 }],
  [
    'dirty dealers (60 % of records cleaned, 30 % of numbers recycled, half Latin names)',
    { cleanProbability: 0.6, recycledProbability: 0.3, latinShare: 0.5 },
  ],
] as const)('accuracy over 10 simulated worlds: %s', (_label, settings) => {
  it('meets the accuracy targets', async () => {
    const scores: SimulationScore[] = [];
    for (const seed of SEEDS) scores.push(await run({ seed, ...settings }));
    const sourcePrecision = mean(scores, (s) => s.sourceLeak.precision);
    const sourceF1 = mean(scores, (s) => s.sourceLeak.f1);
    const verdicts = mean(scores, (s) => s.verdictAccuracy);
    const actorF1 = mean(scores, (s) => s.actorPairs.f1);
    const brokerF1 = mean(scores, (s) => s.brokerPairs.f1);
    expect(sourcePrecision).toBeGreaterThanOrEqual(0.95);
    expect(sourceF1).toBeGreaterThanOrEqual(0.95);
    expect(verdicts).toBeGreaterThanOrEqual(0.95);
    expect(actorF1).toBeGreaterThanOrEqual(0.9);
    expect(brokerF1).toBeGreaterThanOrEqual(0.85);
  }, 240_000);
});

// The settings that broke attribution on independently built worlds, at a small size (a few
// seeds) so the suite stays fast; bench/accuracy.ts runs them at 20 seeds.
describe.each([
  ['many people on small shared pools', { ...SMALL_POOLS, subjects: 20 }],
  ['one industry template with block background dialers', ONE_TEMPLATE],
] as const)('accuracy over 3 simulated worlds: %s', (_label, settings) => {
  it('meets the accuracy targets', async () => {
    const scores = await scoresOver([1, 2, 3], settings);
    expect(mean(scores, (s) => s.sourceLeak.precision)).toBeGreaterThanOrEqual(0.98);
    // Recall over three worlds is coarse: a leak whose every sold record was cleaned and called
    // silently cannot be seen, and costs half the recall of a world with two leakers.
    expect(mean(scores, (s) => s.sourceLeak.f1)).toBeGreaterThanOrEqual(0.85);
    expect(mean(scores, (s) => s.verdictAccuracy)).toBeGreaterThanOrEqual(0.99);
    expect(mean(scores, (s) => s.actorPairs.f1)).toBeGreaterThanOrEqual(0.92);
    expect(mean(scores, (s) => s.brokerPairs.f1)).toBeGreaterThanOrEqual(0.92);
  }, 240_000);
});

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
    const scores = await scoresOver([1, 2, 3], SHARED_BLOCKS);
    expect(mean(scores, (s) => s.sourceLeak.precision)).toBeGreaterThanOrEqual(0.98);
    expect(mean(scores, (s) => s.sourceLeak.f1)).toBeGreaterThanOrEqual(0.95);
    expect(mean(scores, (s) => s.verdictAccuracy)).toBeGreaterThanOrEqual(0.99);
    expect(mean(scores, (s) => s.actorPairs.f1)).toBeGreaterThanOrEqual(0.9);
    expect(mean(scores, (s) => s.brokerPairs.f1)).toBeGreaterThanOrEqual(0.92);
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

describe('simulate', () => {
  it('models campaigns that also dial at random, a weekday rhythm and a spam wave', async () => {
    const { tracer, truth } = await simulate({
      seed: 5,
      leakProbability: 0.8,
      mixedDialerShare: 1,
      backgroundRhythm: { weekdays: true, wave: { fromDay: 60, days: 14, factor: 6 } },
    });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    // Campaigns reach controls: only random dialing does.
    const campaignNoise = contacts.filter(
      (c) => truth.actorOfCaller[c.contact.from ?? '']?.startsWith('actor-') && c.result.verdict === 'noise',
    );
    expect(campaignNoise.length).toBeGreaterThan(0);
    // Random callers: busier on weekdays than at weekends, six times busier in the wave.
    const background = contacts.filter((c) => c.contact.from?.startsWith('+86135'));
    const dayOf = (c: StoredContact) =>
      Math.floor((c.contact.at.getTime() - Date.UTC(2026, 0, 1)) / 86_400_000);
    const perDay = (days: (d: number) => boolean) => {
      let n = 0;
      let count = 0;
      for (let d = 0; d < 180; d++) if (days(d)) n++;
      for (const c of background) if (days(dayOf(c))) count++;
      return count / n;
    };
    const wave = (d: number) => d >= 60 && d < 74;
    const weekend = (d: number) => [0, 6].includes(new Date(Date.UTC(2026, 0, 1 + d)).getUTCDay());
    expect(perDay((d) => wave(d) && !weekend(d))).toBeGreaterThan(3 * perDay((d) => !wave(d) && !weekend(d)));
    expect(perDay((d) => !wave(d) && !weekend(d))).toBeGreaterThan(2 * perDay((d) => !wave(d) && weekend(d)));
  });

  it('models merchants leaking in pairs and buyers calling a few records each', async () => {
    const { tracer, truth } = await simulate({
      seed: 6,
      pairedLeaks: true,
      leakProbability: 0.8,
      recordsPerActor: [2, 3],
    });
    // Every dealer got merchants in pairs (an odd one out at most).
    const perDealer = new Map<string, number>();
    for (const dealer of Object.values(truth.dealerOfSource))
      perDealer.set(dealer, (perDealer.get(dealer) ?? 0) + 1);
    const odd = [...perDealer.values()].filter((n) => n % 2 === 1).length;
    expect(odd).toBeLessThanOrEqual(1);
    // Each campaign called at most three people's records.
    const reached = new Map<string, Set<string>>();
    for await (const c of tracer.listContacts()) {
      const actor = truth.actorOfCaller[c.contact.from ?? ''];
      if (!actor?.startsWith('actor-') || c.result.subjectId === null) continue;
      const set = reached.get(actor) ?? new Set<string>();
      set.add(`${c.result.subjectId}:${c.contact.to}`);
      reached.set(actor, set);
    }
    for (const set of reached.values()) expect(set.size).toBeLessThanOrEqual(3);
  });

  it('models cleaned records, Latin subjects with English scripts, and recycled numbers', async () => {
    const { tracer, truth } = await simulate({
      seed: 2,
      subjects: 12,
      latinShare: 0.5,
      leakProbability: 0.8,
      cleanProbability: 0.6,
      recycledProbability: 0.5,
    });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    // A stripped plus-alias reaches the real Gmail mailbox: nothing points at the merchant.
    const stripped = contacts.filter(
      (c) => c.contact.to?.endsWith('@gmail.com') && !c.contact.to.includes('+'),
    );
    expect(stripped.length).toBeGreaterThan(0);
    for (const c of stripped)
      expect([c.result.verdict, truth.verdictOfContact[c.contact.id]]).toEqual([
        'untraceable',
        'untraceable',
      ]);
    expect(contacts.some((c) => /^(Hi|Hello|Dear) [A-Z][a-z]+ [A-Z]/u.test(c.contact.content ?? ''))).toBe(
      true,
    );
    // Calls for a recycled number's previous owner, from collection agencies known to the truth.
    const collections = contacts.filter((c) => /催收|Apex Recovery/u.test(c.contact.content ?? ''));
    expect(collections.length).toBeGreaterThan(0);
    for (const c of collections) expect(truth.actorOfCaller[c.contact.from!]).toMatch(/^collector-/u);
  });

  it("models partial lists: each campaign calls only part of its dealer's stock", async () => {
    const options = { seed: 4, leakProbability: 0.8, contactsPerRecord: [2, 2] as const };
    const contactsOf = async (stockShare: number) => {
      const { tracer, truth } = await simulate({ ...options, stockShare });
      const reached = new Map<string, Set<string>>();
      for await (const c of tracer.listContacts()) {
        const actor = truth.actorOfCaller[c.contact.from ?? ''];
        if (!actor?.startsWith('actor-') || c.result.subjectId === null) continue;
        const set = reached.get(actor) ?? new Set<string>();
        set.add(c.result.subjectId);
        reached.set(actor, set);
      }
      return [...reached.values()].reduce((n, s) => n + s.size, 0);
    };
    expect(await contactsOf(0.4)).toBeLessThan(await contactsOf(1));
  });

  it("models agents that change on every call, and random dialers in the campaigns' blocks", async () => {
    const { tracer, truth } = await simulate({
      seed: 3,
      scripts: 'industry-template',
      agentPerCall: true,
      blockNeighbours: 3,
      leakProbability: 0.8,
    });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    const agentsOf = new Map<string, Set<string>>();
    for (const c of contacts) {
      const actor = truth.actorOfCaller[c.contact.from ?? ''];
      const agent = /客服(.+?)，/u.exec(c.contact.content ?? '')?.[1];
      if (!actor?.startsWith('actor-') || agent === undefined) continue;
      const set = agentsOf.get(actor) ?? new Set<string>();
      set.add(agent);
      agentsOf.set(actor, set);
    }
    expect(Math.max(...[...agentsOf.values()].map((s) => s.size))).toBeGreaterThan(1);
    // Neighbours call from a campaign's block, and reach controls: they dial at random.
    const blocks = new Set(
      Object.entries(truth.actorOfCaller)
        .filter(([, a]) => a.startsWith('actor-'))
        .map(([n]) => n.slice(0, -2)),
    );
    const neighbours = contacts.filter((c) =>
      truth.actorOfCaller[c.contact.from ?? '']?.startsWith('neighbour-'),
    );
    expect(neighbours.length).toBeGreaterThan(0);
    for (const c of neighbours) expect(blocks.has(c.contact.from!.slice(0, -2))).toBe(true);
    expect(neighbours.some((c) => c.result.verdict === 'noise')).toBe(true);
    // Identifiable leaks are leaks.
    for (const id of truth.identifiableSources) expect(truth.leakedSources).toContain(id);
  });

  it('is reproducible under a seed', async () => {
    const a = await simulate({ seed: 7, subjects: 3, days: 60 });
    const b = await simulate({ seed: 7, subjects: 3, days: 60 });
    expect(a.truth).toEqual(b.truth);
  });
});
