import { expect } from 'vitest';
import { createTracer, type Store, type TracerEvent } from '../../src/index.js';
import { simulate } from '../../src/simulate/index.js';
import { caseClock } from './case-fixtures.js';

/**
 * The whole provenance walk on a simulated world, on any store: a leaked hotel gets a GDPR
 * request, no reply → overdue → reminder → complaint; a second source answers naming its dealer,
 * who becomes a source with a case; a third answers "never shared" against decisive evidence; an
 * erasure is confirmed and a contact after the window is non-compliance.
 *
 * @returns What the walk produced, for store-specific checks (a reopened tracer).
 */
export async function runWalk(store: Store): Promise<{ caseIds: string[]; eventTypes: string[] }> {
  const simulation = await simulate({ seed: 'cases', store });
  const { truth, end } = simulation;
  const events: TracerEvent[] = [];
  for (const type of ['leak', 'actor', 'overdue', 'non-compliance'] as const)
    simulation.tracer.on(type, (e) => events.push(e));
  const analysis = await simulation.tracer.analyze();
  // The walk happens after the simulated months, each step as of its own date (a case date may
  // not be after the tracer's clock): a tracer on the same store whose clock the steps set.
  const clock = caseClock(end, { rewind: true });
  const tracer = clock.follow(await createTracer({ seed: 'cases', store, now: clock.now }));
  for (const type of ['overdue', 'non-compliance'] as const) tracer.on(type, (e) => events.push(e));
  expect(events.filter((e) => e.type === 'leak').length).toBeGreaterThanOrEqual(3);
  expect(events.some((e) => e.type === 'actor')).toBe(true);

  // The three sources convicted by an unguessable field, each with the subject it leaked.
  const decisive = analysis.sources
    .map((s) => ({ source: s, first: s.evidence.find((e) => e.kind === 'decisive') }))
    .filter((x) => x.first !== undefined);
  expect(decisive.length).toBeGreaterThanOrEqual(3);
  const [hotel, second, third] = decisive.map((x) => ({
    sourceId: x.source.sourceId,
    subjectId: x.first!.subjectId,
  }));
  const on = (days: number) => new Date(end.getTime() + days * 86_400_000);

  // 1. The hotel: a GDPR request, no reply → overdue → reminder → complaint.
  const hotelCase = await tracer.openCase({
    ...hotel!,
    law: 'GDPR',
    requests: ['access', 'source', 'recipients'],
    at: on(1),
  });
  expect(hotelCase.status).toBe('open');
  const sent = await tracer.logLetter(hotelCase.id, { kind: 'request', at: on(1), via: 'email' });
  expect(sent.status).toBe('awaiting');
  const due = sent.deadline!.dueAt;
  expect((await tracer.getCase(hotelCase.id, { at: due }))!.status).toBe('awaiting');
  const overdue = await tracer.checkCases({ at: new Date(due.getTime() + 1) });
  expect(overdue).toEqual([{ type: 'overdue', caseId: hotelCase.id, dueAt: due }]);
  await tracer.logLetter(hotelCase.id, { kind: 'reminder', at: on(40) });
  expect((await tracer.getCase(hotelCase.id, { at: on(41) }))!.status).toBe('overdue');
  const complained = await tracer.logLetter(hotelCase.id, {
    kind: 'complaint',
    at: on(60),
    to: 'data protection authority',
  });
  expect(complained.status).toBe('escalated');

  // 2. The second source answers in time, confirms erasure and names its dealer.
  const dealerName = truth.dealerOfSource[second!.sourceId]!;
  const secondCase = await tracer.openCase({
    ...second!,
    law: 'GDPR',
    requests: ['recipients', 'erasure'],
    at: on(1),
  });
  await tracer.logLetter(secondCase.id, { kind: 'request', at: on(1) });
  const replied = await tracer.logReply(secondCase.id, {
    at: on(20),
    claims: ['deleted'],
    namesRecipients: [dealerName],
  });
  expect(replied.status).toBe('answered');
  const dealerSource = tracer.listSources().find((s) => s.name === dealerName)!;
  expect(dealerSource.category).toBe('data dealer');
  const [dealerCaseId] = replied.childCaseIds;
  const dealerCase = (await tracer.getCase(dealerCaseId!))!;
  expect(dealerCase).toMatchObject({
    parentCaseId: secondCase.id,
    hop: 'recipient',
    target: { kind: 'source', sourceId: dealerSource.id },
  });
  const toDealer = await tracer.logLetter(dealerCase.id, { kind: 'request', at: on(21) });
  expect(toDealer.status).toBe('awaiting');

  // 3. The third says it never shared anything: its alias was used before it said so.
  const thirdCase = await tracer.openCase({
    ...third!,
    law: 'GDPR',
    requests: ['source', 'recipients'],
    at: on(1),
  });
  await tracer.logLetter(thirdCase.id, { kind: 'request', at: on(1) });
  const denied = await tracer.logReply(thirdCase.id, { at: on(10), claims: ['never-shared'] });
  expect(denied.contradictions).toHaveLength(1);
  expect(denied.contradictions[0]).toMatchObject({ claim: 'never-shared', kind: 'decisive-use' });
  expect(denied.contradictions[0]!.contactIds.length).toBeGreaterThan(0);

  // 4. After the erasure window, the dealer still mails the second source's alias.
  const alias = tracer
    .listCanaries(second!.subjectId)
    .find((c) => c.sourceId === second!.sourceId && c.email !== undefined)!.email!;
  const windowEnd = replied.deadline!.watchFrom!;
  const late = new Date(windowEnd.getTime() + 3 * 86_400_000);
  await tracer.record({
    id: 'after-erasure',
    channel: 'email',
    at: late,
    to: alias,
    from: `offers@${dealerName}.example`,
  });
  const watched = (await tracer.getCase(secondCase.id, { at: on(90) }))!;
  expect(watched.nonCompliance).toEqual([
    { contactId: 'after-erasure', at: late, windowEnd, by: 'third-party', canaryId: expect.any(String) },
  ]);
  // The dealer it named holds a copy of its own: its use is non-compliance, not a false "deleted".
  expect(watched.contradictions.map((c) => c.kind)).not.toContain('still-used');
  expect(events.filter((e) => e.type === 'non-compliance')).toEqual([
    {
      type: 'non-compliance',
      caseId: secondCase.id,
      contactId: 'after-erasure',
      at: late,
      windowEnd,
      by: 'third-party',
    },
  ]);
  // The dealer's case watches the same alias, inherited, but its own erasure window (from its
  // later request) had not run out when the mail came.
  expect((await tracer.getCase(dealerCase.id, { at: on(90) }))!.nonCompliance).toEqual([]);

  const all = await tracer.listCases({ at: on(90) });
  expect(all.map((c) => c.status).sort()).toEqual(['answered', 'answered', 'escalated', 'overdue']);
  const eventTypes = [...new Set(events.map((e) => e.type))].sort();
  await tracer.close();
  return { caseIds: all.map((c) => c.id), eventTypes };
}
