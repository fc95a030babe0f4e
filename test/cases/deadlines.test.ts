import { describe, expect, it } from 'vitest';
import type { CaseLetter, CaseRecord, CaseReply } from '../../src/cases/case-model.js';
import {
  caseDeadline,
  caseTimeZone,
  dayIn,
  lengthen,
  periodEnd,
  REPLY_RULES,
  regionTimeZone,
} from '../../src/cases/deadlines.js';
import { ValidationError } from '../../src/errors.js';

function record(overrides: Partial<CaseRecord> & { sent?: string; received?: string }): CaseRecord {
  const letters: CaseLetter[] = overrides.sent
    ? [
        {
          id: 'let_1',
          kind: 'request',
          at: new Date(overrides.sent),
          ...(overrides.received ? { receivedAt: new Date(overrides.received) } : {}),
        },
      ]
    : [];
  return {
    id: 'case_1',
    target: { kind: 'source', sourceId: 'src_1' },
    subjectIds: ['sub_1'],
    law: 'GDPR',
    requests: ['access'],
    timeZone: 'Asia/Shanghai',
    openedAt: new Date('2026-01-01T00:00:00Z'),
    canaries: [],
    identifiers: [],
    letters,
    replies: [],
    ...overrides,
  };
}

const reply = (at: string, claims: CaseReply['claims']): CaseReply => ({
  id: `rep_${at}`,
  at: new Date(at),
  claims,
  namesSources: [],
  namesRecipients: [],
});

