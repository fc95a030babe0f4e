import anyAscii from 'any-ascii';
import STCharacters from 'opencc-js/dict/STCharacters';
import { pinyin } from 'pinyin-pro';
import type { RandomSource } from '../_internal/random.js';
import { compactKey, edgeMasks, foldText } from '../match/normalize-text.js';
import { hanNameReadings, isHanName, phoneticSymbols, soundKey } from '../match/phonetic.js';
import { censusSex, rareGivenNames } from './census-names.js';
import {
  DECISIVE_CHANCE,
  INITIAL_LETTERS,
  japaneseNameOdds,
  koreanNameOdds,
  type NameOdds,
  nameOdds,
} from './name-odds.js';
import { latinNameParts, plainLatinName } from './name-parts.js';
import {
  COMMON_GIVEN_NAMES,
  COMMON_NAME_WORDS,
  COMPOUND_SURNAMES,
  FAMOUS_NAMES,
  FAMOUS_PEOPLE,
  FEMALE_NAME_CHARS,
  GIVEN_NAME_CHARS,
  HOMOPHONE_POOL,
  MALE_NAME_CHARS,
  NAME_DOTS,
  NICKNAMES,
  POLYPHONIC_SURNAMES,
  SHARED_NAME_CHARS,
  SPELLINGS,
  SURNAME_ROMANISATIONS,
} from './name-tables.js';

/** A name written a particular way, with everything it is matched by. */
export interface NameForm {
  /** The name as handed out, e.g. `John Q. Smith` or `张小伟`. */
  readonly value: string;
  /** How it differs from the real name: `real`, `middle-initial`, `nickname`, `spelling`, `insert`, `homophone`, `altered`. */
  readonly method: string;
  /** Compact strings of the name as written (given-first and family-first orders). */
  readonly writtenKeys: readonly string[];
  /** Romanised forms of a Chinese name (`zhangxiaowei`); they collapse homophones. */
  readonly romanisedKeys: readonly string[];
  /** Phonetic keys (symbols joined by `|`), the first being the primary reading. */
  readonly phoneticKeys: readonly string[];
}

/** The written and spoken keys already taken by the subject's names, the real one included. */
export interface NameRegistry {
  /** The real name's text keys: a variant must not sit inside one (张伟 in 张伟华). */
  readonly real: Set<string>;
  /** Every variant's text keys, for the substring check both ways. */
  readonly written: Set<string>;
  /** Every primary phonetic key issued. */
  readonly spoken: Set<string>;
}

/** A name variant picked for a canary, with how distinct it is. */
export interface NameVariant extends NameForm {
  /** The keys searched in written content: the written keys, plus romanised ones when spoken-distinct. */
  readonly textKeys: readonly string[];
  /** No other name of the subject has the same written key, nor contains or is contained in it. */
  readonly writtenDistinct: true;
  /** No other name of the subject sounds the same. */
  readonly spokenDistinct: boolean;
  /** The chance it is written without its canary, and why (see `nameOdds`). */
  readonly odds: NameOdds;
}

/** Splits a Chinese name into surname and given name (compound surnames recognised). */
export function splitHanName(name: string): { surname: string; given: string } {
  const chars = Array.from(name.replace(/\s+/gu, ''));
  const two = chars.slice(0, 2).join('');
  const surnameLength = chars.length > 2 && COMPOUND_SURNAMES.has(two) ? 2 : 1;
  return { surname: chars.slice(0, surnameLength).join(''), given: chars.slice(surnameLength).join('') };
}

const HAN_CHAR = /\p{Script=Han}/gu;
const hanOnly = (text: string): string => (text.match(HAN_CHAR) ?? []).join('');

