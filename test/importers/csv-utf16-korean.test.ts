import { describe, expect, it } from 'vitest';
import { Cp949Decoder } from '../../src/importers/_cp949.js';
import { looksKorean } from '../../src/importers/_decode.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-csv-utf16-');

// Excel's "Unicode Text (*.txt)" and Windows call-log tools: UTF-16 with its byte order mark,
// tab-separated, CRLF.
const TEXT =
  'Datum\tNummer\tTyp\r\n02.04.2026 10:15\t015112345621\tVerpasst\r\n02.04.2026 上午\t015112345622\t未接\r\n';
const LE = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
const BE = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
const german = {
  columns: { at: 'Datum', from: 'Nummer', content: 'Typ' },
  delimiter: '\t',
  dateFormat: 'dd.MM.yyyy HH:mm',
  to: '+4917612345672',
  region: 'DE',
  timeZone: 'Europe/Berlin',
} as const;

// A Korean call log as Excel saves it on Korean Windows (CP949): 날짜,번호,유형 / … 부재중.
const CP949 = Buffer.from(
  'b3afc2a52cb9f8c8a32cc0afc7fc0d0a323032362d30342d30322031303a31352c3031302d313233342d353637382cbacec0e7c1df0d0a',
  'hex',
);
const korean = {
  columns: { at: '날짜', from: '번호', content: '유형' },
  to: '+821098765432',
  region: 'KR',
  timeZone: 'Asia/Seoul',
} as const;

describe('UTF-16 and Korean CSV exports', () => {
  it.each([
    ['UTF-16LE', LE],
    ['UTF-16BE', BE],
  ])('a %s file with its byte order mark is read as UTF-16', async (name, bytes) => {
    const path = await file(`${name}.csv`, bytes);
    const { contacts, rejected, error } = await collect((onReject) => readCsv(path, { ...german, onReject }));
    expect(error).toBeUndefined();
    expect(contacts.map((c) => [c.from, c.content])).toEqual([['015112345621', 'Verpasst']]);
    // The second row's bad date is reported on its own line (lines counted in characters).
    expect(rejected.map((r) => r.line)).toEqual([3]);
  });

  it('is read when chosen (encoding utf-16le)', async () => {
    const path = await file('chosen16.csv', LE);
    const { contacts } = await collect((onReject) =>
      readCsv(path, { ...german, encoding: 'utf-16le', onReject }),
    );
    expect(contacts).toHaveLength(1);
  });

  it('a CP949 file is read when chosen (euc-kr, cp949)', async () => {
    const path = await file('ko949.csv', CP949);
    for (const encoding of ['euc-kr', 'cp949'] as const) {
      const { contacts, error } = await collect((onReject) =>
        readCsv(path, { ...korean, encoding, onReject }),
      );
      expect(error, encoding).toBeUndefined();
      expect(
        contacts.map((c) => [c.from, c.content]),
        encoding,
      ).toEqual([['010-1234-5678', '부재중']]);
    }
  });

  it('a GBK export is still read as GB18030, not as Korean', async () => {
    // 时间,号码,内容 / 2026/11/03 09:00:00,13512345670,您好 in GBK.
    const gbk = Buffer.from(
      'cab1bce42cbac5c2eb2cc4dac8dd0a323032362f31312f30332030393a30303a30302c31333531323334353637302cc4fabac30a',
      'hex',
    );
    const path = await file('gbk.csv', gbk);
    const { contacts } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: '时间', from: '号码', content: '内容' },
        dateFormat: 'yyyy/MM/dd HH:mm:ss',
        to: '+8613900139001',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(contacts.map((c) => c.content)).toEqual(['您好']);
  });

  it('a CP949 file is sniffed as Korean from the column names asked for', async () => {
    const path = await file('ko949-sniffed.csv', CP949);
    const { contacts, error } = await collect((onReject) => readCsv(path, { ...korean, onReject }));
    expect(error).toBeUndefined();
    expect(contacts.map((c) => [c.from, c.content])).toEqual([['010-1234-5678', '부재중']]);
  });

  // 날짜,번호,유형,이름 / …,부재중,홍길동 / …,수신,김민수 as Korean Excel saves it.
  const LOG949 = Buffer.from(
    'b3afc2a52cb9f8c8a32cc0afc7fc2cc0ccb8a70d0a323032362d30342d30322031303a31352c3031302d313233342d353637382cbacec0e7c1df2cc8abb1e6b5bf0d0a323032362d30342d30322031303a32302c3031302d313233342d353637392cbcf6bdc52cb1e8b9cebcf60d0a',
    'hex',
  );

  it('a Korean log is sniffed by its Hangul, whatever the columns are called', async () => {
    expect(looksKorean(LOG949)).toBe(true);
    const path = await file('log949.csv', LOG949);
    const { contacts, error } = await collect((onReject) =>
      readCsv(path, {
        ...korean,
        columns: { at: 0, from: 1, direction: 2, content: 3 },
        header: false,
        onReject,
      }),
    );
    expect(error).toBeUndefined();
    expect(contacts.map((c) => c.content)).toEqual(['홍길동', '김민수']);
  });

  it('Chinese bytes whose Korean reading is Hangul stay Chinese', () => {
    // 来电,号码 / 日期,内容 / 您好 in GBK: every pair falls in KS X 1001's Hangul rows.
    const gbk = Buffer.from('c0b4b5e72cbac5c2eb0ac8d5c6da2cc4dac8dd0ac4fabac30a', 'hex');
    expect(new TextDecoder('euc-kr').decode(gbk)).toMatch(/^[\uac00-\ud7a3,\n]+$/u);
    expect(looksKorean(gbk)).toBe(false);
  });

  // 날짜,번호,유형,이름 / …,수신,김똠순: 똠 (8C 63) is one of the Hangul CP949 adds to KS X 1001.
  const UHC = Buffer.from(
    'b3afc2a52cb9f8c8a32cc0afc7fc2cc0ccb8a70d0a323032362d30342d30322031303a32302c3031302d313233342d353637392cbcf6bdc52cb1e88c63bcf80d0a',
    'hex',
  );

  it('reads the Hangul CP949 adds to EUC-KR, chosen or sniffed, never dropping a byte', async () => {
    const path = await file('uhc.csv', UHC);
    for (const encoding of ['euc-kr', 'cp949', undefined] as const) {
      const { contacts, error } = await collect((onReject) =>
        readCsv(path, {
          ...korean,
          columns: { at: '날짜', from: '번호', direction: '유형', content: '이름' },
          ...(encoding ? { encoding } : {}),
          onReject,
        }),
      );
      expect(error, encoding).toBeUndefined();
      expect(
        contacts.map((c) => c.content),
        encoding,
      ).toEqual(['김똠순']);
    }
  });
});

