import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDigits, numbersIn } from '../../src/match/written-numbers.js';

const digitsOf = (text: string): string[] => numbersIn(text).map((n) => n.digits);

describe('numbers as texts write them', () => {
  it.each([
    ['dots', 'please ring 020.7946.0321 today.', '02079460321'],
    ['dots, German', 'Bitte rufen Sie uns unter 030.2261.1111 zurück.', '03022611111'],
    ['dots, Korean', '02.2233.3131로 연락 바랍니다.', '0222333131'],
    ['dots, French pairs', 'appelez le 06.12.34.56.78', '0612345678'],
    ['slashes', 'call 07700/912/345', '07700912345'],
    ['fullwidth', 'call ０７７００ ９１２３４５', '07700912345'],
    ['Arabic-Indic', 'يرجى الاتصال بنا على ٠٥٠١٢٣٤٥٦٧', '0501234567'],
    ['Persian', 'تماس: ۰۹۱۲۱۲۳۴۵۶۷', '09121234567'],
    ['Devanagari', 'कॉल करें ०९८७६५४३२१०', '09876543210'],
    ['letter O', 'call O77OO 912345', '07700912345'],
    ['zero-width space', 'call 0770\u200b0912345', '07700912345'],
    ['soft hyphen', 'call 07700\u00ad912345', '07700912345'],
    ['en words', 'call us back on oh seven nine one one, two two two, three three three.', '07911222333'],
    ['en words, double', 'ring double seven double oh nine one two three four five', '7700912345'],
    ['de words', 'Rückruf unter null eins fünf eins, zwei drei vier fünf sechs sieben acht', '01512345678'],
    [
      'fr words',
      'rappelez le zéro six, douze… non: zéro six un deux trois quatre cinq six sept huit',
      '0612345678',
    ],
    ['es words', 'llame al seis uno dos tres cuatro cinco seis siete ocho', '612345678'],
    ['pl words', 'prosimy dzwonić: zero dwa dwa trzy cztery pięć sześć siedem', '02234567'],
    ['zh numerals', '请拨打零幺三八一二三四五六七八', '013812345678'],
  ])('%s', (_label, text, digits) => {
    expect(digitsOf(text)).toContain(digits);
  });

  it.each([
    ['a date', 'your stay on 01.12.2026 is confirmed'],
    ['a date range', 'Termin 01.12.2026-05.12.2026'],
    ['a time range', 'open 10.30-12.00 and 14.00-18.00'],
    ['a slashed date', 'due 30/11/2026'],
    ['a year-numbered reference', 'invoice 2026/11/0042'],
    ['rupiah in thousands', 'pembayaran Rp 1.500.000 telah diterima'],
    ['dong in thousands', 'tổng 2.500.000 VND đã thanh toán'],
    ['a decimal', 'pi is 3.1415926'],
    ['ordinary words', 'one of the two rooms, three nights for four guests'],
  ])('%s is no number', (_label, text) => {
    expect(numbersIn(text)).toEqual([]);
  });

  it('keeps positions: the fold is one code unit for one', () => {
    const text = 'Tel. ０７７００\u200b９１２３４５ ok';
    expect(foldDigits(text)).toHaveLength(text.length);
    const [n] = numbersIn(text);
    expect(text.slice(n!.index, n!.index + n!.written.length)).toBe('０７７００\u200b９１２３４５');
  });
});

describe('a property: a number in any script and with any separators reads as its digits', () => {
  /** The digit zero of scripts texts are written in. */
  const ZEROS = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
  const SEPARATORS = [' ', '-', '.', '/', '\u200b', '\u00ad', ' - '];
  const arbitrary = fc.record({
    // A national number: a trunk 0 and an area or mobile prefix, then groups of three or four.
    prefix: fc.stringMatching(/^0[1-9][0-9]{1,3}$/u),
    rest: fc.array(fc.stringMatching(/^[0-9]{3,4}$/u), { minLength: 2, maxLength: 3 }),
    zero: fc.constantFrom(...ZEROS),
    separator: fc.constantFrom(...SEPARATORS),
    before: fc.constantFrom('call us on ', 'ring ', 'Rufen Sie ', 'appelez le ', ''),
  });

  it('finds the digits', () => {
    fc.assert(
      fc.property(arbitrary, ({ prefix, rest, zero, separator, before }) => {
        const groups = [prefix, ...rest];
        const digits = groups.join('');
        const written = groups
          .map((g) => [...g].map((d) => String.fromCharCode(zero + Number(d))).join(''))
          .join(separator);
        expect(digitsOf(`${before}${written} today`)).toContain(digits);
      }),
      { numRuns: 200 },
    );
  });
});
