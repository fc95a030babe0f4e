import { LATIN_ASCII } from './_latin-ascii.js';
import { foldMixedScriptLookalikes } from './confusables.js';
import { hanFoldTable } from './han-fold.js';

/**
 * Text normalisation shared by patterns and content, so both sides fold the same way.
 *
 * A text becomes a "compact" sequence of word characters: NFKD (full width → half width,
 * ligatures, circled digits), decimal digits of every script in ASCII (١٣٩ → 139), combining
 * marks dropped (é → e), lower case, Latin letters
 * without a decomposition spelled in ASCII (ł → l, ß → ss, æ → ae; any-ascii's table),
 * Traditional Chinese characters folded to Simplified (張 → 张; OpenCC's table); separators
 * (spaces, punctuation, symbols) dropped but remembered as boundaries; invisible
 * characters (zero-width, bidi controls, soft hyphen) dropped without leaving a boundary,
 * so `张\u200b小伟` still reads 张小伟 and `138 0013 8000` reads 13800138000.
 */

/** Character classes of compact characters. */
export const CharClass = {
  /** An ASCII digit after folding. */
  digit: 1,
  /** A letter or number of an alphabetic script (Latin, Cyrillic, …). */
  alpha: 2,
  /** A character of a script written without spaces (Han, kana, Hangul, Thai…). */
  cjk: 3,
} as const;

/** Bit set on a compact character that follows a separator. */
export const SEPARATOR_BEFORE = 4;

/**
 * Bit set on a compact character that follows exactly one space, hyphen or dot: the way digit
 * groups of one number are written (`139 0013 9001`), as opposed to `, ` or ` / ` between numbers.
 */
export const SOFT_SEPARATOR_BEFORE = 8;

const SOFT_SEPARATORS = new Set([0x20, 0x2d, 0x2e, 0xa0, 0x2010, 0x2011, 0x2012, 0x2013, 0x3000]);

// Invisible code points dropped without a boundary: soft hyphen, grapheme joiner, Arabic
// letter mark, Hangul fillers, Khmer inherent vowels, Mongolian selectors, zero-width and bidi
// controls, word joiner and invisible operators, variation selectors, BOM.
const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function isIgnorable(codePoint: number): boolean {
  return IGNORABLE_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}
const WORD = /[\p{L}\p{N}]/u;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const SEPARATOR = 0;
const IGNORE = 8;
// Class of each BMP code point, filled on first sight (0xff = not yet classified).
const bmpClass = new Uint8Array(0x10000).fill(0xff);

function classifySlow(char: string): number {
  if (isIgnorable(char.codePointAt(0)!)) return IGNORE;
  if (!WORD.test(char)) return SEPARATOR;
  if (char >= '0' && char <= '9') return CharClass.digit;
  return UNSPACED.test(char) ? CharClass.cjk : CharClass.alpha;
}

/** The class of a folded code point: a {@link CharClass}, `0` for a separator, `8` for invisible. */
export function classify(codePoint: number): number {
  if (codePoint < 0x10000) {
    let value = bmpClass[codePoint]!;
    if (value === 0xff) {
      value = classifySlow(String.fromCharCode(codePoint));
      bmpClass[codePoint] = value;
    }
    return value;
  }
  return classifySlow(String.fromCodePoint(codePoint));
}

// A run of combining marks is cut to 8 before NFKD: canonical reordering sorts each run, which
// costs quadratic time on a hostile run of thousands of marks. No script stacks more than a
// handful on one letter (Vietnamese two, Tibetan four), and marks are dropped anyway.
const MAX_MARK_RUN = 8;
// Modifier letters written as apostrophes (ʼ ʻ ʽ), dropped like the apostrophe they stand for.
const APOSTROPHE_LETTERS = [0x02b9, 0x02bb, 0x02bc, 0x02bd, 0x02be, 0x02bf];
const LETTER_DOTS = [0x318d, 0xa78f, 0x02d1, 0x119e];

