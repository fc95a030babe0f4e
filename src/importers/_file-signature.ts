import { open } from 'node:fs/promises';

/** A binary format an export is often mistaken for, and what to import instead. */
interface Signature {
  /** The bytes the format begins with; `DIGIT` stands for any of `1`–`9`. */
  readonly magic: readonly number[];
  /** What the file is, in a few words. */
  readonly kind: string;
  /** What to do with it. */
  readonly todo: string;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
// Stands in a signature for any of the ASCII digits 1–9 (bzip2 writes its block size there).
const DIGIT = -1;
const fits = (want: number, byte: number | undefined): boolean =>
  byte !== undefined && (want === DIGIT ? byte >= 0x31 && byte <= 0x39 : want === byte);
const UNPACK = 'unpack it and import the export inside';

// The signatures each format's specification puts at offset 0 (the "magic numbers" file(1)
// reads): gzip RFC 1952 §2.3.1, ZIP APPNOTE §4.3.7 (also every .xlsx, .docx and Takeout
// download), bzip2, xz, 7z, Zstandard RFC 8878 §3.1.1, RAR, the SQLite file header §1.3,
// OLE2 compound files ([MS-CFB] §2.2: .xls, .doc, Outlook .msg), PDF, PNG, JPEG, and Apple's
// binary property list. None of them can begin a text export: each starts with a byte outside
// printable ASCII or a word no export writes first.
const SIGNATURES: readonly Signature[] = [
  { magic: [0x1f, 0x8b], kind: 'gzip-compressed', todo: `${UNPACK} (gunzip, or tar -xzf a .tgz)` },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    kind: 'a ZIP archive (a Takeout or backup download, or an Excel .xlsx workbook)',
    todo: `${UNPACK}; save a workbook as CSV`,
  },
  { magic: [0x50, 0x4b, 0x05, 0x06], kind: 'an empty ZIP archive', todo: 'export again' },
  // bzip2: `BZh`, the block size 1–9, then a block's magic (BCD π) or the end of stream's (√π).
  ...[
    [0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
    [0x17, 0x72, 0x45, 0x38, 0x50, 0x90],
  ].map((block) => ({
    magic: [...ascii('BZh'), DIGIT, ...block],
    kind: 'bzip2-compressed',
    todo: `${UNPACK} (bunzip2)`,
  })),
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'xz-compressed', todo: `${UNPACK} (unxz)` },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive', todo: UNPACK },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], kind: 'Zstandard-compressed', todo: `${UNPACK} (unzstd)` },
  { magic: ascii('Rar!\x1a\x07'), kind: 'a RAR archive', todo: UNPACK },
  {
    magic: ascii('SQLite format 3\0'),
    kind: "an SQLite database (a phone's sms.db or call_history.db, or a leaktrace store)",
    todo: 'export its messages or calls as CSV or XML with the phone tool and import that',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an OLE2 file (an Excel .xls workbook or an Outlook .msg)',
    todo: 'save the sheet as CSV, or the mail as .eml, and import that',
  },
  {
    magic: ascii('%PDF-'),
    kind: 'a PDF',
    todo: 'download the CSV or Excel details instead and save them as CSV',
  },
  {
    magic: [0x89, 0x50, 0x4e, 0x47],
    kind: 'a PNG image',
    todo: 'import the export itself, not a picture of it',
  },
  { magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image', todo: 'import the export itself, not a picture of it' },
  {
    magic: ascii('bplist0'),
    kind: 'an Apple binary property list',
    todo: 'export the messages or calls as CSV',
  },
];

const LONGEST = Math.max(...SIGNATURES.map((s) => s.magic.length));

/**
 * Why a file cannot be an export, read from its size and first bytes: empty, or a compressed
 * archive, database, workbook, PDF or image by its signature; undefined when it may be text.
 *
 * @param file - A regular file that can be read.
 * @param size - Its size in bytes.
 * @returns The reason to refuse it, saying what it is and what to do, or undefined.
 */
export async function notAnExport(file: string, size: number): Promise<string | undefined> {
  if (size === 0) return 'is empty (0 bytes): nothing to import; export it again';
  const handle = await open(file, 'r');
  const head = Buffer.alloc(LONGEST);
  let read: number;
  try {
    ({ bytesRead: read } = await handle.read(head, 0, LONGEST, 0));
  } finally {
    await handle.close();
  }
  const found = SIGNATURES.find(
    ({ magic }) => magic.length <= read && magic.every((want, i) => fits(want, head[i])),
  );
  if (found === undefined) return undefined;
  const what = /^(?:a|an) /u.test(found.kind) ? found.kind : `a ${found.kind} file`;
  return `is ${what}, not a call, text or mail export: ${found.todo}`;
}
