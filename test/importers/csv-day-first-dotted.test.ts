import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-day-first-');

async function times(cells: readonly string[], zone = 'Europe/Berlin') {
  const path = await folder.file(
    'log.csv',
    `Datum;Rufnummer\r\n${cells.map((c, i) => `${c};0301234567${i}`).join('\r\n')}\r\n`,
  );
  const { contacts, rejected } = await collect((onReject) =>
    readCsv(path, {
      columns: { at: 'Datum', from: 'Rufnummer' },
      to: '+4915112345678',
      timeZone: zone,
      onReject,
    }),
  );
  return {
    at: contacts.map((c) => new Date(c.at as number).toISOString()),
    rejected: rejected.map((r) => r.reason),
  };
}

// A German, Russian or Polish export writes 28.11.2026 14:05: CLDR's dotted numeric dates with
// the year last are all day-first (dd.MM.y), so the day and month are never in doubt; each such
// row was rejected until --date-format "dd.MM.yyyy HH:mm" was passed.
describe('a day-first dotted date with a four-digit year is read without --date-format', () => {
  it('reads the date, the time of day, seconds, and one-digit day and month, in the zone', async () => {
    expect(await times(['28.11.2026 14:05', '2.3.2026 9:05:30', '01.12.2026T23:59'])).toEqual({
      at: ['2026-11-28T13:05:00.000Z', '2026-03-02T08:05:30.000Z', '2026-12-01T22:59:00.000Z'],
      rejected: [],
    });
  });

  it('rejects a day that does not exist, a two-digit year (its century needs --date-format) and a date without its time, as a year-first one', async () => {
    const { at, rejected } = await times([
      '31.02.2026 09:15',
      '28.11.26 09:15',
      '13.13.2026 09:15',
      '01.12.2026',
      '2026/12/01',
    ]);
    expect(at).toEqual([]);
    expect(rejected).toEqual([
      'at: "31.02.2026 09:15" is not a date',
      'at: "28.11.26 09:15" is not a date',
      'at: "13.13.2026 09:15" is not a date',
      'at: "01.12.2026" is not a date',
      'at: "2026/12/01" is not a date',
    ]);
  });

  it('still refuses an hour the zone skips at the start of summer time', async () => {
    const { rejected } = await times(['29.03.2026 02:30']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/29\.03\.2026 02:30/u);
  });
});
