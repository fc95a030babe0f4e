import { describe, expect, it } from 'vitest';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { readEml } from '../../src/importers/email.js';
import type { ImportZonelessTime } from '../../src/importers/importer.js';
import { scratchFolder } from './collect.js';

const folder = scratchFolder('leaktrace-zoneless-');

async function zoneless(read: (report: (z: ImportZonelessTime) => void) => AsyncIterable<unknown>) {
  const reported: ImportZonelessTime[] = [];
  let n = 0;
  for await (const _ of read((z) => reported.push(z))) n++;
  return { n, reported };
}

/** A `time,number` CSV read in Shanghai with `extra` options: how many read, which zoneless. */
const csvTimes = (file: string, extra: object = {}) =>
  zoneless((onZonelessTime) =>
    readCsv(file, {
      columns: { at: 'time', from: 'number' },
      to: '+8613900139002',
      timeZone: 'Asia/Shanghai',
      onZonelessTime,
      ...extra,
    }),
  );

describe('onZonelessTime: the records whose time named no zone', () => {
  it('CSV: a wall time is reported, Z, an offset and epoch time are not', async () => {
    const file = await folder.file(
      'mixed.csv',
      [
        'time,number',
        '2026-11-20T09:15:00Z,17012345670',
        '2026-11-20T09:15:00+08:00,17012345671',
        '2026-11-20T09:15:00-0500,17012345672',
        '1795761060000,17012345673',
        '1795761060,17012345674',
        '2026-11-20 09:15,17012345675',
        '2026/11/20 09:15:30,17012345676',
        '',
      ].join('\n'),
    );
    const { n, reported } = await csvTimes(file);
    expect(n).toBe(7);
    expect(reported).toEqual([
      { file, line: 7, record: 7 },
      { file, line: 8, record: 8 },
    ]);
  });

  it('CSV: a date format names the zone only with a zone token; strict reports once', async () => {
    const file = await folder.file('formatted.csv', 'time,number\n20.11.2026 09:15,17012345670\n');
    const plain = await csvTimes(file, { dateFormat: 'dd.MM.yyyy HH:mm', strict: true });
    expect(plain.reported).toHaveLength(1);
    const zoned = await folder.file('zoned.csv', 'time,number\n20.11.2026 09:15 +0100,17012345670\n');
    const withZone = await csvTimes(zoned, { dateFormat: 'dd.MM.yyyy HH:mm xx' });
    expect(withZone).toEqual({ n: 1, reported: [] });
  });

  it("Asterisk: the server's local start is reported", async () => {
    const file = await folder.file(
      'Master.csv',
      `"","+4930111222","+8613900139002","from-trunk","""x"" <+4930111222>","SIP/t-1","SIP/100-2","Dial","SIP/100","2026-11-20 10:00:00","2026-11-20 10:00:00","2026-11-20 10:01:00",60,55,"ANSWERED","DOCUMENTATION","1.1",""\n`,
    );
    const { n, reported } = await zoneless((onZonelessTime) =>
      readAsteriskCdr(file, { timeZone: 'Asia/Shanghai', onZonelessTime }),
    );
    expect(n).toBe(1);
    expect(reported).toEqual([expect.objectContaining({ file, line: 1 })]);
  });

  it.each([
    ['Mon, 16 Nov 2026 10:59:00', true],
    ['2026-11-16 10:59:00', true],
    ['16 Nov 2026', true],
    ['Mon Nov 16 10:59:00 2026', true],
    ['Mon, 16 Nov 2026 10:59:00 +0800', false],
    ['Mon, 16 Nov 2026 10:59:00 GMT', false],
    ['Mon Nov 16 10:59:00 CET 2026', false],
  ] as const)('mail: Date %s is zoneless: %s', async (date, wall) => {
    const file = await folder.file(
      `mail-${date.replace(/\W/gu, '')}.eml`,
      `From: Kredit <a@spam.example>\nTo: x@zw.example\nDate: ${date}\nSubject: hi\n\nhello\n`,
    );
    const read = await zoneless((onZonelessTime) =>
      readEml(file, { timeZone: 'Asia/Shanghai', ownDomains: ['zw.example'], onZonelessTime }),
    );
    expect(read.n).toBe(1);
    expect(read.reported.length).toBe(wall ? 1 : 0);
  });

  it("mail: the server's Received time decides, not the sender's Date", async () => {
    const file = await folder.file(
      'received.eml',
      'Received: from mx.spam.example by mx.zw.example; Mon, 16 Nov 2026 10:59:05 +0800\nFrom: Kredit <a@spam.example>\nTo: x@zw.example\nDate: Mon, 16 Nov 2026 10:59:00\nSubject: hi\n\nhello\n',
    );
    const read = await zoneless((onZonelessTime) =>
      readEml(file, { timeZone: 'Asia/Shanghai', ownDomains: ['zw.example'], onZonelessTime }),
    );
    expect(read).toEqual({ n: 1, reported: [] });
  });
});
