import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { collect } from './collect.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-encodings-'));
let n = 0;

// A GB2312 encoder for the tests: the level-1 and level-2 hanzi (rows 0xB0–0xF7), decoded once.
const decoder = new TextDecoder('gb18030');
const GBK = new Map<string, Buffer>();
for (let lead = 0xb0; lead <= 0xf7; lead++)
  for (let trail = 0xa1; trail <= 0xfe; trail++) {
    const bytes = Buffer.from([lead, trail]);
    const char = decoder.decode(bytes);
    if (char.length === 1 && char !== '\uFFFD') GBK.set(char, bytes);
  }
const HANZI = [...GBK.keys()];
const gbk = (text: string): Buffer =>
  Buffer.concat([...text].map((c) => GBK.get(c) ?? Buffer.from(c, 'latin1')));

const header = '时间,号码,内容\n';
const row = (i: number, content: string) =>
  `2026-03-01 09:${String(i % 60).padStart(2, '0')},1701234${String(i).padStart(4, '0')},${content}\n`;
const file = (bytes: Buffer): string => {
  const path = join(dir, `f-${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
};
const read = (path: string, extra = {}) =>
  collect((onReject) =>
    readCsv(path, {
      columns: { at: '时间', from: '号码', content: '内容' },
      to: '13900139001',
      timeZone: 'Asia/Shanghai',
      latest: null,
      onReject,
      ...extra,
    }),
  );

describe('CSV encodings: never mojibake', () => {
  it('refuses a GB18030 export with a UTF-8 row appended, naming the line', async () => {
    const path = file(Buffer.concat([gbk(header + row(1, '您好贷款')), Buffer.from(row(2, '你好'), 'utf8')]));
    const { contacts, error } = await read(path);
    expect(error).toMatchObject({ name: 'ImportError', file: path, line: 3 });
    expect(error!.message).toMatch(/mixed encodings/u);
    expect(contacts.map((c) => c.content)).not.toContain('浣犲ソ');
  });

  it('refuses a UTF-8 export with a GB18030 row appended after 64 KiB, naming the line', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => row(i, '您好，这是一条很长的测试短信内容'));
    const path = file(Buffer.concat([Buffer.from(header + rows.join(''), 'utf8'), gbk(row(1500, '您好'))]));
    const { contacts, error } = await read(path);
    expect(error).toMatchObject({ name: 'ImportError', line: 1502 });
    expect(contacts.every((c) => c.content === '您好，这是一条很长的测试短信内容')).toBe(true);
  });

  it('reads a GB18030 file whose first 64 KiB are plain ASCII as GB18030', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i, 'hello there, an ascii row'));
    const path = file(
      Buffer.concat([Buffer.from(`time,number,text\n${rows.join('')}`), gbk(row(2000, '您好贷款'))]),
    );
    const { contacts, error } = await read(path, {
      columns: { at: 'time', from: 'number', content: 'text' },
    });
    expect(error).toBeUndefined();
    expect(contacts.at(-1)!.content).toBe('您好贷款');
  });

  it('reads any GB18030 export of Chinese rows without refusing a line (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom(...HANZI), { minLength: 1, maxLength: 12 }), {
          minLength: 1,
          maxLength: 40,
        }),
        async (contents) => {
          const texts = contents.map((c) => c.join(''));
          const path = file(gbk(header + texts.map((t, i) => row(i, t)).join('')));
          const { contacts, error } = await read(path);
          expect(error).toBeUndefined();
          expect(contacts.map((c) => c.content)).toEqual(texts);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an explicit encoding gb18030 reads every line as GB18030 (the caller decided)', async () => {
    const path = file(Buffer.concat([gbk(header + row(1, '您好贷款')), Buffer.from(row(2, '你好'), 'utf8')]));
    const { error } = await read(path, { encoding: 'gb18030' });
    expect(error).toBeUndefined();
  });
});
