/**
 * Letters of other scripts drawn like a Latin letter, each with the Latin letter it is confused
 * with: Unicode's confusables data (`confusables.txt`, UTS #39 "Unicode Security Mechanisms"
 * §4), the entries whose source is one Cyrillic, Greek or Armenian letter and whose prototype is
 * one ASCII letter, as packaged by `unhomoglyph` 1.0.6 (`data.json`). Three letters drawn like a
 * capital I (Greek Ι, Cyrillic І, palochka Ӏ) are mapped to `I` where the skeleton maps them and
 * `I` alike to `l`, since matching here compares case-folded text. 88 letters, each one UTF-16
 * unit mapped to one.
 */
const TABLE =
  '\u03b1a\u0430a\u0391A\u0410A\u042cb\u0392B\u0412B\u03f2c\u0441c\u03f9C\u0421C\u0501d\u0435e\u04bde\u0395E\u0415E\u0584f\u03dcF\u0581g\u050cG\u04bbh\u0570h\u0397H\u041dH\u03b9i\u1fbei\u037ai\u0456i\ua647i\u04cfi\u03f3j\u0458j\u037fJ\u0408J\u039aK\u041aK\u0399I\u0406I\u04c0I\u039cM\u03faM\u041cM\u0578n\u057cn\u039dN\u03bfo\u03c3o\u043eo\u0585o\u039fO\u041eO\u0555O\u03c1p\u03f1p\u0440p\u03a1P\u0420P\u051bq\u0563q\u0566q\u1d26r\u0433r\u0455s\u0405S\u054fS\u03a4T\u0422T\u03c5u\u057du\u054dU\u03bdv\u0475v\u0474V\u0461w\u051dw\u0561w\u051cW\u0445x\u03a7X\u0425X\u03b3y\u0443y\u04afy\u03a5Y\u03d2Y\u0423Y\u04aeY\u0396Z';

const LATIN_LOOKALIKE: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TABLE.length / 2 }, (_, i) => [TABLE[2 * i]!, TABLE[2 * i + 1]!] as const),
);

/**
 * A word: letters, marks and decimal digits of any script. Digits belong to the word, so a
 * lookalike letter between digits of a Latin identifier (an alias tag `kp874f4s5е` with a
 * Cyrillic е after the 5) is folded with the identifier's Latin letters, not read as a word of
 * its own with no Latin letter in it.
 */
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LOOKALIKE = new RegExp(`[${[...LATIN_LOOKALIKE.keys()].join('')}]`, 'gu');

/**
 * Folds the lookalike letters of a word written in Latin letters mixed with Cyrillic, Greek or
 * Armenian ones to the Latin letters they are drawn like (`Emіly` with Cyrillic і → `Emily`,
 * `4bu4633rсp` with Cyrillic с → `4bu4633rcp`: a word runs through digits): the mixed-script
 * spelling UTS #39 §5.1 flags, a filter-evasion trick of bulk mail. A word of
 * one script (Russian, Greek, Armenian text) is left as it is, so text in those languages
 * never reads as Latin words. Length-preserving (one UTF-16 unit for one) and linear.
 *
 * @param text - Any text.
 * @returns The text with mixed-script words folded.
 */
export function foldMixedScriptLookalikes(text: string): string {
  OTHER_LOOKALIKE.lastIndex = 0;
  if (!OTHER_LOOKALIKE.test(text)) return text;
  return text.replace(WORD, (word) =>
    LATIN_LETTER.test(word) ? word.replace(OTHER_LOOKALIKE, (c) => LATIN_LOOKALIKE.get(c) ?? c) : word,
  );
}
