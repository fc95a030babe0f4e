import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormatHint } from '../../src/cli/commands/import.js';
import { CLI_LOCALES } from '../../src/cli/i18n.js';
import { csvLayout, readDateCell, twoDigitYear } from '../../src/importers/_csv-rows.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import { collect, scratchFolder } from './collect.js';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const folder = scratchFolder('leaktrace-dates-');
const refused = (...values: string[]): ImportRejection[] =>
  values.map((v, i) => ({ file: 'x.csv', line: i + 2, reason: `at: ${JSON.stringify(v)} is not a date` }));

describe('two-digit years', () => {
  it('reads a German call list date dd.MM.yy in this century, not 1926', () => {
    expect(readDateCell('17.11.26 14:03', 'Europe/Berlin', 'dd.MM.yy HH:mm', NOW)).toBe(
      Date.parse('2026-11-17T13:03:00Z'),
    );
  });

  it('reads a one-letter year given two digits in the same window, as ICU and Java do', () => {
    expect(readDateCell('17.11.26 14:03', 'Europe/Berlin', 'd.M.y HH:mm', NOW)).toBe(
      Date.parse('2026-11-17T13:03:00Z'),
    );
    expect(readDateCell('1.2.2026', 'UTC', 'd.M.y', NOW)).toBe(Date.parse('2026-02-01T00:00:00Z'));
  });

  it('places every two-digit year in the 80-years-before, 20-after window around now', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1970, max: 2200 }), (yy, year) => {
        const now = Date.UTC(year, 5, 1);
        const full = twoDigitYear(yy, now);
        expect(full % 100).toBe(yy);
        expect(full).toBeGreaterThanOrEqual(year - 80);
        expect(full).toBeLessThan(year + 20);
      }),
    );
    expect(twoDigitYear(45, NOW)).toBe(2045);
    expect(twoDigitYear(46, NOW)).toBe(1946);
  });

  it('refuses a four-digit year format given two digits (the year 26), and 29 February of 1900', () => {
    expect(readDateCell('17.11.26', 'UTC', 'dd.MM.yyyy', NOW)).toBe('invalid');
    expect(readDateCell('29.02.00', 'UTC', 'dd.MM.yy', Date.UTC(1990, 0, 1))).toBe(
      Date.parse('2000-02-29T00:00:00Z'),
    );
    expect(readDateCell('29.02.00', 'UTC', 'dd.MM.yy', Date.UTC(1960, 0, 1))).toBe('invalid');
  });
});

describe('local times the zone skips', () => {
  it('refuses 02:30 on the day New York springs forward instead of moving it an hour', () => {
    expect(readDateCell('2026-03-08 02:30', 'America/New_York')).toBe('nonexistent_time');
    expect(readDateCell('08.03.2026 02:30', 'America/New_York', 'dd.MM.yyyy HH:mm')).toBe('nonexistent_time');
    expect(readDateCell('2026-03-29 02:15', 'Europe/Berlin')).toBe('nonexistent_time');
    expect(readDateCell('2026-03-08 03:30', 'America/New_York')).toBe(Date.parse('2026-03-08T07:30:00Z'));
  });

  it('refuses a time of the repeated autumn hour (it happened twice), and reads any time in a zone without summer time', () => {
    expect(readDateCell('2026-11-01 01:30', 'America/New_York')).toBe('ambiguous_time');
    expect(readDateCell('2026-11-01T01:30:00-05:00', 'America/New_York')).toBe(
      Date.parse('2026-11-01T06:30:00Z'),
    );
    expect(readDateCell('2026-03-08 02:30', 'Asia/Shanghai')).toBe(Date.parse('2026-03-07T18:30:00Z'));
  });

  it('rejects a CSV row in the gap with its line and says why', async () => {
    const path = await folder.file(
      'gap.csv',
      'time,number\n2026-03-08 02:30,+12125550100\n2026-03-08 03:30,+12125550100\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'time', from: 'number' },
        to: '+12125550199',
        timeZone: 'America/New_York',
        onReject,
      }),
    );
    expect(contacts).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ line: 2 });
    expect(rejected[0]!.reason).toMatch(/does not exist in America\/New_York/u);
  });
});

describe('dates decades before the store', () => {
  it('refuses a record before `earliest` with the typed code past_time, and keeps the rest', async () => {
    const path = await folder.file(
      'old.csv',
      'Datum,Rufnummer\n17.11.1926 14:03,030 12345678\n17.11.2026 14:03,030 12345678\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Datum', from: 'Rufnummer' },
        to: '+4915123456781',
        region: 'DE',
        dateFormat: 'dd.MM.yyyy HH:mm',
        timeZone: 'Europe/Berlin',
        earliest: new Date('1996-11-30T00:00:00Z'),
        onReject,
      }),
    );
    expect(contacts.map((c) => new Date(c.at as number).toISOString())).toEqual(['2026-11-17T13:03:00.000Z']);
    expect(rejected).toEqual([expect.objectContaining({ line: 2, code: 'past_time' })]);
    expect(rejected[0]!.reason).toMatch(/before 1996-11-30.*two-digit year/u);
  });

  it('refuses an earliest that is no date with the option named', () => {
    expect(() => readCsv('x.csv', { columns: { at: 0 }, earliest: new Date(Number.NaN) })).toThrow(
      /earliest/u,
    );
  });
});

