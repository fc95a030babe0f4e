import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Analysis } from '../../src/index.js';
import { simulate } from '../../src/simulate/index.js';

/**
 * The documented shape of `analyze()`'s result, strictly: a field added without being documented
 * here, a NaN, or an id pointing nowhere fails the test.
 */
const id = z.string().min(1);
const probability = z.number().min(0).max(1);
const count = z.number().int().nonnegative();
const rate = z.number().nonnegative().finite();
const evidence = z.strictObject({
  kind: z.enum(['decisive', 'merge', 'actor', 'pool-number']),
  contactId: id,
  at: z.date(),
  subjectId: id,
  falseAccusation: probability,
  actorId: id.optional(),
});
const source = z.strictObject({
  sourceId: id,
  status: z.enum(['leaked', 'suspected', 'clean', 'legitimate-only']),
  firstLeakAt: z.date().nullable(),
  lagDays: z.number().int().nonnegative().nullable(),
  subjects: z.strictObject({ leaked: count, total: count }),
  weakContacts: count,
  expectedBackground: rate,
  explainedByLeakers: rate,
  pValue: probability.nullable(),
  qValue: probability.nullable(),
  posterior: probability.nullable(),
  legitimateContacts: count,
  ownContactsFromUndeclaredSenders: z.array(id),
  evidence: z.array(evidence),
  actorIds: z.array(id),
  brokerIds: z.array(id),
});
const actor = z.strictObject({
  id,
  numbers: z.array(z.string().regex(/^(\+\d{6,15}|short:[A-Z]{2}:\d+)$/u)),
  senders: z.array(z.string().includes('@')),
  contactIds: z.array(id).min(1),
  subjectIds: z.array(id),
  sourceIds: z.array(id),
  firstSeen: z.date(),
  lastSeen: z.date(),
  topic: z.enum(['real-estate', 'loans', 'insurance', 'fitness', 'education', 'telecom', 'fraud', 'other']),
  flags: z.array(z.string()),
  links: z.array(z.enum(['script', 'number-block', 'number-rotation', 'sender-domain', 'label'])),
  names: z.array(z.string()),
});
const broker = z.strictObject({
  id,
  sourceIds: z.array(id).min(1),
  actorIds: z.array(id),
  confidence: probability,
  evidence: z.array(z.strictObject({ kind: z.enum(['merge', 'shared-actor', 'single-source']), id })).min(1),
});
const background = z.strictObject({
  ratePerDay: rate,
  size: z.number().positive(),
  lines: count,
  lineDays: rate,
  measured: z.boolean(),
});
const analysisSchema = z.strictObject({
  sources: z.array(source),
  actors: z.array(actor),
  brokers: z.array(broker),
  edges: z.array(
    z.strictObject({
      from: id,
      to: id,
      kind: z.enum(['source-broker', 'broker-actor', 'actor-number']),
      firstSeen: z.date(),
      evidence: z.number().int().positive(),
    }),
  ),
  timeline: z.array(
    z.strictObject({
      sourceId: id,
      at: z.date(),
      kind: z.enum(['first-leak', 'new-actor', 'wave']),
      actorId: id.optional(),
    }),
  ),
  merges: z.array(
    z.strictObject({
      contactId: id,
      at: z.date(),
      subjectId: id,
      contributors: z
        .array(
          z.strictObject({
            sourceId: id,
            fields: z.array(z.string().regex(/^(email|phone|name|address|custom):/u)).min(1),
            bits: z.number().nonnegative().finite(),
            falseAccusation: probability,
          }),
        )
        .min(2),
    }),
  ),
  baseline: z.strictObject({
    phone: background,
    email: background,
    leak: z.strictObject({ prior: probability, ratePerDay: rate, measuredOn: count }),
  }),
});

describe('analyze() output', () => {
  it.each([1, 2, 3])('has the documented shape, and every id it cites exists (seed %i)', async (seed) => {
    const { tracer, end } = await simulate({ seed, leakProbability: 0.7, dealers: 2, mergeProbability: 0.6 });
    const analysis: Analysis = await tracer.analyze({ to: end });
    analysisSchema.parse(analysis);

    const sources = new Set(tracer.listSources().map((s) => s.id));
    const actors = new Set(analysis.actors.map((a) => a.id));
    const brokers = new Set(analysis.brokers.map((b) => b.id));
    const contacts = new Set<string>();
    for await (const c of tracer.listContacts()) contacts.add(c.contact.id);
    expect(analysis.merges.length).toBeGreaterThan(0);
    expect(analysis.sources.some((s) => s.status === 'leaked')).toBe(true);
    for (const s of analysis.sources) {
      expect(sources.has(s.sourceId)).toBe(true);
      for (const e of s.evidence) expect(contacts.has(e.contactId)).toBe(true);
      for (const c of s.ownContactsFromUndeclaredSenders) expect(contacts.has(c)).toBe(true);
      for (const a of s.actorIds) expect(actors.has(a)).toBe(true);
      for (const b of s.brokerIds) expect(brokers.has(b)).toBe(true);
      expect(s.subjects.leaked).toBeLessThanOrEqual(s.subjects.total);
      if (s.status === 'leaked') expect(s.brokerIds.length).toBeGreaterThan(0);
    }
    for (const a of analysis.actors) {
      expect(a.firstSeen.getTime()).toBeLessThanOrEqual(a.lastSeen.getTime());
      for (const c of a.contactIds) expect(contacts.has(c)).toBe(true);
    }
    for (const e of analysis.edges) {
      if (e.kind === 'source-broker') expect([sources.has(e.from), brokers.has(e.to)]).toEqual([true, true]);
      if (e.kind === 'broker-actor') expect([brokers.has(e.from), actors.has(e.to)]).toEqual([true, true]);
      if (e.kind === 'actor-number') expect(actors.has(e.from)).toBe(true);
    }
    for (const m of analysis.merges) expect(contacts.has(m.contactId)).toBe(true);
  });
});