// Whether each BMP code point is a combining mark, filled on first sight (0xff = not yet known).
// A per-character loop with this table stays linear where a /\p{M}/gu replace over a large
// string measured superlinear (×17 time for ×4 length at 400k characters).
const bmpMark = new Uint8Array(0x10000).fill(0xff);
function isMark(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  if (codePoint >= 0x10000) return MARK.test(String.fromCodePoint(codePoint));
  let value = bmpMark[codePoint]!;
  if (value === 0xff) {
    value = MARK.test(String.fromCharCode(codePoint)) ? 1 : 0;
    bmpMark[codePoint] = value;
  }
  return value === 1;
}
const MARK = /^\p{M}$/u;

// Decimal digits of every script (Unicode Nd: Arabic-Indic ١, Persian ۱, Devanagari १, Thai ๑, …)
// read as ASCII digits, so a number is one key however it is written. Unicode encodes each
// script's decimal digits as contiguous runs of ten in ascending order, 0 first (a stability
// guarantee for Numeric_Type=Decimal), so a digit's value is its distance from its run's start.
// Filled on first sight per BMP code point: 0–9 the value, 10 not a digit, 0xff not yet known.
const bmpDigit = new Uint8Array(0x10000).fill(0xff);
const DECIMAL = /^\p{Nd}$/u;
const isDecimal = (codePoint: number): boolean => DECIMAL.test(String.fromCodePoint(codePoint));
function decimalSlow(codePoint: number): number {
  if (!isDecimal(codePoint)) return -1;
  let start = codePoint;
  // Some scripts' runs adjoin (mathematical digits: five sets of ten); a run is at most 60 long.
  while (codePoint - start < 60 && isDecimal(start - 1)) start--;
  return (codePoint - start) % 10;
}

/**
 * The value of a decimal digit of any script.
 *
 * @param codePoint - A code point.
 * @returns 0–9, or -1 when it is no decimal digit.
 */
export function decimalValue(codePoint: number): number {
  if (codePoint < 0x80) return codePoint >= 0x30 && codePoint <= 0x39 ? codePoint - 0x30 : -1;
  if (codePoint >= 0x10000) return decimalSlow(codePoint);
  let value = bmpDigit[codePoint]!;
  if (value === 0xff) {
    const slow = decimalSlow(codePoint);
    value = slow < 0 ? 10 : slow;
    bmpDigit[codePoint] = value;
  }
  return value === 10 ? -1 : value;
}

/**
 * A text with every decimal digit in ASCII (`١٣٩` → `139`, `１３９` → `139`), the rest as it is.
 *
 * @param text - Any text.
 * @returns The text, or the same string when it has no other digits.
 */
export function asciiDigits(text: string): string {
  if (/^[\u0000-\u007f]*$/u.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const value = codePoint < 0x80 ? -1 : decimalValue(codePoint);
    if (value >= 0) {
      out += text.slice(last, i) + String(value);
      last = i + width;
    }
    if (width === 2) i++;
  }
  return last === 0 ? text : out + text.slice(last);
}

let foldTable: Map<number, string> | undefined;
/** Per code point: its replacement after NFKD and lower-casing (Latin → ASCII, Traditional → Simplified). */
function charFolds(): Map<number, string> {
  if (foldTable) return foldTable;
  const out = new Map(hanFoldTable());
  for (const entry of LATIN_ASCII.split(' ')) {
    const letter = String.fromCodePoint(entry.codePointAt(0)!);
    out.set(letter.codePointAt(0)!, entry.slice(letter.length));
  }
  for (const cp of APOSTROPHE_LETTERS) out.set(cp, '');
  // Middle dots that Unicode calls letters (the Korean IME's ㆍ U+318D, the sinological dot ꞏ
  // U+A78F, the modifier ˑ U+02D1) join name parts like the interpunct: they read as it.
  for (const cp of LETTER_DOTS) out.set(cp, '\u00b7');
  foldTable = out;
  return out;
}

