/**
 * The words a business's own domain label may be spelled with, from its name: the way a name is
 * written in the ASCII of a domain. "Marks & Spencer" is `marksandspencer.com` ("&" written as a
 * word), "Café Müller" is `cafe-mueller.de` as well as `cafemuller.de` (German ASCII spelling),
 * "Zoë's Hair Salon" is `zoeshairsalon.co.uk` (the possessive's s kept or dropped),
 * "Zahnarztpraxis Dr. Weber" is `zahnarzt-weber.de` or `praxis-dr-weber.de` (a compound's kind
 * word read apart), "みどり歯科" is `midori-shika.jp` (its Hepburn romanisation).
 */
import { toRomaji } from 'wanakana';
import { foldText } from './normalize-text.js';

/** Labels a business's own domain may add to its name (`shop.example`, `myacme.com`). */
export const GENERIC_LABELS = ['www', 'my', 'the', 'app', 'online', 'shop', 'store', 'official', 'go', 'get'];

/**
 * Words "&" (or "+") is written as in a domain, by language: and, und, et, y, e, en, n
 * (`marksandspencer.com`, `marks-n-spencer`), or nothing at all (`marksspencer`).
 */
const AMPERSAND_WORDS = ['and', 'und', 'et', 'y', 'e', 'en', 'n'];

/**
 * Letters German, Danish, Norwegian and Swedish write in two ASCII letters (the transliteration
 * of DIN 5007-2 and the Nordic ASCII spellings): ä ae, ö oe, ü ue, ß ss, å aa, ø oe, æ ae.
 */
const TWO_LETTER_SPELLINGS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  å: 'aa',
  ø: 'oe',
  æ: 'ae',
};

/**
 * German kind words a business's name joins to another (Zahnarztpraxis, Tierarztpraxis,
 * Augenklinik, Gasthof, Autohaus, Reisebüro, Kosmetikstudio), in the ASCII a domain spells them:
 * the compound's parts are each a word of its own domain (`zahnarzt-weber.de`,
 * `praxis-dr-weber.de`).
 */
const COMPOUND_KINDS = [
  'praxis',
  'zahnarzt',
  'tierarzt',
  'arzt',
  'klinik',
  'zentrum',
  'apotheke',
  'kanzlei',
  'studio',
  'salon',
  'haus',
  'hof',
  'stube',
  'buero',
  'buro',
  'laden',
  'markt',
  'schule',
  'versicherung',
  'reisen',
];

/**
 * Japanese kind words written in kanji, with their Hepburn readings (a domain spells the name's
 * reading, not its characters: みどり歯科 is `midori-shika.jp`): 歯科 shika, 医院 iin, 病院 byōin,
 * 動物病院 dōbutsu byōin, 眼科 ganka, 内科 naika, 皮膚科 hifuka, 整骨院 seikotsuin, 接骨院
 * sekkotsuin, 薬局 yakkyoku, 旅館 ryokan, 美容室 biyōshitsu, 美容院 biyōin, 温泉 onsen, 本店 honten,
 * 商店 shōten, 写真館 shashinkan. Long vowels are written both ways (`byoin`, `byouin`).
 */
const KANJI_READINGS: Readonly<Record<string, readonly string[]>> = {
  動物病院: ['doubutsu', 'byouin'],
  歯科: ['shika'],
  医院: ['iin'],
  病院: ['byouin'],
  眼科: ['ganka'],
  内科: ['naika'],
  皮膚科: ['hifuka'],
  整骨院: ['seikotsuin'],
  接骨院: ['sekkotsuin'],
  薬局: ['yakkyoku'],
  旅館: ['ryokan'],
  美容室: ['biyoushitsu'],
  美容院: ['biyouin'],
  温泉: ['onsen'],
  本店: ['honten'],
  商店: ['shouten'],
  写真館: ['shashinkan'],
};

/** Letters and digits of a text's words, folded: a name's words as a domain label spells them. */
function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 0);
}

/** A romanised word with its long vowels written both ways (byouin and byoin). */
function longVowels(word: string): string[] {
  const short = word.replace(/ou/gu, 'o').replace(/uu/gu, 'u').replace(/oo/gu, 'o');
  return short === word ? [word] : [word, short];
}

/**
 * The Hepburn words of a Japanese name: its kana runs romanised (wanakana's `toRomaji`), its kanji
 * kind words read ({@link KANJI_READINGS}); other kanji have no reading here.
 */
