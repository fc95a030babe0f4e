/**
 * Phone numbers as a text writes them, for the readers that ask whether a message gives a number
 * to ring: digits of any script (fullwidth ０７７, Arabic-Indic ٠٥٠, Persian ۰۱۲, Devanagari ०१२,
 * Thai ๐๘๑…), separated by spaces, hyphens, brackets, dots or slashes (020.7946.0321,
 * 07700/912/345, 06.12.34.56.78), with invisible characters (U+200B, U+00AD) or a letter O among
 * the digits (O77OO 912345), and numbers read out in words, as a call's transcript or a text
 * spelling them out writes them ("oh seven nine one one, two two two…", "null eins fünf eins…",
 * 零幺三八…). The regular expression this replaces (`\+?\d[\d\s()-]{5,}\d`) missed every one of
 * those, so a dealer's call-back line passed as no number at all.
 *
 * A run with dots or slashes that reads as a date (01.12.2026, 2026/11/30), a date or time range
 * (10.30-12.00) or an amount grouped in thousands next to a currency (Rp 1.500.000, 1.250.000 ₫)
 * is no number. libphonenumber-js's `findNumbers` was tried as the reader: it needs the country a
 * number is dialled in and drops any number not valid there, while a dealer's line is often
 * another country's or made up, so it is used only where a number's type matters
 * (`personal-mobile.ts`, `premium-rate.ts`).
 */
import { CHINESE_DIGITS } from './decode-for-matching.js';

/** A number written in a text: where it stands, as written, and its digits. */
export interface WrittenNumber {
  /** Where it starts in the text, in UTF-16 code units. */
  readonly index: number;
  /** The text as written, from its first digit (or digit word) to its last. */
  readonly written: string;
  /**
   * The number in ASCII: a leading `+`, the digits, and spaces, hyphens and brackets between them
   * (dots and slashes read as spaces), as `libphonenumber-js` parses it.
   */
  readonly plain: string;
  /** Its digits alone, ASCII. */
  readonly digits: string;
  /** Whether it was read out in words rather than written in digits. */
  readonly spelled: boolean;
}

/**
 * The code point of the digit zero of each decimal-digit block (Unicode category Nd) in the Basic
 * Multilingual Plane that texts are written in: fullwidth, Arabic-Indic, Extended Arabic-Indic
 * (Persian, Urdu), N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian (Unicode 15, DerivedNumericType).
 */
const DIGIT_ZEROS = [
  0xff10, 0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810,
];

/** Fullwidth and typographic separators, as the ASCII a number is read with. */
const SEPARATORS: Readonly<Record<string, string>> = {
  '\uff0b': '+',
  '\uff0d': '-',
  '\uff08': '(',
  '\uff09': ')',
  '\uff0e': '.',
  '\uff0f': '/',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u30fc': '-',
};

/**
 * The text with every digit in ASCII, fullwidth separators in ASCII and invisible characters as
 * spaces, one UTF-16 code unit for one, so positions stay those of the text.
 *
 * @param text - Any text.
 * @returns The text folded for reading numbers, as long as `text`.
 */
export function foldDigits(text: string): string {
  const out = FOLDED_CHARS.test(text) ? text.replace(FOLDED_CHARS_ALL, foldChar) : text;
  // A letter O among digits (O77OO 912345) is a zero.
  return out.includes('O')
    ? out.replace(/(?<![\p{L}\p{N}])[\dO]*\d[\dO]*(?![\p{L}\p{N}])/gu, (token) =>
        /\d{2}/u.test(token) ? token.replace(/O/gu, '0') : token,
      )
    : out;
}

/** The characters {@link foldDigits} changes: the digits of `DIGIT_ZEROS`, separators, invisibles. */
const FOLDED_CHARS_SOURCE = `[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}${Object.keys(
  SEPARATORS,
).join('')}\\u3000\\p{Cf}]`;
const FOLDED_CHARS = new RegExp(FOLDED_CHARS_SOURCE, 'u');
const FOLDED_CHARS_ALL = new RegExp(FOLDED_CHARS_SOURCE, 'gu');