describe('REPLY_RULES', () => {
  it('cites a source for every law', () => {
    for (const rule of Object.values(REPLY_RULES)) {
      expect(rule.cite).toMatch(/\S/u);
      expect(rule.url).toMatch(/^https:\/\//u);
    }
    expect(REPLY_RULES.GDPR.cite).toContain('12(3)');
    expect(REPLY_RULES.CCPA.cite).toContain('1798.130');
    expect(REPLY_RULES.PIPL.cite).toContain('GB/T 35273-2020');
  });
});

describe('PIPL reply period citation (regression: it cited a sub-item of § 8.7 it could not vouch for)', () => {
  it('cites the standard’s clause, and says the PIPL itself sets no number of days', () => {
    expect(REPLY_RULES.PIPL.cite).toBe('PIPL arts. 45, 47, 50; GB/T 35273-2020 § 8.7');
    expect(REPLY_RULES.PIPL.note).toContain('PIPL sets no number of days');
    expect(REPLY_RULES.PIPL.note).toContain('recommended standard GB/T 35273-2020 § 8.7');
  });
});

describe('caseDeadline', () => {
  it('is null before a request was sent', () => {
    expect(caseDeadline(record({}))).toBeNull();
  });

  it('gives GDPR one calendar month, ending at midnight in the subject time zone', () => {
    // Sent 2026-01-10 09:00 in Shanghai: due at the end of 10 February there.
    const d = caseDeadline(record({ sent: '2026-01-10T01:00:00Z' }))!;
    expect(d.dueDate).toBe('2026-02-10');
    expect(d.dueAt.toISOString()).toBe('2026-02-10T15:59:59.999Z');
    expect(d.extended).toBe(false);
    expect(d.rule).toBe('GDPR art. 12(3)');
  });

  it('counts the day in the subject time zone, not UTC', () => {
    // 20:00 UTC on 9 January is 04:00 on 10 January in Shanghai.
    const shanghai = caseDeadline(record({ sent: '2026-01-09T20:00:00Z' }))!;
    const london = caseDeadline(record({ sent: '2026-01-09T20:00:00Z', timeZone: 'Europe/London' }))!;
    expect(shanghai.dueDate).toBe('2026-02-10');
    expect(london.dueDate).toBe('2026-02-09');
  });

  it('ends a month on the last day of a shorter month, and moves a weekend end to Monday', () => {
    // 31 January + 1 month = 28 February 2026, a Saturday → Monday 2 March.
    const d = caseDeadline(record({ sent: '2026-01-31T02:00:00Z' }))!;
    expect(d.dueDate).toBe('2026-03-02');
  });

  it('runs from receipt when the receipt date is known', () => {
    const d = caseDeadline(record({ sent: '2026-01-05T02:00:00Z', received: '2026-01-12T02:00:00Z' }))!;
    expect(d.requestedAt.toISOString()).toBe('2026-01-12T02:00:00.000Z');
    expect(d.dueDate).toBe('2026-02-12');
  });

  it('extends GDPR by two months when the extension came within the first month', () => {
    const d = caseDeadline(
      record({ sent: '2026-01-10T01:00:00Z', replies: [reply('2026-02-01T00:00:00Z', ['extension'])] }),
    )!;
    expect(d.extended).toBe(true);
    expect(d.dueDate).toBe('2026-04-10');
  });

  it('ignores an extension asked for after the deadline', () => {
    const d = caseDeadline(
      record({ sent: '2026-01-10T01:00:00Z', replies: [reply('2026-02-20T00:00:00Z', ['extension'])] }),
    )!;
    expect(d.extended).toBe(false);
    expect(d.dueDate).toBe('2026-02-10');
  });

  it('gives CCPA 45 calendar days, extendable once by 45', () => {
    const base = { law: 'CCPA' as const, timeZone: 'America/Los_Angeles', sent: '2026-01-10T18:00:00Z' };
    expect(caseDeadline(record(base))!.dueDate).toBe('2026-02-24');
    const extended = caseDeadline(
      record({ ...base, replies: [reply('2026-02-01T00:00:00Z', ['extension'])] }),
    )!;
    expect(extended.dueDate).toBe('2026-04-10');
  });

  it('watches a CCPA opt-out after 15 business days, before the reply deadline', () => {
    const d = caseDeadline(
      record({
        law: 'CCPA',
        timeZone: 'America/Los_Angeles',
        requests: ['stop-marketing', 'erasure'],
        sent: '2026-01-05T18:00:00Z', // a Monday
      }),
    )!;
    expect(dayIn(d.watchFrom!, 'America/Los_Angeles')).toBe('2026-01-26');
    expect(d.dueDate).toBe('2026-02-19');
  });

  it('gives PIPL thirty days and no extension', () => {
    const d = caseDeadline(
      record({
        law: 'PIPL',
        sent: '2026-01-10T01:00:00Z',
        replies: [reply('2026-01-20T00:00:00Z', ['extension'])],
      }),
    )!;
    expect(d.dueDate).toBe('2026-02-09');
    expect(d.extended).toBe(false);
  });

  it('regression: a PIPL period ending on a weekend ends on the Monday after (Civil Code art. 203)', () => {
    // Received Thursday 1 October 2026 in Shanghai: thirty days end Saturday 31 October, so the
    // period runs to the end of Monday 2 November.
    const d = caseDeadline(
      record({ law: 'PIPL', timeZone: 'Asia/Shanghai', sent: '2026-10-01T01:00:00Z', requests: ['erasure'] }),
    )!;
    expect(d.dueDate).toBe('2026-11-02');
    expect(d.dueAt.toISOString()).toBe('2026-11-02T15:59:59.999Z');
    expect(REPLY_RULES.PIPL.rollsToWorkingDay).toBe(true);
    expect(REPLY_RULES.PIPL.note).toContain('Civil Code arts. 201–203');
    // CCPA counts calendar days: 11 CCR § 7021(b) says so, no roll.
    expect(REPLY_RULES.CCPA.rollsToWorkingDay).toBe(false);
  });

  it('watches after the reply deadline for erasure, and not at all without erasure or stop-marketing', () => {
    const erasure = caseDeadline(record({ requests: ['erasure'], sent: '2026-01-10T01:00:00Z' }))!;
    expect(erasure.watchFrom).toEqual(erasure.dueAt);
    expect(
      caseDeadline(record({ requests: ['access', 'source'], sent: '2026-01-10T01:00:00Z' }))!.watchFrom,
    ).toBeNull();
  });
});

describe('periodEnd', () => {
  it('keeps a weekday end when the rule does not roll', () => {
    expect(dayIn(periodEnd(new Date('2026-01-31T02:00:00Z'), { months: 1 }, 'UTC', false), 'UTC')).toBe(
      '2026-02-28',
    );
  });
});

describe('regionTimeZone', () => {
  it('knows single-zone regions and falls back to UTC', () => {
    expect(regionTimeZone('CN')).toBe('Asia/Shanghai');
    expect(regionTimeZone('GB')).toBe('Europe/London');
    expect(regionTimeZone('US')).toBe('UTC');
  });
});

describe('the exported deadline helpers refuse what is not theirs, with a typed error and its path', () => {
  const refused = (run: () => unknown, path: string, code?: string) => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).path).toBe(path);
    if (code) expect((caught as ValidationError).issues[0].code).toBe(code);
  };

  it('regionTimeZone: a lower-case or unknown region is refused, never read as UTC', () => {
    refused(() => regionTimeZone('de'), 'region');
    refused(() => regionTimeZone('ZZ'), 'region', 'unknown_region');
    refused(() => regionTimeZone(undefined as never), 'region');
    refused(
      () =>
        regionTimeZone({
          toString: () => {
            throw new Error('boom');
          },
        } as never),
      'region',
    );
    expect(regionTimeZone('DE')).toBe('Europe/Berlin');
  });

  it('caseTimeZone: an unknown law, a zone that is none, a bad region', () => {
    refused(() => (caseTimeZone as (...a: unknown[]) => unknown)(), '[0]');
    refused(() => caseTimeZone('GDPR', 'Not/AZone', { region: 'DE' }), '[1]', 'invalid_time_zone');
    refused(() => caseTimeZone('GDPR', undefined, { region: 'de' }), '[2].region');
    refused(() => caseTimeZone('HIPAA' as never, undefined, { region: 'DE' }), '[0]');
    expect(caseTimeZone('CCPA', undefined, { region: 'US' })).toBe('America/Los_Angeles');
    expect(caseTimeZone('GDPR', undefined, { region: 'DE', timeZone: 'Europe/Vienna' })).toBe(
      'Europe/Vienna',
    );
  });

  it('caseDeadline: no case, a zone that is none, a letter without a Date', () => {
    refused(() => caseDeadline(undefined as never), '');
    refused(
      () => caseDeadline({ ...record({ sent: '2026-03-20T10:00:00Z' }), timeZone: 'Bad/Zone' }),
      'timeZone',
    );
    refused(
      () =>
        caseDeadline({ ...record({}), letters: [{ id: 'l', kind: 'request', at: '2026-03-20' as never }] }),
      'letters[0].at',
    );
    expect(caseDeadline(record({ sent: '2026-03-20T10:00:00Z' }))?.dueDate).toBe('2026-04-20');
  });

  it('lengthen: no period, and periods in two units', () => {
    refused(() => lengthen(null as never, { months: 2 }), 'period');
    refused(() => lengthen({ months: 1 }, {} as never), 'extension');
    refused(() => lengthen({ months: 1 }, { days: 2 }), 'extension', 'unit_mismatch');
    expect(lengthen({ months: 1 }, { months: 2 })).toEqual({ months: 3 });
  });
});