/** Builds the match keys of a name as written. */
export function nameForm(value: string, method: string): NameForm {
  if (method.startsWith(JAPANESE_METHOD) || KANA.test(value)) return japaneseNameForm(value, method);
  return isHanName(value) ? hanNameForm(value, method) : latinNameForm(value, method);
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The prefix of the method of a variant made the Japanese way (`ja-altered`). */
const JAPANESE_METHOD = 'ja-';
/** Regions whose Chinese-character names are read the Japanese way. */
const JAPANESE_REGIONS = new Set(['JP']);

/**
 * Tells whether a name is Japanese: written with kana, or in Chinese characters by a person
 * living in Japan. Its kanji are read the Japanese way, which the characters do not tell (佐藤
 * is Satō), so it is neither split nor read as a Chinese name.
 *
 * @param name - The name as written.
 * @param region - The person's ISO 3166 region, when known.
 * @returns Whether the name is read the Japanese way.
 */
export function japaneseName(name: string, region?: string): boolean {
  if (KANA.test(name)) return true;
  return isHanName(name) && region !== undefined && JAPANESE_REGIONS.has(region.toUpperCase());
}

/**
 * A Japanese name: written keys as written (spaces dropped); romanised keys only for kana, by
 * any-ascii's table in both orders (サトウ ハナコ → satouhanako, hanakosatou); kanji have none,
 * their reading not being in the characters. Its one phonetic key is a symbol of its own that
 * no transcript symbol equals: a Japanese transcript writes the name in kanji or kana, matched
 * by the written keys.
 */
function japaneseNameForm(value: string, method: string): NameForm {
  const words = value
    .trim()
    .split(/[\s\u3000・]+/u)
    .filter(Boolean);
  const romanised = KANA.test(value)
    ? [...new Set([words, [...words].reverse()].map((w) => compactKey(anyAscii(w.join(' ')))))].filter((k) =>
        /^[a-z]+$/u.test(k),
      )
    : [];
  return {
    value,
    method,
    writtenKeys: [compactKey(words.join(''))],
    romanisedKeys: romanised,
    phoneticKeys: [`ja:${compactKey(words.join(''))}`],
  };
}

/**
 * Characters common in Japanese given names, by script: kanji from the Meiji Yasuda Life
 * name-ranking's most used given-name characters (明治安田生命「名前ランキング」, boys' and girls'),
 * and the kana of the gojūon table (no small kana, no ン, which do not begin a mora of a name).
 */
const JAPANESE_GIVEN_CHARS = {
  han: Array.from('子美恵香奈優花真由太郎一健大翔斗輝也介和樹直明彦雄人司実理佳里沙菜結愛陽悠蓮千智'),
  female: Array.from('子美恵香奈優花真由実理佳里沙菜結愛陽千智'),
  male: Array.from('太郎一健大翔斗輝也介和樹直明彦雄人司陽悠蓮智'),
  katakana: Array.from('アイエカキクケコサシスセソタチツテトナニネノハヒフホマミムメモヤユヨラリルレロワ'),
  hiragana: Array.from('あいえかきくけこさしすせそたちつてとなにねのはひふほまみむめもやゆよらりるれろわ'),
} as const;

/** Kanji that end a given name and do not begin one (花子, 太郎, 大介, 和也, 明彦, 健斗, 直人). */
const JAPANESE_LAST_ONLY = new Set(Array.from('子郎介也彦斗人'));

const charScript = (char: string): keyof typeof JAPANESE_GIVEN_CHARS | undefined =>
  /\p{Script=Han}/u.test(char)
    ? 'han'
    : /\p{Script=Katakana}/u.test(char)
      ? 'katakana'
      : /\p{Script=Hiragana}/u.test(char)
        ? 'hiragana'
        : undefined;

/**
 * Candidate variants of a Japanese name: one character of the given name changed to another
 * common in given names, in the same script (田中 花子 → 田中 美子, サトウ ハナコ → サトウ ハナミ). The
 * family name is the part before a space, else (the split not being in the characters) the
 * first two kanji of a name of three or more, or the first half of a kana name; it never changes.
 */
function* japaneseCandidates(name: string, random: RandomSource): Generator<Candidate> {
  const chars = Array.from(name.trim());
  const space = chars.findIndex((c) => /[\s\u3000・]/u.test(c));
  const givenStart =
    space >= 0 ? space + 1 : KANA.test(name) ? Math.ceil(chars.length / 2) : chars.length >= 3 ? 2 : 1;
  const positions = chars.flatMap((c, i) => (i >= givenStart && charScript(c) !== undefined ? [i] : []));
  // A given name ending in a character of one sex's names keeps to that sex's characters.
  const last = chars.at(-1)!;
  const sexed =
    JAPANESE_GIVEN_CHARS.female.includes(last) && !JAPANESE_GIVEN_CHARS.male.includes(last)
      ? 'female'
      : JAPANESE_GIVEN_CHARS.male.includes(last) && !JAPANESE_GIVEN_CHARS.female.includes(last)
        ? 'male'
        : 'han';
  const pools = Object.fromEntries(
    Object.entries(JAPANESE_GIVEN_CHARS).map(([script, pool]) => [script, shuffled(pool, random)]),
  ) as Record<keyof typeof JAPANESE_GIVEN_CHARS, string[]>;
  // A kanji given name first gets a new given name of as many characters, none of the real
  // one's: a sister or brother named with a shared character (美咲 and 美優) would explain one
  // that keeps a character, a real namesake only a wholly new one (see `JAPANESE_FULL_NAME_SHARE`).
  const given = chars.slice(givenStart);
  if (given.length > 0 && given.every((c) => charScript(c) === 'han')) {
    const pool = pools[sexed].filter((c) => !given.includes(c));
    for (let k = 0; k < 400; k++) {
      const fresh = given.map(() => pool[random.int(pool.length)]!);
      if (new Set(fresh).size < fresh.length) continue;
      if (fresh.length > 1 && JAPANESE_LAST_ONLY.has(fresh[0]!)) continue;
      yield [[...chars.slice(0, givenStart), ...fresh].join(''), `${JAPANESE_METHOD}renamed`];
    }
  }
  for (let k = 0; k < JAPANESE_GIVEN_CHARS.han.length; k++)
    for (const i of [...positions].reverse()) {
      const script = charScript(chars[i]!)!;
      const pool = pools[script === 'han' ? sexed : script];
      const c = pool[k % pool.length]!;
      if (c === chars[i]) continue;
      const altered = [...chars];
      altered[i] = c;
      yield [altered.join(''), `${JAPANESE_METHOD}altered`];
    }
}

/** Tells whether a name is Korean: Hangul syllables (and spaces) only, e.g. `김서연`, `남궁 민수`. */
export function koreanName(name: string): boolean {
  const compact = name.replace(/\s+/gu, '');
  return compact.length >= 2 && /^\p{Script=Hangul}+$/u.test(compact);
}

/** Korean two-syllable surnames (Statistics Korea's 2015 census lists them among the 5,582). */
const KOREAN_COMPOUND_SURNAMES = new Set([
  '남궁',
  '황보',
  '제갈',
  '선우',
  '독고',
  '사공',
  '서문',
  '동방',
  '을지',
]);

/**
 * Syllables of Korean given names, first and second, for women, men and either: those of the
 * names the Supreme Court's family-registration statistics rank highest among births since 2008
 * (서연, 서윤, 지우, 하윤, 민준, 서준, 도윤, 하준, 예준, 시우…) and of older generations'
 * (영숙, 정희, 미경, 성호, 정훈, 지영, 지훈, 지혜).
 */
const KOREAN_GIVEN_SYLLABLES = {
  female: {
    first: Array.from('서지하수민예유소다채은윤나주혜미정'),
    second: Array.from('연윤아은린현희진빈원영경정혜숙'),
  },
  male: {
    first: Array.from('민서도예시하주지건유준현성재태동영정'),
    second: Array.from('준우현호진훈혁민석원빈율성재수철'),
  },
  either: { first: Array.from('서지하민유예주윤현시'), second: Array.from('윤현진원빈율주민') },
} as const;
/**
 * Pairs of given-name syllables that are everyday words (지원 "support", 주민 "residents", 수정
 * "edit", 예정 "planned"…): Korean text is matched across spaces, so `이 지원 사업` would spell
 * the name 이지원. A variant never takes one as its given name.
 */
const KOREAN_GIVEN_NAME_WORDS = new Set(
  '서민 지원 민주 주민 시민 유지 현재 재정 예정 지정 수정 정원 하지 주지 시정 지수 수지 도시 시도 주도 유도 하수 재수 현지 정성 성원 태동 동원 정유 원주 정도 도정 준수 수준 진정 정진 재현 영재 수영 영수 성수 지진 민원 은혜 은하 유수 수도 도수 서정 정서 시진 지도 시현 정지 재원 지현 주재 하원 예수 유성 태성 동진 성호 시원 하진 지성 수원 예원 서원 정민 주진 동수 재진 성진 태수 서류 하루 다시 나라 미래 소원 채권 채무 혜택 은행 윤리'.split(
    ' ',
  ),
);

/** Last syllables that tell a woman's given name or a man's. */
const KOREAN_FEMALE_LAST = new Set(Array.from('연아은린희경숙영미나혜선'));
const KOREAN_MALE_LAST = new Set(Array.from('준우호훈혁석철수식범'));

/** A Korean name's surname (one syllable, or a listed two-syllable one) and given name. */
export function splitKoreanName(name: string): { surname: string; given: string } {
  const chars = Array.from(name.replace(/\s+/gu, ''));
  const two = chars.slice(0, 2).join('');
  const length = chars.length >= 3 && KOREAN_COMPOUND_SURNAMES.has(two) ? 2 : 1;
  return { surname: chars.slice(0, length).join(''), given: chars.slice(length).join('') };
}

/**
 * Candidate variants of a Korean name, in Hangul (a Latin initial on a Hangul name is what a
 * clerk or a dealer's cleaning drops and speech cannot carry): first a new two-syllable given
 * name sharing no syllable with the real one (김서연 → 김하윤), then one syllable changed
 * (김서아), which a sibling named with the family's generation syllable (돌림자) may bear. The
 * surname never changes; a space between surname and given name is kept.
 */
function* koreanCandidates(name: string, random: RandomSource): Generator<Candidate> {
  const { surname, given } = splitKoreanName(name);
  const spaced = /\s/u.test(name.trim());
  const real = Array.from(given);
  const last = real.at(-1) ?? '';
  const sex = KOREAN_FEMALE_LAST.has(last) ? 'female' : KOREAN_MALE_LAST.has(last) ? 'male' : 'either';
  const pool = KOREAN_GIVEN_SYLLABLES[sex];
  const first = shuffled(pool.first, random).filter((c) => !real.includes(c));
  const second = shuffled(pool.second, random).filter((c) => !real.includes(c));
  const write = (g: string): string => (spaced ? `${surname} ${g}` : `${surname}${g}`);
  for (const a of first)
    for (const b of second)
      if (a !== b && !KOREAN_GIVEN_NAME_WORDS.has(`${a}${b}`))
        yield [write(`${a}${b}`), `${KOREAN_METHOD}renamed`];
  for (let i = real.length - 1; i >= 0; i--)
    for (const c of i === 0 ? first : second) {
      const altered = [...real];
      altered[i] = c;
      if (!KOREAN_GIVEN_NAME_WORDS.has(altered.join('')))
        yield [write(altered.join('')), `${KOREAN_METHOD}altered`];
    }
}

/** The prefix of the method of a variant made the Korean way (`ko-renamed`). */
const KOREAN_METHOD = 'ko-';

/**
 * The spellings of pinyin ü (`v` in pinyin-pro's and input methods' output): `lv` (input
 * method), `lu` (ü without its dots, as on most forms), `lyu` (passports since 2012, GB/T
 * 28039-2011), `lü` folds to `lu`. One spelling per whole part: a name writes ü one way.
 */
export function uSpellings(roman: string): string[] {
  if (!roman.includes('v')) return [roman];
  return [roman, roman.replaceAll('v', 'u'), roman.replaceAll('v', 'yu')];
}

/**
 * Separators written between the parts of a transliterated name when the middle dot is not at
 * hand: a full stop, a hyphen (ASCII or full-width) or a space, between two parts of at least
 * two Han characters each (阿卜杜拉.买买提, 阿卜杜拉 买买提).
 */
const PART_SEPARATOR = /(?<=\p{Script=Han}{2})[\s.\-\uff0d]+(?=\p{Script=Han}{2})/u;

/**
 * A Chinese name: folded to Simplified (張偉 and 张伟 are one name), romanised with every
 * reading of a polyphonic surname, given-first and family-first (`Dan Yingwei`, `Yingwei Dan`;
 * compact keys drop spaces and hyphens, so `Ying-Wei DAN` is the same key). A name whose parts
 * are joined by a middle dot (阿卜杜拉·买买提) has no surname to split: its parts are romanised
 * in their order and reversed, and the dot is neither a key character nor a phonetic symbol.
 */
function hanNameForm(value: string, method: string): NameForm {
  const simplified = foldText(value);
  const dotted = NAME_DOTS.test(value) || NAME_DOTS.test(simplified) || PART_SEPARATOR.test(simplified);
  if (dotted) {
    const parts = simplified
      .split(new RegExp(`${NAME_DOTS.source}|${PART_SEPARATOR.source}`, 'u'))
      .map((part) => hanOnly(foldText(part)))
      .filter(Boolean);
    const readings = hanNameReadings(parts.join(''));
    const primary = readings[0]!.map((sym) => sym.slice(3));
    const romanParts: string[] = [];
    let at = 0;
    for (const part of parts) {
      const length = Array.from(part).length;
      romanParts.push(primary.slice(at, at + length).join(''));
      at += length;
    }
    const forward = uSpellings(romanParts.join(''));
    const reversed = uSpellings([...romanParts].reverse().join(''));
    return {
      value,
      method,
      writtenKeys: [compactKey(value)],
      romanisedKeys: [...new Set([...forward, ...reversed])],
      phoneticKeys: readings.map((r) => r.join('|')),
    };
  }
  const { surname, given } = splitHanName(hanOnly(simplified));
  const surnameReadings = (POLYPHONIC_SURNAMES.get(surname) ?? []).map((r) => r.split(' '));
  const readings = hanNameReadings(`${surname}${given}`, surnameReadings);
  const surnameSyllables = Array.from(surname).length;
  const primary = readings[0]!.map((sym) => sym.slice(3));
  const givenRoman = primary.slice(surnameSyllables).join('');
  const surnameRomans = new Set([
    primary.slice(0, surnameSyllables).join(''),
    ...surnameReadings.map((r) => r.join('')),
    ...(SURNAME_ROMANISATIONS.get(surname) ?? []),
  ]);
  // Romanised forms as on English-language forms: "Zhang Xiaowei" and "Xiaowei Zhang", with
  // every spelling of ü (see `uSpellings`).
  const romanised = [...surnameRomans]
    .flatMap(uSpellings)
    .flatMap((s) => uSpellings(givenRoman).flatMap((g) => [s + g, g + s]));
  return {
    value,
    method,
    writtenKeys: [compactKey(value)],
    romanisedKeys: [...new Set(romanised)],
    phoneticKeys: readings.map((r) => r.join('|')),
  };
}

// German (and Scandinavian) spellings without the letter: Müller → Mueller, Ørsted → Oersted.
const GERMAN_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'ue'],
  ['Ä', 'Ae'],
  ['Ö', 'Oe'],
  ['Ü', 'Ue'],
  ['ø', 'oe'],
  ['Ø', 'Oe'],
  ['å', 'aa'],
  ['Å', 'Aa'],
  // Hungarian double acute like the umlaut (Erdős → Erdoes); Serbo-Croatian đ as dj (Đorđe →
  // Djordje, the usual ASCII spelling); Icelandic ð as dh (Guðmundsson → Gudhmundsson).
  ['ő', 'oe'],
  ['Ő', 'Oe'],
  ['ű', 'ue'],
  ['Ű', 'Ue'],
  ['đ', 'dj'],
  ['Đ', 'Dj'],
  ['ð', 'dh'],
  ['Ð', 'Dh'],
]);
const GERMAN_LETTERS = /[äöüÄÖÜøØåÅőŐűŰđĐðÐ]/gu;

