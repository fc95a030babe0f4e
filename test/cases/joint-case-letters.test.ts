import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';

/**
 * Alice and Bob both gave Hilton an alias and a name; one case covers both. After Hilton says
 * "deleted", only Bob's alias is used again.
 */
async function jointCase() {
  const t = await createTracer({ seed: 11, now: new Date('2026-11-29T10:00:00Z') });
  const alice = await t.addSubject({
    name: 'Alice Walker',
    emails: [{ address: 'alice@aw.example', strategy: 'domain' }],
    phones: { real: ['+12125550100'], pool: ['+12125550101'] },
    locale: 'en',
    region: 'US',
    timeZone: 'America/New_York',
  });
  const bob = await t.addSubject({
    name: 'Robert Secretname',
    emails: [{ address: 'bob@bs.example', strategy: 'domain' }],
    phones: { real: ['+12125550200'], pool: ['+12125550201'] },
    locale: 'en',
    region: 'US',
    timeZone: 'America/Los_Angeles',
  });
  const hilton = await t.addSource({ name: 'Hilton' });
  const ca = await t.issue({
    subjectId: alice.id,
    sourceId: hilton.id,
    fields: ['email', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  const cb = await t.issue({
    subjectId: bob.id,
    sourceId: hilton.id,
    fields: ['email', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  await t.record({
    channel: 'email',
    at: '2026-03-01T00:00:00Z',
    to: ca.email!,
    from: 'x@loans.example',
    content: `Dear ${ca.name}, loan`,
  });
  await t.record({
    channel: 'email',
    at: '2026-03-02T00:00:00Z',
    to: cb.email!,
    from: 'y@loans2.example',
    content: `Dear ${cb.name}, loan`,
  });
  const kase = await t.openCase({
    sourceId: hilton.id,
    subjectIds: [alice.id, bob.id],
    law: 'CCPA',
    requests: ['access', 'erasure'],
    at: '2026-10-01T12:00:00Z',
  });
  await t.logLetter(kase.id, { kind: 'request', at: '2026-10-01T12:00:00Z' });
  await t.logReply(kase.id, { claims: ['deleted'], at: '2026-10-20T12:00:00Z' });
  await t.record({
    channel: 'email',
    at: '2026-11-20T00:00:00Z',
    to: cb.email!,
    from: 'z@loans3.example',
    content: `Dear ${cb.name}, we know where you live`,
  });
  return { t, alice, bob, hilton, kase };
}

describe('a case of several people, told in one person’s letter', () => {
  it('regression: Alice’s complaint states no contradiction or use after erasure that rests on Bob’s contacts', async () => {
    const { t, alice, bob, hilton, kase } = await jointCase();
    expect((await t.getCase(kase.id))!.contradictions).not.toHaveLength(0);
    for (const report of [await buildReport(t, { subjectId: alice.id }), await buildReport(t, {})]) {
      const letter = renderLetter(report, {
        to: 'regulator',
        sourceId: hilton.id,
        law: 'CCPA',
        locale: 'en',
        subjectId: alice.id,
      });
      expect(letter).not.toContain('kept coming');
      expect(letter).not.toContain('my data was still used');
      expect(letter).not.toContain('This reply contradicts the evidence');
    }
    // Bob's own letter still says it.
    const bobs = renderLetter(await buildReport(t, { subjectId: bob.id }), {
      to: 'regulator',
      sourceId: hilton.id,
      law: 'CCPA',
      locale: 'en',
    });
    expect(bobs).toContain('The evidence contradicts it');
  });
});
