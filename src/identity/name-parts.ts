/**
 * The parts of a Latin-script personal name: the titles before it (Herr, Dr., Prof. Dr., Mr,
 * Sir, Mme, Sig.ra, Pan), the given name, any middle names, the family name with its particles
 * (van Beethoven, de la Cruz, bin Ahmed) and the suffixes after it (Jr., III, PhD).
 *
 * A title or suffix is how someone is addressed, not which person: dealers' records keep or drop
 * it at will, so a name variant is built from the name without it and weighed as that name
 * (`Herr Thomas Weber` is the two-part name Thomas Weber). A particle belongs to the family name
 * (a middle initial goes before it: Ludwig V. van Beethoven) and is no middle name.
 *
 * Word lists: forms of address and academic titles as written in address lines (DIN 5008:2020
 * §§ 9.2–9.3 for German, `Herr`, `Frau`, `Dr.`, `Prof.`, `Dipl.-Ing.`; Royal Mail and the
 * Debrett's forms `Mr`, `Mrs`, `Ms`, `Miss`, `Mx`, `Dr`, `Prof`, `Sir`, `Dame`, `Lord`,
 * `Lady`, `Rev`; the French `M.`, `Mme`, `Mlle`, `Me`, `Pr`; the Spanish and Portuguese `Sr.`,
 * `Sra.`, `Srta.`, `D.`, `Dña.`, `Doña` (not `Don` nor `Dona`, given names too); the Italian `Sig.`, `Sig.ra`, `Dott.`,
 * `Dott.ssa`, `Ing.`, `Avv.`; the Dutch `Dhr.`, `Mevr.`, `Mw.`; the Polish `Pan`, `Pani`),
 * generational and degree suffixes (`Jr.`, `Sr.`, `II`–`V`, `PhD`, `MD`, `Esq.`), and
 * nobiliary and patronymic particles (van, von, de, da, di, du, del, della, der, den, ter, ten,
 * zu, vom, zum, la, le, dos, das, bin, bint, ibn, al, el).
 */
export interface LatinNameParts {
  /** Forms of address and academic titles before the name, as written. */
  readonly titles: readonly string[];
  /** The first given name. */
  readonly given: string;
  /** Further given names. */
  readonly middle: readonly string[];
  /** The family name, its particles first (`van Beethoven`); empty for a one-word name. */
  readonly family: readonly string[];
  /** Generational and degree suffixes after the name, as written. */
  readonly suffixes: readonly string[];
}

const TITLES = new Set(
  [
    'herr',
    'frau',
    'fraulein',
    'fräulein',
    'dr',
    'prof',
    'dipl-ing',
    'dipl',
    'ing',
    'mag',
    'med',
    'rer',
    'nat',
    'phil',
    'jur',
    'dent',
    'vet',
    'mr',
    'mrs',
    'ms',
    'miss',
    'mx',
    'sir',
    'dame',
    'lord',
    'lady',
    'rev',
    'mme',
    'mlle',
    'me',
    'pr',
    'sr',
    'sra',
    'srta',
    'dña',
    'dna',
    'doña',
    'sig',
    'sigra',
    'signa',
    'dott',
    'dottssa',
    'avv',
    'dhr',
    'mevr',
    'mw',
    'pan',
    'pani',
  ].map((w) => w.normalize('NFC')),
);
/** Titles that are one letter and a full stop (French `M.`, Spanish `D.`): only with a dot. */
const LETTER_TITLES = new Set(['m.', 'd.']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq', 'msc', 'mba', 'dds']);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'vom',
  'zum',
  'la',
  'le',
  'dos',
  'das',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
]);

/** A word as the lists hold it: lower case, its dots and a trailing comma gone. */
const key = (word: string): string => word.toLowerCase().normalize('NFC').replace(/[.,]/gu, '');

function isTitle(word: string): boolean {
  return (
    LETTER_TITLES.has(word.toLowerCase()) || (word.replace(/[.,]/gu, '').length > 1 && TITLES.has(key(word)))
  );
}

/**
 * Splits a Latin-script name into its parts (see the module's documentation). Titles and
 * suffixes are taken away only while two words of the name stay (`Sir Elton John` is Elton
 * John; a person called `Frau Herr` keeps both words); particles start the family name only
 * when they stand right before its last word, after the given name.
 *
 * @param name - A Latin-script personal name.
 * @returns Its parts.
 */
export function latinNameParts(name: string): LatinNameParts {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const titles: string[] = [];
  const suffixes: string[] = [];
  while (words.length > 2 && isTitle(words[0]!)) titles.push(words.shift()!);
  while (words.length > 2 && SUFFIXES.has(key(words.at(-1)!))) suffixes.unshift(words.pop()!);
  // "John Smith, Jr.": the comma before a suffix belongs to it.
  if (suffixes.length > 0) words[words.length - 1] = words.at(-1)!.replace(/,$/u, '');
  const given = words[0] ?? '';
  // The particles right before the last word start the family name (`van Beethoven`, `van der
  // Berg`, `de la Fuente`); one followed by more words is part of a given name (`María del Carmen
  // García Ruiz`, `María de los Ángeles López`).
  let familyStart = Math.max(1, words.length - 1);
  while (familyStart > 1 && PARTICLES.has(key(words[familyStart - 1]!))) familyStart--;
  return {
    titles,
    given,
    middle: words.slice(1, familyStart),
    family: words.length > 1 ? words.slice(familyStart) : [],
    suffixes,
  };
}

/**
 * A Latin-script name without its titles and suffixes (`Herr Dr. Thomas Weber` → `Thomas Weber`).
 *
 * @param name - A Latin-script personal name.
 * @returns The given, middle and family names, joined by spaces.
 */
export function plainLatinName(name: string): string {
  const { given, middle, family } = latinNameParts(name);
  return [given, ...middle, ...family].join(' ');
}
