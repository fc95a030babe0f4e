import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkWindow,
  instant,
  notAfterNow,
  resolveZonelessTimes,
  windowEnd,
  ZonelessTime,
} from '../../src/cli/commands/_options.js';
import { CliError } from '../../src/cli/errors.js';
import { calendarValid, readDate } from '../../src/importers/_csv-rows.js';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

// Regression: `--at` went through `new Date(string)`: 30 February was 2 March, a time without a
// zone depended on the machine's TZ, `03/02/2026` was read US-style.
describe('--at, --from, --to: ISO 8601 only, real dates, zone-less times in the person zone', () => {
  it('refuses impossible dates and forms that are not ISO 8601', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-03-02T24:00',
      '2026/03/02',
      '03/02/2026',
      'Mar 2 2026',
    ])
      expect(() => instant(bad), bad).toThrow(InvalidArgumentError);
    expect(() => instant('1764400000')).toThrow(/epoch seconds/u);
  });

  it('explains a time no Date can hold and an offset no place uses, and keeps any fraction to the millisecond', () => {
    expect(() => instant('99999999999999999')).toThrow(/past the last time a date can hold/u);
    expect(() => instant('2026-11-02T10:00+25:00')).toThrow(/\+25:00 is not a UTC offset/u);
    expect(() => instant('2026-11-02T10:00-13:00')).toThrow(InvalidArgumentError);
    expect(() => instant('2026-11-02T10:00+05:75')).toThrow(InvalidArgumentError);
    expect(instant('2026-11-02T10:00+14:00').toISOString()).toBe('2026-11-01T20:00:00.000Z');
    expect(instant('2026-11-02T10:00-12:00').toISOString()).toBe('2026-11-02T22:00:00.000Z');
    expect(instant('2026-11-02T10:00:00.123456789Z').toISOString()).toBe('2026-11-02T10:00:00.123Z');
    expect(instant('2026-11-02T10:00:00,5+01:00').toISOString()).toBe('2026-11-02T09:00:00.500Z');
  });

  it('keeps a zone given, and marks a time without one', () => {
    expect(instant('2026-03-02T09:00+08:00').toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(instant('2026-03-02T09:00:00.5Z').toISOString()).toBe('2026-03-02T09:00:00.500Z');
    expect(instant('2024-02-29T09:00+0800').toISOString()).toBe('2024-02-29T01:00:00.000Z');
    const local = instant('2026-03-02T09:00');
    expect(local).toBeInstanceOf(ZonelessTime);
    expect((local as ZonelessTime).in('Asia/Shanghai').toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect((instant('2026-03-02') as ZonelessTime).in('Europe/Berlin').toISOString()).toBe(
      '2026-03-01T23:00:00.000Z',
    );
  });

  // Regression: `--to 2026-03-31` ended the window at 31 March 00:00, so a "March" report left
  // out 31 March, and `--from 2026-03-31 --to 2026-03-31` said `clean` on a day with a leak.
  it('reads a date alone in --to as the whole of that day, in the person zone', () => {
    const end = windowEnd('2026-03-31') as ZonelessTime;
    expect(end).toBeInstanceOf(ZonelessTime);
    expect(end.in('Europe/Berlin').toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect((windowEnd('2026-12-31') as ZonelessTime).in('Asia/Shanghai').toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect((windowEnd('2024-02-28') as ZonelessTime).parts.slice(0, 3)).toEqual([2024, 2, 29]);
    // A time, or a zone, is taken as written.
    expect((windowEnd('2026-03-31T12:00') as ZonelessTime).parts.slice(0, 4)).toEqual([2026, 3, 31, 12]);
    expect(windowEnd('2026-03-31T00:00Z').toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(() => windowEnd('2026-02-30')).toThrow(InvalidArgumentError);
    // The end of today is the present: no line is watched in the hours still to come.
    const later = new Date(Date.now() + 3_600_000);
    expect(notAfterNow(later).getTime()).toBeLessThanOrEqual(Date.now());
    const earlier = new Date('2026-03-31T22:00:00Z');
    expect(notAfterNow(earlier)).toBe(earlier);
  });

  // Regression: the refusal of an inverted window quoted UTC instants ("--to 2026-09-30T22:00:00.000Z")
  // that the person never typed; a window starting in the future read as a clean bill for all.
  it('refuses an inverted or future window quoting the times as typed, whatever the zone they are read in', () => {
    const refusal = (from: string, to: string | undefined, now = new Date('2026-11-30T08:00:00Z')) => {
      try {
        checkWindow({ from: instant(from), ...(to === undefined ? {} : { to: windowEnd(to) }) }, now);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(1);
        return (error as Error).message;
      }
      return undefined;
    };
    expect(refusal('2026-11-01', '2026-10-01')).toBe(
      '--to 2026-10-01 is before --from 2026-11-01: the window would hold nothing',
    );
    expect(refusal('2026-11-01T09:00+01:00', '2026-11-01T07:00Z')).toContain(
      '--to 2026-11-01T07:00Z is before --from 2026-11-01T09:00+01:00',
    );
    expect(refusal('2026-12-01', undefined)).toContain('--from 2026-12-01 is in the future');
    expect(refusal('2026-11-01', '2026-11-01')).toBeUndefined();
    // Read in the person's zone first, as the bin does: still quoted as typed.
    const command = new Command().option('--from <t>', '', instant).option('--to <t>', '', windowEnd);
    command.parse(['--from', '2026-11-01', '--to', '2026-10-01'], { from: 'user' });
    resolveZonelessTimes(command, 'Europe/Berlin');
    expect(() => checkWindow(command.opts())).toThrow('--to 2026-10-01 is before --from 2026-11-01');
  });

  describe('through the bin', () => {
    const cwd = tempFolder();
    beforeAll(async () => initZhangWei(cwd), 30_000);

    it('reads a zone-less --at in the person zone (Asia/Shanghai for 张伟), whatever the machine TZ', async () => {
      for (const TZ of ['UTC', 'America/New_York']) {
        const run = await runBin(
          cwd,
          ['record', '--to', '13900139002', '--at', '2026-11-20T09:00', '--id', `tz-${TZ}`, '--json'],
          { TZ },
        );
        expect(JSON.parse(run.stdout).contact.at).toBe('2026-11-20T01:00:00.000Z');
      }
      const canary = await runJson<{ issuedAt: string }>(cwd, [
        'issue',
        '--control',
        '--fields',
        'email',
        '--at',
        '2026-11-01',
      ]);
      expect(canary.issuedAt).toBe('2026-10-31T16:00:00.000Z');
    });

    // Regression: `case show` printed a request logged at 02:50 in Beijing on the UTC day before.
    it('prints case dates in the case zone', async () => {
      await runBin(cwd, ['source', 'add', 'Gym']);
      const opened = await runJson<{ id: string }>(cwd, [
        'case',
        'open',
        'Gym',
        '--law',
        'PIPL',
        '--at',
        '2026-11-29T18:00:00Z',
      ]);
      const logged = await runBin(cwd, [
        'case',
        'log',
        opened.id,
        '--kind',
        'request',
        '--at',
        '2026-11-29T18:50:00Z',
      ]);
      expect(logged.stdout).toMatch(/^ {2}2026-11-30 request$/mu);
    });

    it('regression: a window whose --to is before its --from is refused with the dates as typed, not UTC instants', async () => {
      const run = await runBin(cwd, ['analyze', '--from', '2026-11-01', '--to', '2026-10-01'], {
        LANG: 'en_US.UTF-8',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('--to 2026-10-01 is before --from 2026-11-01');
      expect(run.stderr).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/u);
      const zh = await runBin(cwd, ['report', '--from', '2026-11-01T09:00', '--to', '2026-11-01T08:00'], {
        LANG: 'zh_CN.UTF-8',
      });
      expect(zh.code).toBe(1);
      expect(zh.stderr).toContain('--to 2026-11-01T08:00 早于 --from 2026-11-01T09:00');
    });

    it('refuses 30 February with exit 1 and says why', async () => {
      const run = await runBin(cwd, ['record', '--to', '13900139002', '--at', '2026-02-30']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('2026-02-30 is not a date that exists');
    });

    // Regression: a later-than-now --at was refused with both times as UTC instants
    // ("2099-12-05T02:00:00.000Z is after now (…Z)"), not the time typed in the person's zone.
    it('refuses a --at later than now with the time as typed and both times in the person zone', async () => {
      const run = await runBin(cwd, ['record', '--to', '13900139002', '--at', '2099-12-05T10:00'], {
        LANG: 'en_US.UTF-8',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        '--at 2099-12-05T10:00 is 2099-12-05 10:00 (Asia/Shanghai), later than now (',
      );
      expect(run.stderr).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/u);
      const zh = await runBin(cwd, ['record', '--to', '13900139002', '--at', '2099-12-05T10:00', '--json'], {
        LANG: 'zh_CN.UTF-8',
      });
      expect(zh.code).toBe(2);
      // The machine-readable code stays the library's.
      expect(JSON.parse(zh.stdout).error.code).toBe('validation_failed');
      const plain = await runBin(cwd, ['record', '--to', '13900139002', '--at', '2099-12-05T10:00'], {
        LANG: 'zh_CN.UTF-8',
      });
      expect(plain.stderr).toContain('--at 2099-12-05T10:00 是 2099-12-05 10:00 (Asia/Shanghai)，晚于现在（');
      const opened = await runJson<{ id: string }>(cwd, [
        'case',
        'open',
        'Gym',
        '--law',
        'PIPL',
        '--allow-duplicate',
      ]);
      const logged = await runBin(
        cwd,
        ['case', 'log', opened.id, '--kind', 'request', '--at', '2099-01-02'],
        {
          LANG: 'en_US.UTF-8',
        },
      );
      expect(logged.code).toBe(2);
      expect(logged.stderr).toContain(
        '--at 2099-01-02 is 2099-01-02 00:00 (Asia/Shanghai), later than now (',
      );
    });
  });
});

// Regression: `2026-13-45 99:99` in a CSV or Asterisk CDR was stored as 18 February 2027.
describe('importers: impossible local times are rejected, not rolled over', () => {
  it('checks the calendar', () => {
    expect(calendarValid('2026-02-28 23:59:59')).toBe(true);
    expect(calendarValid('2024-02-29')).toBe(true);
    for (const bad of [
      '2026-13-45 99:99',
      '2026-00-00 00:00',
      '2026-02-30 10:00',
      '2026-02-29',
      '2026-04-31T00:00Z',
    ])
      expect(calendarValid(bad), bad).toBe(false);
    expect(readDate('2026-02-30 10:00', 'UTC')).toBeUndefined();
    expect(readDate('2026-02-30T10:00:00Z', 'UTC')).toBeUndefined();
    expect(readDate('2026-02-28 10:00', 'UTC')).toBe(Date.parse('2026-02-28T10:00:00Z'));
  });

  it('rejects such CSV rows by line', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    const file = join(cwd, 'c.csv');
    writeFileSync(
      file,
      'time,number\n2026-13-45 99:99,13311112222\n2026-02-30 10:00,13311112222\n2026-02-28 10:00,13311112222\n',
    );
    const run = await runBin(cwd, [
      'import',
      file,
      '--columns',
      'at=time,from=number',
      '--to',
      '13900139002',
    ]);
    expect(run.stdout).toContain('3 records read, 1 new, 0 already recorded, 2 rejected.');
    expect(run.stdout).toContain('c.csv:2: at: "2026-13-45 99:99" is not a date');
    expect(run.stdout).toContain('c.csv:3: at: "2026-02-30 10:00" is not a date');
  }, 30_000);
});
