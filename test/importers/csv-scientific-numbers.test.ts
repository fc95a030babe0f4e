import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-scientific-');

// A call log opened in Excel and saved again: a General cell too narrow for 16512340030 shows,
// and saves, 1.65123E+10. Every caller of the range 1651234xxxx became one "caller" (a campaign
// that is not one); the row is now rejected saying why, and the others are kept.
describe('a phone number a spreadsheet saved in scientific notation', () => {
  it.each([
    ['from', '1.65123E+10'],
    ['from', '8.61651E+12'],
    ['from', '1.6512340031E+10'],
    ['from', '4,91761E+12'],
    ['from', '1e10'],
    ['to', '8.6139E+12'],
  ])('%s %s is rejected, the row beside it kept', async (key, value) => {
    const path = await folder.file(
      'log.csv',
      `\uFEFFnumber,line,time\r\n${key === 'from' ? `"${value}",13900139001` : `16512340030,"${value}"`},2026-11-28 14:05\r\n16512340032,13900139001,2026-11-28 14:07\r\n`,
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'time', from: 'number', to: 'line' },
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(contacts.map((c) => c.from)).toEqual(['16512340032']);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [
        2,
        `${key}: ${JSON.stringify(value)} is a number a spreadsheet wrote in scientific notation, its digits lost (callers would merge): format the column as text, or import the export as it came, before any spreadsheet saved it`,
      ],
    ]);
  });

  it('keeps numbers and names that merely hold an E: +86 165 1234 0030, 10690000E, Eve', async () => {
    const path = await folder.file(
      'ok.csv',
      'number,time\n+86 165 1234 0030,2026-11-28 14:05\nEve,2026-11-28 14:06\n95588E,2026-11-28 14:07\n',
    );
    const { rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'time', from: 'number' },
        to: '13900139001',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(rejected.filter((r) => /scientific/u.test(r.reason))).toEqual([]);
  });
});