/** One character as {@link foldDigits} reads it, as many code units long. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
  if (zero !== undefined && ch.length === 1) return String(code - zero);
  return SEPARATORS[ch] ?? ' '.repeat(ch.length);
}

/** Runs of digits with separators: 7 or more digits, maybe after a `+`. */
const DIGIT_RUNS = /\+?\d[\d\s()./-]{5,}\d/gu;

/** A currency sign or word right before or after an amount. */
const CURRENCY_BEFORE = /(?:[€$£¥₽₩₺₫₹]|\brp|\bidr|\bvnd|\brs|\busd|\beur)\.?\s*$/iu;
const CURRENCY_AFTER = /^\s*(?:[€$£¥₽₩₺₫₹đ]|vnd|dong|idr|rupiah|rp|won|원|円|元|eur|usd|zl|zł|kr|tl)/iu;

/** A 4-digit year of the last two centuries, as a date's part. */
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Whether a run written with dots or slashes is a date, a date or time range, or an amount
 * grouped in thousands next to a currency, rather than a phone number.
 */
function notANumber(text: string, run: string, index: number): boolean {
  if (!/[./]/u.test(run)) return false;
  const groups = run.split(/[^\d]+/u).filter((g) => g !== '');
  // A date (01.12.2026, 2026/11/30, 1.12.26) or a range of them: a year among short groups.
  if (groups.some((g) => YEAR.test(g)) && groups.every((g) => g.length <= 2 || YEAR.test(g))) return true;
  if (groups.length === 3 && groups.every((g) => g.length <= 2)) return true;
  // A reference numbered by its year (2026/11/0042), a decimal (3.1415926).
  if (YEAR.test(groups[0] ?? '') && groups.length >= 3) return true;
  if (groups.length === 2 && /^\d{1,3}\.\d+$/u.test(run.trim())) return true;
  // Times and their ranges (10.30-12.00): fewer than five groups of one or two digits.
  if (groups.length < 5 && groups.every((g) => g.length <= 2)) return true;
  // Thousands (1.500.000) next to a currency.
  if (/^\d{1,3}(?:[.\s]\d{3})+$/u.test(run.trim())) {
    const before = text.slice(Math.max(0, index - 6), index);
    const after = text.slice(index + run.length, index + run.length + 8);
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * Digit words by language, folded as `foldText` folds them (no accents, lower case): English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish, Russian. Each maps
 * to its digit; "double" and "triple" repeat the next one, as English speakers read numbers out.
 */
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['0', 'zero oh o null nul cero zéro noll sıfır ноль нуль'],
      ['1', 'one eins un uno um één een jeden ett bir один'],
      ['2', 'two zwei zwo deux dos due dois duas twee dwa två iki два'],
      ['3', 'three drei trois tres tre três drie trzy tre üç три'],
      ['4', 'four vier quatre cuatro quattro quatro cztery fyra dört четыре'],
      ['5', 'five fünf cinq cinco cinque vijf pięć fem beş пять'],
      ['6', 'six sechs seis sei zes sześć sex altı шесть'],
      ['7', 'seven sieben sept siete sette sete zeven siedem sju yedi семь'],
      ['8', 'eight acht huit ocho otto oito osiem åtta sekiz восемь'],
      ['9', 'nine neun neuf nueve nove negen dziewięć nio dokuz девять'],
    ] as const
  ).flatMap(([digit, words]) =>
    words.split(' ').flatMap((w) => {
      // Each word as written and without its accents (funf, pieć → piec, sıfır → sifir).
      const bare = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i').replace(/ł/gu, 'l');
      return [[w, digit] as const, [bare, digit] as const];
    }),
  ),
);

/** Words that repeat the next digit ("double two" = 22). */
const REPEAT: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
]);

