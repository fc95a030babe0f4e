import { describe, expect, it } from 'vitest';
import { unansweredRequests } from '../../src/cases/answered.js';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { hotelRequestedOnDay60 } from './case-fixtures.js';

/** The hotel's PIPL case (access, source, recipients, erasure; request on day 60), with a reply on day 70. */
async function answered(
  claims: Parameters<Awaited<ReturnType<typeof hotelRequestedOnDay60>>['tracer']['logReply']>[1],
) {
  const world = await hotelRequestedOnDay60();
  await world.tracer.logReply(world.kase.id, { at: day(70), ...claims });
  const report = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(95), now: day(95) });
  const reminder = (locale: 'en' | 'zh-CN' = 'en') =>
    renderLetter(report, {
      to: 'source',
      kind: 'reminder',
      sourceId: world.hotel.id,
      law: 'PIPL',
      locale,
      date: day(95),
    });
  return { ...world, reminder };
}

describe('a reminder after a reply', () => {
  it('regression: is refused when the replies answered every request, and cannot be logged either', async () => {
    const { reminder, tracer, kase } = await answered({
      claims: ['access-provided', 'source-unknown', 'deleted'],
      namesRecipients: [],
    });
    // recipients are not answered yet by these claims: a "never shared" completes the set.
    expect(reminder()).toContain('left part of the request unanswered: the recipients.');
    await tracer.logReply(kase.id, { at: day(71), claims: ['never-shared'] });
    const report = await buildReport(tracer, { subjectId: kase.subjectIds[0]!, to: day(95), now: day(95) });
    expect(() =>
      renderLetter(report, {
        to: 'source',
        kind: 'reminder',
        sourceId: kase.target.kind === 'source' ? kase.target.sourceId : '',
        law: 'PIPL',
        locale: 'en',
        date: day(95),
      }),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'answered', path: 'kind' })] }),
    );
    await expect(tracer.logLetter(kase.id, { kind: 'reminder', at: day(95) })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'answered' })],
    });
  });

  it('regression: is refused after a refusal: the next step is the complaint', async () => {
    const { reminder, tracer, kase } = await answered({ claims: ['refused'] });
    expect(() => reminder()).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'refused' })] }),
    );
    await expect(tracer.logLetter(kase.id, { kind: 'reminder', at: day(95) })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'refused' })],
    });
    await expect(
      tracer.logLetter(kase.id, { kind: 'complaint', at: day(95), to: '12321' }),
    ).resolves.toBeTruthy();
  });

  it('regression: is refused after "we hold no data", which answers every request', async () => {
    const { reminder } = await answered({ claims: ['no-data'] });
    expect(() => reminder()).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'answered' })] }),
    );
  });

  it('regression: after a partial answer, names what is missing and never calls the request unanswered', async () => {
    const { reminder } = await answered({ claims: ['deleted'], namesRecipients: [] });
    const en = reminder();
    expect(en).toContain('Subject: Reminder: my request of');
    expect(en).toContain('is not fully answered');
    expect(en).not.toContain('is unanswered');
    expect(en).toContain('left part of the request unanswered: a copy, the source and the recipients.');
    const zh = reminder('zh-CN');
    expect(zh).toContain('尚未获完整答复');
    expect(zh).toContain('未回应以下请求：查阅复制、数据来源、接收方');
  });

  it('counts a reply naming its sources or recipients as answering those requests', () => {
    expect(
      unansweredRequests(
        ['access', 'source', 'recipients'],
        [{ claims: [], namesSources: ['Acme'], namesRecipients: ['Dealer'] }],
      ),
    ).toEqual(['access']);
    expect(unansweredRequests(['erasure', 'stop-marketing'], [{ claims: ['deleted'] }])).toEqual([]);
  });
});
