import { describe, expect, it } from 'vitest';
import type { TracerEvent } from '../../src/index.js';
import { day } from '../helpers/world.js';
import { clockedWorld, validationFailure } from './case-fixtures.js';

async function world() {
  const w = await clockedWorld();
  const canary = await w.tracer.issue({
    subjectId: w.subject.id,
    sourceId: w.hotel.id,
    fields: ['email', 'phone', 'name'],
    at: day(0),
  });
  const events: TracerEvent[] = [];
  for (const type of ['leak', 'actor', 'overdue', 'non-compliance'] as const)
    w.tracer.on(type, (e) => events.push(e));
  return { ...w, canary, events };
}

const failure = validationFailure;

describe('tracer cases', () => {
  it('opens a case on a source for its subject, watching the canaries issued to it', async () => {
    const { tracer, subject, hotel, canary } = await world();
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access', 'source'],
    });
    expect(kase).toMatchObject({
      status: 'open',
      target: { kind: 'source', sourceId: hotel.id },
      subjectIds: [subject.id],
      timeZone: 'Asia/Shanghai',
      canaries: [{ canaryId: canary.id, how: 'issued' }],
      deadline: null,
    });
    expect(kase.identifiers.map((i) => i.value)).toContain(canary.email);
    expect(await tracer.listCases()).toHaveLength(1);
    expect((await tracer.getCase(kase.id))?.id).toBe(kase.id);
    expect(await tracer.getCase('nope')).toBeUndefined();
  });

  it('refuses an unknown source, subject or contact, and writes nothing', async () => {
    const { tracer, subject, hotel } = await world();
    expect(
      await failure(() =>
        tracer.openCase({ sourceId: 'x', subjectId: subject.id, law: 'GDPR', requests: ['access'] }),
      ),
    ).toEqual(['sourceId', 'not_found']);
    expect(
      await failure(() =>
        tracer.openCase({
          sourceId: hotel.id,
          subjectIds: [subject.id, 'ghost'],
          law: 'GDPR',
          requests: ['access'],
        }),
      ),
    ).toEqual(['subjectIds[1]', 'not_found']);
    expect(
      await failure(() => tracer.openCase({ sourceId: hotel.id, law: 'GDPR', requests: ['access'] })),
    ).toEqual(['subjectIds', 'required']);
    expect(
      await failure(() =>
        tracer.openCase({ actor: { name: 'X', contactIds: ['c'] }, law: 'GDPR', requests: ['source'] }),
      ),
    ).toEqual(['actor.contactIds[0]', 'not_found']);
    expect(await tracer.listCases()).toEqual([]);
  });

  it('opens a case on the contacting party, giving it only the canary values it used', async () => {
    const { tracer, canary } = await world();
    await tracer.record({
      id: 'robot-1',
      channel: 'sms',
      at: day(20),
      to: canary.phone!,
      from: '+8617012345678',
      content: `${canary.name}您好，我是融易贷的客服`,
    });
    await tracer.record({
      id: 'real-only',
      channel: 'sms',
      at: day(21),
      to: '+8613800138000',
      from: '+8617012345678',
    });
    const kase = await tracer.openCase({
      actor: { name: '融易贷', contactIds: ['robot-1'] },
      law: 'PIPL',
      requests: ['source'],
    });
    expect(kase.target).toEqual({
      kind: 'actor',
      name: '融易贷',
      contactIds: ['robot-1'],
      callers: ['+8617012345678'],
    });
    expect(kase.identifiers.map((i) => i.value).sort()).toEqual([canary.name, canary.phone].sort());
    expect(kase.canaries).toEqual([{ canaryId: canary.id, how: 'used' }]);
    expect(
      await failure(() =>
        tracer.openCase({
          actor: { name: 'X', contactIds: ['real-only'] },
          law: 'PIPL',
          requests: ['source'],
        }),
      ),
    ).toEqual(['actor.contactIds[0]', 'no_canary']);
  });

  it('keeps letters in order and refuses steps out of order', async () => {
    const { tracer, subject, hotel } = await world();
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['access'],
      at: day(1),
    });
    expect(await failure(() => tracer.logLetter(kase.id, { kind: 'reminder', at: day(2) }))).toEqual([
      'kind',
      'no_request',
    ]);
    expect(await failure(() => tracer.logReply(kase.id, { at: day(2) }))).toEqual(['at', 'no_request']);
    expect(await failure(() => tracer.logLetter(kase.id, { kind: 'request', at: day(0) }))).toEqual([
      'at',
      'before_open',
    ]);
    expect(await failure(() => tracer.logLetter('nope', { kind: 'request' }))).toEqual([
      'caseId',
      'not_found',
    ]);
    await tracer.logLetter(kase.id, { kind: 'request', at: day(2), via: 'email' });
    expect(await failure(() => tracer.logLetter(kase.id, { kind: 'request', at: day(3) }))).toEqual([
      'kind',
      'conflict',
    ]);
    await tracer.closeCase(kase.id, { at: day(50), reason: 'gave up' });
    expect(await failure(() => tracer.logLetter(kase.id, { kind: 'reminder', at: day(60) }))).toEqual([
      'caseId',
      'case_closed',
    ]);
    expect((await tracer.getCase(kase.id, { at: day(60) }))?.status).toBe('closed');
  });

  it('moves awaiting → overdue → escalated, and emits overdue once per store', async () => {
    const { tracer, subject, hotel, events } = await world();
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['access', 'source'],
    });
    // Sent 2 March 2026 09:00 in Shanghai: due at the end of 2 April there.
    const sent = await tracer.logLetter(kase.id, { kind: 'request', at: '2026-03-02T09:00:00+08:00' });
    expect(sent.status).toBe('awaiting');
    expect(sent.deadline?.dueDate).toBe('2026-04-02');
    expect(await tracer.checkCases({ at: '2026-04-02T23:00:00+08:00' })).toEqual([]);
    const fired = await tracer.checkCases({ at: '2026-04-03T00:00:00+08:00' });
    expect(fired).toEqual([{ type: 'overdue', caseId: kase.id, dueAt: sent.deadline!.dueAt }]);
    expect(await tracer.checkCases({ at: '2026-04-10T00:00:00+08:00' })).toEqual([]);
    expect(events.filter((e) => e.type === 'overdue')).toHaveLength(1);
    await tracer.logLetter(kase.id, { kind: 'reminder', at: '2026-04-04T09:00:00+08:00' });
    expect((await tracer.getCase(kase.id, { at: '2026-04-05T00:00:00+08:00' }))?.status).toBe('overdue');
    const escalated = await tracer.logLetter(kase.id, {
      kind: 'complaint',
      at: '2026-04-20T09:00:00+08:00',
      to: '12321',
    });
    expect(escalated.status).toBe('escalated');
    expect(await tracer.listCases({ status: 'escalated', at: '2026-05-01T00:00:00+08:00' })).toHaveLength(1);
  });

  it('emits leak once for the first decisive contact of a source', async () => {
    const { tracer, hotel, canary, events } = await world();
    await tracer.record({
      id: 'l1',
      channel: 'email',
      at: day(10),
      to: canary.email!,
      from: 'promo@dealer.example',
    });
    await tracer.recordMany([
      { id: 'l2', channel: 'email', at: day(11), to: canary.email!, from: 'promo@dealer.example' },
    ]);
    expect(events).toEqual([
      { type: 'leak', sourceId: hotel.id, at: day(10), by: 'contact', contactId: 'l1' },
    ]);
  });

  it('walks to the parties a reply names, each a source with a linked case', async () => {
    const { tracer, subject, hotel, gym } = await world();
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['recipients', 'erasure'],
      at: day(1),
    });
    await tracer.logLetter(kase.id, { kind: 'request', at: day(1) });
    expect(
      await failure(() => tracer.logReply(kase.id, { at: day(5), namesRecipients: [hotel.name] })),
    ).toEqual(['namesRecipients[0]', 'self_named']);
    const answered = await tracer.logReply(kase.id, {
      at: day(5),
      claims: ['access-provided'],
      namesRecipients: ['Acme Data Ltd', { name: '健身房' }],
      namesSources: [{ name: 'Booking Platform', category: 'travel agent' }],
    });
    expect(answered.status).toBe('answered');
    const [reply] = answered.replies;
    const acme = tracer.listSources().find((s) => s.name === 'Acme Data Ltd')!;
    expect(acme.category).toBe('data dealer');
    expect(reply!.namesRecipients.map((p) => p.sourceId)).toEqual([acme.id, gym.id]);
    expect(answered.childCaseIds).toHaveLength(3);
    const child = (await tracer.getCase(reply!.namesRecipients[0]!.caseId))!;
    expect(child).toMatchObject({
      parentCaseId: kase.id,
      hop: 'recipient',
      target: { kind: 'source', sourceId: acme.id },
      requests: ['source', 'recipients', 'erasure'],
      status: 'open',
    });
    expect(child.canaries.every((c) => c.how === 'inherited')).toBe(true);
    const up = (await tracer.getCase(reply!.namesSources[0]!.caseId))!;
    expect(up.hop).toBe('source');
    // Naming the same party again reuses its case.
    const again = await tracer.logReply(kase.id, { at: day(6), namesRecipients: ['ACME data ltd'] });
    expect(again.replies[1]!.namesRecipients[0]!.caseId).toBe(child.id);
    expect(tracer.listSources().filter((s) => s.name === 'Acme Data Ltd')).toHaveLength(1);
  });

  it('flags a "never shared" reply against an alias only the source held', async () => {
    const { tracer, subject, hotel, canary } = await world();
    await tracer.record({
      id: 'alias-used',
      channel: 'email',
      at: day(10),
      to: canary.email!,
      from: 'promo@dealer.example',
    });
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['source', 'recipients'],
      at: day(20),
    });
    await tracer.logLetter(kase.id, { kind: 'request', at: day(20) });
    const answered = await tracer.logReply(kase.id, { at: day(30), claims: ['never-shared'] });
    expect(answered.contradictions).toEqual([
      {
        replyId: answered.replies[0]!.id,
        claim: 'never-shared',
        claimedAt: day(30),
        kind: 'decisive-use',
        contactIds: ['alias-used'],
        firstAt: day(10),
      },
    ]);
  });

  it('watches the canaries after an erasure: the source’s own call after the window is non-compliance', async () => {
    const { tracer, subject, hotel, canary, events } = await world();
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['erasure', 'stop-marketing'],
      at: day(1),
    });
    await tracer.logLetter(kase.id, { kind: 'request', at: day(1) });
    await tracer.logReply(kase.id, { at: day(5), claims: ['deleted', 'stopped-marketing'] });
    // Within the 30-day window: a contradiction of "deleted", not yet non-compliance.
    const own = {
      channel: 'call' as const,
      to: canary.phone!,
      from: '021-6123-4567',
      content: '会员专享优惠',
    };
    const inWindow = await tracer.record({ id: 'own-1', at: day(10), ...own });
    expect(inWindow.verdict).toBe('legitimate');
    expect(events.filter((e) => e.type === 'non-compliance')).toEqual([]);
    await tracer.record({ id: 'own-2', at: day(40), ...own });
    const after = (await tracer.getCase(kase.id, { at: day(41) }))!;
    expect(after.nonCompliance).toEqual([
      {
        contactId: 'own-2',
        at: day(40),
        windowEnd: after.deadline!.watchFrom,
        by: 'target',
        canaryId: canary.id,
      },
    ]);
    expect(after.contradictions.map((c) => [c.claim, c.kind, c.contactIds])).toEqual([
      ['deleted', 'own-contact', ['own-1', 'own-2']],
      ['stopped-marketing', 'own-contact', ['own-1', 'own-2']],
    ]);
    expect(events.filter((e) => e.type === 'non-compliance')).toEqual([
      {
        type: 'non-compliance',
        caseId: kase.id,
        contactId: 'own-2',
        at: day(40),
        windowEnd: after.deadline!.watchFrom,
        by: 'target',
      },
    ]);
    // Closing retires nothing: the watch goes on.
    await tracer.closeCase(kase.id, { at: day(45) });
    await tracer.record({ id: 'own-3', at: day(60), ...own });
    expect((await tracer.getCase(kase.id, { at: day(61) }))!.nonCompliance.map((n) => n.contactId)).toEqual([
      'own-2',
      'own-3',
    ]);
  });

  it('emits actor and leak events from an analysis, once', async () => {
    const { tracer, canary, events } = await world();
    for (const [i, n] of ['+8617012345601', '+8617012345602'].entries())
      await tracer.record({
        id: `a${i}`,
        channel: 'sms',
        at: day(10 + i),
        to: canary.phone!,
        from: n,
        content: `${canary.name}您好，我是融易贷的客服，您有一笔贷款额度待领取`,
      });
    await tracer.analyze({ to: day(30) });
    await tracer.analyze({ to: day(30) });
    const actorEvents = events.filter((e) => e.type === 'actor');
    expect(actorEvents.length).toBeGreaterThan(0);
    expect(new Set(actorEvents.map((e) => e.type === 'actor' && e.actorId)).size).toBe(actorEvents.length);
    expect(events.filter((e) => e.type === 'leak')).toHaveLength(1);
  });
});
