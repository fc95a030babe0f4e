/**
 * The source's name as its staff write it, in any language: the whole name, its distinctive
 * words without the kind of business ("el equipo del María Cristina" for `Hotel Maria
 * Cristina`), a word of it inflected ("zespół Hotelu Bristol", "Bristolban", "Adlon'da"), a
 * compound signing for it ("Ihr Adlon-Team", "Sacher-Team"), or a Chinese, Japanese or Korean
 * name with its branch and no shop word ("ユニクロ銀座です" for `株式会社ユニクロ 銀座店`).
 *
 * Only where the name stands is read here, not the words around it: the caller decides, by the
 * message's structure (no link elsewhere, no other number, no price, no question, no other
 * business), whether writing the name makes the message the source's own.
 *
 * Texts are folded (`foldText`: lower case, accents stripped, Han as Simplified, Japanese kana
 * folded) and Han runs joined (`joinHan`), as the rest of the matching reads them.
 */
import {
  LEGAL_WORDS_EN,
  MENTION_BEFORE_EN,
  MENTION_BEFORE_ZH,
  PLACES_EN,
  TRADE_FAMILIES,
  TYPE_WORDS_ZH,
} from './own-service-phrases.js';
import { hasWord } from './word-list.js';

/** A source name as compared: its distinctive core and its words. */
export interface WrittenForm {
  readonly latin: boolean;
  /** Chinese, Japanese, Korean: the name without legal form, place and business type (希尔顿). */
  readonly core: string;
  /** Chinese, Japanese, Korean: the name without legal form. */
  readonly full: string;
  /** Latin: every word of the name. */
  readonly words: ReadonlySet<string>;
  /** Latin: the words that say which business (not legal forms, types or places). */
  readonly coreWords: ReadonlySet<string>;
  /**
   * Chinese, Japanese and Korean words of the source's own kind of business (酒店 for a hotel
   * added as `Hilton Shanghai`): next to its name they name it, not another business.
   */
  readonly kinds: ReadonlySet<string>;
  /** The name holds no word that says which business (上海, 大酒店, "Hotel Berlin"). */
  readonly generic: boolean;
  /**
   * A banking group's word read as a member's name ("Sparkasse" of "Sparkasse KölnBonn"): the
   * words of the member's own names. Beside the group's word only these name the member; any
   * other place names another member ("Sparkasse Hannover", "Berliner Volksbank").
   */
  readonly memberWords?: ReadonlySet<string>;
}

/**
 * The shortest word of a name read inflected: a case ending after a shorter word says nothing
 * ("da" of "Dr." does not make "dal" its form).
 */
const MIN_INFLECTED_STEM = 4;

/**
 * The most letters a case ending adds to a name's word in the languages whose nouns decline
 * (Polish Hotelu, Hotelem, Bristolowi; Czech Hotelu; German Hotels; Hungarian Bristolban,
 * Bristoltól; Finnish Bristolissa; Turkish written without its apostrophe, Bristolda): up to
 * four letters, read without knowing which language declined it.
 */
const MAX_CASE_ENDING = 4;

/**
 * The case endings of those languages, folded (accents dropped, as texts are read): Polish and
 * Czech (-u, -em, -owi, -ie, -a, -y, -ach, -ami, -om, -ow, -e, -i), German (-s, -es, -n, -en),
 * Hungarian (-ban, -ben, -ba, -be, -bol, -tol, -rol, -hoz, -nak, -val, -on, -ra, -re, -ig, -nal),
 * Finnish (-ssa, -sta, -lla, -lle, -iin, -ista, -issa, -lta, -ksi, -n, -a), Turkish without its
 * apostrophe (-da, -de, -ta, -te, -dan, -den, -tan, -in, -un, -nin, -a, -e, -i, -ya, -ye).
 */
const CASE_ENDINGS = new Set(
  (
    'u em owi ie a y ach ami om ow e i s es n en ' +
    'ban ben ba be bol tol rol hoz hez nak nek val vel on ra re ig nal nel ' +
    'ssa sta lla lle iin ista issa lta ksi ' +
    'da de ta te dan den tan ten in un nin nun ya ye yi yu'
  ).split(' '),
);

/**
 * How many words before a name are read for a mention of it (`MENTION_BEFORE_EN`: "cheaper
 * than", "we got your number from", "Kunde von"), and how many characters before a Chinese one
 * (`MENTION_BEFORE_ZH`: 比, 从, 在, 看到): a name so written is another's, or where the details
 * came from, not the writer's own.
 */
const MENTION_WORDS = 4;
const MENTION_CHARS = 4;

/**
 * An ampersand initialism's parts, each one to three letters or digits ("h&m", "b&q", "at&t",
 * "p&o"): the name is the one word its brand writes, and its letters alone are too short to be
 * read as a name (M&S would be the title Ms). Longer parts joined by "&" are words of their own
 * ("marks&spencer").
 */
