import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { readMbox } from '../../src/importers/email.js';
import { createTracer } from '../../src/tracer.js';
import type { RecordedItem } from '../../src/types.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect, FIXTURES } from './collect.js';

const cdrRow = (start: string, id: string) =>
  `"","13311112222","13900139002","from-trunk","""Loans"" <13311112222>","SIP/t-1","SIP/100-2","Dial","SIP/100","${start}","${start}","${start}",60,55,"ANSWERED","DOCUMENTATION","${id}",""\n`;

describe('importers: a time in the future is a typed rejection (finding W)', () => {
  it('rejects an Asterisk start after `latest` with code future_time, and keeps the rest', async () => {
    const file = join(tempFolder(), 'Master.csv');
    writeFileSync(file, cdrRow('2026-11-29 15:30:00', '1.1') + cdrRow('2026-11-29 23:30:00', '1.2'));
    const latest = new Date('2026-11-29T16:10:00Z');
    // The server's local time in Shanghai: 23:30 there is 15:30 UTC, before `latest`.
    const shanghai = await collect((onReject) =>
      readAsteriskCdr(file, { timeZone: 'Asia/Shanghai', latest, onReject }),
    );
    expect(shanghai.contacts.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-11-29T07:30:00.000Z',
      '2026-11-29T15:30:00.000Z',
    ]);
    expect(shanghai.rejected).toEqual([]);
    // Read as UTC, the 23:30 call lies seven hours after `latest`.
    const utc = await collect((onReject) => readAsteriskCdr(file, { latest, onReject }));
    expect(utc.contacts).toHaveLength(1);
    expect(utc.rejected).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'future_time',
        reason: expect.stringContaining('2026-11-29T23:30:00.000Z is 7.3 hours in the future'),
      }),
    ]);
  });

  it('rejects a CSV row after now by default, and accepts any time with latest: null', async () => {
    const file = join(tempFolder(), 'log.csv');
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString();
    writeFileSync(file, `time,number\n2026-11-01T10:00:00Z,13311112222\n${ahead},13311112223\n`);
    const columns = { at: 'time', from: 'number' };
    const byClock = await collect((onReject) => readCsv(file, { columns, to: '+8613900139001', onReject }));
    expect(byClock.contacts).toHaveLength(1);
    expect(byClock.rejected[0]).toMatchObject({ line: 3, code: 'future_time' });
    expect(byClock.rejected[0]!.reason).toMatch(/is 3 days in the future/u);
    const any = await collect((onReject) =>
      readCsv(file, { columns, to: '+8613900139001', latest: null, onReject }),
    );
    expect(any.contacts).toHaveLength(2);
    // An invalid Date is refused at once, naming the option.
    expect(() => readCsv(file, { columns, latest: new Date('x') })).toThrow(ConfigError);
    expect(() => readCsv(file, { columns, latest: new Date('x') })).toThrow(/^\[leaktrace\] latest/u);
  });
});

describe('email importer: no recipient in the own domains (finding L)', () => {
  it('names the recipient the message had', async () => {
    const { contacts, rejected } = await collect((onReject) =>
      readMbox(join(FIXTURES, 'email/inbox.mbox'), { ownDomains: ['zw.example'], onReject }),
    );
    expect(contacts).toEqual([]);
    expect(rejected[0]!.reason).toBe(
      'no recipient in zw.example (your own domains); Delivered-To is k3x9qh7tmw@me.example',
    );
  });
});

describe('recordMany onRecorded (import summaries with reasons, re-import with other times)', () => {
  it('tells each item: new with its verdict and reason, or a duplicate with this reading', async () => {
    const tracer = await createTracer({ seed: 'on-recorded', now: new Date('2026-11-20T00:00:00Z') });
    await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
      phones: { pool: ['13900139001'] },
    });
    const seen: RecordedItem[] = [];
    const call = (id: string, at: string) => ({ id, channel: 'call' as const, at, to: '13900139001' });
    await tracer.recordMany([call('a', '2026-11-19T10:00:00Z')]);
    const summary = await tracer.recordMany(
      [
        call('a', '2026-11-19T02:00:00Z'),
        call('b', '2026-11-19T11:00:00Z'),
        call('b', '2026-11-19T11:00:00Z'),
      ],
      { onRecorded: (items) => seen.push(...items), batchSize: 2 },
    );
    expect(summary).toMatchObject({ inserted: 1, duplicates: 2 });
    expect(seen.map((i) => [i.index, i.duplicate, i.verdict]).sort()).toEqual([
      [0, true, 'noise'],
      [1, false, 'noise'],
      [2, true, 'noise'],
    ]);
    // The duplicate shows this reading's time; the stored contact keeps its first.
    expect(seen.find((i) => i.index === 0)!.contact.at).toEqual(new Date('2026-11-19T02:00:00Z'));
    expect(seen.find((i) => i.index === 1)!.reason).toMatch(/pool number/u);
    await expect(
      tracer.recordMany([call('c', '2026-11-19T12:00:00Z')], {
        onRecorded: () => {
          throw new Error('boom');
        },
      }),
    ).rejects.toThrow(/onRecorded threw \(boom\)/u);
    await tracer.close();
  });
});

// Regression: the same calls from a second export (an extra column, columns reordered, a
// national number for an E.164 one, a zoned time for the wall time) were stored again.
describe('CSV ids come from what the record says, not how the row spells it', () => {
  it('gives one id to the same call in four exports', async () => {
    const dir = tempFolder();
    const files: Record<string, string> = {
      a: 'time,number,text\n2026-03-01 09:00,+8617012345678,hello\n',
      d: 'time,number,text,extra\n2026-03-01 09:00,+8617012345678,hello,1\n',
      f: 'number,time,text\n+8617012345678,2026-03-01 09:00,hello\n',
      e: 'time,number,text\n2026-03-01 09:00,17012345678,hello\n',
    };
    const ids = new Set<string>();
    for (const [name, text] of Object.entries(files)) {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, text);
      const { contacts } = await collect((onReject) =>
        readCsv(file, {
          columns: { at: 'time', from: 'number', content: 'text' },
          to: '+8613900139001',
          timeZone: 'Asia/Shanghai',
          latest: null,
          onReject,
        }),
      );
      ids.add(contacts[0]!.id!);
    }
    expect(ids.size).toBe(1);
  });
});
