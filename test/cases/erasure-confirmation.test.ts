import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';

/**
 * A person in Germany gave Hilton (which mails from hilton.com) an alias; a spammer used it on
 * 1 February 2026. An access and erasure request went out on 1 March; Hilton replied on
 * 20 March that it deleted the data.
 */
async function erasureCase() {
  const t = await createTracer({ seed: 'erasure-confirmation', now: new Date('2026-06-01T00:00:00Z') });
  const me = await t.addSubject({
    name: 'Anna Schmidt',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: ['+493012345678'], pool: [] },
    locale: 'en',
    region: 'DE',
  });
  const hilton = await t.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  const alias = await t.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email'],
    at: '2026-01-01T00:00:00Z',
  });
  await t.record({
    channel: 'email',
    at: '2026-02-01T10:00:00Z',
    to: alias.email!,
    from: 'offers@spam.example',
    content: 'Cheap loans, reply now',
  });
  const kase = await t.openCase({
    sourceId: hilton.id,
    subjectId: me.id,
    law: 'GDPR',
    requests: ['access', 'erasure'],
    at: '2026-03-01T00:00:00Z',
  });
  await t.logLetter(kase.id, { kind: 'request', at: '2026-03-01T00:00:00Z' });
  await t.logReply(kase.id, { at: '2026-03-20T00:00:00Z', claims: ['deleted'] });
  const own = (at: string, content: string, from = 'privacy@hilton.com') =>
    t.record({ channel: 'email', at, to: alias.email!, from, authenticatedDomains: ['hilton.com'], content });
  return { t, me, hilton, alias, kase, own };
}

const CORRESPONDENCE: readonly [string, string][] = [
  ['this confirms that your personal data has been erased (ref 123).', 'privacy@hilton.com'],
  ['Your request ref 123 is closed. This is the last message you will receive.', 'privacy@hilton.com'],
  ['We have completed the deletion of your account and personal information.', 'reservations@hilton.com'],
  ['Ihre Daten wurden gemäß Art. 17 DSGVO gelöscht.', 'noreply@hilton.com'],
  ['您的个人信息删除申请已处理完毕，相关数据已删除。', 'service@hilton.com'],
  ['Re: Data subject access request — here is a copy of your data.', 'dpo@hilton.com'],
];

describe('the source’s own answers to a request are not uses of the data', () => {
  it('an erasure confirmation and a closing notice contradict no "deleted" reply and are no non-compliance', async () => {
    const { t, kase, own } = await erasureCase();
    await own(
      '2026-03-20T01:00:00Z',
      'Dear Anna, this confirms that your personal data has been erased (ref 123).',
    );
    await own(
      '2026-04-25T01:00:00Z',
      'Dear Anna, your request ref 123 is closed. This is the last message you will receive.',
    );
    const after = (await t.getCase(kase.id, { at: '2026-05-01T00:00:00Z' }))!;
    expect(after.contradictions).toEqual([]);
    expect(after.nonCompliance).toEqual([]);
  });

  it.each(CORRESPONDENCE)(
    'correspondence about the request (%s, from %s) is not held against the reply',
    async (content, from) => {
      const { t, kase, own } = await erasureCase();
      await own('2026-04-25T01:00:00Z', content, from);
      const after = (await t.getCase(kase.id, { at: '2026-05-01T00:00:00Z' }))!;
      expect(after.contradictions).toEqual([]);
      expect(after.nonCompliance).toEqual([]);
    },
  );

  it('the regulator complaint does not call the confirmation a contradiction or non-compliance', async () => {
    const { t, me, hilton, own } = await erasureCase();
    await own(
      '2026-03-20T01:00:00Z',
      'Dear Anna, this confirms that your personal data has been erased (ref 123).',
    );
    const report = await buildReport(t, { subjectId: me.id, now: '2026-05-01T00:00:00Z' });
    const letter = renderLetter(report, { to: 'regulator', sourceId: hilton.id, law: 'GDPR', locale: 'en' });
    expect(letter).not.toContain('contradicts');
    expect(letter).not.toContain('still used');
  });

  it('marketing from the source after its "deleted" reply is still a contradiction and, after the window, non-compliance', async () => {
    const { t, kase, own } = await erasureCase();
    await own('2026-04-25T01:00:00Z', 'Anna, summer offer: 20% off your next stay!', 'offers@hilton.com');
    const after = (await t.getCase(kase.id, { at: '2026-05-01T00:00:00Z' }))!;
    expect(after.contradictions.map((c) => [c.claim, c.kind])).toEqual([['deleted', 'own-contact']]);
    expect(after.nonCompliance.map((n) => n.by)).toEqual(['target']);
  });
});
