import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';

/**
 * Alice and Bob both gave Hilton an alias and a name; one case covers both. Hilton said it
 * deleted the data; afterwards, only Bob's alias was used.
 */
async function jointCase() {
  const t = await createTracer({ seed: 'joint-case', now: new Date('2026-11-29T10:00:00Z') });
  const person = (name: string, box: string, n: string) =>
    t.addSubject({
      name,
      emails: [{ address: `${box}@${box}.example`, strategy: 'domain' }],
      phones: { real: [`+1212555${n}00`], pool: [`+1212555${n}01`] },
      locale: 'en',
      region: 'US',
      timeZone: 'America/New_York',
    });
  const alice = await person('Alice Walker', 'alice', '01');
  const bob = await person('Robert Secretname', 'bob', '02');
  const hilton = await t.addSource({ name: 'Hilton' });
  const at = '2026-01-01T00:00:00Z';
  const ca = await t.issue({ subjectId: alice.id, sourceId: hilton.id, fields: ['email', 'name'], at });
  const cb = await t.issue({ subjectId: bob.id, sourceId: hilton.id, fields: ['email', 'name'], at });
  const mail = (to: string, name: string, when: string, from: string) =>
    t.record({ channel: 'email', at: when, to, from, content: `Dear ${name}, a loan for you` });
  await mail(ca.email!, ca.name!, '2026-03-01T00:00:00Z', 'x@loans.example');
  await mail(cb.email!, cb.name!, '2026-03-02T00:00:00Z', 'y@loans2.example');
  const k = await t.openCase({
    sourceId: hilton.id,
    subjectIds: [alice.id, bob.id],
    law: 'CCPA',
    requests: ['access', 'erasure'],
    at: '2026-10-01T12:00:00Z',
  });
  await t.logLetter(k.id, { kind: 'request', at: '2026-10-01T12:00:00Z' });
  await t.logReply(k.id, { claims: ['deleted'], at: '2026-10-20T12:00:00Z' });
  await mail(cb.email!, cb.name!, '2026-11-20T00:00:00Z', 'z@loans3.example');
  return { t, alice, bob, hilton };
}

describe('a complaint citing a case that covers several people', () => {
  it('states a contradiction or a use after erasure only when the signer’s own data shows it', async () => {
    const { t, alice, bob, hilton } = await jointCase();
    const options = { to: 'regulator', sourceId: hilton.id, law: 'CCPA', locale: 'en' } as const;
    for (const report of [await buildReport(t, { subjectId: alice.id }), await buildReport(t, {})]) {
      const letter = renderLetter(report, { ...options, subjectId: alice.id });
      expect(letter).toContain('reply received: "we deleted your data"');
      expect(letter).not.toMatch(/contradicts|still used|kept coming/u);
    }
    // Bob's own letter states both: his alias was used after the reply.
    const his = renderLetter(await buildReport(t, { subjectId: bob.id }), options);
    expect(his).toMatch(
      /The evidence contradicts it: contacts kept coming through its identifiers \(1 contact, on /u,
    );
  });
});
