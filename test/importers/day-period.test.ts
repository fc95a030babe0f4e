import { afterEach, describe, expect, it } from 'vitest';
import { dateFormatHint } from '../../src/cli/commands/import.js';
import { readDateCell } from '../../src/importers/_csv-rows.js';
import { latinDayPeriod } from '../../src/importers/_day-period.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import { collect, scratchFolder } from './collect.js';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const folder = scratchFolder('leaktrace-day-period-');
const refused = (...values: string[]): ImportRejection[] =>
  values.map((v, i) => ({ file: 'x.csv', line: i + 2, reason: `at: ${JSON.stringify(v)} is not a date` }));
const formatIn = (hint: string | undefined) => hint && /--date-format "([^"]+)"/u.exec(hint)?.[1];

// The machine's own zone never changes what a cell means: each case runs under UTC and Shanghai.
const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe.each(['UTC', 'Asia/Shanghai'])('12-hour times of zh, ja and ko phones (machine zone %s)', (tz) => {
  it('reads 上午/下午 of a Chinese call log in the zone given', () => {
    process.env.TZ = tz;
    const f = 'yyyy/M/d ah:mm';
    expect(readDateCell('2026/4/2 上午10:15', 'Asia/Shanghai', f, NOW)).toBe(
      Date.parse('2026-04-02T02:15:00Z'),
    );
    expect(readDateCell('2026/4/2 下午3:05', 'Asia/Shanghai', f, NOW)).toBe(
      Date.parse('2026-04-02T07:05:00Z'),
    );
    expect(readDateCell('2026/4/2 下午3:05', 'UTC', f, NOW)).toBe(Date.parse('2026-04-02T15:05:00Z'));
    // Noon and the small hours: 中午12:30 is 12:30, 凌晨12:30 is 00:30.
    expect(readDateCell('2026/4/2 中午12:30', 'UTC', f, NOW)).toBe(Date.parse('2026-04-02T12:30:00Z'));
    expect(readDateCell('2026/4/2 凌晨12:30', 'UTC', f, NOW)).toBe(Date.parse('2026-04-02T00:30:00Z'));
    expect(readDateCell('2026/4/2 晚上11:59', 'UTC', f, NOW)).toBe(Date.parse('2026-04-02T23:59:00Z'));
  });

  it("reads Samsung's Korean 오전/오후 and Japanese 午前/午後", () => {
    process.env.TZ = tz;
    const ko = 'yyyy. M. d. a h:mm';
    expect(readDateCell('2026. 4. 2. 오전 10:15', 'Asia/Seoul', ko, NOW)).toBe(
      Date.parse('2026-04-02T01:15:00Z'),
    );
    expect(readDateCell('2026. 4. 2. 오후 12:15', 'Asia/Seoul', ko, NOW)).toBe(
      Date.parse('2026-04-02T03:15:00Z'),
    );
    expect(readDateCell('2026. 4. 2. 오후 3:05', 'UTC', ko, NOW)).toBe(Date.parse('2026-04-02T15:05:00Z'));
    expect(readDateCell('2026/04/02 午後3:05', 'Asia/Tokyo', 'yyyy/MM/dd ah:mm', NOW)).toBe(
      Date.parse('2026-04-02T06:05:00Z'),
    );
    expect(readDateCell('2026/04/02 午前0:05', 'UTC', 'yyyy/MM/dd aK:mm', NOW)).toBe(
      Date.parse('2026-04-02T00:05:00Z'),
    );
  });

  it('imports a Chinese phone export with the format the hint printed', async () => {
    process.env.TZ = tz;
    const path = await folder.file(
      `zh-${tz.replace('/', '-')}.csv`,
      '时间,类型,号码,备注\n2026/4/2 上午10:15,未接来电,13912345678,\n2026/4/2 下午3:05,已接来电,13912345679,\n',
    );
    const options = {
      columns: { at: '时间', from: '号码', direction: '类型' },
      to: '+8613900139001',
      timeZone: 'Asia/Shanghai',
    };
    const first = await collect((onReject) => readCsv(path, { ...options, onReject }));
    expect(first.contacts).toHaveLength(0);
    const format = formatIn(dateFormatHint(first.rejected));
    expect(format).toBe('yyyy/MM/dd ahh:mm');
    const again = await collect((onReject) => readCsv(path, { ...options, dateFormat: format!, onReject }));
    expect(again.rejected).toEqual([]);
    expect(again.contacts.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-04-02T02:15:00.000Z',
      '2026-04-02T07:05:00.000Z',
    ]);
  });
});

describe('day-period words', () => {
  it('are written AM or PM, other text kept', () => {
    expect(latinDayPeriod('2026/4/2 下午3:05')).toBe('2026/4/2 PM3:05');
    expect(latinDayPeriod('2026. 4. 2. 오전 10:15')).toBe('2026. 4. 2. AM 10:15');
    expect(latinDayPeriod('2026/04/02 午前9:00')).toBe('2026/04/02 AM9:00');
    expect(latinDayPeriod('10:15 AM')).toBe('10:15 AM');
  });

  it('are not read where the format has no AM/PM token', () => {
    expect(readDateCell('2026/4/2 下午3:05', 'UTC', 'yyyy/M/d HH:mm', NOW)).toBe('invalid');
  });

  it('get a --date-format hint that reads them', () => {
    for (const [value, format] of [
      ['2026/4/2 上午10:15', 'yyyy/MM/dd ahh:mm'],
      ['2026. 4. 2. 오전 10:15', 'yyyy. M. d. a hh:mm'],
      ['2026/04/02 午後3:05', 'yyyy/MM/dd ahh:mm'],
      ['2026年4月2日 下午3:05', 'yyyy年M月d日 ahh:mm'],
      ['2026-04-02 3:05 오후', 'yyyy-MM-dd hh:mm a'],
    ] as const) {
      expect(formatIn(dateFormatHint(refused(value)))).toBe(format);
      expect(typeof readDateCell(value, 'UTC', format, NOW)).toBe('number');
    }
  });
});

