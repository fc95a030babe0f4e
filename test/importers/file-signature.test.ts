import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAndroidBackup } from '../../src/importers/android.js';
import { detectFormat, readContacts } from '../../src/importers/index.js';
import { collect, scratchFolder } from './collect.js';

const scratch = scratchFolder('leaktrace-signature-');
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

// What a person hands the importer by mistake: the download still packed, the phone's own
// database, a workbook, a bill as PDF, a screenshot; each by the signature its format begins with.
const BINARIES: readonly [string, Uint8Array | string, RegExp][] = [
  ['sms.xml.gz', gzipSync('<smses count="0"></smses>'), /gzip-compressed file.*unpack it/u],
  [
    'takeout-20261130T010203Z-001.zip',
    bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0),
    /ZIP archive.*unpack it/u,
  ],
  ['calls.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0), /Excel \.xlsx.*save a workbook as CSV/u],
  ['empty.zip', bytes(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0), /an empty ZIP archive.*export again/u],
  ['mail.mbox.bz2', 'BZh91AY&SY', /bzip2-compressed file/u],
  ['backup.xz', bytes(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 0), /xz-compressed file/u],
  ['backup.7z', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0), /7-Zip archive/u],
  ['backup.zst', bytes(0x28, 0xb5, 0x2f, 0xfd, 0), /Zstandard-compressed file/u],
  ['backup.rar', 'Rar!\x1a\x07\x01\x00', /RAR archive/u],
  ['sms.db', 'SQLite format 3\0\x10\x00', /SQLite database.*sms\.db.*export its messages/u],
  ['calls.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /Excel \.xls.*save the sheet as CSV/u],
  ['bill-2026-11.pdf', '%PDF-1.7\n%\xe2\xe3', /a PDF.*CSV or Excel details/u],
  ['calls.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), /PNG image.*not a picture of it/u],
  ['sms.jpg', bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG image/u],
  ['calls.plist', 'bplist00\xd1\x01', /binary property list/u],
];

describe('a file that cannot be an export is refused saying what it is and what to do', () => {
  it.each(BINARIES)('%s', async (name, data, reason) => {
    const path = await scratch.file(name, data);
    const detected = await detectFormat(path).catch((e: Error) => e);
    expect(detected).toBeInstanceOf(Error);
    expect((detected as Error).message).toMatch(reason);
    expect((detected as Error).message).toMatch(/not a call, text or mail export/u);
    // With the format forced, the importer refuses it the same way, before reading a record.
    const { contacts, rejected, error } = await collect((onReject) =>
      readContacts(path, { format: 'csv', columns: { at: 'a', from: 'b' }, onReject }),
    );
    expect(contacts).toEqual([]);
    expect(rejected).toEqual([]);
    expect(error?.message).toMatch(reason);
  });

  it.each(['csv', 'mbox', 'eml', 'android'] as const)(
    'an empty file given as %s: empty, never "0 read"',
    async (format) => {
      const path = await scratch.file(`empty.${format}`, '');
      await expect(detectFormat(path)).rejects.toThrow(
        /is empty \(0 bytes\): nothing to import; export it again/u,
      );
      const read =
        format === 'android'
          ? (onReject: never) => readAndroidBackup(path, { owner: '+8613900139001', onReject })
          : (onReject: never) =>
              readContacts(path, {
                format,
                ...(format === 'csv' ? { columns: { at: 'a', from: 'b' } } : {}),
                onReject,
              });
      const { contacts, error } = await collect(read as never);
      expect(contacts).toEqual([]);
      expect(error?.message).toMatch(/is empty \(0 bytes\)/u);
    },
  );

  it('reads text that merely starts with the same letters as a signature', async () => {
    // "PK" and "BZh" begin words; only the full signature, with its binary bytes, is refused.
    const path = await scratch.file('calls.csv', 'BZh number,time\n13800138000,2026-11-01T09:00:00Z\n');
    expect(await detectFormat(path)).toBe('csv');
    const pk = await scratch.file('pk.csv', 'PK,time\n13800138000,2026-11-01T09:00:00Z\n');
    expect(await detectFormat(pk)).toBe('csv');
  });
});
