import { describe, expect, it } from 'vitest';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { hotelRequestedOnDay60 } from './case-fixtures.js';

const LOCALES = ['en', 'zh-CN'] as const;

/**
 * The letters of each step of a case on the report world's hotel: the request (day 60), and —
 * after no reply, a reminder, then a "never shared" answer against the alias a loan caller used —
 * the complaint to the regulator, which cites the requests, the late answer and the contradiction.
 */
async function caseReports() {
  const world = await hotelRequestedOnDay60();
  const { tracer, subject, kase } = world;
  const atRequest = await buildReport(tracer, { subjectId: subject.id, to: day(60), now: day(60) });
  await tracer.logLetter(kase.id, { kind: 'reminder', at: day(95) });
  await tracer.logReply(kase.id, { at: day(100), claims: ['never-shared'], namesRecipients: ['某数据公司'] });
  await tracer.logLetter(kase.id, { kind: 'complaint', at: day(110), to: '12321' });
  const atComplaint = await buildReport(tracer, { subjectId: subject.id, to: day(110), now: day(110) });
  return { ...world, atRequest, atComplaint };
}

describe('letters of a case', async () => {
  const { hotel, kase, atRequest, atComplaint } = await caseReports();

  it('puts the case into the report model, with its deadline and the contradicted reply', () => {
    expect(atRequest.cases).toEqual([
      expect.objectContaining({
        id: kase.id,
        sourceId: hotel.id,
        law: 'PIPL',
        letters: [expect.objectContaining({ kind: 'request' })],
        replies: [],
      }),
    ]);
    const [later, dealer] = atComplaint.cases!;
    expect(later!.letters.map((l) => l.kind)).toEqual(['request', 'reminder', 'complaint']);
    expect(later!.replies).toEqual([
      {
        at: day(100).toISOString(),
        summary: 'never-shared',
        claims: ['never-shared'],
        namesRecipients: ['某数据公司'],
        namesSources: [],
        next: [{ name: '某数据公司', sourceId: dealer!.sourceId, caseId: dealer!.id, hop: 'recipient' }],
        contradicts: true,
      },
    ]);
    expect(later).toMatchObject({ status: 'escalated', answeredLate: true, childCaseIds: [dealer!.id] });
    expect(later!.contradictions).toEqual([
      expect.objectContaining({ claim: 'never-shared', kind: 'decisive-use' }),
    ]);
  });

  it('keeps the case on the party a reply named, though it holds none of the report’s canaries (regression: it was dropped)', () => {
    const [, dealer] = atComplaint.cases!;
    expect(atComplaint.sources.map((s) => s.id)).not.toContain(dealer!.sourceId);
    expect(dealer).toMatchObject({
      target: { kind: 'source', name: '某数据公司' },
      parentCaseId: kase.id,
      hop: 'recipient',
      status: 'open',
    });
  });

  for (const locale of LOCALES) {
    it(`writes the request of the case in ${locale} (golden file)`, async () => {
      const letter = renderLetter(atRequest, {
        to: 'source',
        sourceId: hotel.id,
        law: 'PIPL',
        locale,
        date: day(60),
      });
      await expect(letter).toMatchFileSnapshot(`./__golden__/case-request.${locale}.txt`);
    });
    it(`writes the complaint citing the contradiction in ${locale} (golden file)`, async () => {
      const letter = renderLetter(atComplaint, {
        to: 'regulator',
        sourceId: hotel.id,
        law: 'PIPL',
        locale,
        date: day(110),
      });
      await expect(letter).toMatchFileSnapshot(`./__golden__/case-complaint.${locale}.txt`);
    });
  }

  it('cites the contradiction and the named recipient in the complaint', () => {
    const en = renderLetter(atComplaint, {
      to: 'regulator',
      sourceId: hotel.id,
      law: 'PIPL',
      locale: 'en',
      date: day(110),
    });
    expect(en).toContain('This reply contradicts the evidence above.');
    expect(en).toContain('某数据公司');
    expect(en).toContain('reminder');
  });
});