describe('delimiters', () => {
  it('reads a FRITZ!Box call list: sep=; line, semicolons, two-digit years', async () => {
    const path = await folder.file(
      'fritzbox.csv',
      'sep=;\nTyp;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer\n1;17.11.26 14:03;;030 12345678;Mobilteil 1;015123456781;0:02\n2;18.11.26 09:10;Müller, Hans;030 7654321;Mobilteil 1;015123456781;0:10\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Datum', from: 'Rufnummer', to: 'Eigene Rufnummer', fromName: 'Name' },
        region: 'DE',
        dateFormat: 'dd.MM.yy HH:mm',
        timeZone: 'Europe/Berlin',
        latest: new Date(NOW),
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => [new Date(c.at as number).toISOString(), c.from, c.to, c.fromName])).toEqual([
      ['2026-11-17T13:03:00.000Z', '030 12345678', '015123456781', undefined],
      ['2026-11-18T08:10:00.000Z', '030 7654321', '015123456781', 'Müller, Hans'],
    ]);
  });

  it('finds a semicolon, tab or pipe delimiter without a sep= line, and keeps commas inside cells', async () => {
    for (const d of [';', '\t', '|']) {
      const path = await folder.file(
        `d${d.charCodeAt(0)}.csv`,
        `Datum${d}Rufnummer${d}Text\n2026-11-17 14:03${d}030 12345678${d}Hallo, hier ist Ihre Bank\n`,
      );
      const { contacts, rejected } = await collect((onReject) =>
        readCsv(path, {
          columns: { at: 'Datum', from: 'Rufnummer', content: 'Text' },
          to: '+4915123456781',
          region: 'DE',
          onReject,
        }),
      );
      expect(rejected).toEqual([]);
      expect(contacts[0]).toMatchObject({ from: '030 12345678', content: 'Hallo, hier ist Ihre Bank' });
    }
  });

  it('chooses the delimiter that splits the header with rows of the same width', () => {
    expect(csvLayout('a,b,c\n1,2,3\n', true)).toEqual({ delimiter: ',', sepLine: false });
    expect(csvLayout('a;b;c\n"x, y";2;3\n', true)).toEqual({ delimiter: ';', sepLine: false });
    expect(csvLayout('time,text\n2026-01-01,"a;b;c"\n', true)).toEqual({ delimiter: ',', sepLine: false });
    expect(csvLayout('sep=|\na|b\n', true)).toEqual({ delimiter: '|', sepLine: true });
    expect(csvLayout('sep=;\na,b\n', true, ',')).toEqual({ delimiter: ',', sepLine: true });
    expect(csvLayout('onecolumn\n', true)).toEqual({ delimiter: ',', sepLine: false });
  });
});

describe('date format suggestions', () => {
  it('suggests the format of each persona export', () => {
    expect(dateFormatHint(refused('17.11.26 14:03'))).toContain('--date-format "dd.MM.yy HH:mm"');
    expect(dateFormatHint(refused('17.11.2026 14:03'))).toContain('--date-format "dd.MM.yyyy HH:mm"');
    expect(dateFormatHint(refused('10/03/2026 10:12 AM', '11/28/2026 09:00 PM'))).toContain(
      '--date-format "MM/dd/yyyy hh:mm a"',
    );
    expect(dateFormatHint(refused('2026/11/28 09:12:30'))).toContain('--date-format "yyyy/MM/dd HH:mm:ss"');
    expect(dateFormatHint(refused('2026年11月28日 09:12'))).toContain('--date-format "yyyy年M月d日 HH:mm"');
  });

  it('suggests the digits-only formats of Chinese carrier and PBX exports, and reads with them', () => {
    expect(dateFormatHint(refused('20261112100000'))).toContain('--date-format "yyyyMMddHHmmss"');
    expect(dateFormatHint(refused('202611121000'))).toContain('--date-format "yyyyMMddHHmm"');
    expect(dateFormatHint(refused('20261112'))).toContain('--date-format "yyyyMMdd"');
    // Ten digits is an epoch in seconds or nothing known: no guess.
    expect(dateFormatHint(refused('1795600000'))).toBeUndefined();
    expect(readDateCell('20261112100000', 'Asia/Shanghai', 'yyyyMMddHHmmss')).toBe(
      Date.parse('2026-11-12T02:00:00Z'),
    );
  });

  it('says the hint in the CLI language of the run', () => {
    expect(dateFormatHint(refused('20261112100000'), CLI_LOCALES['zh-CN'].importing)).toBe(
      '提示：日期的写法像 "20261112100000"：请加 --date-format "yyyyMMddHHmmss"',
    );
  });

  it('offers both orders only when no refused value tells day from month', () => {
    expect(dateFormatHint(refused('10/03/2026 10:12'))).toContain(
      '"dd/MM/yyyy HH:mm" (day first) or "MM/dd/yyyy HH:mm"',
    );
    expect(dateFormatHint(refused('10/03/2026 10:12', '29/11/2026 18:10'))).toContain('"dd/MM/yyyy HH:mm"');
    expect(dateFormatHint(refused('yesterday'))).toBeUndefined();
  });

  it('suggests only a format that reads the refused value back', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('.', '/', '-'),
        fc.boolean(),
        (date, sep, twoDigits) => {
          const p = (n: number) => String(n).padStart(2, '0');
          const year = twoDigits ? p(date.getUTCFullYear() % 100) : String(date.getUTCFullYear());
          const value = `${p(date.getUTCDate())}${sep}${p(date.getUTCMonth() + 1)}${sep}${year} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}`;
          const hint = dateFormatHint(refused(value));
          const format = hint && /--date-format "([^"]+)"/u.exec(hint)?.[1];
          expect(format).toBeDefined();
          expect(typeof readDateCell(value, 'UTC', format!, NOW)).toBe('number');
        },
      ),
    );
  });
});
