import { doubleMetaphone } from 'double-metaphone';
import { pinyin } from 'pinyin-pro';
import { own } from '../_internal/own.js';
import { foldText } from './normalize-text.js';

/**
 * Phonetic keys for call transcripts, where speech-to-text collapses homophones:
 * Han characters become toneless pinyin syllables (张维 and 张伟 both read `zhang wei`),
 * Latin words become Double Metaphone codes (Jon and John both read `JN`), and a lone letter
 * is read as its spoken name first, so `John Q Smith` and `John Cue Smith` agree.
 * A key is a sequence of symbols; `null` marks a break nothing may match across.
 */
export type PhoneticSymbol = string | null;

const HAN = /\p{Script=Han}/u;
const TOKEN = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

// How a lone letter is spoken, so its code matches the word a transcript writes for it.
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'ay',
  b: 'bee',
  c: 'see',
  d: 'dee',
  e: 'ee',
  f: 'eff',
  g: 'gee',
  h: 'aitch',
  i: 'eye',
  j: 'jay',
  k: 'kay',
  l: 'el',
  m: 'em',
  n: 'en',
  o: 'oh',
  p: 'pee',
  q: 'cue',
  r: 'ar',
  s: 'ess',
  t: 'tee',
  u: 'you',
  v: 'vee',
  w: 'doubleyou',
  x: 'ex',
  y: 'why',
  z: 'zee',
};

/** The phonetic symbol of one Latin word (`mp:` and its primary Double Metaphone code). */
export function latinSymbol(word: string): string {
  const spoken = word.length === 1 ? (own(LETTER_NAMES, word) ?? word) : word;
  const [primary] = doubleMetaphone(spoken);
  return `mp:${primary || spoken}`;
}

/** The phonetic symbol of one toneless pinyin syllable. */
export function hanSymbol(syllable: string): string {
  return `py:${syllable}`;
}

/**
 * Converts a text to phonetic symbols, one per Han character or Latin word.
 *
 * @param text - A transcript or a name.
 * @returns The symbols; digits and punctuation become breaks.
 */
export function phoneticSymbols(text: string): PhoneticSymbol[] {
  const folded = foldText(text);
  const out: PhoneticSymbol[] = [];
  let last = 0;
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0];
    const gap = folded.slice(last, match.index);
    // Spaces between words keep a phrase together; anything else breaks it.
    if (out.length > 0 && /[^\s]/u.test(gap)) out.push(null);
    last = match.index + token.length;
    if (HAN.test(token)) {
      for (const syllable of pinyin(token, { toneType: 'none', type: 'array', v: true }))
        out.push(hanSymbol(syllable));
    } else if (/^\d+$/u.test(token)) {
      out.push(null);
    } else {
      out.push(latinSymbol(token));
    }
  }
  return out;
}

/**
 * Every reading of a Chinese name as pinyin symbol sequences: the surname-mode reading first
 * (单 is `shan` as a surname), then the other readings of polyphonic characters, at most `limit`.
 */
export function hanNameReadings(name: string, limit = 16): string[][] {
  const primary = pinyin(name, { mode: 'surname', toneType: 'none', type: 'array', v: true }).map(hanSymbol);
  const perChar = Array.from(name, (char, i) => {
    const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).map(
      hanSymbol,
    );
    return [...new Set([primary[i]!, ...readings])];
  });
  const out: string[][] = [primary];
  const seen = new Set([primary.join('|')]);
  const walk = (i: number, acc: string[]): void => {
    if (out.length >= limit) return;
    if (i === perChar.length) {
      const key = acc.join('|');
      if (!seen.has(key)) {
        seen.add(key);
        out.push([...acc]);
      }
      return;
    }
    for (const reading of perChar[i]!) walk(i + 1, [...acc, reading]);
  };
  walk(0, []);
  return out;
}

/** Tells whether a name is written in Han characters. */
export function isHanName(name: string): boolean {
  return HAN.test(name);
}
