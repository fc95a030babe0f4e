import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { isConfigError } from '../../src/index.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-split-time-');
const LA = 'America/Los_Angeles';
const POOL = '+14155550143';

// A US carrier's call log: the date and the time of day in two columns, and a duration.
const VERIZON =
  [
    'Date,Time,Number,Type,Duration',
    '11/01/2026,01:30 AM,(209) 555-0111,Incoming,0:45',
    '11/01/2026,01:40 PM,(209) 555-0112,Missed,0:00',
    '11/02/2026,12:05 AM,(209) 555-0113,Incoming,1:02',
  ].join('\n') + '\n';

const columns = { at: 'Date', time: 'Time', from: 'Number', direction: 'Type' } as const;

describe('a log with the date and the time of day in two columns', () => {
  it('joins the time column to the date (12-hour times, the date format giving the date alone)', async () => {
    const path = await file('verizon-calls.csv', VERIZON);
    const { contacts, rejected, error } = await collect((onReject) =>
      readCsv(path, { columns, to: POOL, dateFormat: 'MM/dd/yyyy', timeZone: LA, region: 'US', onReject }),
    );
    expect(error).toBeUndefined();
    // 01:30 on 1 November 2026 is in the repeated hour (08:30Z or 09:30Z): refused, both named.
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ code: 'ambiguous_time' });
    expect(rejected[0]!.reason).toContain('2026-11-01T08:30:00Z (-07:00) or 2026-11-01T09:30:00Z (-08:00)');
    expect(contacts.map((c) => new Date(c.at as number).toISOString())).toEqual([
      '2026-11-01T21:40:00.000Z',
      '2026-11-02T08:05:00.000Z',
    ]);
    // Two rows of one day at different times are two calls, with ids of their own.
    expect(new Set(contacts.map((c) => c.id)).size).toBe(2);
  });

  it('joins an ISO date and a 24-hour or Chinese time without a date format', async () => {
    const path = await file(
      'cn.csv',
      '日期,时间,号码\n2026-11-01,13:05,13512345670\n2026-11-01,下午1:06,13512345671\n2026-11-01,上午9:07:30,13512345672\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: '日期', time: '时间', from: '号码' },
        to: '+8613900139001',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => new Date(c.at as number).toISOString())).toEqual([
      '2026-11-01T05:05:00.000Z',
      '2026-11-01T05:06:00.000Z',
      '2026-11-01T01:07:30.000Z',
    ]);
  });

  it('refuses a log whose time column is left unmapped, naming it (never midnight, silently)', async () => {
    const path = await file('verizon-unmapped.csv', VERIZON);
    const { contacts, error } = await collect(() =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number', direction: 'Type' },
        to: POOL,
        dateFormat: 'MM/dd/yyyy',
        timeZone: LA,
      }),
    );
    expect(contacts).toEqual([]);
    expect(isConfigError(error)).toBe(true);
    expect(error!.message).toContain('column "Time" holds the time of day ("01:30 AM")');
    expect(error!.message).toContain('time=Time');
    expect((error as { issues?: { code: string; path: string }[] }).issues?.[0]).toMatchObject({
      code: 'time_unmapped',
      path: 'columns.time',
    });
  });

  it('a duration column is no time of day: a date-only log with durations is read', async () => {
    const path = await file('durations.csv', 'Date,Number,Duration\n2026-11-01,+12095550111,0:45\n');
    const { contacts, error } = await collect(() =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number' },
        to: POOL,
        dateFormat: 'yyyy-MM-dd',
        timeZone: LA,
      }),
    );
    expect(error).toBeUndefined();
    expect(contacts).toHaveLength(1);
  });

  it('refuses a date format that writes a time when a time column is named, before reading', async () => {
    const path = await file('twice.csv', VERIZON);
    expect(() =>
      readCsv(path, { columns, to: POOL, dateFormat: 'MM/dd/yyyy hh:mm a', timeZone: LA }),
    ).toThrow(/writes a time, and columns.time names a column of its own/u);
  });

  it('rejects a row whose time cell is not a time of day, with its line, and keeps the others', async () => {
    const path = await file(
      'bad-time.csv',
      'Date,Time,Number\n11/01/2026,25:10,+12095550111\n11/01/2026,13:10,+12095550112\n11/01/2026,13 PM,+12095550113\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', time: 'Time', from: 'Number' },
        to: POOL,
        dateFormat: 'MM/dd/yyyy',
        timeZone: LA,
        onReject,
      }),
    );
    expect(contacts).toHaveLength(1);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'time: "25:10" is not a time of day'],
      [4, 'time: "13 PM" is not a time of day'],
    ]);
  });

  it('reads any 12-hour time as the 24-hour time it names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), async (h, m) => {
        const twelve = `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
        const path = await file(`p-${h}-${m}.csv`, `Date,Time,Number\n2026-06-01,${twelve},+12095550111\n`);
        const { contacts } = await collect(() =>
          readCsv(path, { columns: { at: 'Date', time: 'Time', from: 'Number' }, to: POOL, timeZone: 'UTC' }),
        );
        expect(new Date(contacts[0]!.at as number).toISOString()).toBe(
          `2026-06-01T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`,
        );
      }),
      { numRuns: 40 },
    );
  });
});
