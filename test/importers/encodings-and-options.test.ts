import { describe, expect, it } from 'vitest';
import { legacyCjk } from '../../src/importers/_decode.js';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { readEml, readMbox } from '../../src/importers/email.js';
import { isConfigError } from '../../src/index.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-encodings-');

/** Big5 bytes of a text (Node decodes Big5 but does not encode it: a reverse table of the decoder). */
function big5(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('big5');
  for (let lead = 0xa1; lead <= 0xf9; lead++)
    for (const trail of [...Array(0x3f).keys()]
      .map((k) => 0x40 + k)
      .concat([...Array(0x5e).keys()].map((k) => 0xa1 + k))) {
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.codePointAt(0)! < 0x80) out.push(ch.codePointAt(0)!);
    else out.push(...table.get(ch)!);
  }
  return Buffer.from(out);
}

const ROWS =
  'time,number,text\n2026-03-01 09:00,+85251234567,張榮林先生您好，您的貸款已批核\n2026-03-01 09:05,+85251234568,陳大文：收到，我們明天見\n';
const columns = { at: 'time', from: 'number', content: 'text' };
const to = '+8613900139001';

describe('CSV encodings', () => {
  it('reads a Big5 export (Taiwan, Hong Kong) as Big5 when sniffed, never as GB18030 mojibake', async () => {
    const path = await file('big5.csv', big5(ROWS));
    expect(legacyCjk(big5(ROWS))).toBe('big5');
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, { columns, to, timeZone: 'Asia/Hong_Kong', onReject }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.content)).toEqual([
      '張榮林先生您好，您的貸款已批核',
      '陳大文：收到，我們明天見',
    ]);
  });

  it.each(['big5', 'big5-hkscs'] as const)('honours encoding %s', async (encoding) => {
    const path = await file(`${encoding}.csv`, big5(ROWS));
    const { contacts } = await collect(() => readCsv(path, { columns, to, encoding }));
    expect(contacts[0]!.content).toBe('張榮林先生您好，您的貸款已批核');
  });

  it('still reads a GBK export as GB18030', async () => {
    const text = 'time,number,text\n2026-03-01 09:00,13700000001,张荣林先生您好，您的贷款已经批准了\n';
    const path = await file('gbk.csv', Buffer.from(new TextEncoder().encode('')));
    expect(path).toBeTruthy();
    // Node has no GB18030 encoder either: the bytes of the text through the decoder's table.
    const gbBytes = encodeWith('gb18030', text);
    expect(legacyCjk(gbBytes)).toBe('gb18030');
    const gbPath = await file('gbk2.csv', gbBytes);
    const { contacts } = await collect(() => readCsv(gbPath, { columns, to }));
    expect(contacts[0]!.content).toBe('张荣林先生您好，您的贷款已经批准了');
  });

  it('refuses an unknown encoding naming the option', () => {
    expect(() => readCsv('x.csv', { columns, to, encoding: 'latin9' as never })).toThrow(/encoding/u);
  });
});

function encodeWith(encoding: string, text: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.codePointAt(0)! < 0x80 ? [ch.codePointAt(0)!] : table.get(ch)!));
  return Buffer.from(out);
}

describe('importer options are checked, naming the option', () => {
  it.each([
    [
      'readEml ownDomains a string',
      () => readEml('x.eml', { ownDomains: 'zrw.example' as never }),
      'ownDomains',
    ],
    ['readMbox receivedBy a number', () => readMbox('x.mbox', { receivedBy: 5 as never }), 'receivedBy'],
    ['readEml null', () => readEml('x.eml', null as never), 'options'],
    [
      'readAsteriskCdr dids a string',
      () => readAsteriskCdr('x.csv', { dids: '+862155550100' as never }),
      'dids',
    ],
    ['readAsteriskCdr null', () => readAsteriskCdr('x.csv', null as never), 'options'],
    ['readCsv latest a string', () => readCsv('x.csv', { columns, latest: '2026-12-01' as never }), 'latest'],
    ['readCsv onReject a number', () => readCsv('x.csv', { columns, onReject: 5 as never }), 'onReject'],
    ['readCsv timeZone a BigInt', () => readCsv('x.csv', { columns, timeZone: 10n as never }), 'timeZone'],
    ['readCsv without columns.at', () => readCsv('x.csv', { columns: {} as never }), 'columns.at'],
    [
      'readCsv direction column an object',
      () => readCsv('x.csv', { columns: { at: 0, direction: {} as never } }),
      'columns.direction',
    ],
  ])('%s', (_name, call, path) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
    expect((error as { message: string }).message).toMatch(
      new RegExp(`^(?:\\[leaktrace\\] )?${path.replace('.', '\\.')}`, 'u'),
    );
  });
});
