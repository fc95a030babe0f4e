import { doubleMetaphone } from 'double-metaphone';
import { pinyin } from 'pinyin-pro';
import { foldText } from './normalize-text.js';

/**
 * Phonetic keys for call transcripts, where speech-to-text collapses homophones:
 * Han characters become toneless pinyin syllables (张维 and 张伟 both read `zhang wei`),
 * Latin words become Double Metaphone codes (Jon and John both read `JN`), and a lone letter
 * (an initial) is a symbol of its own, `lt:q`, that only the letter (`Q`, `Q.`) or its spoken
 * name (`cue`) written as a word gives, so `John Q Smith` and `John Cue Smith` agree while a word
 * that merely sounds like a letter does not (`Thomas to Anderson` is not `Thomas T. Anderson`).
 * A key is a sequence of symbols; `null` marks a break nothing may match across.
 */
export type PhoneticSymbol = string | null;

const HAN = /\p{Script=Han}/u;
const TOKEN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
// An apostrophe inside a word joins it (O'Brien, O’Brian → obrien): speech-to-text writes it,
// drops it or puts a space for it, and name keys carry the joined and the split form.
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/u;
const INNER_APOSTROPHE = /(?<=\p{L})['\u2018\u2019\u02bc`\u00b4](?=\p{L})/gu;

// How each letter is said alone (its English name).
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

/**
 * Letter names in German, French, Spanish and Italian, as a call centre reading a record aloud
 * says them (Duden; Académie française; RAE, Ortografía 2010 §5.2; Treccani): `Be`, `Ce`, `Ef`,
 * `Ha`, `Jot`, `Ka`, `Pe`, `Er`, `Es`, `Te`, `Fau`, `We`, `Ypsilon`, `Zett`; `bé`, `cé`, `gé`,
 * `ji`, `vé`; `efe`, `hache`, `jota`, `eme`, `ene`, `erre`, `uve`, `equis`; `bi`, `gi`, `effe`,
 * `acca`, `cappa`, `emme`, `enne`, `esse`, `vu`. Left out: `de` and `di` ("of", and the particle
 * of Spanish and Italian names), `ci` (Italian "us"), `ese` (Spanish "that"). Everyday words
 * among the rest (`be`, `es`, `er`, `te`, `we`) count only between the parts of a name, where a
 * name key puts its initial.
 */
const FOREIGN_LETTER_NAMES: readonly (readonly [string, string])[] = [
  ...Object.entries({
    b: ['be', 'bé', 'bi'],
    c: ['ce', 'cé', 'tse'],
    d: ['dé'],
    f: ['ef', 'efe', 'effe'],
    g: ['ge', 'gé', 'gi'],
    h: ['ha', 'hache', 'ache', 'acca'],
    j: ['jot', 'jota', 'ji'],
    k: ['ka', 'kappa', 'cappa'],
    l: ['ele', 'elle'],
    m: ['eme', 'emme'],
    n: ['ene', 'enne'],
    p: ['pe', 'pé', 'pi'],
    q: ['ku'],
    r: ['er', 'erre'],
    s: ['es', 'esse'],
    t: ['te', 'té', 'ti'],
    v: ['fau', 'vé', 'uve', 'vu', 'vi'],
    w: ['we'],
    x: ['ix', 'equis'],
    y: ['ypsilon'],
    z: ['zett', 'zeta'],
  }).flatMap(([letter, names]) => names.map((name): [string, string] => [name, letter])),
];

/**
 * How speech-to-text spells a letter said alone, by the word it writes: the letter's English
 * name. Names that are everyday words or given names (see, eye, jay, kay, em, oh, you, why,
 * dee) are left out: `Hi Thomas, Jay Anderson here` names a caller, not the initial J, so those
 * initials count only written as the letter.
 */
export const LETTER_NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LETTER_NAMES)
    .filter(([, name]) => !['see', 'eye', 'jay', 'kay', 'em', 'oh', 'you', 'why', 'dee'].includes(name))
    .map(([letter, name]): [string, string] => [name, letter]),
  ['zed', 'z'],
  ...FOREIGN_LETTER_NAMES,
]);

