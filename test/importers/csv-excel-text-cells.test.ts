import { describe, expect, it } from 'vitest';
import { excelText } from '../../src/importers/_csv-rows.js';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-excel-text-');

// Exporters write a number as Excel's text formula, `="+4930123456"`, so a spreadsheet keeps its
// `+` and leading zeros. Unquoted, csv-parse called the cell's quote malformed and the import
// ended there; quoted (`"=""+44…"""`), the caller was refused as a spreadsheet formula.
describe("a cell written as Excel's text formula", () => {
  const plain = (number: string) => `Date,Number,Type\n2025-12-02 14:05,${number},incoming\n`;
  const options = (onReject: (r: ImportRejection) => void) => ({
    columns: { at: 'Date', from: 'Number', direction: 'Type' },
    to: '+447911123456',
    region: 'GB',
    onReject,
  });

  it.each([
    ['unquoted', '="+447700900123"', '+447700900123'],
    ['quoted', '"=""+447700900123"""', '+447700900123'],
    ['with a leading zero', '="07700 900123"', '07700 900123'],
    ['with spaces around', ' ="+447700900123" ', '+447700900123'],
    ['with a Chinese mobile', '="13912345678"', '13912345678'],
  ])('%s is read as the text it shows: %s', async (_, cell, from) => {
    const path = await folder.file('excel.csv', plain(cell));
    const { contacts, rejected, error } = await collect((onReject) => readCsv(path, options(onReject)));
    expect(error).toBeUndefined();
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual([from]);
    // The same call as the export written without the formula: one stored record, not two.
    const bare = await folder.file('bare.csv', plain(from.includes(' ') ? `"${from}"` : from));
    const again = await collect((onReject) => readCsv(bare, options(onReject)));
    expect(again.contacts.map((c) => c.id)).toEqual(contacts.map((c) => c.id));
  });

  it('reads every row of a German semicolon export with text-formula numbers, a BOM and trailing empty cells', async () => {
    const path = await folder.file(
      'fritz.csv',
      '\uFEFFDatum;Uhrzeit;Rufnummer;Dauer;Typ\r\n' +
        '02.12.2025;14:05;="+4930123456";0,5;Eingehend\r\n' +
        '02.12.2025;14:06;="030 1234567";1,25;Verpasst;;\r\n' +
        '02.12.2025;14:07;="+4930765432";2,0;Ausgehend\r\n',
    );
    const skipped: unknown[] = [];
    const { contacts, rejected, error } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Datum', time: 'Uhrzeit', from: 'Rufnummer', direction: 'Typ' },
        to: '+4915112345678',
        region: 'DE',
        timeZone: 'Europe/Berlin',
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(error).toBeUndefined();
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => [c.from, new Date(c.at as number).toISOString()])).toEqual([
      ['+4930123456', '2025-12-02T13:05:00.000Z'],
      ['030 1234567', '2025-12-02T13:06:00.000Z'],
    ]);
    expect(skipped).toEqual([expect.objectContaining({ line: 4, code: 'outgoing', from: '+4930765432' })]);
  });

  it('reads the date, id and text cells so written too, the quotes inside undoubled', async () => {
    const path = await folder.file(
      'texts.csv',
      'id,time,sender,name,body\n' +
        '="0001",="2025-12-02 14:05",="+8613912345678","=""Wang """"Er"""" Xiao""","=""【平安】回T退订"""\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { id: 'id', at: 'time', from: 'sender', fromName: 'name', content: 'body' },
        channel: 'sms',
        to: '+8613800138000',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts).toEqual([
      expect.objectContaining({
        from: '+8613912345678',
        fromName: 'Wang "Er" Xiao',
        content: '【平安】回T退订',
        at: Date.parse('2025-12-02T06:05:00Z'),
      }),
    ]);
  });

  it.each([
    ['unquoted', '=HYPERLINK("x")'],
    ['unquoted, a literal joined to more', '="+44"&A1'],
    ['unquoted, a quote in a plain cell', '5\'10"'],
  ])('any other quote in an unquoted cell (%s) still ends the import at its line', async (_, cell) => {
    const path = await folder.file('bad.csv', `${plain('+447700900122')}2025-12-02 14:06,${cell},incoming\n`);
    const { contacts, rejected, error } = await collect((onReject) => readCsv(path, options(onReject)));
    expect(contacts.map((c) => c.from)).toEqual(['+447700900122']);
    expect(error).toMatchObject({ name: 'ImportError', line: 3 });
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 3,
        reason: expect.stringContaining('a quote inside the unquoted cell 2'),
      }),
    ]);
  });

  it('a quoted formula that is more than one literal is still refused as a formula', async () => {
    const path = await folder.file('formula.csv', plain('"=""+44""&A1"'));
    const { contacts, rejected } = await collect((onReject) => readCsv(path, options(onReject)));
    expect(contacts).toEqual([]);
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 2,
        reason: expect.stringMatching(/from: .* looks like a spreadsheet formula/u),
      }),
    ]);
  });

  it('excelText reads only a whole literal', () => {
    expect(excelText('="+4930123456"')).toBe('+4930123456');
    expect(excelText('=""')).toBe('');
    expect(excelText('="a""b"')).toBe('a"b');
    expect(excelText('="a"b"')).toBeUndefined();
    expect(excelText('=SUM(A1)')).toBeUndefined();
    expect(excelText('+4930123456')).toBeUndefined();
  });

  it('an Asterisk CDR whose caller was saved as a text formula reads the number', async () => {
    const path = await folder.file(
      'Master.csv',
      '"","=""+8617012345678""","+8613800138000","from-trunk","""Zhang"" <+8617012345678>","SIP/trunk-0001","","Dial","SIP/100","2025-12-02 14:05:00","2025-12-02 14:05:03","2025-12-02 14:05:30",30,27,"ANSWERED","DOCUMENTATION","1764684300.1",""\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readAsteriskCdr(path, { timeZone: 'Asia/Shanghai', onReject }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['+8617012345678']);
  });
});
