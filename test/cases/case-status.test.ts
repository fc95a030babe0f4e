import { describe, expect, it } from 'vitest';
import type { CaseReply } from '../../src/cases/case-model.js';
import { caseStanding } from '../../src/cases/case-status.js';
import { caseDeadline } from '../../src/cases/deadlines.js';
import { hotelCase } from './case-fixtures.js';

const reply = (at: string, claims: CaseReply['claims']): CaseReply => ({
  id: `rep_${at}`,
  at: new Date(at),
  claims,
  namesSources: [],
  namesRecipients: [],
});

const statusAt = (record: ReturnType<typeof hotelCase>, at: string) =>
  caseStanding(record, caseDeadline(record), new Date(at));

describe('caseStanding', () => {
  it('is open until the request is sent', () => {
    const record = hotelCase({ letters: [] });
    expect(statusAt(record, '2026-03-01T00:00:00Z').status).toBe('open');
    expect(statusAt(hotelCase(), '2026-01-09T00:00:00Z').status).toBe('open');
  });

  it('is awaiting within the deadline and overdue after it', () => {
    const record = hotelCase();
    expect(statusAt(record, '2026-02-10T23:59:59Z').status).toBe('awaiting');
    expect(statusAt(record, '2026-02-11T00:00:00Z').status).toBe('overdue');
  });

  it('stays awaiting on a timely extension, past the original deadline', () => {
    const record = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['extension'])] });
    expect(statusAt(record, '2026-03-01T00:00:00Z').status).toBe('awaiting');
    expect(statusAt(record, '2026-04-11T00:00:00Z').status).toBe('overdue');
  });

  it('is answered by a reply, and marks an answer after the deadline late', () => {
    const onTime = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['access-provided'])] });
    expect(statusAt(onTime, '2026-03-01T00:00:00Z')).toEqual({
      status: 'answered',
      answeredLate: false,
      lateDays: null,
    });
    const late = hotelCase({ replies: [reply('2026-02-20T00:00:00Z', ['deleted'])] });
    expect(statusAt(late, '2026-02-15T00:00:00Z').status).toBe('overdue');
    expect(statusAt(late, '2026-03-01T00:00:00Z')).toEqual({
      status: 'answered',
      answeredLate: true,
      lateDays: 10,
    });
  });

  it('regression: counts how many days late an answer came, in calendar days of the case zone', () => {
    // Due 2026-02-10 (GDPR, one month from 2026-01-10). In Shanghai 2026-02-10T16:30Z is
    // already 11 February: one day late; in UTC it is still the due day.
    const inShanghai = hotelCase({
      timeZone: 'Asia/Shanghai',
      replies: [reply('2026-02-10T16:30:00Z', ['deleted'])],
    });
    expect(statusAt(inShanghai, '2026-03-01T00:00:00Z')).toMatchObject({ answeredLate: true, lateDays: 1 });
    const inUtc = hotelCase({ replies: [reply('2026-02-10T16:30:00Z', ['deleted'])] });
    expect(statusAt(inUtc, '2026-03-01T00:00:00Z')).toMatchObject({ answeredLate: false, lateDays: null });
    // An extension is no answer: the days run to the first real one.
    const afterExtension = hotelCase({
      replies: [reply('2026-02-01T00:00:00Z', ['extension']), reply('2026-05-12T00:00:00Z', ['deleted'])],
    });
    expect(caseDeadline(afterExtension)!.dueDate).toBe('2026-04-10');
    expect(statusAt(afterExtension, '2026-06-01T00:00:00Z')).toMatchObject({ lateDays: 32 });
  });

  it('is escalated once a complaint is sent, and closed once closed', () => {
    const record = hotelCase({
      letters: [
        ...hotelCase().letters,
        { id: 'let_2', kind: 'reminder', at: new Date('2026-02-12T00:00:00Z') },
        { id: 'let_3', kind: 'complaint', at: new Date('2026-03-01T00:00:00Z'), to: 'ICO' },
      ],
      closedAt: new Date('2026-06-01T00:00:00Z'),
    });
    expect(statusAt(record, '2026-02-20T00:00:00Z').status).toBe('overdue');
    expect(statusAt(record, '2026-03-02T00:00:00Z').status).toBe('escalated');
    expect(statusAt(record, '2026-06-02T00:00:00Z').status).toBe('closed');
  });
});