function romajiWords(name: string): string[] {
  if (!/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(name)) return [];
  let rest = name;
  const words: string[] = [];
  for (const [kanji, reading] of Object.entries(KANJI_READINGS)) {
    if (rest.includes(kanji)) {
      words.push(...reading);
      rest = rest.split(kanji).join(' ');
    }
  }
  for (const m of rest.matchAll(/[\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu))
    words.push(...foldedWords(toRomaji(m[0])));
  return words.flatMap(longVowels);
}

/**
 * A compound word's kind word and the rest before it, read apart ({@link COMPOUND_KINDS}): a
 * German compound ends with its kind (Zahnarzt|praxis, Auto|haus, Gast|hof), the rest of three
 * letters or more.
 */
function compoundParts(word: string): string[] {
  const kind = COMPOUND_KINDS.find((k) => word.length >= k.length + 3 && word.endsWith(k));
  return kind === undefined ? [] : [word.slice(0, -kind.length), kind];
}

/**
 * The words a domain label spelled as the source's name is made of: its name's words folded
 * (ü as u), in German ASCII spelling (ü as ue), with a possessive's s kept and dropped, a
 * compound's kind word apart, and the Hepburn reading of a Japanese name.
 *
 * @param name - The source's name as written.
 * @returns The words, lower-case ASCII letters and digits, without duplicates.
 */
export function nameWords(name: string): string[] {
  const possessive = name.replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, '$1s');
  const twoLetter = name.toLowerCase().replace(/[äöüßåøæ]/gu, (c) => TWO_LETTER_SPELLINGS[c] ?? c);
  const words = [
    ...foldedWords(name),
    ...foldedWords(possessive),
    ...foldedWords(twoLetter),
    ...romajiWords(name),
  ];
  return [...new Set([...words, ...words.flatMap(compoundParts)])];
}

/**
 * Words a label may join the name's words with: "&" written as a word, when the name has one
 * ({@link AMPERSAND_WORDS}).
 *
 * @param name - The source's name as written.
 * @returns The joining words (perhaps of one letter).
 */
export function joiningWords(name: string): readonly string[] {
  return /[&+＆]/u.test(name) ? AMPERSAND_WORDS : [];
}

/**
 * Whether a domain's own label is made of the source's name words only (hyphens, generic labels
 * and the name's joining words aside): `grandhotel`, `grand-hotel`, `brightsmiledental`,
 * `check24`, `costco`, `marksandspencer`. A longer word is tried first, and a shorter one when
 * that leaves a rest no word begins.
 *
 * @param label - A domain label, lower case.
 * @param words - The name's words ({@link nameWords}).
 * @param joining - Words of one letter or more that may join them ({@link joiningWords}).
 * @returns Whether the label spells the name.
 */
export function spellsName(
  label: string,
  words: readonly string[],
  joining: readonly string[] = [],
): boolean {
  const rest = label.replace(/-/gu, '');
  const parts = [...new Set([...words.filter((w) => w.length >= 2), ...GENERIC_LABELS, ...joining])].sort(
    (a, b) => b.length - a.length,
  );
  // A label is at most 63 characters: the memo keeps the search linear in it.
  const memo = new Map<number, boolean>();
  const from = (at: number): boolean => {
    if (at === rest.length) return true;
    const known = memo.get(at);
    if (known !== undefined) return known;
    memo.set(at, false);
    const ok = parts.some((w) => rest.startsWith(w, at) && from(at + w.length));
    memo.set(at, ok);
    return ok;
  };
  return rest.length > 0 && from(0);
}

/**
 * The initials of a name's words (Harbor Dental Group: `hdg`), of two letters or more: the short
 * form a business names its own page by on a survey or form platform (`surveymonkey.com/r/HDG2026`).
 *
 * @param name - The source's name as written.
 * @returns The initials, or `undefined` for a name of one word.
 */
export function initialsOf(name: string): string | undefined {
  const words = foldedWords(name).filter((w) => /^[a-z]/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined;
}

/** How a source's name is spelled in a domain, worked out once per name. */
export interface NameSpelling {
  /** Its words as a label spells them (`nameWords`); perhaps romanised from Japanese. */
  readonly words: readonly string[];
  /** Words that may join them ("and" for "&"). */
  readonly joining: readonly string[];
  /** Whether the name has words of Latin letters or digits of its own (not only a reading). */
  readonly latin: boolean;
  /** Its words' initials, for a name of two words or more. */
  readonly initials: string | undefined;
}

/** Spellings already worked out, by name (bounded: cleared when full). */
const SPELLINGS = new Map<string, NameSpelling>();

/**
 * How a source's name is spelled in a domain ({@link NameSpelling}).
 *
 * @param name - The source's name as written.
 * @returns Its words, joining words, whether it has Latin words, its initials.
 */
export function spellingOf(name: string): NameSpelling {
  let spelling = SPELLINGS.get(name);
  if (spelling === undefined) {
    if (SPELLINGS.size >= 256) SPELLINGS.clear();
    spelling = {
      words: nameWords(name),
      joining: joiningWords(name),
      latin: /[a-z0-9]/u.test(foldText(name)),
      initials: initialsOf(name),
    };
    SPELLINGS.set(name, spelling);
  }
  return spelling;
}
