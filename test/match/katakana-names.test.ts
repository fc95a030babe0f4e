import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeKatakanaNames } from '../../src/match/katakana-names.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

describe('a Latin name its Japanese staff write in katakana', () => {
  it.each([
    ['Yodobashi Camera', 'ヨドバシカメラ梅田店の佐藤です。', 'Yodobashi Camera'],
    ['Yodobashi Camera', 'ヨドバシ梅田です。', 'yodobashi'],
    ['Bic Camera', 'ビックカメラ有楽町店の高橋です。', 'Bic Camera'],
    ['TSUTAYA', '【ツタヤ】ご予約の商品が入荷しました。', 'TSUTAYA'],
    ['Marriott Tokyo', 'マリオットのフロントです。', 'marriott'],
  ])('reads %s in %s', (name, text, written) => {
    expect(writeKatakanaNames([name], text)).toContain(written);
  });

  it.each([
    ['Bic Camera', 'カメラのキタムラです。'],
    ['Hotel Adlon', 'ホテルのフロントです。'],
    ['Yodobashi Camera', 'ビックカメラ有楽町店の高橋です。'],
    ['TSUTAYA', 'ツタヤではなくゲオです。'.replace('ツタヤ', 'タワー')],
    ['Sony', 'ソニーストアです。'],
  ])('leaves other katakana alone: %s in %s', (name, text) => {
    expect(writeKatakanaNames([name], text)).toBe(text);
  });

  it('never rewrites a text without katakana, nor for a name in another script', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).filter((s) => !/\p{Script=Katakana}/u.test(s)),
        (text) => {
          expect(writeKatakanaNames(['Yodobashi Camera'], text)).toBe(text);
        },
      ),
    );
    expect(writeKatakanaNames(['ヨドバシカメラ'], 'ヨドバシカメラです')).toBe('ヨドバシカメラです');
  });

  it('keeps a pitch or a phish naming the brand in katakana as evidence', () => {
    const own = (text: string) =>
      ownServiceMessage(
        { name: 'Yodobashi Camera', category: 'shop' },
        writeKatakanaNames(['Yodobashi Camera'], text),
        ['+819012345678'],
        new Set(),
        false,
      );
    expect(
      own('ヨドバシカメラのお客様へ。低金利ローンのご案内です。https://yodobashi-loan.example/a'),
    ).toBeUndefined();
    expect(
      own('【ヨドバシカメラ】お支払い情報を更新してください https://yodobashi-pay.example/a'),
    ).toBeUndefined();
    expect(own('ヨドバシカメラの佐藤です。お客様に特別な投資のご案内です。必ず儲かります。')).toBeUndefined();
  });
});
