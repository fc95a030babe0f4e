import { describe, expect, it } from 'vitest';
import {
  buildReport,
  type LetterOptions,
  parseReport,
  type Report,
  renderLetter,
} from '../../src/report/index.js';
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
  const atReminder = await buildReport(tracer, { subjectId: subject.id, to: day(95), now: day(95) });
  await tracer.logLetter(kase.id, { kind: 'reminder', at: day(95) });
  await tracer.logReply(kase.id, { at: day(100), claims: ['never-shared'], namesRecipients: ['某数据公司'] });
  await tracer.logLetter(kase.id, { kind: 'complaint', at: day(110), to: '12321' });
  const atComplaint = await buildReport(tracer, { subjectId: subject.id, to: day(110), now: day(110) });
  return { ...world, atRequest, atReminder, atComplaint };
}

describe('letters of a case', async () => {
  const { hotel, gym, kase, atRequest, atReminder, atComplaint } = await caseReports();
  const complaint = (report: Report, locale: 'en' | 'zh-CN' = 'en') =>
    renderLetter(report, { to: 'regulator', sourceId: hotel.id, law: 'PIPL', locale, date: day(110) });
  const reminder = (options: Partial<LetterOptions> = {}) =>
    renderLetter(atReminder, {
      to: 'source',
      kind: 'reminder',
      sourceId: hotel.id,
      law: 'PIPL',
      locale: 'en',
      date: day(95),
      ...options,
    });

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
    it(`writes the reminder after the missed deadline in ${locale} (golden file)`, async () => {
      const letter = renderLetter(atReminder, {
        to: 'source',
        kind: 'reminder',
        sourceId: hotel.id,
        law: 'PIPL',
        locale,
        date: day(95),
      });
      await expect(letter).toMatchFileSnapshot(`./__golden__/case-reminder.${locale}.txt`);
    });

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
    const en = complaint(atComplaint);
    expect(en).toContain('This reply contradicts the evidence above.');
    expect(en).toContain('某数据公司');
    expect(en).toContain('reminder');
  });

  it('regression: refuses a reminder dated before the deadline passed, or with a new deadline that is no whole number of days', () => {
    const code = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return [
          (error as { path?: string }).path,
          (error as { issues?: { code: string }[] }).issues?.[0]?.code,
        ];
      }
      return 'written';
    };
    // The request went out on day 60; thirty days end on day 90, a Saturday, so on day 92.
    expect(code(() => reminder({ date: day(70) }))).toEqual(['date', 'not_due']);
    expect(code(() => reminder({ date: day(50) }))).toEqual(['date', 'not_due']);
    for (const reminderDays of [-5, 0, 1.5, 1e9])
      expect(code(() => reminder({ reminderDays }))).toEqual(['reminderDays', 'invalid']);
    expect(code(() => reminder())).toBe('written');
  });

  it('writes a reminder that cites the request, its date and the missed deadline, with a short new one', () => {
    const en = reminder();
    expect(en).toContain('Subject: Reminder: my request of 30 April 2026 under');
    expect(en).toContain('Your answer was due by 1 June 2026');
    // PIPL sets no number of days: the thirty are the recommended standard's, and said so.
    expect(en).not.toMatch(/law required/u);
    expect(en).toContain('in no number of days the law sets; the recommended national standard sets 30 days');
    const zh = reminder({ locale: 'zh-CN' });
    expect(zh).not.toMatch(/依法|法定期限/u);
    expect(zh).toContain('及时答复，法律未规定天数；推荐性国家标准 GB/T 35273—2020');
    expect(en).toContain('Please answer in full within 7 days, by 11 June 2026.');
    expect(en).toContain('12321');
    const longer = reminder({ reminderDays: 14 });
    expect(longer).toContain('within 14 days, by 18 June 2026');
  });

  it('refuses a reminder to a source with no request logged', () => {
    expect(() =>
      renderLetter(atReminder, {
        to: 'source',
        kind: 'reminder',
        sourceId: gym.id,
        law: 'PIPL',
        date: day(95),
      }),
    ).toThrow(expect.objectContaining({ name: 'ValidationError', path: 'kind' }));
  });

  it('cites the late answer and how the evidence contradicts it in the complaint', () => {
    const en = complaint(atComplaint);
    expect(en).toContain('- The answer came 8 days after the deadline of 1 June 2026.');
    expect(complaint(atComplaint, 'zh-CN')).toContain('- 对方在答复期限 2026年6月1日 届满 8 天后才答复。');
    expect(en).toContain(
      'The evidence contradicts it: a third party used an identifier issued only to it (2 contacts, the first on 10 April 2026).',
    );
  });

  it('regression: a model written before lateDays still says the answer came late, without a count', () => {
    const [first, ...rest] = atComplaint.cases!;
    const { lateDays: _dropped, ...older } = first!;
    const letter = complaint(parseReport({ ...atComplaint, cases: [older, ...rest] }));
    expect(letter).toContain('- The answer came after the deadline of 1 June 2026.');
  });

  it('cites each use of the data after the erasure window in the complaint', () => {
    const [hotelCase, ...rest] = atComplaint.cases!;
    const withUse = parseReport({
      ...atComplaint,
      cases: [
        {
          ...hotelCase!,
          nonCompliance: [
            {
              contactId: 'c9',
              at: day(105).toISOString(),
              windowEnd: hotelCase!.deadline!,
              by: 'third-party',
              // The signer's own canary: a letter cites only uses of the signer's data.
              canaryId: atComplaint.canaries.find(
                (c) => c.sourceId === hotelCase!.sourceId && c.subjectId === hotelCase!.subjectId,
              )!.id,
            },
          ],
        },
        ...rest,
      ],
    });
    const en = complaint(withUse);
    expect(en).toContain(
      'After my erasure or stop-marketing request, whose window ended 1 June 2026, my data was still used:\n- 14 Jun 2026 16:00, by a third party',
    );
    const zh = complaint(withUse, 'zh-CN');
    expect(zh).toContain('期限已于 2026年6月1日 届满，但我的信息仍被使用');
    // The reply named a recipient (某数据公司): a third party's use may be that recipient's copy.
    expect(en).toContain(
      '- 14 Jun 2026 16:00, by a third party, possibly a recipient named in its reply or one it passed the data to',
    );
    expect(zh).toContain('使用者为第三方（可能是其答复中指明的接收方，或从该接收方处获得数据者）');
    // Without a named recipient it is a third party, no more.
    const unnamed = parseReport({
      ...withUse,
      cases: withUse.cases!.map((k) => ({
        ...k,
        replies: k.replies.map((r) => ({ ...r, namesRecipients: [] })),
      })),
    });
    expect(complaint(unnamed)).toMatch(/- 14 Jun 2026 16:00, by a third party$/m);
    expect(complaint(unnamed, 'zh-CN')).toMatch(/使用者为第三方$/m);
  });
});

describe('a reminder after an extension notice', () => {
  it('regression: says the period was extended by the source’s letter, not that no answer came', async () => {
    const { tracer, subject, hotel, kase } = await hotelRequestedOnDay60();
    await tracer.logReply(kase.id, { at: day(70), claims: ['extension'] });
    const report = await buildReport(tracer, { subjectId: subject.id, to: day(100), now: day(100) });
    for (const locale of LOCALES) {
      const text = renderLetter(report, {
        to: 'source',
        kind: 'reminder',
        sourceId: hotel.id,
        law: 'PIPL',
        locale,
        date: day(100),
      });
      expect(text).not.toMatch(/received none|未收到任何答复。/u);
      expect(text).toMatch(locale === 'en' ? /extended the period to/u : /将答复期限延长至/u);
    }
  });
});
