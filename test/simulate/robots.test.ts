import { describe, expect, it } from 'vitest';
import { ROTATING_ROBOTS } from '../../bench/accuracy-settings.js';
import type { StoredContact } from '../../src/index.js';
import { simulate } from '../../src/simulate/index.js';
import { mean, scoresOver } from './worlds.js';

describe('simulate: rotating robot dialers', () => {
  it('uses one number of a campaign at a time, across several blocks, and leaves unanswered calls without a transcript', async () => {
    const { tracer, truth } = await simulate({ seed: 4, rotatingLines: 30, unansweredShare: 0.3 });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    const spans = new Map<string, { actor: string; first: number; last: number }>();
    let unanswered = 0;
    for (const { contact } of contacts) {
      const actor = truth.actorOfCaller[contact.from ?? ''];
      if (!actor?.startsWith('actor-') || contact.channel !== 'call') continue;
      if (contact.content === undefined) unanswered++;
      const t = contact.at.getTime();
      const span = spans.get(contact.from!) ?? { actor, first: t, last: t };
      span.first = Math.min(span.first, t);
      span.last = Math.max(span.last, t);
      spans.set(contact.from!, span);
    }
    expect(unanswered).toBeGreaterThan(0);
    const byActor = new Map<string, { first: number; last: number; number: string }[]>();
    for (const [number, span] of spans) {
      const list = byActor.get(span.actor) ?? [];
      list.push({ ...span, number });
      byActor.set(span.actor, list);
    }
    for (const list of byActor.values()) {
      // One number at a time: the active periods of a campaign's numbers never overlap.
      list.sort((a, b) => a.first - b.first);
      for (let i = 1; i < list.length; i++) expect(list[i]!.first).toBeGreaterThan(list[i - 1]!.last);
    }
    const blocks = new Set(
      Object.entries(truth.actorOfCaller)
        .filter(([, a]) => a === 'actor-1')
        .map(([n]) => n.slice(0, -2)),
    );
    expect(blocks.size).toBeGreaterThan(1);
  });
});

// The same accuracy with random dialers renting numbers in the campaigns' blocks (SHARED_BLOCKS) is
// tested in accuracy-built-differently.test.ts, on the worlds its accuracy test scores.
describe('actor and broker accuracy over 3 simulated worlds built differently', () => {
  it('joins a rotating robot across its numbers and blocks, unanswered calls included', async () => {
    const list = await scoresOver([1, 2, 3], ROTATING_ROBOTS);
    expect(mean(list, (s) => s.actorPairs.precision)).toBeGreaterThanOrEqual(0.95);
    expect(mean(list, (s) => s.actorPairs.f1)).toBeGreaterThanOrEqual(0.92);
    expect(mean(list, (s) => s.brokerPairs.f1)).toBeGreaterThanOrEqual(0.92);
    expect(mean(list, (s) => s.sourceLeak.precision)).toBe(1);
  }, 240_000);
});