const INITIALISM_PART = 3;

/**
 * The words of a folded run of letters and digits joined by ampersands: an ampersand initialism
 * whole ({@link INITIALISM_PART}), anything else split at its ampersands.
 *
 * @param run - Letters and digits, with "&" between some of them.
 * @returns Its words.
 */
export function ampersandWords(run: string): string[] {
  // Most words hold no ampersand: read them without splitting (every name reading runs this).
  if (!run.includes('&')) return run.length > 0 ? [run] : [];
  const parts = run.split('&').filter((p) => p.length > 0);
  return run.includes('&') && parts.length > 1 && parts.every((p) => p.length <= INITIALISM_PART)
    ? [parts.join('&')]
    : parts;
}

/**
 * A folded text's words, its hyphens and apostrophes splitting them ("adlon-team", "pera'da"), and
 * a Latin word ending where another script starts ("dhakaতে" of
 * "Dhaka-তে", a Bengali case ending written against the name; "בhotel" of "ב-Hotel").
 */
const latinWords = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{N}&]+|(?<=[a-z0-9])(?=[^\sa-z0-9&])|(?<=[^\sa-z0-9&])(?=[a-z0-9])/u)
    .flatMap(ampersandWords);

/**
 * The fewest letters a distinctive word of the name has to be read inside a compound ("Adlonteam",
 * "Sacher-Team" as texts are read, hyphens joined): a shorter one is part of too many words.
 */
const MIN_COMPOUND_PART = 5;

/** Each trade word's row in {@link TRADE_FAMILIES}. */
const TRADE_OF = new Map(TRADE_FAMILIES.flatMap((row, i) => row.map((w) => [w, i] as const)));

/**
 * The name's own word of the trade a text's word is a word of ({@link TRADE_FAMILIES}):
 * `dentistry` for `dental` in `Sunset Family Dentistry`, `opticians` for `optical`; `undefined`
 * when the word is no trade word or the name holds none of its trade.
 *
 * @param word - A folded word of a text.
 * @param words - The name's words.
 * @returns The name's word of the same trade, or `undefined`.
 */
export function sameTradeWord(word: string, words: ReadonlySet<string>): string | undefined {
  const trade = TRADE_OF.get(word);
  if (trade === undefined) return undefined;
  for (const w of words) if (TRADE_OF.get(w) === trade) return w;
  return undefined;
}

/**
 * The name's word a text's word writes: itself, the name's word of the same trade (`dental` →
 * `dentistry`: {@link sameTradeWord}), or the name's word it inflects (`hotelu` → `hotel`,
 * `bristolban` → `bristol`); `undefined` when it writes none.
 */
function nameWordOf(word: string, form: WrittenForm): string | undefined {
  if (form.words.has(word)) return word;
  const trade = sameTradeWord(word, form.words);
  if (trade !== undefined) return trade;
  for (let cut = 1; cut <= MAX_CASE_ENDING && word.length - cut >= MIN_INFLECTED_STEM; cut++) {
    const stem = word.slice(0, -cut);
    // A long ending only after a long word (`bristolban`, not `lidoteam` as a form of `lido`).
    if (cut > 2 && stem.length < MIN_COMPOUND_PART) break;
    // A case ending, not another word after the name (`Bristolbank`, `Sachertorte`).
    if (form.words.has(stem) && CASE_ENDINGS.has(word.slice(-cut))) return stem;
  }
  return undefined;
}

/**
 * Whether a folded Latin-script text writes the name: a run of the name's words (each as it is or
 * inflected, with places and legal forms between) holding its words that say which business in
 * the name's order, all of them, or the first ones with another word of the name beside them
 * (staff drop the city and the group: "Hotelu Bristol" for `Hotel Bristol Warszawa`); or the
 * first of them compounded with another word ("Adlon-Team", read joined as `adlonteam`, "Team
 * Sacher" aside). A generic name (only a kind and a place: "Hotel Europa") is written only whole,
 * as registered.
 */
