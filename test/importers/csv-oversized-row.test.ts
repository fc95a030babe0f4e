import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowGuard, OVERSIZED_ROW } from '../../src/importers/_csv-row-guard.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('leaktrace-csv-oversized-');
const columns = { at: 'time', from: 'number', content: 'text' };
const to = '+4915112345601';

describe('readCsv: a row over the length limit', () => {
  it('is rejected alone with its line; the rows before and after it are read', async () => {
    const path = await folder.file(
      'long-row.csv',
      [
        'time,number,text',
        '2026-11-01 10:00,+4930123456,before',
        `2026-11-02 10:00,+4930123457,${'x'.repeat(5000)}`,
        '2026-11-03 10:00,+4930123458,after',
        '',
      ].join('\n'),
    );
    const { contacts, rejected, error } = await collect((onReject) =>
      readCsv(path, { columns, to, maxRecordBytes: 1000, onReject }),
    );
    expect(error).toBeUndefined();
    expect(contacts.map((c) => c.content)).toEqual(['before', 'after']);
    expect(rejected).toEqual([
      expect.objectContaining({ line: 3, reason: 'a row is longer than 1000 characters' }),
    ]);
  });

  it('a quoted field over the limit spanning lines keeps the line numbers of the rows after it', async () => {
    const long = `"${'a "" b\n'.repeat(300)}"`;
    const path = await folder.file(
      'long-quoted.csv',
      [
        'time,number,text',
        `2026-11-02 10:00,+4930123457,${long}`,
        '2026-11-03 10:00,+4930123458,after',
        'not a date,+4930123459,x',
        '',
      ].join('\r\n'),
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, { columns, to, maxRecordBytes: 1000, onReject }),
    );
    expect(contacts.map((c) => c.content)).toEqual(['after']);
    // The long row starts on line 2 and ends on 302 (300 breaks inside it); the bad date is two
    // lines further on.
    expect(rejected.map((r) => r.line)).toEqual([2, 304]);
    expect(rejected[0]!.reason).toBe('a row is longer than 1000 characters');
  });

  it('a header over the limit ends the import: no row can be read without it', async () => {
    const path = await folder.file(
      'long-header.csv',
      `time,number,${'t'.repeat(2000)}\n2026-11-03 10:00,+4930123458,x\n`,
    );
    const { contacts, error } = await collect((onReject) =>
      readCsv(path, { columns, to, maxRecordBytes: 1000, onReject }),
    );
    expect(contacts).toEqual([]);
    expect(error).toMatchObject({ name: 'ImportError', line: 1 });
  });
});

/** A CSV row as an exporter writes it: fields with a quote, the delimiter or a line break quoted. */
function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/u.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
}

const field = fc.string({
  unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '字'),
  maxLength: 12,
});
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });
/** Cut points splitting the text into chunks, as a stream delivers it. */
const cuts = fc.array(fc.nat(), { maxLength: 6 });

function guarded(text: string, at: readonly number[], maxChars: number): string {
  const guard = new CsvRowGuard(',', maxChars);
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const point of [...points, text.length]) {
    out += guard.push(text.slice(from, point));
    from = point;
  }
  return out + guard.end();
}

describe('CsvRowGuard', () => {
  it('passes every well-formed CSV through unchanged when no row is over the limit, however it is cut', () => {
    fc.assert(
      fc.property(rows, cuts, fc.constantFrom('\n', '\r\n'), (records, at, eol) => {
        const text = records.map(csvLine).join(eol) + eol;
        expect(guarded(text, at, 1_000_000)).toBe(text);
      }),
    );
  });

  it('replaces exactly the rows over the limit; csv-parse reads every other row, and every line number, as without it', () => {
    type Parsed = { record: string[]; info: { lines: number } }[];
    const read = (text: string) => parse(text, { relax_column_count: true, info: true }) as unknown as Parsed;
    fc.assert(
      fc.property(rows, cuts, fc.integer({ min: 4, max: 30 }), (records, at, max) => {
        const lines = records.map(csvLine);
        const text = `${lines.join('\n')}\n`;
        const plain = read(text);
        const kept = read(guarded(text, at, max));
        expect(kept.length).toBe(records.length);
        records.forEach((record, n) => {
          if (lines[n]!.length > max) expect(kept[n]!.record[0]!.startsWith(OVERSIZED_ROW)).toBe(true);
          else expect(kept[n]!.record).toEqual(record);
          expect(kept[n]!.info.lines).toBe(plain[n]!.info.lines);
        });
      }),
    );
  });
});
