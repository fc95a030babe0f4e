import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

// A call log exported by a Chinese phone's PC suite is GBK; a Japanese one Shift_JIS; a Taiwanese
// one Big5; an old Excel in Western Europe Windows-1252. The hint that names a CSV's columns when
// `--columns` is missing must quote them as the import reads them, never as mojibake.
const HEADERS: readonly { encoding: string; header: readonly string[] }[] = [
  { encoding: 'gb18030', header: ['姓名', '号码', '通话类型', '通话时间', '通话时长'] },
  { encoding: 'big5', header: ['姓名', '號碼', '通話類型', '通話時間'] },
  { encoding: 'shift_jis', header: ['名前', '電話番号', 'タイプ', '日時'] },
  { encoding: 'windows-1252', header: ['Nummer', 'Gesprächsdauer', 'Datum', 'Typ'] },
  { encoding: 'utf-8', header: ['号码', '通话时间'] },
];

/**
 * Encodes `text` in `encoding`: each character as the byte or byte pair that WHATWG's decoder
 * reads as it (Node decodes these encodings but encodes none of them).
 */
function encode(text: string, encoding: string): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, Buffer>();
  for (let lead = 0x80; lead <= 0xff; lead++) {
    const one = Buffer.from([lead]);
    const single = decoder.decode(one);
    if (single.length === 1 && single !== '\uFFFD' && !table.has(single)) table.set(single, one);
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const pair = Buffer.from([lead, trail]);
      const char = decoder.decode(pair);
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, pair);
    }
  }
  return Buffer.concat([...text].map((c) => (c.charCodeAt(0) < 0x80 ? Buffer.from(c) : table.get(c)!)));
}

describe('import without --columns names the columns in the file’s encoding', () => {
  const cwd = tempFolder();
  beforeAll(async () => {
    await initZhangWei(cwd, ['--locale', 'en']);
  }, 30_000);

  for (const { encoding, header } of HEADERS)
    it(`quotes a ${encoding} header as written`, async () => {
      const file = join(cwd, `log-${encoding}.csv`);
      const rows = [
        header.join(','),
        header.map((_, i) => (i === 1 ? '17012345670' : '2026-11-25 09:15')).join(','),
      ];
      writeFileSync(file, encode(`${rows.join('\r\n')}\r\n`, encoding));
      const run = await runBin(cwd, ['import', file, '--to', '13900139001', '--lang', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`this file's first line has: ${header.join(', ')}`);
      expect(run.stderr).not.toContain('\uFFFD');
    });

  it('quotes the header in the encoding --encoding chose', async () => {
    const file = join(cwd, 'chosen.csv');
    const header = ['時間', '號碼'];
    writeFileSync(file, encode(`${header.join(',')}\n2026-11-25 09:15,17012345670\n`, 'big5'));
    const run = await runBin(cwd, ['import', file, '--encoding', 'big5', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`this file's first line has: ${header.join(', ')}`);
  });

  // iMazing's message export has 15 columns, its text in the 13th: a hint that stopped at 12
  // left out the very column to map. A quoted header cell may hold the delimiter.
  it('names every column of a wide export, quoted cells whole', async () => {
    const header = [
      'Chat Session',
      'Message Date',
      'Delivered Date',
      'Read Date',
      'Edited Date',
      'Service',
      'Type',
      'Sender ID',
      'Sender Name',
      'Status',
      'Replying to',
      'Subject',
      'Text',
      'Attachment',
      'Attachment type',
    ];
    const file = join(cwd, 'imazing.csv');
    writeFileSync(
      file,
      `\uFEFF${header.join(',')}\r\n+86 165 1234 0020,2026-11-28 11:05:00${',x'.repeat(13)}\r\n`,
    );
    const run = await runBin(cwd, ['import', file, '--to', '13900139001', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`this file's first line has: ${header.join(', ')}\n`);
    const quoted = join(cwd, 'quoted.csv');
    writeFileSync(
      quoted,
      'sep=;\r\n"Datum; Uhrzeit";Rufnummer;"Notiz, intern"\r\n28.11.2026 14:05;0301234567;x\r\n',
    );
    const semi = await runBin(cwd, ['import', quoted, '--to', '13900139001', '--lang', 'en']);
    expect(semi.stderr).toContain("this file's first line has: Datum; Uhrzeit, Rufnummer, Notiz, intern\n");
    const wide = join(cwd, 'wide.csv');
    writeFileSync(
      wide,
      `${Array.from({ length: 45 }, (_, i) => `c${i + 1}`).join(',')}\n${'1,'.repeat(44)}1\n`,
    );
    const cut = await runBin(cwd, ['import', wide, '--to', '13900139001', '--lang', 'en']);
    expect(cut.stderr).toContain('c39, c40, … (5 more)\n');
  });
});
