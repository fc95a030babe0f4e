import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { foldText } from '../match/normalize-text.js';
import {
  HANGUL_COMPOUND_SURNAMES,
  HANGUL_SURNAME_SPELLINGS,
  POLYPHONIC_SURNAMES,
  SURNAME_ROMANISATIONS,
} from './name-tables.js';
import { japaneseName, splitHanName, umlautSpellings, uSpellings } from './name-variant.js';

/**
 * One name-form key for comparing a name written in one script with the same name written in
 * another: 张伟 / Zhang Wei / Wei Zhang / Cheung Wai (the surname's Hong Kong spelling), Müller /
 * Mueller / Muller, ＺＨＡＮＧ (full width) / Zhang, サトウ / Sato / Satō. Each name part
 * becomes a set of keys:
 *
 * - its own writing folded (full width → half width, case, accents, Traditional → Simplified
 *   Chinese by OpenCC's table; see `foldText`), as the `script` key;
 * - romanised keys: Latin letters as written and as German clerks spell umlauts (`umlautSpellings`);
 *   Chinese characters in toneless pinyin, every reading of each character (pinyin-pro,
 *   `multiple`; a surname also in surname mode, its polyphonic readings and its Cantonese,
 *   Hokkien, Wade–Giles and Korean spellings from `SURNAME_ROMANISATIONS`); kana by any-ascii's
 *   table (サトウ → satou); a Hangul surname by any-ascii's table (the Revised Romanization) and
 *   the spellings its bearers use (`HANGUL_SURNAME_SPELLINGS`: 김 Kim, 이 Lee, Yi, Rhee); a
 *   Hangul given name none (its Latin spellings vary too much to compare).
 *
 * Romanised keys fold Japanese long vowels (ou, oo, uu → o, u: Satou, Satoo, Satō → sato) and
 * pinyin ü (`v`) to every spelling of it (`uSpellings`). A kanji name read the Japanese way has no
 * romanised key: its reading is not in the characters (佐藤 is Satō, never Zuoteng), so it
 * compares only with names written in kanji.
 */

/** How a name's Chinese characters are read: Chinese (pinyin) or Japanese (unknown, kanji only). */
export type HanReading = 'chinese' | 'japanese';

/** The keys of one name part. */
export interface NamePartKeys {
  /** The part folded in its own script (Han, kana, Latin…). */
  readonly written: string;
  /** Its romanised keys (ASCII letters only); empty for a kanji part read the Japanese way. */
  readonly roman: ReadonlySet<string>;
  /** Whether the part is written in Chinese characters. */
  readonly han: boolean;
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Cap on the romanised readings of one part (each character's readings multiply). */
const MAX_READINGS = 64;

/** Letters only, folded: case, width, accents, Traditional → Simplified. */
export function foldLetters(text: string): string {
  return foldText(text.normalize('NFKC'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]+/gu, '');
}

/** A romanised key with Japanese long vowels folded (Satou, Satoo, Satō → sato). */
function romanFold(key: string): string {
  return key.replace(/ou|oo/gu, 'o').replace(/uu/gu, 'u');
}

/** Every toneless pinyin spelling of a run of Chinese characters, at most {@link MAX_READINGS}. */
function hanReadings(han: string, surname: boolean): string[] {
  let out = [''];
  const chars = Array.from(han);
  chars.forEach((char) => {
    const readings = new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }));
    out = out.flatMap((prefix) => [...readings].map((r) => prefix + r)).slice(0, MAX_READINGS);
  });
  if (surname) {
    out.push(pinyin(han, { mode: 'surname', toneType: 'none', type: 'array', v: true }).join(''));
    out.push(...(POLYPHONIC_SURNAMES.get(han) ?? []), ...(SURNAME_ROMANISATIONS.get(han) ?? []));
  }
  return out;
}

/**
 * The keys of one name part (a surname, a given name, a word of a Latin name).
 *
 * @param part - The part as written, in any script.
 * @param options - `surname`: the part is a family name (its table spellings count);
 *   `reading`: how Chinese characters are read (`'japanese'`: no romanised key for kanji).
 * @returns The part's written and romanised keys.
 * @example
 * ```ts
 * namePartKeys('张', { surname: true }).roman.has('cheung'); // true
 * namePartKeys('Ｚｈａｎｇ').roman.has('zhang'); // true
 * ```
 */