describe('the CP949 decoder', () => {
  it('reads every pair of the added region as the syllables KS X 1001 lacks, each once, in order', () => {
    const decoder = new Cp949Decoder();
    const seen: string[] = [];
    const trails = [
      ...Array.from({ length: 26 }, (_, i) => 0x41 + i),
      ...Array.from({ length: 26 }, (_, i) => 0x61 + i),
      ...Array.from({ length: 126 }, (_, i) => 0x81 + i),
    ];
    for (let lead = 0x81; lead <= 0xc6; lead++)
      for (const trail of trails) {
        if (lead >= 0xa1 && trail >= 0xa1) continue;
        try {
          seen.push(decoder.decode(Uint8Array.of(lead, trail)));
        } catch {
          // Past the last added syllable (C6 52).
        }
      }
    expect(seen).toHaveLength(8822);
    expect(seen[0]).toBe('갂');
    expect(seen.at(-1)).toBe('힣');
    expect([...seen].sort()).toEqual(seen);
    expect(decoder.decode(Buffer.from('8c63', 'hex'))).toBe('똠');
    expect(decoder.decode(Buffer.from('b6cb', 'hex'))).toBe(
      new TextDecoder('euc-kr').decode(Buffer.from('b6cb', 'hex')),
    );
  });

  it('refuses a byte that is not CP949 and a lead byte cut off at the end', () => {
    expect(() => new Cp949Decoder().decode(Buffer.from('ff41', 'hex'))).toThrow(/not valid CP949/u);
    expect(() => new Cp949Decoder().decode(Buffer.from('41c7', 'hex'))).toThrow(/at the end/u);
    const streamed = new Cp949Decoder();
    expect(
      streamed.decode(Buffer.from('8c', 'hex'), { stream: true }) + streamed.decode(Buffer.from('63', 'hex')),
    ).toBe('똠');
  });
});