describe('hour 0 of a day period (Chinese carrier bills, Japanese phones)', () => {
  it('regression: 凌晨0:03 is 00:03 and 午後0:30 is 12:30, with h or hh', () => {
    for (const f of ['yyyy年M月d日 ah:mm', 'yyyy年M月d日 ahh:mm'])
      expect(readDateCell('2026年11月7日 凌晨0:03', 'UTC', f, NOW)).toBe(Date.parse('2026-11-07T00:03:00Z'));
    expect(readDateCell('2026/11/02 午前0:15', 'UTC', 'yyyy/MM/dd ah:mm', NOW)).toBe(
      Date.parse('2026-11-02T00:15:00Z'),
    );
    expect(readDateCell('2026/11/02 午後0:30', 'UTC', 'yyyy/MM/dd ah:mm', NOW)).toBe(
      Date.parse('2026-11-02T12:30:00Z'),
    );
    expect(readDateCell('11/02/2026 0:30 AM', 'UTC', 'MM/dd/yyyy h:mm a', NOW)).toBe(
      Date.parse('2026-11-02T00:30:00Z'),
    );
    // No day period, no reading: a 24-hour 0:03 stays for HH.
    expect(readDateCell('2026年11月7日 0:03', 'UTC', 'yyyy年M月d日 HH:mm', NOW)).toBe(
      Date.parse('2026-11-07T00:03:00Z'),
    );
    expect(readDateCell('2026年11月7日 凌晨13:03', 'UTC', 'yyyy年M月d日 ah:mm', NOW)).toBe('invalid');
  });

  it('regression: a China Mobile bill (年月日 with 下午/晚上/凌晨/中午) gets a --date-format that reads every row', async () => {
    const text = [
      '起始时间,通信地点,通信方式,对方号码,通信时长,通信类型',
      '2026年11月3日 下午3:05,上海,被叫,16512349902,1分05秒,本地通话',
      '2026年11月4日 上午9:40,上海,主叫,95511,3分12秒,本地通话',
      '2026年11月6日 晚上11:58,上海,被叫,16512349903,0分20秒,本地通话',
      '2026年11月7日 凌晨0:03,上海,被叫,16512349904,0分08秒,本地通话',
      '2026年11月8日 中午12:30,上海,被叫,（021）5432 1098,2分00秒,本地通话',
      '',
    ].join('\r\n');
    const path = await folder.file('bill-cmcc.csv', text);
    const options = {
      columns: { at: '起始时间', from: '对方号码', direction: '通信方式' },
      to: '+8613911110003',
      timeZone: 'Asia/Shanghai',
    } as const;
    const first = await collect((onReject) => readCsv(path, { ...options, onReject }));
    const format = formatIn(dateFormatHint(first.rejected));
    expect(format).toBe('yyyy年M月d日 ahh:mm');
    const again = await collect((onReject) => readCsv(path, { ...options, dateFormat: format!, onReject }));
    expect(again.rejected).toEqual([]);
    expect(again.contacts.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-11-03T07:05:00.000Z',
      '2026-11-06T15:58:00.000Z',
      '2026-11-06T16:03:00.000Z',
      '2026-11-08T04:30:00.000Z',
    ]);
  });
});

describe('a date column and a 12-hour time column', () => {
  it('regression: rejections quote both cells as written, and the hint is the date part alone', async () => {
    const path = await folder.file(
      'gv-calls.csv',
      'Date,Time,Phone Number,Type,Duration,Line\n10/31/2026,9:12 PM,(650) 555-0199,Incoming,0:42,415-555-0171\n11/02/2026,10:00 AM,(408) 984-1234,Incoming,3:10,415-555-0171\n',
    );
    const options = {
      columns: { at: 'Date', time: 'Time', from: 'Phone Number', to: 'Line', direction: 'Type' },
      timeZone: 'America/Los_Angeles',
      region: 'US',
      latest: new Date(NOW),
    } as const;
    const first = await collect((onReject) => readCsv(path, { ...options, onReject }));
    expect(first.rejected.map((r) => r.reason)).toEqual([
      'at: "10/31/2026" is not a date (time: "9:12 PM")',
      'at: "11/02/2026" is not a date (time: "10:00 AM")',
    ]);
    const format = formatIn(dateFormatHint(first.rejected));
    expect(format).toBe('MM/dd/yyyy');
    const again = await collect((onReject) => readCsv(path, { ...options, dateFormat: format!, onReject }));
    expect(again.rejected).toEqual([]);
    expect(again.contacts.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-11-01T04:12:00.000Z',
      '2026-11-02T18:00:00.000Z',
    ]);
  });
});