/** The symbol of a lone letter (an initial): only the letter or its spoken name gives it. */
const letterSymbol = (letter: string): string => `lt:${letter}`;
const ASCII_LETTER = /^[a-z]$/u;

/**
 * A phonetic key as it sounds: each letter symbol (`lt:t`) read as the letter's spoken name
 * (`mp:T`, as `tee`), so initials that sound alike (T and D, both `T` in Double Metaphone) are
 * one sound. For telling whether two names sound the same, not for matching.
 *
 * @param key - A phonetic key (symbols joined by `|`).
 * @returns The key with letters spoken.
 */
export function soundKey(key: string): string {
  if (!key.includes('lt:')) return key;
  return key
    .split('|')
    .map((symbol) => {
      if (!symbol.startsWith('lt:')) return symbol;
      const letter = symbol.slice(3);
      const [primary] = doubleMetaphone(LETTER_NAMES[letter] ?? letter);
      return `mp:${primary || letter}`;
    })
    .join('|');
}

/**
 * The initial a transcript word spells, as a symbol: a lone letter (`t`) or a letter's name
 * (`tee`); `undefined` for any other word.
 *
 * @param word - A folded (lower-case) word.
 * @returns `lt:` and the letter, or `undefined`.
 */
export function spokenLetterSymbol(word: string): string | undefined {
  if (ASCII_LETTER.test(word)) return letterSymbol(word);
  const letter = LETTER_NAME_WORDS.get(word);
  return letter === undefined ? undefined : letterSymbol(letter);
}

// Words and Han phrases recur across messages (templates, names): their symbols are kept, and
// the cache is dropped whole when full, so memory stays bounded.
const CACHE_LIMIT = 20_000;
const latinCache = new Map<string, string>();
const hanCache = new Map<string, string[]>();
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * The phonetic symbol of one Latin word: `mp:` and its primary Double Metaphone code, or for a
 * lone letter `lt:` and the letter (an initial is matched as a letter, never by sound).
 */
export function latinSymbol(word: string): string {
  if (ASCII_LETTER.test(word)) return letterSymbol(word);
  const cached = latinCache.get(word);
  if (cached !== undefined) return cached;
  const [primary] = doubleMetaphone(word);
  return remember(latinCache, word, `mp:${primary || word}`);
}

// pinyin-pro reads a run of Han characters in context; a long run is read in pieces of this many
// characters so one call never sees an unbounded input (a sentence is rarely longer).
const HAN_PIECE = 64;

function hanSymbols(run: string): string[] {
  const cached = hanCache.get(run);
  if (cached) return cached;
  const out: string[] = [];
  for (let i = 0; i < run.length; i += HAN_PIECE) {
    for (const syllable of pinyin(run.slice(i, i + HAN_PIECE), { toneType: 'none', type: 'array', v: true }))
      out.push(hanSymbol(syllable));
  }
  return run.length <= HAN_PIECE ? remember(hanCache, run, out) : out;
}

/** The phonetic symbol of one toneless pinyin syllable. */
export function hanSymbol(syllable: string): string {
  return `py:${syllable}`;
}

/**
 * Converts a text to phonetic symbols, one per Han character or Latin word.
 *
 * Hint: punctuation never breaks a phrase. Speech-to-text adds and drops full stops, commas,
 * hyphens and middle dots at will (`William L. O'Brien`, `William L Obrian`, `阿卜杜拉·买买提`),
 * so they read as spaces; only a number between words breaks it.
 *
 * @param text - A transcript or a name.
 * @returns The symbols; digits become breaks.
 */
export function phoneticSymbols(text: string): PhoneticSymbol[] {
  let folded = foldText(text);
  if (APOSTROPHES.test(folded)) folded = folded.replace(INNER_APOSTROPHE, '');
  const symbols: PhoneticSymbol[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0];
    if (HAN.test(token)) symbols.push(...hanSymbols(token));
    else symbols.push(/^\d+$/u.test(token) ? null : latinSymbol(token));
  }
  return symbols;
}

