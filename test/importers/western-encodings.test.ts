import { describe, expect, it } from 'vitest';
import { looksWindows1252 } from '../../src/importers/_decode.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-western-');
const latin = (text: string) => Buffer.from(text, 'latin1');
const cp1252 = (text: string) => {
  const map: Record<string, number> = {
    '€': 0x80,
    '–': 0x96,
    '—': 0x97,
    '“': 0x93,
    '”': 0x94,
    '’': 0x92,
    '…': 0x85,
  };
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
};
const columns = { at: 'time', from: 'number', content: 'text' };
const TO = '+4915112345601';

describe('Windows-1252 exports', () => {
  it('reads a German Excel CSV as Windows-1252, never as Chinese mojibake', async () => {
    const path = await file(
      'de1252.csv',
      latin(
        'time,number,text\n2026-11-20 09:15,+4917012345670,"Sehr geehrte Frau Müller, Ihr Kredit"\n2026-11-20 09:16,+4917012345671,Grüße aus Köln\n',
      ),
    );
    const { contacts, rejected, error } = await collect((onReject) =>
      readCsv(path, { columns, to: TO, region: 'DE', onReject }),
    );
    expect(error).toBeUndefined();
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.content)).toEqual([
      'Sehr geehrte Frau Müller, Ihr Kredit',
      'Grüße aus Köln',
    ]);
  });

  it('reads the euro sign, dashes and curly quotes of Windows-1252 (not C1 controls)', async () => {
    const path = await file(
      'marks.csv',
      cp1252('time,number,text\n2026-11-20 09:15,+4917012345670,"“Angebot” – nur 9,99 € für Sie…"\n'),
    );
    const { contacts } = await collect((onReject) =>
      readCsv(path, { columns, to: TO, region: 'DE', onReject }),
    );
    expect(contacts[0]!.content).toBe('“Angebot” – nur 9,99 € für Sie…');
    expect(contacts[0]!.content).not.toMatch(/[\u0080-\u009f]/u);
  });

  it('reads latin1 and iso-8859-1 as Windows-1252 when chosen, and a sep=; semicolon export', async () => {
    const path = await file(
      'chosen.csv',
      cp1252('sep=;\ntime;number;text\n2026-11-20 09:15;+4917012345670;Zahlung 5 € offen\n'),
    );
    for (const encoding of ['windows-1252', 'latin1', 'iso-8859-1'] as const) {
      const { contacts } = await collect((onReject) =>
        readCsv(path, { columns, to: TO, region: 'DE', encoding, onReject }),
      );
      expect(contacts[0]!.content).toBe('Zahlung 5 € offen');
    }
  });

  it('still sniffs GBK Chinese as GB18030, not Windows-1252', () => {
    const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0xd5, 0xc5, 0xce, 0xb0]); // 你好,张伟
    expect(looksWindows1252(gbk)).toBe(false);
    expect(looksWindows1252(latin('Grüße aus Köln, Frau Müller'))).toBe(true);
    // An unassigned byte (0x81) is not Windows-1252.
    expect(looksWindows1252(Buffer.from([0x61, 0x81, 0x62]))).toBe(false);
  });

  it('reads a file whose accented letters come in pairs (Grüße) as Windows-1252', async () => {
    const path = await file('pairs.csv', latin('time,number,text\n2026-11-20 09:16,+4917012345671,Grüße\n'));
    const { contacts } = await collect((onReject) =>
      readCsv(path, { columns, to: TO, region: 'DE', onReject }),
    );
    expect(contacts[0]!.content).toBe('Grüße');
  });

  it('refuses a UTF-8 row appended to a Windows-1252 file, naming its line', async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `2026-11-20 09:15,+49170123456${String(i % 100).padStart(2, '0')},Grüße aus Köln, Nr. ${i}\n`,
    );
    const path = await file(
      'mixed.csv',
      Buffer.concat([
        latin(
          `time,number,text\n${rows.map((r) => r.replace(/,Gr/u, ',"Gr').replace(/\n$/u, '"\n')).join('')}`,
        ),
        Buffer.from('2026-11-20 09:16,+4917012345671,Grüße\n', 'utf8'),
      ]),
    );
    const { error } = await collect((onReject) => readCsv(path, { columns, to: TO, region: 'DE', onReject }));
    expect(error?.message).toMatch(/mixed encodings.*Windows-1252/u);
    expect(error).toMatchObject({ line: 1502 });
  });
});
