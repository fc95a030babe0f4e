import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateCell, repeatedWallTime } from '../../src/importers/_csv-rows.js';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect } from './collect.js';

const tmp = mkdtempSync(join(tmpdir(), 'leaktrace-csv-hour-'));
const file = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('a CSV transcript column', () => {
  it('is the content of a call, and follows the text when both are mapped', async () => {
    const path = file(
      'calls.csv',
      'Date,Number,Note,Transcript\n2026-11-20 09:15,+14155550111,,Hi Emily Soledad Rodriguez this is about your loan\n2026-11-20 09:16,+14155550112,voicemail,Call us back\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number', content: 'Note', transcript: 'Transcript' },
        to: '+14155550132',
        timeZone: 'America/Los_Angeles',
        region: 'US',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.content)).toEqual([
      'Hi Emily Soledad Rodriguez this is about your loan',
      'voicemail\nCall us back',
    ]);
  });

  it('maps alone as content would, with the same id', async () => {
    const path = file('t.csv', 'Date,Number,Transcript\n2026-11-20 09:15,+14155550111,Hello\n');
    const read = (columns: Record<string, string>) =>
      collect((onReject) =>
        readCsv(path, { columns: columns as never, to: '+14155550132', timeZone: 'UTC', onReject }),
      );
    const a = await read({ at: 'Date', from: 'Number', transcript: 'Transcript' });
    const b = await read({ at: 'Date', from: 'Number', content: 'Transcript' });
    expect(a.contacts[0]!.id).toBe(b.contacts[0]!.id);
    expect(a.contacts[0]!.content).toBe('Hello');
  });
});

describe('a local time in the hour the clocks repeat', () => {
  it('is refused with code ambiguous_time, the reason naming both instants and how to say which', async () => {
    const path = file(
      'us.csv',
      'Date,Number\n11/01/2026 01:30 AM,+14155550111\n11/01/2026 02:30 AM,+14155550112\n11/01/2026 12:30 AM,+14155550113\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number' },
        dateFormat: 'MM/dd/yyyy hh:mm a',
        to: '+14155550132',
        timeZone: 'America/Los_Angeles',
        now: new Date('2026-11-30T00:00:00Z'),
        onReject,
      } as never),
    );
    expect(contacts.map((c) => c.at)).toEqual([
      Date.parse('2026-11-01T10:30:00Z'),
      Date.parse('2026-11-01T07:30:00Z'),
    ]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ line: 2, code: 'ambiguous_time' });
    expect(rejected[0]!.reason).toContain('2026-11-01T08:30:00Z (-07:00) or 2026-11-01T09:30:00Z (-08:00)');
    expect(rejected[0]!.reason).toContain('2026-11-01T01:30:00-08:00');
  });

  it('is read as written when the cell carries its offset', async () => {
    const path = file(
      'off.csv',
      'Date,Number\n2026-11-01T01:30:00-08:00,+14155550111\n2026-11-01T01:30:00-07:00,+14155550112\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number' },
        to: '+14155550132',
        timeZone: 'America/Los_Angeles',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.at)).toEqual([
      Date.parse('2026-11-01T09:30:00Z'),
      Date.parse('2026-11-01T08:30:00Z'),
    ]);
  });

  it.each([
    ['Europe/Berlin', '2026-10-25 02:30', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
    ['Australia/Lord_Howe', '2026-04-05 01:45', '2026-04-04T14:45:00Z', '2026-04-04T15:15:00Z'],
  ])('in %s, %s is %s or %s', (zone, cell, a, b) => {
    expect(readDateCell(cell, zone)).toBe('ambiguous_time');
    expect(repeatedWallTime(Date.parse(a), zone)).toEqual([Date.parse(a), Date.parse(b)]);
  });

  it('an Asterisk CDR start in the repeated hour is refused with the same code', async () => {
    const path = file(
      'Master.csv',
      '"","+4930111","4930222","from-trunk","""Kredit"" <+4930111>","SIP/a","SIP/b","Dial","","2026-10-25 02:30:00","2026-10-25 02:30:05","2026-10-25 02:31:00",55,55,"ANSWERED","DOCUMENTATION","1761355800.1",""\n',
    );
    const { rejected } = await collect((onReject) =>
      readAsteriskCdr(path, { timeZone: 'Europe/Berlin', onReject }),
    );
    expect(rejected[0]).toMatchObject({ code: 'ambiguous_time' });
  });

  it('no other wall time of a year is ambiguous (property: once-passed times read as before)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 * 24 * 4 }), (quarter) => {
        const t = Date.UTC(2026, 0, 1) + quarter * 15 * 60_000;
        const d = new Date(t);
        const cell = d.toISOString().slice(0, 16).replace('T', ' ');
        const got = readDateCell(cell, 'UTC');
        expect(got).toBe(t);
      }),
    );
  });
});
