import { compactKey } from '../match/normalize-text.js';
import { COMMON_LOCAL_PARTS, ROLE_WORDS } from './alias-guessability.js';
import { COMMON_NAME_WORDS } from './name-tables.js';

/**
 * How often a custom value occurs in ordinary text, as bits: a value is cut into runs of
 * digits, Latin letters and other letters, and each run counts what a random run of its kind
 * would hold, except runs that ordinary text is full of, which count nothing:
 * - digits: a value of digits alone up to 11 long (dates, amounts, codes, phone numbers); within
 *   a value, a year (1900–2099), a date (YYYYMMDD, DDMMYYYY, MMDDYYYY, YYMMDD), one digit
 *   repeated and a rising or falling sequence (`0000`, `1234`, `9876`);
 * - Latin letters: a run that reads as a word (vowels in it and no four consonants in a row,
 *   like the words of most European languages), the words of {@link COMMON_WORDS} (URL parts,
 *   role and spam words) and keyboard or alphabet sequences; what is left of a run after its
 *   known words counts 4.7 bits a letter (log₂ 26);
 * - Chinese, Japanese, Korean and other letters: the characters of ordinary words, nothing.
 * Random digits count log₂ 10 ≈ 3.3 bits each.
 */

/** URL parts, file names and technical words every message with a link or a signature holds. */
const URL_WORDS =
  'http https www com net org edu gov cn uk de io co html htm php asp aspx jsp index home page login logout signin signup app api web mail email url link click id no tel fax mob www2 wap mp weixin wechat qq vip ok abc abcd xyz qwerty qwer asdf asdfgh zxcv zxcvb password pass pwd user admin root test demo temp tmp null nan'.split(
    ' ',
  );

/** Words that count nothing in a custom value: common words, role words, URL parts, sequences. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_NAME_WORDS,
  ...COMMON_LOCAL_PARTS,
  ...ROLE_WORDS,
  ...URL_WORDS,
]);

/** The fewest bits a custom value needs: a chance of 1 in 1,000 or less of occurring by chance. */
export const CUSTOM_VALUE_MIN_BITS = 10;

const LETTER_BITS = Math.log2(26);
const DIGIT_BITS = Math.log2(10);
const VOWELS = /[aeiouy]/u;
const LONGEST_WORD = Math.max(...[...COMMON_WORDS].map((w) => w.length));

/** A custom value's assessment: how many bits it carries and, when few, why. */
export interface CustomValueAssessment {
  /** Bits of the value that ordinary text does not explain. */
  readonly bits: number;
  /** Why it is ordinary, when it carries fewer than {@link CUSTOM_VALUE_MIN_BITS}. */
  readonly reason: string | undefined;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2099;
}

/** Tells whether a run of digits is a date in a usual order. */
function isDate(digits: string): boolean {
  const n = (from: number, to: number) => Number(digits.slice(from, to));
  if (digits.length === 8)
    return (
      validDate(n(0, 4), n(4, 6), n(6, 8)) ||
      validDate(n(4, 8), n(2, 4), n(0, 2)) ||
      validDate(n(4, 8), n(0, 2), n(2, 4))
    );
  if (digits.length === 6)
    return validDate(2000 + n(0, 2), n(2, 4), n(4, 6)) || validDate(2000 + n(4, 6), n(2, 4), n(0, 2));
  if (digits.length === 4) return validDate(2000, n(0, 2), n(2, 4)) || validDate(2000, n(2, 4), n(0, 2));
  return false;
}

/** Tells whether a run is one character repeated or a rising or falling sequence. */
function isSequence(run: string): boolean {
  const codes = Array.from(run, (c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]!));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

function digitBits(run: string, alone: boolean): number {
  if (alone && run.length <= 11) return 0;
  if (run.length === 4 && Number(run) >= 1900 && Number(run) <= 2099) return 0;
  if (isDate(run) || isSequence(run)) return 0;
  return run.length * DIGIT_BITS;
}

/** Tells whether a run of ASCII letters reads as a word of a European language. */
function wordLike(run: string): boolean {
  if (run.length < 2 || !VOWELS.test(run)) return false;
  const vowels = run.match(/[aeiouy]/gu)!.length;
  return vowels / run.length >= 0.25 && !/[^aeiouy]{4}/u.test(run);
}

/**
 * The bits of a run of ASCII letters: none for a word; otherwise the fewest random letters
 * left after cutting known words out of it (a dynamic programme over the run, linear in its
 * length times the longest word).
 */
function letterBits(run: string): number {
  if (wordLike(run) || COMMON_WORDS.has(run) || (run.length >= 3 && isSequence(run))) return 0;
  const cost = new Array<number>(run.length + 1).fill(Number.POSITIVE_INFINITY);
  cost[0] = 0;
  for (let i = 0; i < run.length; i++) {
    if (!Number.isFinite(cost[i]!)) continue;
    cost[i + 1] = Math.min(cost[i + 1]!, cost[i]! + LETTER_BITS);
    for (let j = i + 2; j <= Math.min(run.length, i + LONGEST_WORD); j++)
      if (COMMON_WORDS.has(run.slice(i, j))) cost[j] = Math.min(cost[j]!, cost[i]!);
  }
  return cost[run.length]!;
}

/**
 * Assesses how often a custom value occurs in ordinary text (see the module's rules).
 *
 * @param value - The value as the caller gave it.
 * @returns Its bits and, when it carries fewer than {@link CUSTOM_VALUE_MIN_BITS}, why.
 * @example
 * assessCustomValue('1990-01-01').reason // 'it is digits only, as in dates, amounts, codes and phone numbers'
 * assessCustomValue('x7Kq-93Lm').bits // ≈ 33
 */
export function assessCustomValue(value: string): CustomValueAssessment {
  const key = compactKey(value);
  const runs = key.match(/[0-9]+|[a-z]+|[^0-9a-z]+/gu) ?? [];
  // Digits among words of an unspaced script only (1990年1月1日, 朝阳路88号) or forming a date
  // once joined are ordinary as a whole, like digits alone.
  const digits = key.replace(/[^0-9]/gu, '');
  const alone = runs.length === 1 || (!/[a-z]/u.test(key) && digits.length <= 11) || isDate(digits);
  let bits = 0;
  for (const run of runs) {
    if (/^[0-9]/u.test(run)) bits += digitBits(run, alone);
    else if (/^[a-z]/u.test(run)) bits += letterBits(run);
  }
  bits = Math.round(bits * 10) / 10;
  if (bits >= CUSTOM_VALUE_MIN_BITS) return { bits, reason: undefined };
  const kinds = new Set(
    runs.map((r) => (/^[0-9]/u.test(r) ? 'digits' : /^[a-z]/u.test(r) ? 'letters' : 'text')),
  );
  const reason =
    kinds.size === 1 && kinds.has('digits')
      ? 'it is digits only, as in dates, amounts, codes and phone numbers'
      : kinds.size === 1 && kinds.has('text')
        ? 'it is written in characters of ordinary words'
        : 'it is made of words, years, dates or sequences that ordinary text holds';
  return { bits, reason };
}
