import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import { prepareContact } from '../../src/schemas/contact.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-float-');

// A call log that went through pandas (an integer column with one empty cell becomes floats, and
// `to_csv` writes `447911123457.0`) or a spreadsheet's Number format (`447911123457,00`): the
// caller was kept as `447911123457.0`, which reads as no phone number, so the call matched no
// canary and its caller was another than the same number's calls in any other export.
describe('a phone number a data tool wrote as a float', () => {
  const read = (path: string, region: string) =>
    collect((onReject: (r: ImportRejection) => void) =>
      readCsv(path, { columns: { at: 'at', from: 'from', to: 'to' }, region, onReject }),
    );

  it.each([
    ['GB', '447911123457.0', '447911123457', '+447911123457'],
    ['GB', '447911123457.00', '447911123457', '+447911123457'],
    ['DE', '"4930123456,00"', '4930123456', '+4930123456'],
    ['CN', '13912345678.0', '13912345678', '+8613912345678'],
    ['CN', '+8613912345678.0', '+8613912345678', '+8613912345678'],
    ['CN', '10086.0', '10086', 'short:CN:10086'],
  ])('in %s, %s is the caller %s, as the integer export reads it', async (region, cell, bare, e164) => {
    const line = region === 'CN' ? '+8613800138000' : region === 'DE' ? '+4915112345678' : '+447911123456';
    const floats = await folder.file('floats.csv', `at,from,to\n2025-12-02T14:05:00Z,${cell},${line}.0\n`);
    const ints = await folder.file('ints.csv', `at,from,to\n2025-12-02T14:05:00Z,${bare},${line}\n`);
    const got = await read(floats, region);
    const want = await read(ints, region);
    expect(got.rejected).toEqual([]);
    expect(got.contacts).toEqual(want.contacts);
    expect(got.contacts.map((c) => [c.from, c.to])).toEqual([[bare, line]]);
    // The shared check then keys it as the number it is.
    const { contact } = prepareContact(got.contacts[0]!, region, Date.parse('2026-01-01T00:00:00Z'));
    expect(contact.from).toBe(e164);
  });

  it.each([
    ['a fraction that is not zero', '447911123457.5'],
    ['a name with digits', 'Hotline 10086.0'],
  ])('keeps %s as written: %s', async (_, cell) => {
    const path = await folder.file('other.csv', `at,from,to\n2025-12-02T14:05:00Z,${cell},+447911123456\n`);
    const { contacts } = await read(path, 'GB');
    expect(contacts.map((c) => c.from)).toEqual([cell]);
  });
});