export function namePartKeys(
  part: string,
  options: { readonly surname?: boolean; readonly reading?: HanReading } = {},
): NamePartKeys {
  const written = foldLetters(part);
  const roman = new Set<string>();
  const han = HAN.test(written);
  if (han) {
    if (options.reading !== 'japanese' && !KANA.test(written))
      for (const reading of hanReadings(written, options.surname === true))
        for (const spelling of uSpellings(reading)) roman.add(romanFold(foldLetters(spelling)));
  } else if (HANGUL.test(written)) {
    // A Korean surname has the spellings its bearers use (Kim, Lee, Park: not the Revised
    // Romanization's Gim, I, Bak alone); a given name has no romanised key: its Latin spellings
    // vary too much to tell it from another's (지성: Jisung, Ji-sung, Jiseong, Chi-sŏng).
    // (`written` is folded to NFD, which spells a syllable in its jamo: the table is NFC.)
    const syllables = written.normalize('NFC');
    if (options.surname === true)
      for (const spelling of [anyAscii(syllables), ...(HANGUL_SURNAME_SPELLINGS.get(syllables) ?? [])]) {
        const ascii = foldLetters(spelling);
        if (ascii.length > 0) roman.add(ascii);
      }
  } else if (LATIN.test(written) || KANA.test(written) || written.length > 0) {
    for (const spelling of [part, ...umlautSpellings(part)]) {
      const ascii = foldLetters(anyAscii(foldLetters(spelling)));
      if (ascii.length > 0) roman.add(romanFold(ascii));
    }
  }
  return { written, roman, han };
}

/**
 * Tells whether two name parts may be one name written two ways: the same writing in one
 * script, or a romanised key in common.
 *
 * @param a - One part's keys.
 * @param b - The other's.
 * @returns Whether they share a key.
 */
export function samePart(a: NamePartKeys, b: NamePartKeys): boolean {
  if (a.written.length > 0 && a.written === b.written) return true;
  for (const key of a.roman) if (b.roman.has(key)) return true;
  return false;
}

/**
 * Tells whether two name parts can be compared at all: both have romanised keys, or both are
 * written in one script. A kanji name read the Japanese way and a romanised one cannot.
 *
 * @param a - One part's keys.
 * @param b - The other's.
 * @returns Whether a difference between them means something.
 */
export function comparableParts(a: NamePartKeys, b: NamePartKeys): boolean {
  if (a.roman.size > 0 && b.roman.size > 0) return true;
  return scriptOf(a.written) === scriptOf(b.written);
}

function scriptOf(text: string): string {
  if (HAN.test(text)) return 'han';
  if (KANA.test(text)) return 'kana';
  return LATIN.test(text) ? 'latin' : 'other';
}

/**
 * How a name's Chinese characters are read: the Japanese way when it holds kana or the person
 * lives in Japan (see `japaneseName`), else the Chinese way.
 *
 * @param name - The name as written.
 * @param region - The person's ISO 3166 region, when known.
 * @returns The reading.
 */
export function hanReadingOf(name: string, region?: string): HanReading {
  return japaneseName(name, region) ? 'japanese' : 'chinese';
}

/** A person's name split into parts, each with its keys. */
export interface PersonNameKeys {
  /** The parts; a Chinese name is surname then given name, a Latin name its words in order. */
  readonly parts: readonly NamePartKeys[];
  /** The part that is the surname, when known (a Japanese kanji name has no known split). */
  readonly surname?: number | undefined;
  /** The whole name folded, for a part written inside it (田中 in 田中花子). */
  readonly whole: string;
  /** How its Chinese characters are read. */
  readonly reading: HanReading;
}

/**
 * Splits a person's name into parts with their keys: a Chinese or Korean name into surname and
 * given name (compound surnames recognised), a Japanese kanji name written without a space as one part (its
 * split is not in the characters), any other name into its words.
 *
 * @param name - The name as written.
 * @param region - The person's ISO 3166 region, when known (Japan reads kanji the Japanese way).
 * @returns The parts and the whole name folded.
 */
export function personNameKeys(name: string, region?: string): PersonNameKeys {
  const trimmed = name.normalize('NFKC').trim();
  const reading = hanReadingOf(trimmed, region);
  const whole = foldLetters(trimmed);
  const words = trimmed.split(/[\s\u3000・·]+/u).filter((w) => foldLetters(w).length > 0);
  if (HAN.test(trimmed) && words.length === 1 && reading === 'chinese') {
    const { surname, given } = splitHanName(trimmed);
    const parts = [namePartKeys(surname, { surname: true })];
    if (given.length > 0) parts.push(namePartKeys(given));
    return { parts, surname: 0, whole, reading };
  }
  // A Korean name written without a space: the surname is its first syllable, or its first two
  // for a compound surname (남궁민수).
  if (HANGUL.test(trimmed) && words.length === 1 && Array.from(trimmed).length >= 2) {
    const chars = Array.from(trimmed);
    const cut = chars.length >= 3 && HANGUL_COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
    const parts = [
      namePartKeys(chars.slice(0, cut).join(''), { surname: true }),
      namePartKeys(chars.slice(cut).join('')),
    ];
    return { parts, surname: 0, whole, reading };
  }
  if (words.length <= 1) return { parts: [namePartKeys(trimmed, { reading })], whole, reading };
  const eastern = HAN.test(trimmed) || KANA.test(trimmed) || HANGUL.test(trimmed);
  const parts = words.map((w, i) =>
    namePartKeys(w, { reading, surname: eastern ? i === 0 : i === words.length - 1 }),
  );
  return { parts, surname: eastern ? 0 : words.length - 1, whole, reading };
}
