import { describe, expect, it } from 'vitest';
import { parseReport, renderLetter } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakReport } from './report-world.js';

const LAWS = ['PIPL', 'GDPR', 'CCPA'] as const;
const LOCALES = ['en', 'zh-CN'] as const;

describe('renderLetter', async () => {
  const { report, hotel, subject } = await leakReport();

  for (const law of LAWS) {
    for (const locale of LOCALES) {
      it(`writes the ${law} request to the leaking source in ${locale} (golden file)`, async () => {
        const letter = renderLetter(report, { to: 'source', sourceId: hotel.id, law, locale });
        await expect(letter).toMatchFileSnapshot(`./__golden__/letter-source-${law}.${locale}.txt`);
      });
      it(`writes the ${law} complaint to the regulator in ${locale} (golden file)`, async () => {
        const letter = renderLetter(report, { to: 'regulator', sourceId: hotel.id, law, locale });
        await expect(letter).toMatchFileSnapshot(`./__golden__/letter-regulator-${law}.${locale}.txt`);
      });
    }
  }

  it('names the issued alias, the evidence, the articles and the deadline date', () => {
    const letter = renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'GDPR', locale: 'en' });
    const alias = report.canaries
      .find((c) => c.sourceId === hotel.id)!
      .fields.find((f) => f.kind === 'email')!.value;
    expect(letter).toContain(alias);
    expect(letter).toContain('vip@loan-fast.example');
    expect(letter).toMatch(/art\. 15\(1\)\(g\)/u);
    expect(letter).toMatch(/art\. 17/u);
    // Report of 30 May 2026 (Asia/Shanghai): one month later.
    expect(letter).toContain('Please reply by 30 June 2026 (GDPR art. 12(3)');
    const pipl = renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'PIPL', locale: 'zh-CN' });
    expect(pipl).toContain('第四十五条');
    expect(pipl).toContain('第四十七条');
    expect(pipl).toContain('请于 2026年6月29日 前答复');
    const ccpa = renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'CCPA', locale: 'en' });
    expect(ccpa).toContain('Please reply by 14 July 2026');
  });

  it('counts the deadline as the cases module does: a GDPR month ending on a Saturday runs to Monday', () => {
    const letter = renderLetter(report, {
      to: 'source',
      sourceId: hotel.id,
      law: 'GDPR',
      locale: 'en',
      // After the evidence it cites (a letter cannot be dated before it).
      date: '2026-07-01T01:00:00Z',
    });
    expect(letter).toContain('Date: 1 July 2026');
    // 1 August 2026 is a Saturday.
    expect(letter).toContain('Please reply by 3 August 2026');
  });

  it('addresses the regulator of each law, or the one asked for', () => {
    const to = (law: (typeof LAWS)[number], regulator?: '12321' | 'FTC' | 'ICO') =>
      renderLetter(report, {
        to: 'regulator',
        sourceId: hotel.id,
        law,
        locale: 'en',
        ...(regulator ? { regulator } : {}),
      });
    expect(to('PIPL')).toContain('12321');
    expect(to('CCPA')).toContain('California Privacy Protection Agency');
    expect(to('CCPA')).not.toContain('Federal Trade Commission');
    // A person outside the UK: the supervisory authority where they live (GDPR art. 77(1)).
    expect(to('GDPR')).toContain('data protection supervisory authority');
    expect(to('GDPR', 'ICO')).toContain("Information Commissioner's Office");
    expect(to('GDPR', 'FTC')).toContain('Federal Trade Commission');
  });

  it('quotes the requests made and the replies received when the report holds a case', () => {
    const withCase = parseReport({
      ...report,
      cases: [
        {
          id: 'k1',
          sourceId: hotel.id,
          subjectId: subject.id,
          law: 'PIPL',
          requests: ['access', 'source', 'erasure'],
          openedAt: day(60).toISOString(),
          deadline: day(90).toISOString(),
          letters: [{ at: day(60).toISOString(), kind: 'request' }],
          replies: [
            {
              at: day(75).toISOString(),
              summary: 'We never share data',
              namesRecipients: ['Acme Data'],
              contradicts: true,
            },
          ],
        },
      ],
    });
    const letter = renderLetter(withCase, { to: 'regulator', sourceId: hotel.id, law: 'PIPL', locale: 'en' });
    expect(letter).toContain('What I asked the source, and what it answered:');
    expect(letter).toContain('reply received: We never share data');
    expect(letter).toContain('It named these recipients: Acme Data');
    expect(letter).toContain('This reply contradicts the evidence above.');
  });

  it('refuses a source or subject the report does not hold', () => {
    expect(() => renderLetter(report, { to: 'source', sourceId: 'nope', law: 'GDPR' })).toThrow(/sourceId/u);
    expect(() =>
      renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'GDPR', subjectId: 'nobody' }),
    ).toThrow(/subjectId/u);
  });

  it('shows control characters and bidi overrides in names as text', () => {
    const tampered = parseReport({
      ...report,
      sources: report.sources.map((s) => (s.id === hotel.id ? { ...s, name: 'Hotel\u202Elatoh' } : s)),
    });
    const letter = renderLetter(tampered, { to: 'source', sourceId: hotel.id, law: 'GDPR', locale: 'en' });
    expect(letter).toContain('Hotel<U+202E>latoh');
    expect(letter).not.toContain('\u202E');
  });
});
