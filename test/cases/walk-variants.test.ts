import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const at = (d: number): Date => new Date(Date.UTC(2026, 0, 5 + d, 9));

async function germanWalk() {
  const tracer = await createTracer({ now: () => at(400) });
  const anna = await tracer.addSubject({
    name: 'Anna Müller',
    emails: [{ address: 'inbox@am.example', strategy: 'domain' }],
    phones: { real: [], pool: ['+4915123456701'] },
    region: 'DE',
    locale: 'en',
    timeZone: 'Europe/Berlin',
  });
  const gym = await tracer.addSource({ name: 'Gym', category: 'other' });
  await tracer.addSource({ name: 'Hotel', category: 'hotel' });
  await tracer.issue({ subjectId: anna.id, sourceId: gym.id, fields: ['email'], at: at(0) });
  const root = await tracer.openCase({
    sourceId: gym.id,
    subjectId: anna.id,
    law: 'GDPR',
    requests: ['recipients'],
    at: at(1),
  });
  await tracer.logLetter(root.id, { kind: 'request', at: at(1) });
  return { tracer, anna, gym, root };
}

describe('a reply naming the case’s ancestor, however it is spelled, links back', () => {
  it.each(['Gym', 'gym', 'GYM', 'Gym.', ' Gym ', 'Ｇｙｍ', 'G y m', 'Gym GmbH', 'GYM Ltd.'])(
    'regression: the hotel naming the gym as %j links to the gym’s open case, no second case',
    async (spelling) => {
      const { tracer, gym, root } = await germanWalk();
      const replied = await tracer.logReply(root.id, { at: at(5), namesRecipients: ['Hotel'] });
      const [child] = replied.childCaseIds;
      await tracer.logLetter(child!, { kind: 'request', at: at(6) });
      const back = await tracer.logReply(child!, { at: at(9), namesSources: [spelling] });
      expect(back.replies[0]!.namesSources[0]!.caseId).toBe(root.id);
      expect(back.childCaseIds).toEqual([]);
      const onGym = (await tracer.listCases()).filter(
        (c) => c.target.kind === 'source' && c.target.sourceId === gym.id,
      );
      expect(onGym).toHaveLength(1);
    },
  );

  it.each(['Anna Müller', 'anna müller', 'Anna  Mueller', 'ANNA MÜLLER', 'Anna Müller.'])(
    'regression: a reply naming the person %j as a recipient is refused and adds no source',
    async (spelling) => {
      const { tracer, root } = await germanWalk();
      await expect(
        tracer.logReply(root.id, { at: at(5), namesRecipients: [spelling] }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
      expect(tracer.listSources().map((s) => s.name)).toEqual(['Gym', 'Hotel']);
    },
  );

  it('regression: one dealer named in two spellings in one reply is one party with one case', async () => {
    const { tracer, root } = await germanWalk();
    const replied = await tracer.logReply(root.id, {
      at: at(5),
      namesRecipients: ['Acme Data Ltd', 'ACME DATA LIMITED', 'Acme Data Ltd.'],
    });
    expect(replied.childCaseIds).toHaveLength(1);
    expect(new Set(replied.replies[0]!.namesRecipients.map((p) => p.caseId)).size).toBe(1);
    expect(tracer.listSources().map((s) => s.name)).toEqual(['Gym', 'Hotel', 'Acme Data Ltd']);
  });

  it('regression: a reply naming its own case’s source with a full stop is refused as the case’s own target', async () => {
    const { tracer, root } = await germanWalk();
    await expect(tracer.logReply(root.id, { at: at(5), namesRecipients: ['Gym.'] })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('a case as of a date lists only the identities held then', () => {
  it('regression: a case opened in March on identities issued in November lists none of them as of March', async () => {
    const tracer = await createTracer({ now: () => new Date('2026-11-30T00:00:00Z') });
    const me = await tracer.addSubject({
      name: '张鹏伟',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
      phones: { real: [], pool: ['+8613900139001'] },
      locale: 'zh-CN',
      region: 'CN',
    });
    const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['email', 'phone', 'name'],
      at: '2026-11-01T09:00:00+08:00',
    });
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: me.id,
      law: 'PIPL',
      requests: ['access'],
      at: '2026-03-01T09:00:00+08:00',
    });
    const march = (await tracer.getCase(kase.id, { at: '2026-03-05T00:00:00+08:00' }))!;
    expect(march.canaries).toEqual([]);
    expect(march.identifiers).toEqual([]);
    const december = (await tracer.getCase(kase.id, { at: '2026-11-29T00:00:00+08:00' }))!;
    expect(december.canaries).toEqual([{ canaryId: canary.id, how: 'issued' }]);
    expect(december.identifiers.map((i) => i.kind).sort()).toEqual(['email', 'name', 'phone']);
  });
});