const readingsCache = new Map<string, string[]>();
/**
 * Every toneless reading of one Han character, as symbols (都: `py:dou`, `py:du`).
 *
 * @param char - One Han character.
 * @returns Its readings, the most common first.
 */
export function hanCharReadings(char: string): readonly string[] {
  const cached = readingsCache.get(char);
  if (cached) return cached;
  const readings = [
    ...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true })),
  ].map(hanSymbol);
  return remember(readingsCache, char, readings);
}

/**
 * Reads a transcript as phonetic positions, for matching where a polyphonic Han character may
 * stand for any of its readings (a transcript may write 都 for the 杜 of 阿卜杜拉): each Han
 * character is handed over as written, for the caller to offer its {@link hanCharReadings};
 * each Latin word as its symbol, each number as a break (`null`). No contextual segmentation
 * is needed, and nothing is allocated per position. A word that is a letter's name (`tee`) also
 * offers the letter's symbol (see {@link LETTER_NAME_WORDS}).
 *
 * @param text - A transcript.
 * @param onHan - Called with each Han character, in order, and whether it starts a run of them.
 * @param onWord - Called with each Latin word's symbol, or `null` for a number, and the letter
 *   symbol it also spells, if any.
 */
export function forEachPhoneticPosition(
  text: string,
  onHan: (char: string, runStart: boolean) => void,
  onWord: (symbol: PhoneticSymbol, letter?: string) => void,
): void {
  let folded = foldText(text);
  if (APOSTROPHES.test(folded)) folded = folded.replace(INNER_APOSTROPHE, '');
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0];
    if (HAN.test(token)) {
      let runStart = true;
      for (const char of token) {
        onHan(char, runStart);
        runStart = false;
      }
    } else if (/^\d+$/u.test(token)) onWord(null);
    else {
      const symbol = latinSymbol(token);
      const letter = token.length > 1 ? spokenLetterSymbol(token) : undefined;
      if (letter === undefined) onWord(symbol);
      else onWord(symbol, letter);
    }
  }
}

/**
 * Every reading of a Chinese name as pinyin symbol sequences: the surname-mode reading first
 * (单 is `shan` as a surname), then every other reading of a polyphonic surname (`dan`, `chan`)
 * with the given name's primary reading, then other readings of polyphonic given-name characters,
 * at most `limit`.
 *
 * @param name - The name, surname first.
 * @param surnameReadings - Toneless readings of the surname, each as its syllables (`['yu', 'chi']`).
 * @param limit - How many readings to return at most.
 * @returns Symbol sequences, the primary reading first.
 */
export function hanNameReadings(
  name: string,
  surnameReadings: readonly (readonly string[])[] = [],
  limit = 24,
): string[][] {
  const primary = pinyin(name, { mode: 'surname', toneType: 'none', type: 'array', v: true }).map(hanSymbol);
  // The surname table knows surnames pinyin-pro reads wrongly (种 is Chong as a surname).
  const tableReading = surnameReadings[0];
  if (tableReading) primary.splice(0, tableReading.length, ...tableReading.map(hanSymbol));
  const perChar = Array.from(name, (char, i) => {
    const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).map(
      hanSymbol,
    );
    return [...new Set([primary[i]!, ...readings])];
  });
  const out: string[][] = [primary];
  const seen = new Set([primary.join('|')]);
  const add = (reading: string[]): void => {
    const key = reading.join('|');
    if (out.length < limit && !seen.has(key)) {
      seen.add(key);
      out.push(reading);
    }
  };
  for (const syllables of surnameReadings) {
    add([...syllables.map(hanSymbol), ...primary.slice(syllables.length)]);
  }
  const walk = (i: number, acc: string[]): void => {
    if (out.length >= limit) return;
    if (i === perChar.length) {
      add([...acc]);
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
