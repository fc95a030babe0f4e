import { describe, expect, it } from 'vitest';
import { createFormatter, reportRegion } from '../../src/report/format.js';

describe('dates written for a person in the United States', () => {
  it('put the month before the day in English, and keep the day first elsewhere', () => {
    const us = createFormatter('en', 'America/Los_Angeles', 'US');
    expect(us.date('2026-11-29T20:00:00Z')).toBe('November 29, 2026');
    expect(us.shortDate('2026-11-29T20:00:00Z')).toBe('Nov 29, 2026');
    expect(us.dateTime('2026-11-29T20:05:00Z')).toBe('Nov 29, 2026 12:05 PM');
    expect(createFormatter('en', 'Europe/London', 'GB').date('2026-11-29T20:00:00Z')).toBe(
      '29 November 2026',
    );
    expect(createFormatter('zh-CN', 'America/Los_Angeles', 'US').date('2026-11-29T20:00:00Z')).toBe(
      '2026年11月29日',
    );
  });

  it('tell the two readings of the hour the clock falls back apart, by their offset', () => {
    const us = createFormatter('en', 'America/Los_Angeles', 'US');
    // 1 November 2026, 01:30 happens twice in Los Angeles: PDT (08:30Z), then PST (09:30Z).
    const first = us.dateTime('2026-11-01T08:30:00Z');
    const second = us.dateTime('2026-11-01T09:30:00Z');
    expect(first).toBe('Nov 1, 2026 1:30 AM (UTC-07:00)');
    expect(second).toBe('Nov 1, 2026 1:30 AM (UTC-08:00)');
    // An hour the clock shows once carries no offset.
    expect(us.dateTime('2026-11-01T11:30:00Z')).toBe('Nov 1, 2026 3:30 AM');
    const de = createFormatter('en', 'Europe/Berlin', 'DE');
    expect(de.dateTime('2026-10-25T00:30:00Z')).toBe('25 Oct 2026 02:30 (UTC+02:00)');
    expect(de.dateTime('2026-10-25T01:30:00Z')).toBe('25 Oct 2026 02:30 (UTC+01:00)');
  });

  it('follow the report’s person, or the region all its people share', () => {
    const people = [
      { id: 'a', region: 'US' },
      { id: 'b', region: 'DE' },
    ];
    expect(reportRegion({ subjectId: 'b', subjects: people })).toBe('DE');
    expect(reportRegion({ subjectId: null, subjects: people })).toBeUndefined();
    expect(reportRegion({ subjectId: null, subjects: [people[0]!] })).toBe('US');
  });
});