/**
 * The name as German and Scandinavian clerks write it without umlauts, word by word in every
 * combination (`Jürgen Müller` → `Juergen Mueller`, `Jurgen Mueller`, `Juergen Muller`), at most 8.
 */
export function umlautSpellings(value: string): string[] {
  let out = [''];
  for (const part of value.normalize('NFC').split(/(\s+)/u)) {
    GERMAN_LETTERS.lastIndex = 0;
    const alternatives = GERMAN_LETTERS.test(part)
      ? [part, part.replace(GERMAN_LETTERS, (c) => GERMAN_SPELLINGS.get(c) ?? c)]
      : [part];
    out = out.flatMap((prefix) => alternatives.map((a) => prefix + a)).slice(0, 8);
  }
  return out.filter((v) => v !== value.normalize('NFC'));
}

/**
 * A Latin-script name: written keys (any ASCII folding happens in `compactKey`: Łukasz →
 * lukasz), plus the umlaut spelling as an extra key (Müller → mueller); phonetic keys in
 * given-first and family-first order, with hyphenated parts joined and split and apostrophes
 * joined and split (Mary-Jayne / Mary Jayne / Maryjayne, O'Brien / O Brien).
 */
function latinNameForm(value: string, method: string): NameForm {
  const spellings = [value, ...umlautSpellings(value)];
  const phonetic = new Set<string>();
  for (const spelling of spellings) {
    const forms = new Set([
      spelling,
      spelling.replace(/(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu, ''),
      spelling.replace(/['\u2018\u2019\u02bc]/gu, ' '),
    ]);
    for (const form of forms) {
      const words = form.split(/\s+/u).filter(Boolean);
      const familyFirst = [words[words.length - 1] ?? '', ...words.slice(0, -1)];
      for (const order of [words, familyFirst]) {
        const symbols = phoneticSymbols(order.join(' ')).filter((sym): sym is string => sym !== null);
        if (symbols.length > 0) phonetic.add(symbols.join('|'));
      }
    }
  }
  return {
    value,
    method,
    writtenKeys: [...new Set(spellings.flatMap(searchKeysOf))],
    romanisedKeys: [],
    phoneticKeys: [...phonetic],
  };
}

/**
 * Where a Latin-script name key joins the family name to another word of the name, when both
 * have two letters or more: offsets into the key at which the text must hold a separator (a
 * space, a full stop, a comma, a hyphen). `leeannv` for `Ann V. Lee` joins `lee` and `ann` at 3,
 * so `Leeann V.` (a given name and an initial) is no match, while `Lee Ann V.` and `Lee, Ann V.`
 * are; a particle glued to the family name (`DeVries`, `MacDonald`: {@link SURNAME_PARTICLES}),
 * a name glued across an initial (`TomR.Hill`, `annvlee` in a user name) and given names
 * glued together (`Maryjayne` for Mary Jayne) are not constrained. The family name is the
 * value's last word, in every umlaut spelling. The key is split into the fewest words of the
 * name (or their initials); a key that does not split so (a Han name's pinyin key) gets none.
 *
 * @param value - The name as issued or given, e.g. `Ann V. Lee`.
 * @param key - One of its written keys, e.g. `leeannv`.
 * @returns The offsets, ascending; empty when there is none.
 */
export function familyJunctions(value: string, key: string): number[] {
  if (!/^[a-z]+$/u.test(key) || isHanName(value)) return [];
  const words = new Set<string>();
  const family = new Set<string>();
  for (const spelling of [value, ...umlautSpellings(value)]) {
    const parts = spelling.split(/[\s.,]+/u).filter(Boolean);
    for (const [i, part] of parts.entries()) {
      const pieces = [part, ...part.split(/[-\u2010\u2011'\u2018\u2019\u02bc]+/u)];
      for (const piece of pieces) {
        const k = compactKey(piece);
        if (!/^[a-z]+$/u.test(k)) continue;
        words.add(k);
        words.add(k[0]!);
        if (i === parts.length - 1 && piece === part) family.add(k);
      }
    }
  }
  // The fewest words the key splits into (dynamic programming over its prefixes).
  const best: (number[] | undefined)[] = [[]];
  for (let end = 1; end <= key.length; end++) {
    for (const word of words) {
      const start = end - word.length;
      const before = start >= 0 ? best[start] : undefined;
      if (before === undefined || key.slice(start, end) !== word) continue;
      if (best[end] === undefined || before.length + 1 < best[end]!.length) best[end] = [...before, end];
    }
  }
  const ends = best[key.length];
  if (ends === undefined) return [];
  const starts = [0, ...ends.slice(0, -1)];
  const junctions = new Set<number>();
  // A word beside the family name that stands apart: two letters or more, and no particle.
  const apart = (i: number): boolean =>
    ends[i]! - starts[i]! >= 2 && !SURNAME_PARTICLES.has(key.slice(starts[i], ends[i]));
  for (let i = 0; i < ends.length; i++) {
    const length = ends[i]! - starts[i]!;
    if (length < 2 || !family.has(key.slice(starts[i], ends[i]))) continue;
    if (i > 0 && apart(i - 1)) junctions.add(starts[i]!);
    if (i + 1 < ends.length && apart(i + 1)) junctions.add(ends[i]!);
  }
  return [...junctions].sort((a, b) => a - b);
}

/**
 * Particles of family names that are written glued to the name as often as apart (`de Vries` /
 * `DeVries`, `van der Berg` / `Vanderberg`, `Mac Donald` / `MacDonald`, `da Silva`, `von`, `di`,
 * `le`, `la`, `du`, `del`, `della`, `ter`, `ten`, `van`, `der`, `den`, `st`, `al`, `el`, `bin`,
 * `ibn`, `mc`): Dutch, German, French, Italian, Spanish, Portuguese, Gaelic and Arabic usage.
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'der',
  'den',
  'von',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'del',
  'della',
  'le',
  'la',
  'ter',
  'ten',
  'mac',
  'mc',
  'st',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'bint',
  'abu',
]);

/** The fewest characters a name key needs: 4 letters, or 2 characters of an unspaced script. */
export const NAME_KEY_MIN = { letters: 4, unspaced: 2 } as const;

/** Tells whether a name key is long enough to identify anyone (see {@link NAME_KEY_MIN}). */
export function distinctKey(key: string): boolean {
  const length = Array.from(key).length;
  if (length === 0) return false;
  // Keys in scripts written without spaces need no boundary (edge mask 0) and read as words.
  if (edgeMasks(key).left === 0 && edgeMasks(key).right === 0) return length >= NAME_KEY_MIN.unspaced;
  return (key.match(/\p{L}/gu)?.length ?? 0) >= NAME_KEY_MIN.letters;
}

/**
 * Why a name cannot be a subject's name, or `undefined` when it can. A name must fold to a key
 * of at least 4 letters (2 characters in Chinese, Japanese, Korean or Thai script) and must not
 * be made only of common words (`Dear Sir`, `客服`): such a name, and every variant of it, would
 * be found in strangers' messages.
 *
 * @param name - The name as given.
 * @returns A refusal code and message, or `undefined`.
 */
export function nameRefusal(name: string): { code: string; message: string } | undefined {
  const key = compactKey(name);
  if (!distinctKey(key)) {
    return {
      code: 'name_too_short',
      message: `must hold at least ${NAME_KEY_MIN.letters} letters, or ${NAME_KEY_MIN.unspaced} Chinese, Japanese, Korean or Thai characters, to be told apart in messages`,
    };
  }
  // Numbers and symbols that fold into letters (Ⅻ → xii, ㍿ → 株式会社) are not how names are written.
  if (/[\p{N}\p{S}]/u.test(name)) {
    return { code: 'name_not_letters', message: 'must be written in letters, not digits or symbols' };
  }
  const words = foldText(name).split(NAME_DOTS_OR_SEPARATORS).filter(Boolean);
  if (words.every(madeOfCommonWords)) {
    return { code: 'name_too_common', message: 'is made only of common words and would match strangers' };
  }
  if (repetitive(name, words)) {
    return { code: 'name_too_common', message: 'repeats one part and would match strangers' };
  }
  return undefined;
}

const NAME_DOTS_OR_SEPARATORS = new RegExp(`(?:[^\\p{L}\\p{N}]|${NAME_DOTS.source})+`, 'u');

/**
 * Tells whether a word is a common word or, in a script written without spaces, made entirely
 * of common words (`您好先生` is 您好 + 先生, `尊敬的用户` 尊敬 + 的 + 用户): a segmentation over
 * {@link COMMON_NAME_WORDS}, quadratic in a word's length, which a name bounds.
 */
function madeOfCommonWords(word: string): boolean {
  if (COMMON_NAME_WORDS.has(word)) return true;
  const chars = Array.from(word);
  // Words of spaced scripts stand alone (`anna` is not `an` + `na`).
  if (chars.length > 64 || edgeMasks(word).left !== 0) return false;
  const reach = new Array<boolean>(chars.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < chars.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 1; j <= chars.length; j++)
      if (COMMON_NAME_WORDS.has(chars.slice(i, j).join(''))) reach[j] = true;
  }
  return reach[chars.length]!;
}

/**
 * A degenerate name: one letter written again and again (`aaaa`, `ßß`, `ǅǅ`, `阿阿`), or one
 * word repeated (`NaN NaN`, `The The`).
 */
function repetitive(name: string, words: readonly string[]): boolean {
  const letters = new Set(name.normalize('NFC').match(/\p{L}/gu) ?? []);
  if (letters.size < 2) return true;
  return words.length > 1 && words.every((w) => w === words[0]);
}

/**
 * Tells whether a variant's written key would be found in ordinary text: a common word or a
 * phrase of them, or a well-known person's name ({@link FAMOUS_NAMES}).
 */
function ordinaryKey(key: string): boolean {
  return FAMOUS_NAMES.has(key) || madeOfCommonWords(key) || holdsFamousHanName(key);
}

let famousHan: readonly string[] | undefined;
/**
 * Tells whether a key in an unspaced script holds a well-known person's name with characters
 * added (王菲明 holds 王菲): news and advertising about them write the name followed by any
 * word (王菲明天, "Faye Wong tomorrow").
 */
function holdsFamousHanName(key: string): boolean {
  if (edgeMasks(key).left !== 0) return false;
  famousHan ??= [...FAMOUS_NAMES].filter((name) => edgeMasks(name).left === 0);
  return famousHan.some((name) => key.includes(name));
}

interface FamousPerson {
  readonly given: string;
  readonly nickname: string | undefined;
  readonly initials: string;
}
let famousByFamily: Map<string, FamousPerson[]> | undefined;

/**
 * Tells whether a Chinese name is one many real people hold: its given name is one of
 * {@link COMMON_GIVEN_NAMES} (张志明, 王建国). A real person of that name writing to the
 * subject would reveal it without any leak.
 *
 * @param value - A name as written, surname first.
 * @returns `true` for a common full name.
 * @example
 * commonHanName('张志明') // true
 * commonHanName('张志松') // false
 */
export function commonHanName(value: string): boolean {
  if (!isHanName(value)) return false;
  const { given } = splitHanName(hanOnly(foldText(value)));
  return COMMON_GIVEN_NAMES.has(given);
}

/**
 * Tells whether a Latin name would be read as a well-known person's ({@link FAMOUS_PEOPLE}):
 * their nickname with their family name, whatever the initials (`Bill G. Gates`), or their given
 * name with one of their own initials (`William H. Gates`, `George H. Bush`, `Donald J. T. Trump`).
 *
 * @param value - A name as written, given name first.
 * @returns `true` when news about the person could spell it.
 * @example
 * famousPerson('William H. Gates') // true
 * famousPerson('William K. Gates') // false
 */
export function famousPerson(value: string): boolean {
  if (isHanName(value)) return false;
  if (!famousByFamily) {
    famousByFamily = new Map();
    for (const entry of FAMOUS_PEOPLE) {
      const [names = '', family = '', initials = ''] = entry.split(' ');
      const [given = '', nickname] = names.split('/');
      famousByFamily.set(family, [...(famousByFamily.get(family) ?? []), { given, nickname, initials }]);
    }
  }
  const words = value
    .split(/[\s.,]+/u)
    .map((w) => compactKey(w))
    .filter(Boolean);
  if (words.length < 2) return false;
  const people = famousByFamily.get(words[words.length - 1]!);
  if (!people) return false;
  const given = words[0]!;
  const initials = words.slice(1, -1).filter((w) => w.length === 1);
  return people.some(
    (p) => given === p.nickname || (given === p.given && initials.some((i) => p.initials.includes(i))),
  );
}

/** A candidate variant: its value and how it was made; keys are computed only if it is free. */
type Candidate = readonly [value: string, method: string];

/** The written keys of a name, cheap enough to test every candidate with. */
function writtenKeysOf(value: string): string[] {
  if (isHanName(value)) return [compactKey(value)];
  const words = value.split(/[\s.,]+/u).filter(Boolean);
  const family = words[words.length - 1] ?? '';
  return [...new Set([compactKey(words.join(' ')), compactKey([family, ...words.slice(0, -1)].join(' '))])];
}

/**
 * Every written key a Latin-script name is searched by: {@link writtenKeysOf}'s and, for a name
 * of four words or more (two given names or two surnames), every rotation of its words, so the
 * surnames put first read as the same name (`García V. Ruiz, María José`, as Spanish forms,
 * sorted lists and the DNI write it); the same with its first word abbreviated as Spanish writes
 * it (`M. José …`, `Mª José …`, `Fco. Javier …`); and, when a lone initial stands between its
 * last two words (`García V. Ruiz`), those three alone: a call centre's `señora García V. Ruiz`
 * names the surnames only.
 */
function searchKeysOf(value: string): string[] {
  const keys = writtenKeysOf(value);
  if (isHanName(value)) return keys;
  const words = value.split(/[\s.,]+/u).filter(Boolean);
  if (words.length < 4) return keys;
  const first = words[0]!;
  const forms = [words];
  for (const abbreviation of [first[0]!, ...(SPANISH_ABBREVIATIONS.get(compactKey(first)) ?? [])])
    forms.push([abbreviation, ...words.slice(1)]);
  for (const form of forms)
    for (let k = 0; k < form.length; k++)
      keys.push(compactKey([...form.slice(k), ...form.slice(0, k)].join(' ')));
  const n = words.length;
  if (n >= 5 && /^\p{L}$/u.test(words[n - 2]!)) keys.push(compactKey(words.slice(n - 3).join(' ')));
  return [...new Set(keys)];
}

/**
 * Abbreviations Spanish writes for common first given names (RAE, Diccionario panhispánico de
 * dudas, apéndice 2: Mª for María, Fco. for Francisco; Gpe. for Guadalupe in Mexico), as keys.
 */
const SPANISH_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['maria', ['ma']],
  ['francisco', ['fco']],
  ['guadalupe', ['gpe']],
]);

function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Tells whether a name is one Latin-script word (`Mark`, `Anna`): it has no second part to carry
 * a mark, since an initial next to it spells a plural or possessive (`Mark S.` reads `marks`)
 * and a nickname alone is a common name or word, so it gets no name variant.
 */
export function singleWordName(name: string): boolean {
  if (isHanName(name)) return false;
  const words = name
    .trim()
    .split(/[\s.,]+/u)
    .filter(Boolean);
  // Kana, Hangul and Thai names are written without spaces: one word is the whole name.
  return words.length === 1 && edgeMasks(compactKey(words[0]!)).left !== 0;
}

/**
 * Regions whose given names the 1990 United States Census ranks stand for: the United States
 * and the English-speaking countries that name children from the same pool. Elsewhere a name
 * rare in the United States may be common (Werner in Germany, Giuseppe in Italy).
 */
const CENSUS_REGIONS = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);

/**
 * The rare given names a two-part Latin name may take as a middle name, or none: only in a
 * census region and for a given name whose sex the Census tells (a man gets a man's name).
 */
function middleNamePool(name: string, region: string | undefined): readonly string[] {
  const { given, middle, family } = latinNameParts(name);
  if (middle.length > 0 || family.length === 0 || region === undefined || !CENSUS_REGIONS.has(region))
    return [];
  const sex = censusSex(given);
  return sex ? rareGivenNames(sex) : [];
}

/** Candidate variants of a Latin name, strongest classes first, shuffled within a class. */
function* latinCandidates(name: string, random: RandomSource, region?: string): Generator<Candidate> {
  // Titles and suffixes (Herr, Dr., Mr, Jr.) are how someone is addressed, not who: the variant
  // is the name without them, its initial before the family name's particles (see `name-parts`).
  const parts = latinNameParts(name);
  const given = parts.given;
  const family = parts.family.join(' ');
  const middle = parts.middle;
  const join = (...parts: string[]): string => parts.filter(Boolean).join(' ');
  // A one-word name has no second part to carry a mark: with an initial it spells a plural or a
  // possessive (`Mark S.` reads `marks`), and a nickname alone is a common name or word.
  if (singleWordName(plainLatinName(name))) return;
  const initials = shuffled(Array.from(INITIAL_LETTERS), random).map((c) => `${c}.`);
  // Tables are looked up by the user's text: never through an object's prototype (`constructor`).
  const nicknames = shuffled(NICKNAMES.get(given.toLowerCase()) ?? [], random);
  const spellings = shuffled(SPELLINGS.get(given.toLowerCase()) ?? [], random);
  // A rare middle name (rank 1,000 or lower in the Census) is decisive; see `nameOdds`.
  for (const m of shuffled(middleNamePool(name, region), random))
    yield [join(given, m, family), 'middle-name'];
  for (const initial of initials) yield [join(given, ...middle, initial, family), 'middle-initial'];
  for (const nick of nicknames) yield [join(nick, ...middle, family), 'nickname'];
  for (const nick of nicknames)
    for (const initial of initials) yield [join(nick, initial, family), 'nickname'];
  for (const spelling of spellings) yield [join(spelling, ...middle, family), 'spelling'];
  for (const spelling of spellings)
    for (const initial of initials) yield [join(spelling, initial, family), 'spelling'];
  for (const a of initials)
    for (const b of initials) if (a !== b) yield [join(given, a, b, family), 'middle-initial'];
}

let homophoneIndex: Map<string, string[]> | undefined;
/** Characters read like `char` (toneless), none of them typical of the other sex's names. */
function homophonesOf(char: string, sex?: 'female' | 'male'): string[] {
  const other = sex === 'female' ? MALE_NAME_CHARS : sex === 'male' ? FEMALE_NAME_CHARS : undefined;
  if (!homophoneIndex) {
    homophoneIndex = new Map();
    for (const c of HOMOPHONE_POOL) {
      const reading = pinyin(c, { toneType: 'none' });
      homophoneIndex.set(reading, [...(homophoneIndex.get(reading) ?? []), c]);
    }
  }
  const reading = pinyin(char, { toneType: 'none' });
  return (homophoneIndex.get(reading) ?? []).filter((c) => c !== char && !other?.has(c));
}

let toTraditional: Map<string, string> | undefined;
/**
 * A character in Traditional script, from OpenCC's Simplified → Traditional character table
 * (`STCharacters`, shipped by opencc-js; its first choice where several exist: 发 → 發).
 */
function traditionalOf(char: string): string {
  if (!toTraditional) {
    toTraditional = new Map();
    for (const entry of (STCharacters as string).split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to) toTraditional.set(from, to);
    }
  }
  return toTraditional.get(char) ?? char;
}

/** Regions where names are written in Traditional characters. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The script a Chinese name is written in: Traditional when a character of it folds to another
 * in Simplified (陳, 鵬), Simplified when one has another Traditional form (陈, 鹏), and, for a
 * name written alike in both (林美玲), the script of the subject's region (Taiwan, Hong Kong
 * and Macao write Traditional).
 *
 * @param name - The name as written.
 * @param region - The subject's ISO region, when known.
 * @returns `traditional` or `simplified`.
 */
export function hanScript(name: string, region?: string): 'traditional' | 'simplified' {
  const chars = Array.from(name).filter((c) => /\p{Script=Han}/u.test(c));
  if (chars.some((c) => foldText(c) !== c)) return 'traditional';
  if (chars.some((c) => traditionalOf(c) !== c)) return 'simplified';
  return region !== undefined && TRADITIONAL_REGIONS.has(region) ? 'traditional' : 'simplified';
}

/**
 * Whose names a given name's characters are: `female` when more of them are women's name
 * characters than men's ({@link FEMALE_NAME_CHARS}, {@link MALE_NAME_CHARS}), `male` the other
 * way, `undefined` when they tie (文, 华, 大 say nothing).
 */
export function givenNameSex(given: string): 'female' | 'male' | undefined {
  const chars = Array.from(foldText(given));
  const female = chars.filter((c) => FEMALE_NAME_CHARS.has(c)).length;
  const male = chars.filter((c) => MALE_NAME_CHARS.has(c)).length;
  return female > male ? 'female' : male > female ? 'male' : undefined;
}

const poolCache = new Map<string, readonly string[]>();
/**
 * The characters a variant of a given name draws from: those of names of the same sex and the
 * shared ones, one per toneless reading (so a variant is spoken-distinct); every common
 * given-name character ({@link GIVEN_NAME_CHARS}) when the sex is unknown.
 */
function givenNamePool(sex: 'female' | 'male' | undefined): readonly string[] {
  if (sex === undefined) return GIVEN_NAME_CHARS;
  const cached = poolCache.get(sex);
  if (cached) return cached;
  const own = sex === 'female' ? FEMALE_NAME_CHARS : MALE_NAME_CHARS;
  const readings = new Set<string>();
  const pool = [...own, ...SHARED_NAME_CHARS].filter((c) => {
    const reading = pinyin(c, { toneType: 'none' });
    if (readings.has(reading)) return false;
    readings.add(reading);
    return true;
  });
  poolCache.set(sex, pool);
  return pool;
}

/**
 * Candidate variants of a Chinese name: an inserted or changed given-name character, then
 * homophones. The characters are those of names of the name's sex (see {@link givenNameSex}),
 * written in the name's script (see {@link hanScript}): 陳大文 gets 陳大鵬, never 陳大鹏.
 */
function* hanCandidates(name: string, random: RandomSource, region?: string): Generator<Candidate> {
  const traditional = hanScript(name, region) === 'traditional';
  const script = (char: string): string => (traditional ? traditionalOf(char) : char);
  for (const candidate of hanCandidatesIn(name, random, script))
    if (!PREFIX_ONLY.has(Array.from(candidate[0]).at(-1)!)) yield candidate;
}

/** Characters that start a given name but never end one (小明, 一鸣; never 张明小). */
const PREFIX_ONLY = new Set(['小', '一']);

function* hanCandidatesIn(
  name: string,
  random: RandomSource,
  script: (char: string) => string,
): Generator<Candidate> {
  // Parts joined by a space or a full stop keep it: only the Han characters change.
  const written = Array.from(name.trim());
  const { surname, given } = PART_SEPARATOR.test(name)
    ? { surname: written[0]!, given: written.slice(1).join('') }
    : splitHanName(name);
  const givenChars = Array.from(given);
  // Only Han characters change: a middle dot (阿卜杜拉·买买提) stays where it is.
  const alterable = givenChars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
  const dotted = alterable.length < givenChars.length;
  const sex = givenNameSex(given);
  // One shuffle of the common characters, as many draws whatever the pool, so a tracer's later
  // draws do not depend on the name's sex; the pool's own characters follow in their order.
  const pool = givenNamePool(sex);
  const chars = [
    ...shuffled(GIVEN_NAME_CHARS, random).filter((c) => pool.includes(c)),
    ...pool.filter((c) => !GIVEN_NAME_CHARS.includes(c)),
  ]
    .map(script)
    .filter((c) => !givenChars.includes(c));
  if (givenChars.length === 1) {
    // 张伟 → 张小伟: a three-character name a clerk accepts, and one that is rarely a word.
    for (const c of chars) yield [`${surname}${c}${given}`, 'insert'];
  } else {
    // A new given name first: one that keeps a character of the real one is what a brother or
    // cousin named with the same generation character is called (see `nameOdds`).
    if (!dotted)
      for (const a of chars) for (const b of chars) if (a !== b) yield [`${surname}${a}${b}`, 'altered'];
    for (const c of chars)
      for (const i of [...alterable].reverse()) {
        const altered = [...givenChars];
        altered[i] = c;
        yield [`${surname}${altered.join('')}`, 'altered'];
      }
  }
  for (const i of alterable)
    for (const h of shuffled(homophonesOf(foldText(givenChars[i]!)), random)
      .filter((c) => homophonesOf(foldText(givenChars[i]!), sex).includes(c))
      .map(script)) {
      const altered = [...givenChars];
      altered[i] = h;
      yield [`${surname}${altered.join('')}`, 'homophone'];
    }
  if (dotted || givenChars.length > 1) return;
  for (const a of chars) for (const b of chars) if (a !== b) yield [`${surname}${a}${b}`, 'altered'];
}

/**
 * Tells whether a variant key would be confused with a name already taken. A key inside
 * another (张伟 in 张伟华) makes every hit on the longer one a hit on the shorter one too: two
 * variants must not nest either way, and a variant must not sit inside the real name. A
 * variant may contain the real name (`jonesmaryk` holds `jonesmary`): a hit on a real
 * identifier never outweighs a canary's.
 */
function clashes(key: string, registry: NameRegistry): boolean {
  for (const real of registry.real) if (real.includes(key)) return true;
  if (registry.written.has(key)) return true;
  for (const other of registry.written) if (other.includes(key) || key.includes(other)) return true;
  return false;
}

/** The chance of a candidate being written without its canary (see `nameOdds`). */
function candidateOdds(realName: string, value: string, method: string): NameOdds {
  if (method === `${JAPANESE_METHOD}renamed`) return japaneseNameOdds(value);
  if (method.startsWith(KOREAN_METHOD))
    return koreanNameOdds(realName, method, KOREAN_GIVEN_SYLLABLES.either.second.length);
  if (method.startsWith(JAPANESE_METHOD))
    return {
      chance: 1 / JAPANESE_GIVEN_CHARS.han.length,
      basis: `a Japanese given name with one character changed to one of ${JAPANESE_GIVEN_CHARS.han.length} common in given names: held by real people of that family name, with no Japanese name-frequency data to bound how many`,
    };
  if (!isHanName(realName)) return nameOdds(realName, value, method);
  const { surname, given } = splitHanName(realName);
  let homophones = 1;
  if (method === 'homophone') {
    const real = Array.from(given);
    const variant = Array.from(splitHanName(value).given);
    const at = real.findIndex((c, i) => variant[i] !== c);
    homophones = at >= 0 ? homophonesOf(foldText(real[at]!), givenNameSex(given)).length : 1;
  }
  return nameOdds(realName, value, method, { surname, homophones });
}

/**
 * Picks a name variant not yet used by the subject. A variant that is decisive (its chance of
 * being written without the canary is at most 1 in 1,000, see `nameOdds`) and spoken-distinct
 * is preferred, then a decisive written-only one, then the rarest weak one; a weak variant
 * (a middle initial of a two-part name, a nickname, a homophone) is issued with its odds.
 *
 * @param realName - The subject's real name.
 * @param registry - The subject's taken keys; the caller adds the result's keys after issuing.
 * @param random - The tracer's random source.
 * @param limit - How many candidates to try before giving up.
 * @param region - The subject's ISO region: a Chinese name written alike in both scripts takes
 *   Traditional characters in Taiwan, Hong Kong and Macao (see `hanScript`).
 * @returns The variant, or `undefined` when every candidate is taken.
 */
export function pickNameVariant(
  realName: string,
  registry: NameRegistry,
  random: RandomSource,
  limit = 20_000,
  region?: string,
): NameVariant | undefined {
  const japanese = japaneseName(realName, region);
  const korean = !japanese && koreanName(realName);
  const candidates = japanese
    ? japaneseCandidates(realName, random)
    : korean
      ? koreanCandidates(realName, random)
      : isHanName(realName)
        ? hanCandidates(realName, random, region)
        : latinCandidates(realName, random, region);
  // Fallbacks by rank, the first of each: decisive written-only, then weak (spoken-distinct
  // before written-only).
  let fallback: NameVariant | undefined;
  const rank = (v: NameVariant): number =>
    (v.odds.chance <= DECISIVE_CHANCE ? 0 : 2) + (v.spokenDistinct ? 0 : 1);
  const better = (v: NameVariant): boolean => !fallback || rank(v) < rank(fallback);
  // A two-part Latin name has a decisive variant only as a rare middle name (a census region and
  // a given name whose sex is known; see `nameOdds`): otherwise the first spoken-distinct one is
  // as good as any.
  const decisivePossible =
    (isHanName(realName) && !japanese) ||
    (japanese && !KANA.test(realName)) ||
    (korean && koreanNameOdds(realName, 'ko-renamed').chance <= DECISIVE_CHANCE) ||
    (!isHanName(realName) && !japanese && !korean && latinNameParts(realName).middle.length > 0) ||
    middleNamePool(realName, region).length > 0;
  let tried = 0;
  // Initials that sound alike (T and D) are one sound: a variant that differs from another only
  // by such an initial is not spoken-distinct.
  const sounds = new Set([...registry.spoken].map(soundKey));
  const spokenTaken = (key: string): boolean => registry.spoken.has(key) || sounds.has(soundKey(key));
  for (const [value, method] of candidates) {
    if (++tried > limit) break;
    const written = writtenKeysOf(value);
    // Never a key too short to identify anyone (a variant `- T.` would be searched as `t`).
    if (written.some((k) => !distinctKey(k) || ordinaryKey(k) || clashes(k, registry))) continue;
    if (famousPerson(value) || commonHanName(value)) continue;
    const odds = candidateOdds(realName, value, method);
    // A weak candidate is only a fallback: once one is kept, others are not worth their keys.
    if (odds.chance > DECISIVE_CHANCE && fallback && decisivePossible) continue;
    const candidate = nameForm(value, method);
    const spoken = !spokenTaken(candidate.phoneticKeys[0]!);
    // A homophone's romanised form and sound are the real name's: only its writing is evidence.
    const romanised = spoken ? candidate.romanisedKeys.filter((k) => !clashes(k, registry)) : [];
    const variant: NameVariant = {
      ...candidate,
      textKeys: [...candidate.writtenKeys, ...romanised],
      writtenDistinct: true,
      spokenDistinct: spoken,
      odds,
    };
    if (spoken && odds.chance <= DECISIVE_CHANCE) return variant;
    if (better(variant)) fallback = variant;
    if (!decisivePossible && spoken) break;
    // Decisive spoken-distinct variants come early in every class; stop after a few hundred misses.
    if (tried > 400 && fallback) break;
  }
  return fallback;
}