/** Han and Hangul digits read out one by one (零幺三八…, 공일공…), with how many make a number. */
const HAN_DIGITS: Readonly<Record<string, string>> = {
  ...CHINESE_DIGITS,
  // A phone operator's 洞 for zero, and Hangul's Sino-Korean digits.
  洞: '0',
  공: '0',
  영: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  칠: '7',
  팔: '8',
  구: '9',
};
const HAN_RUNS = /[零〇洞幺一二两兩三四五六七八九\d]{7,}|[공영일이삼사오육칠팔구\d]{9,}/gu;

/** Any digit word, as a quick test before the words are read one by one. */
const ANY_DIGIT_WORD = new RegExp(`(?<![\\p{L}])(?:${[...DIGIT_WORDS.keys()].join('|')})(?![\\p{L}])`, 'iu');
const HAN_DIGIT = /[零〇洞幺一二两兩三四五六七八九공영일이삼사오육칠팔구]/u;

/** The fewest digits a number to ring has. */
const MIN_DIGITS = 7;

/** Numbers read out in words, in Latin or Cyrillic letters: runs of digit words and short digit groups. */
function spelledNumbers(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  if (!ANY_DIGIT_WORD.test(text) && !HAN_DIGIT.test(text)) return out;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  let i = 0;
  while (i < tokens.length) {
    let digits = '';
    let words = 0;
    let j = i;
    let repeat = 1;
    for (; j < tokens.length; j++) {
      const token = tokens[j]!;
      // Only spaces, commas, hyphens or dots between the parts of one number.
      if (j > i) {
        const prev = tokens[j - 1]!;
        const gap = text.slice(prev.index + prev[0].length, token.index);
        if (!/^[\s,.-]{1,3}$/u.test(gap) || /\n\s*\n/u.test(gap)) break;
      }
      const word = token[0].toLowerCase();
      const times = REPEAT.get(word);
      if (times !== undefined) {
        repeat = times;
        continue;
      }
      const digit = DIGIT_WORDS.get(word) ?? (/^\d{1,4}$/u.test(word) ? word : undefined);
      if (digit === undefined) break;
      if (!/^\d+$/u.test(word)) words++;
      digits += digit.repeat(repeat);
      repeat = 1;
    }
    // A run ending in "double"/"triple" gives back that word.
    while (j > i && REPEAT.has(tokens[j - 1]![0].toLowerCase())) j--;
    if (words > 0 && digits.length >= MIN_DIGITS && j > i) {
      const first = tokens[i]!;
      const last = tokens[j - 1]!;
      const written = text.slice(first.index, last.index + last[0].length);
      out.push({ index: first.index, written, plain: digits, digits, spelled: true });
      i = j;
    } else i++;
  }
  for (const m of text.matchAll(HAN_RUNS)) {
    if (/^\d+$/u.test(m[0])) continue;
    const digits = [...m[0]].map((c) => HAN_DIGITS[c] ?? c).join('');
    out.push({ index: m.index, written: m[0], plain: digits, digits, spelled: true });
  }
  return out;
}

/**
 * The phone numbers a text writes (see the module's documentation), in the order they stand.
 *
 * @param text - A message body or a call's transcript, as written.
 * @returns Each number with its position in `text`, as written and as digits; numbers of fewer
 *   than 7 digits, dates, times and amounts are left out.
 */
export function numbersIn(text: string): WrittenNumber[] {
  const folded = foldDigits(text);
  const out: WrittenNumber[] = [];
  for (const m of folded.matchAll(DIGIT_RUNS)) {
    const digits = m[0].replace(/\D/gu, '');
    if (digits.length < MIN_DIGITS || notANumber(folded, m[0], m.index)) continue;
    out.push({
      index: m.index,
      written: text.slice(m.index, m.index + m[0].length),
      plain: m[0].replace(/[./]/gu, ' ').replace(/\s+/gu, ' '),
      digits,
      spelled: false,
    });
  }
  for (const n of spelledNumbers(folded)) {
    if (!out.some((o) => n.index < o.index + o.written.length && o.index < n.index + n.written.length))
      out.push({ ...n, written: text.slice(n.index, n.index + n.written.length) });
  }
  return out.sort((a, b) => a.index - b.index);
}
