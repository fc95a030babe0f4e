import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-csv-sjis-');

// A Japanese IP-phone log as Japanese Excel saves it (Shift_JIS, code page 932): 日時, 発信元,
// 着信先, メモ, two rows.
const SJIS = Buffer.from(
  '93fa8e9e2c94ad904d8cb32c9285904d90e62c838183820a323032362f31312f30332030393a30303a30302c30332d333334362d313031302c3038302d343832312d333330332c82b2975c96f182cc8a6d944682c582b70a323032362f31312f30332030393a30353a30302c3039302d313131312d323232322c3038302d343832312d333330332c8e52967b976c814182a893be82c8838d815b839382cc82b288c493e00a',
  'hex',
);
const columns = { at: '日時', from: '発信元', to: '着信先', content: 'メモ' };
const options = { columns, dateFormat: 'yyyy/MM/dd HH:mm:ss', timeZone: 'Asia/Tokyo', region: 'JP' };

describe('a Shift_JIS CSV', () => {
  it('is sniffed as Shift_JIS, never read as GB18030 mojibake', async () => {
    const path = await file('sjis.csv', SJIS);
    const { contacts, rejected, error } = await collect((onReject) =>
      readCsv(path, { ...options, onReject }),
    );
    expect(error).toBeUndefined();
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.content)).toEqual(['ご予約の確認です', '山本様、お得なローンのご案内']);
    expect(contacts.map((c) => c.from)).toEqual(['03-3346-1010', '090-1111-2222']);
  });

  it('is read when chosen (encoding shift_jis)', async () => {
    const path = await file('chosen.csv', SJIS);
    const { contacts } = await collect((onReject) =>
      readCsv(path, { ...options, encoding: 'shift_jis', onReject }),
    );
    expect(contacts).toHaveLength(2);
  });

  it('a GBK export is still read as GB18030', async () => {
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
});
