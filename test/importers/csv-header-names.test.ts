import { describe, expect, it } from 'vitest';
import { type CsvColumns, readCsv } from '../../src/importers/csv.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-header-names-');

const read = async (text: string, columns: CsvColumns) => {
  const path = await folder.file('log.csv', text);
  return collect((onReject: (r: ImportRejection) => void) =>
    readCsv(path, { columns, to: '+447911123456', region: 'GB', onReject }),
  );
};

// `--columns at=date` for a header `Date` refused the whole file; a header naming `Number` twice
// (the caller's and the line's) was read by the first, silently.
describe('the header cell a column name maps', () => {
  it.each([
    ['another case', { at: 'date', from: 'NUMBER' }, 'Date,Number\n'],
    ['full-width letters', { at: 'Ｄａｔｅ', from: 'Number' }, 'Date,Number\n'],
    ['spaces around', { at: ' Date ', from: 'number' }, ' Date , Number \n'],
    ['German, another case', { at: 'datum', from: 'rufnummer' }, 'Datum,Rufnummer\n'],
  ])('is found when written in %s', async (_, columns, header) => {
    const { contacts, rejected } = await read(`${header}2025-12-02T14:05:00Z,+447700900123\n`, columns);
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['+447700900123']);
  });

  it('is the cell named exactly so when another differs only by case', async () => {
    const { contacts } = await read(
      'number,Number,Date\n+447700900999,+447700900123,2025-12-02T14:05:00Z\n',
      {
        at: 'Date',
        from: 'Number',
      },
    );
    expect(contacts.map((c) => c.from)).toEqual(['+447700900123']);
  });

  it.each([
    ['twice exactly', 'Date,Number,Number\n', 'Number', '"Number", "Number" at 0-based 1, 2'],
    ['twice but for case', 'Date,number,NUMBER\n', 'Number', '"number", "NUMBER" at 0-based 1, 2'],
  ])('named %s is refused, naming both, nothing read', async (_, header, name, where) => {
    const { contacts, rejected } = await read(`${header}2025-12-02T14:05:00Z,+447700900123,+447700900999\n`, {
      at: 'Date',
      from: name,
    });
    expect(contacts).toEqual([]);
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 1,
        reason: `the header has 2 columns named "${name}" (${where}), for from: map the one meant by its index`,
      }),
    ]);
  });

  it('a column by index beside a repeated name is read', async () => {
    const { contacts } = await read(
      'Date,Number,Number\n2025-12-02T14:05:00Z,+447700900123,+447700900999\n',
      {
        at: 'Date',
        from: 1,
      },
    );
    expect(contacts.map((c) => c.from)).toEqual(['+447700900123']);
  });

  it('a name no cell has is still refused as before', async () => {
    const { rejected } = await read('Date,Number\n2025-12-02T14:05:00Z,+447700900123\n', {
      at: 'Date',
      from: 'Caller',
    });
    expect(rejected).toEqual([
      expect.objectContaining({ line: 1, reason: 'the header has no column "Caller" (for from)' }),
    ]);
  });
});
