import { describe, expect, it } from 'vitest';
import type { StoredContact } from '../../src/index.js';
import { simulate } from '../../src/simulate/index.js';

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