// The rewritten text is built in a reused buffer of UTF-16 code units: pushing one string per
// replacement (a Devanagari or Hindi text drops a mark every few characters) filled an array of
// 100k small strings for a 100k-character text, which the collector copied while it lived.
let rewriteBuffer: Uint16Array = new Uint16Array(4096);
// How many code units String.fromCharCode takes at once (well under any engine's argument limit).
const DECODE_CHUNK = 8192;

function reserve(needed: number): Uint16Array {
  if (rewriteBuffer.length < needed) {
    let size = rewriteBuffer.length;
    while (size < needed) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(rewriteBuffer);
    rewriteBuffer = grown;
  }
  return rewriteBuffer;
}

/** The first `length` code units of a buffer as a string, lone surrogates and all. */
function unitsToString(units: Uint16Array, length: number): string {
  const decode = (from: number, to: number): string =>
    String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  if (length <= DECODE_CHUNK) return decode(0, length);
  const chunks: string[] = [];
  for (let k = 0; k < length; k += DECODE_CHUNK) chunks.push(decode(k, Math.min(length, k + DECODE_CHUNK)));
  return chunks.join('');
}

/**
 * One pass over a text: code points are kept, replaced or dropped. With `capMarks`, a run of
 * combining marks is cut after {@link MAX_MARK_RUN}; otherwise marks are dropped and folds applied.
 */
function rewrite(text: string, capMarks: boolean): string {
  const folds = capMarks ? undefined : charFolds();
  let out = rewriteBuffer;
  let written = 0;
  let last = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Below U+00C0 nothing folds and nothing is a mark: ASCII, Latin-1 punctuation and symbols.
    if (unit < 0xc0) {
      run = 0;
      continue;
    }
    const astral = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length;
    const codePoint = astral ? text.codePointAt(i)! : unit;
    const width = astral ? 2 : 1;
    let replacement: string | undefined;
    if (isMark(codePoint)) {
      run++;
      if (!capMarks || run > MAX_MARK_RUN) replacement = '';
    } else {
      run = 0;
      replacement = folds?.get(codePoint);
      // No decimal digit lies in CJK ideographs and Yi (U+3400–U+A61F) or Hangul syllables to
      // full-width punctuation (U+AC00–U+FF0F): most of a Chinese text skips the look-up.
      if (
        folds &&
        replacement === undefined &&
        !(codePoint >= 0x3400 && codePoint < 0xa620) &&
        !(codePoint >= 0xac00 && codePoint < 0xff10)
      ) {
        const digit = decimalValue(codePoint);
        if (digit >= 0) replacement = String(digit);
      }
    }
    if (replacement !== undefined) {
      // The kept slice before the replacement, then the replacement (nothing for a drop).
      out = reserve(written + (i - last) + replacement.length);
      for (let k = last; k < i; k++) out[written++] = text.charCodeAt(k);
      for (let k = 0; k < replacement.length; k++) out[written++] = replacement.charCodeAt(k);
      last = i + width;
    }
    if (astral) i++;
  }
  if (last === 0 && written === 0) return text;
  out = reserve(written + (text.length - last));
  for (let k = last; k < text.length; k++) out[written++] = text.charCodeAt(k);
  return unitsToString(out, written);
}

/**
 * Folds a text: NFKD, combining marks removed, lower case, Latin letters without a
 * decomposition in ASCII, Traditional Chinese to Simplified. Linear in the text's length.
 */
export function foldText(text: string): string {
  // NFKD then dropping marks folds accents; ASCII-only text skips the costly passes.
  if (/^[\u0000-\u007f]*$/u.test(text)) return text.toLowerCase();
  return rewrite(rewrite(text, true).normalize('NFKD').toLowerCase(), false);
}

/** A compacted text: code points, their classes and where each came from. */
export interface CompactText {
  /** The folded word characters, as code points. */
  readonly codePoints: Int32Array;
  /** Per compact character: its {@link CharClass} plus {@link SEPARATOR_BEFORE} and {@link SOFT_SEPARATOR_BEFORE}. */
  readonly flags: Uint8Array;
  /** How many compact characters there are. */
  readonly length: number;
  /** The folded text the compact characters come from. */
  readonly folded: string;
}

