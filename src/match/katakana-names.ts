/**
 * A message with a Latin name its Japanese staff write by its sound in katakana written back in
 * Latin letters: ヨドバシカメラ for `Yodobashi Camera`, ビックカメラ for `Bic Camera`, ツタヤ for
 * `TSUTAYA`. Japanese businesses with a Latin name write it in katakana in Japanese text (their
 * clerks' calls, their texts' 【signature】, their mail), so the own-message rules read the
 * message as one that writes the name.
 *
 * Closeness is a reading, never a guess at another name: a katakana run of at least
 * {@link MIN_KANA} characters, romanised in Hepburn (wanakana's `toRomaji`), against the name
 * written without spaces or its first word that says which business (of at least
 * {@link MIN_LATIN_LETTERS} letters), with
 * the spellings katakana cannot keep folded (c and q as k, v as b, l as r, x as ks, a doubled
 * letter as one) and the vowels katakana adds after a closing consonant dropped (ビック is
 * `bikku` for Bic); what remains must be equal letter for letter.
 */
import { toRomaji } from 'wanakana';
import { foldText } from './normalize-text.js';
import { LEGAL_WORDS_EN, PLACES_EN, TYPE_WORDS_EN } from './own-service-phrases.js';

/** The fewest katakana characters read as a name (two are any of too many words). */
export const MIN_KANA = 3;

/**
 * The longest katakana run read as a name: longer than any business name (ヨドバシカメラ is 7,
 * インターコンチネンタル 11). wanakana's `toRomaji` recurses once per character, so a run of
 * thousands overflows the stack, and a longer run is no name anyway.
 */
export const MAX_KANA = 40;
/** The fewest letters of a Latin name or word compared with a katakana reading. */
export const MIN_LATIN_LETTERS = 5;

const KATAKANA_RUN = /[\p{Script=Katakana}ー・]{3,}/gu;
const LATIN = /^[\p{Script=Latin}\p{N}\s&'.-]+$/u;

/**
 * A spelling reduced to what katakana keeps: letters only, c/q as k, v as b, l as r, x as ks,
 * doubled letters as one, and the vowel katakana adds after a closing consonant (u after most,
 * o after t and d, i after ch) dropped, so `bikkukamera` and `biccamera` both read `bikkamera`
 * before doubles fold.
 */
function sounds(spelling: string): string {
  return spelling
    .replace(/[^a-z]/gu, '')
    .replace(/ch/gu, 'C')
    .replace(/sh/gu, 'S')
    .replace(/ts/gu, 'T')
    .replace(/ph/gu, 'f')
    .replace(/[cq]/gu, 'k')
    .replace(/v/gu, 'b')
    .replace(/l/gu, 'r')
    .replace(/x/gu, 'ks')
    .replace(/C/gu, 'ch')
    .replace(/S/gu, 'sh')
    .replace(/T/gu, 'ts')
    .replace(/(.)\1+/gu, '$1');
}

/** A romanised katakana reading without the vowels katakana adds after a closing consonant. */
function withoutAddedVowels(reading: string): string {
  // ック (kku), ッド (ddo), ット (tto), ッチ (tchi), ム at a word's end: the consonant closes a
  // syllable in the Latin spelling.
  return reading
    .replace(/([kgpbfsz])u(?=[kgpbfszmnrtdwyhj]|$)/gu, '$1')
    .replace(/([td])o(?=[kgpbfszmnrtdwyhj]|$)/gu, '$1')
    .replace(/(ch)i(?=[kgpbfszmnrtdwyhj]|$)/gu, '$1');
}

/** The Latin spellings to compare a katakana reading with: the whole name, its first distinctive word. */
function latinKeys(names: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of names) {
    if (!LATIN.test(name)) continue;
    const folded = foldText(name);
    const whole = folded.replace(/[^a-z]/gu, '');
    if (whole.length >= MIN_LATIN_LETTERS) keys.set(sounds(whole), name.trim());
    // Its first word that says which business (Yodobashi of Yodobashi Camera): staff drop the rest.
    const first = folded
      .split(/[^a-z]+/u)
      .find((w) => w !== '' && !TYPE_WORDS_EN.has(w) && !PLACES_EN.has(w) && !LEGAL_WORDS_EN.has(w));
    if (first !== undefined && first.length >= MIN_LATIN_LETTERS && !keys.has(sounds(first)))
      keys.set(sounds(first), first);
  }
  return keys;
}

/**
 * The text with each katakana run that reads as one of the source's Latin names (or a word of
 * one) written as that name (see the module's documentation).
 *
 * @param names - The source's names (`sourceNames`).
 * @param text - A message as it came.
 * @returns The text with those runs replaced, spaced from the Japanese around them; the same
 *   string when none reads so.
 * @example
 * writeKatakanaNames(['Yodobashi Camera'], 'ヨドバシカメラ梅田店の佐藤です');
 * // ' Yodobashi Camera 梅田店の佐藤です'
 */
export function writeKatakanaNames(names: readonly string[], text: string): string {
  if (!/\p{Script=Katakana}/u.test(text)) return text;
  const keys = latinKeys(names);
  if (keys.size === 0) return text;
  return text.replace(KATAKANA_RUN, (run) => {
    const kana = run.replace(/・/gu, '');
    if (kana.length < MIN_KANA || kana.length > MAX_KANA) return run;
    const reading = toRomaji(kana);
    const key = sounds(withoutAddedVowels(reading));
    const plain = sounds(reading);
    const name = keys.get(key) ?? keys.get(plain);
    return name === undefined ? run : ` ${name} `;
  });
}
