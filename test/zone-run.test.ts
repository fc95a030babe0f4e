import { describe, expect, it } from 'vitest';
import { repeatedInZoneRun, testFiles, zoneFiles } from './zone-run.js';

describe('the files the second time-zone run repeats', () => {
  const plain = "expect(match('+8613900139001').verdict).toBe('leaked');";

  it('repeats a test naming a zone, a zone option, or the TZ variable', () => {
    for (const text of [
      "timeZone: 'Asia/Shanghai'",
      "'--time-zone', 'America/New_York'",
      'TZ: "UTC"',
      'Etc/GMT+5',
    ])
      expect(repeatedInZoneRun('test/match/x.test.ts', text), text).toBe(true);
  });

  it('repeats a test of deadlines, holidays, overdue cases or date formats', () => {
    for (const text of ['the deadline falls', 'a holiday moves it', "'overdue'", "dateFormat: 'dd.MM.yyyy'"])
      expect(repeatedInZoneRun('test/x.test.ts', text), text).toBe(true);
  });

  it('repeats a wall time without an offset and a calendar day, not an instant', () => {
    for (const text of ["'--at', '2026-11-01T09:00'", '2026-11-20 09:15,+8613900139001', "'2026-01-01'"])
      expect(repeatedInZoneRun('test/x.test.ts', text), text).toBe(true);
    for (const text of [
      "new Date('2026-11-01T09:00:00Z')",
      "'2026-11-01T09:00:00.000+08:00'",
      '2026-11-01T09:00:00-05:00',
    ])
      expect(repeatedInZoneRun('test/x.test.ts', text), text).toBe(false);
  });

  it("repeats a test reading the machine's calendar, and every browser test", () => {
    for (const text of ['d.getHours()', 'at.toLocaleDateString()', 'new Intl.DateTimeFormat().format(at)'])
      expect(repeatedInZoneRun('test/x.test.ts', text), text).toBe(true);
    expect(repeatedInZoneRun('test/browser/x.test.ts', plain)).toBe(true);
    expect(repeatedInZoneRun('test/match/x.test.ts', plain)).toBe(false);
  });

  it('holds the date tests of the suite and leaves out the pure ones', () => {
    const repeated = new Set(zoneFiles('test'));
    for (const file of [
      'test/cases/deadlines.test.ts',
      'test/cases/holidays.test.ts',
      'test/cli/times.test.ts',
      'test/cli/time-flags-summer-time.test.ts',
      'test/report/letter-zone.test.ts',
      'test/importers/csv-split-date-time.test.ts',
    ])
      expect(repeated.has(file), file).toBe(true);
    expect(repeated.size).toBeLessThan(testFiles('test').length / 2);
  });
});