function writesLatin(form: WrittenForm, text: string): boolean {
  const words = latinWords(text);
  const core = [...form.coreWords];
  if (form.generic || core.length === 0) {
    const whole = [...form.words];
    return words.some((_, i) => whole.every((w, j) => words[i + j] === w));
  }
  for (let i = 0; i < words.length; i++) {
    if (nameWordOf(words[i]!, form) === undefined) continue;
    if (hasWord(words.slice(Math.max(0, i - MENTION_WORDS), i).join(' '), MENTION_BEFORE_EN)) continue;
    const seen: string[] = [];
    let j = i;
    for (; j < words.length; j++) {
      const w = words[j]!;
      const own = nameWordOf(w, form);
      if (own !== undefined) seen.push(own);
      else if (!PLACES_EN.has(w) && !LEGAL_WORDS_EN.has(w)) break;
    }
    const inOrder = seen.filter((w) => form.coreWords.has(w));
    const leading = core.findIndex((w, k) => inOrder[k] !== w);
    if (leading === -1 || (leading > 0 && seen.length > leading)) return true;
    i = j;
  }
  // A compound of the name's first distinctive word and a staff word (`adlonteam`,
  // `sacherteam`): "Sachertorte" or "Bristolbank" is another thing named after it.
  const first = core[0]!;
  return (
    first.length >= MIN_COMPOUND_PART &&
    words.some((w) => w.startsWith(first) && STAFF_COMPOUNDS.has(w.slice(first.length)))
  );
}

/**
 * The staff words a business's name is compounded with when its staff sign (`Adlon-Team`,
 * `Sacher-Service`, `Bristol-Rezeption`), folded, in en de fr es it nl pl sv da tr.
 */
const STAFF_COMPOUNDS = new Set([
  'team',
  'teams',
  'crew',
  'staff',
  'service',
  'services',
  'kundenservice',
  'serviceteam',
  'rezeption',
  'reception',
  'empfang',
  'concierge',
  'equipe',
  'equipo',
  'squadra',
  'zespol',
  'zespolu',
  'ekibi',
  'ekibimiz',
]);

/**
 * Whether a folded, Han-joined Chinese, Japanese or Korean text writes the name: its whole name,
 * or its distinctive core not followed by another kind of business (ユニクロ銀座 and ユニクロ新宿店
 * write ユニクロ; 平安贷 does not write 平安保险).
 */
function writesHan(form: WrittenForm, text: string): boolean {
  const bareText = text.replace(/[^\p{L}\p{N}]+/gu, '');
  // A generic name (上海大酒店) only whole; any other by its distinctive core.
  const name = form.generic ? form.full : form.core;
  if (name.length < 2) return false;
  for (let at = bareText.indexOf(name); at !== -1; at = bareText.indexOf(name, at + 1)) {
    if (MENTION_BEFORE_ZH.some((w) => bareText.slice(Math.max(0, at - MENTION_CHARS), at).endsWith(w)))
      continue;
    const after = bareText.slice(at + name.length);
    const otherKind = TYPE_WORDS_ZH.some(
      (w) => after.startsWith(w) && !form.full.includes(w) && !form.kinds.has(w) && w !== '店',
    );
    if (!otherKind) return true;
  }
  return false;
}

/**
 * Whether a folded text writes the source's name as its staff write it (see the module's
 * documentation).
 *
 * @param form - One of the source's names, as compared.
 * @param text - The message, folded and Han-joined.
 * @returns Whether the text writes that name.
 * @example
 * // `Hotel Bristol Warszawa`: its distinctive word `bristol`, the kind `hotel`, the place.
 * writesName(bristol, 'zyczy zespol hotelu bristol!'); // true
 * writesName(adlonKempinski, 'wunscht ihnen ihr adlon-team!'); // true
 */
export function writesName(form: WrittenForm, text: string): boolean {
  const read = text.replace(LIKING_QUESTION, ' ');
  return form.latin ? writesLatin(form, read) : writesHan(form, read);
}

/**
 * A question about the person's liking of or custom at a business, its name right after the verb
 * ("like ASOS?", "loved Premier Inn?", "tired of Vodafone?", "schon mal bei Adlon?", "vous aimez
 * Zara ?", "¿te gusta Zara?", 住过希尔顿？, 喜欢优衣库吗？; folded): a rival's or an affiliate's
 * hook, naming the business it asks about, never the writer. At most four words between the
 * verb and the question mark, none of them "your" or "our" ("enjoyed your stay at …?" is the
 * source's own survey).
 */
const LIKING_QUESTION = new RegExp(
  [
    String.raw`(?<![a-z])(?:like|liked|love|loved|enjoy|enjoyed|fan of|a fan of|miss|missing|tired of|bored of|shop at|shopped at|stayed at|stayed with|been to|ever been to|used to shop at|customer of|member of|mogen sie|magst du|schon mal bei|kunde bei|vous aimez|aimez vous|fan de|client de|cliente de|te gusta|le gusta|ti piace|gosta de)\s+(?!your |our |my |yours |us |ihr|unser|votre|notre|su |tu |nuestr|vostr)(?:[\p{L}\p{N}&'.-]+\s?){1,4}\s?\?`,
    String.raw`(?:住过|喜欢|用过|去过|买过|爱逛|常去)[\p{L}\p{N}]{1,12}(?:吗|嘛|么)?\?`,
  ].join('|'),
  'gu',
);