/**
 * Compacts a text for matching: folded ({@link foldText}), Cyrillic, Greek and Armenian letters
 * inside a Latin word read as the Latin letters they are drawn like first
 * (`foldMixedScriptLookalikes`: `Emіly` with Cyrillic і is `emily`). Only here, where canaries
 * and names are matched: a link's host keeps its homograph (`hotel-аdlon.de` is not the hotel's).
 *
 * @param text - Any text; its length bounds the work (one pass).
 * @returns The compact characters with their classes and boundaries.
 */
export function compactText(text: string): CompactText {
  const folded = foldText(foldMixedScriptLookalikes(text));
  return compactFolded(folded, new Int32Array(folded.length), new Uint8Array(folded.length));
}

// Scratch arrays reused by every scan: a 100k-character message would otherwise allocate half a
// megabyte of typed arrays per scan, and their collection measured as the largest cost of record().
let scratchPoints = new Int32Array(4096);
let scratchFlags = new Uint8Array(4096);

/**
 * Compacts a text into arrays shared by every call: the result is valid only until the next
 * call, for a scan that reads it at once.
 */
export function compactTextTransient(text: string): CompactText {
  const folded = foldText(foldMixedScriptLookalikes(text));
  if (scratchPoints.length < folded.length) {
    let size = scratchPoints.length;
    while (size < folded.length) size *= 2;
    scratchPoints = new Int32Array(size);
    scratchFlags = new Uint8Array(size);
  }
  return compactFolded(folded, scratchPoints, scratchFlags);
}

function compactFolded(folded: string, codePoints: Int32Array, flags: Uint8Array): CompactText {
  let length = 0;
  let separator = true;
  // Separator characters since the last word character; the last one seen.
  let run = 0;
  let lastSeparator = 0;
  for (let i = 0; i < folded.length; i++) {
    const codePoint = folded.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const kind = classify(codePoint);
    if (kind === IGNORE) continue;
    if (kind === SEPARATOR) {
      separator = true;
      run++;
      lastSeparator = codePoint;
      continue;
    }
    codePoints[length] = codePoint;
    const soft = length > 0 && run === 1 && SOFT_SEPARATORS.has(lastSeparator);
    flags[length] = kind | (separator ? SEPARATOR_BEFORE : 0) | (soft ? SOFT_SEPARATOR_BEFORE : 0);
    length++;
    separator = false;
    run = 0;
  }
  return { codePoints, flags, length, folded };
}

/**
 * The compact key of a pattern: the folded word characters only.
 *
 * @param text - A canary value or a part of one.
 * @returns The key, e.g. `johnqsmith` for `John Q. Smith`.
 */
export function compactKey(text: string): string {
  // Tags, digits and lower-case ASCII words are already compact.
  if (/^[a-z0-9]*$/u.test(text)) return text;
  const compact = compactText(text);
  return String.fromCodePoint(...compact.codePoints.subarray(0, compact.length));
}

/**
 * Which neighbour classes a pattern must not touch at its edges (a bit per class): an all-digit
 * pattern must not continue a longer number nor touch a letter of a spaced script (digits glued
 * to letters are an id: the waybill `SF13900139001`, the order `E13900139001`, `…?u=13900139001x`,
 * not a phone number); a pattern with letters must not sit inside a word; a pattern edge in an
 * unspaced script has no boundary to respect (`电话13900139001` still reads the number).
 */
export function edgeMasks(key: string): { left: number; right: number } {
  const first = classify(key.codePointAt(0)!);
  const lastChar = key.codePointAt(key.length - 1)!;
  // A trailing low surrogate belongs to an astral character: classify the whole pair.
  const last = classify(
    lastChar >= 0xdc00 && lastChar <= 0xdfff ? key.codePointAt(key.length - 2)! : lastChar,
  );
  const maskFor = (c: number | undefined): number => {
    if (c === CharClass.cjk || c === undefined) return 0;
    return (1 << CharClass.digit) | (1 << CharClass.alpha);
  };
  return { left: maskFor(first), right: maskFor(last) };
}
