import { foldText } from '../match/normalize-text.js';
import { isHanName } from '../match/phonetic.js';
import { censusRank } from './census-names.js';
import { latinNameParts } from './name-parts.js';
import { GIVEN_NAME_CHARS, NICKNAMES, SPELLINGS } from './name-tables.js';

/**
 * How likely a name variant is written in a message to the subject without its canary: by a
 * real person who bears it, or by the subject's own circle writing the subject's name in a way
 * that happens to be the variant. Only a variant whose chance is at most
 * {@link DECISIVE_CHANCE} is decisive evidence on one contact.
 */

/** The largest chance a field may have and still convict a source on one contact: 1 in 1,000. */
export const DECISIVE_CHANCE = 1 / 1000;

/**
 * The letters a middle initial is drawn from: I, O, Q, U, X, Y, Z are left out (they read as
 * digits or are rare as initials), and so are A and E, which are words (the English article,
 * the Spanish, Portuguese and Italian "and": `Dear Anna, a Müller employee…` would spell
 * `Anna A. Müller`). Someone who knows the subject and writes a middle initial writes the
 * subject's own, which the tracer does not know: any of these letters may be it.
 */
export const INITIAL_LETTERS = 'BCDFGHJKLMNPRSTVW';

/**
 * Person names in one message: the sender's signature and one name it mentions. A message
 * naming more people is rare in the messages a person receives; two keeps the estimate above
 * the common case.
 */
const NAMES_PER_MESSAGE = 2;

/**
 * Upper bounds on the share of people who bear a Chinese surname, in tiers. Sources: 公安部户政管理
 * 研究中心《二〇一八年全国姓名报告》 (王 and 李 each over 100 million of about 1.39 billion, 7.3%;
 * 23 surnames over 10 million each, so any other surname is under 0.73%) and
 * 《二〇一九年全国姓名报告》 (the 100th surname about 2.6 million, 0.19%: a compound surname, never
 * among the hundred, is under that). 张, 刘 and 陈 are bounded by 李 (7.5%, rounded up); the
 * rest of the twenty-three listed by 刘 and 陈 (5.5%); 宋 and 谢 are both listed, as the 23rd
 * changed between years.
 */
const SURNAME_SHARE_TIERS: readonly (readonly [string, number])[] = [
  ['王李张', 0.075],
  ['刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋', 0.055],
];
const OTHER_SURNAME_SHARE = 0.0073;
const COMPOUND_SURNAME_SHARE = 0.0019;

/**
 * Upper bound on the share of a surname's bearers who have one given name: 张伟, the most
 * common full name in China, is held by 294,282 people (《二〇一九年全国姓名报告》) of about 95
 * million 张 (0.31%); names held as often (张志明, 王建国) are never issued (see
 * `COMMON_GIVEN_NAMES`), so every issued given name is held by fewer.
 */
const GIVEN_NAME_SHARE = 294_282 / 95_000_000;

/**
 * Upper bounds for names in Latin script: the most common male given name holds 3.3% of men
 * (James, 3.318%) and the most common surname 1.0% of people (Smith, 1.006%): United States
 * Census Bureau, Frequently Occurring Names from the 1990 Census (dist.male.first,
 * dist.all.last). A middle initial divides by the letters it is drawn from.
 */
const LATIN_GIVEN_SHARE = 0.03318;
const LATIN_FAMILY_SHARE = 0.01006;

/** A name variant's chance of being written without its canary, and why. */
export interface NameOdds {
  /** The chance, per message, that the variant is written without the canary. */
  readonly chance: number;
  /** What the chance rests on, in a few words. */
  readonly basis: string;
}

const share = (chance: number): number => 1 - (1 - chance) ** NAMES_PER_MESSAGE;

function surnameShare(surname: string): number {
  if (Array.from(surname).length > 1) return COMPOUND_SURNAME_SHARE;
  for (const [names, value] of SURNAME_SHARE_TIERS) if (names.includes(surname)) return value;
  return OTHER_SURNAME_SHARE;
}

/** The given-name characters of a Chinese name (after the surname), folded to Simplified. */
function givenChars(name: string, surname: string): string[] {
  const han = Array.from(foldText(name)).filter((c) => /\p{Script=Han}/u.test(c));
  return han.slice(Array.from(surname).length);
}

/**
 * The chance that a Chinese name variant is written without its canary, the larger of two:
 * a real person who bears it writes or is named (population: surname share × given-name share,
 * two names a message), and the subject's own circle writes it. A homophone is what an input
 * method offers for the subject's own name (one of the characters read alike); a given name
 * that keeps one of the subject's characters is what a brother or cousin named with the same
 * generation character (字辈) is called, its other character one of the common ones.
 */
function hanOdds(
  realName: string,
  variant: string,
  method: string,
  surname: string,
  homophones: number,
): NameOdds {
  const population = share(surnameShare(surname) * GIVEN_NAME_SHARE);
  const real = givenChars(realName, surname);
  const given = givenChars(variant, surname);
  let circle = 0;
  let why = '';
  if (method === 'homophone') {
    circle = 1 / Math.max(2, homophones + 1);
    why = `an input method offers it for the real name (1 of ${Math.max(2, homophones + 1)} characters read alike)`;
  } else if (real.length >= 2 && given.some((c) => real.includes(c))) {
    circle = 1 / GIVEN_NAME_CHARS.length;
    why = `a relative named with the same generation character bears it (1 of ${GIVEN_NAME_CHARS.length} common characters)`;
  }
  return circle > population
    ? { chance: circle, basis: why }
    : {
        chance: population,
        basis: `at most this share of messages names a real person called ${variant}`,
      };
}

/**
 * The chance that a Latin-script name variant is written without its canary. A middle initial
 * added to a name that has none is the subject's own middle initial to whoever knows them (1 in
 * {@link INITIAL_LETTERS}'s length per initial); a nickname is what the circle calls them; a
 * spelling is how it misspells them. A name already written with a middle name gets its
 * initial after that name, which nobody writes by chance: only a real person who bears the
 * variant explains it (population bound).
 */
function latinOdds(realName: string, variant: string, method: string): NameOdds {
  if (method === 'middle-name') return middleNameOdds(realName, variant);
  // Titles, suffixes and particles are no middle name (`Herr Thomas Weber`, `Ludwig van
  // Beethoven` are two-part names; see `name-parts`).
  const real = latinNameParts(realName);
  const words = variant.trim().split(/\s+/u);
  const added = words.filter((w) => /^\p{Lu}\.$/u.test(w)).length;
  const hasMiddle = real.middle.length > 0;
  const letters = INITIAL_LETTERS.length;
  const initialOdds = added === 0 || hasMiddle ? 1 : 1 / letters ** added;
  const given = real.given.toLowerCase();
  let circle = added > 0 && !hasMiddle ? initialOdds : 0;
  let why =
    added > 0 && !hasMiddle
      ? `the real middle initial${added > 1 ? 's' : ''}, which may be ${added > 1 ? 'these' : 'this one'} (1 in ${letters ** added})`
      : '';
  if (method === 'nickname') {
    const n = Math.max(1, NICKNAMES.get(given)?.length ?? 1);
    circle = initialOdds / n;
    why = `what people who know the subject call them (1 of ${n} nicknames${initialOdds < 1 ? ', with a middle initial' : ''})`;
  } else if (method === 'spelling') {
    const n = Math.max(1, SPELLINGS.get(given)?.length ?? 1);
    circle = initialOdds / n;
    why = `how people who know the subject misspell them (1 of ${n} spellings${initialOdds < 1 ? ', with a middle initial' : ''})`;
  }
  const population = share((LATIN_GIVEN_SHARE * LATIN_FAMILY_SHARE) / letters ** added);
  return circle > population
    ? { chance: circle, basis: why }
    : { chance: population, basis: `at most this share of messages names a real person called ${variant}` };
}

/**
 * The chance that a middle-name variant (`John Ambrose Smith` for John Smith) is written without
 * its canary. People who know the subject write the subject's own middle name, which may be this
 * one: a name the 1990 Census ranks r-th is held by at most 1 in r (the r names ranked at or
 * above it each have its share or more, and the shares sum to at most one), and only names
 * ranked 1,000th or lower are drawn. A real person who bears the whole variant is far rarer
 * (given × middle × family shares).
 */
function middleNameOdds(realName: string, variant: string): NameOdds {
  const words = variant.trim().split(/\s+/u);
  const middle = words.slice(1, -1).find((w) => !realName.split(/\s+/u).includes(w)) ?? '';
  const rank = censusRank(middle) ?? 1;
  const circle = 1 / rank;
  const population = share(LATIN_GIVEN_SHARE * circle * LATIN_FAMILY_SHARE);
  return circle >= population
    ? {
        chance: circle,
        basis: `the real middle name, which may be ${middle}: ranked ${rank.toLocaleString('en-US')}th of given names in the 1990 US Census, so held by at most 1 in ${rank.toLocaleString('en-US')}`,
      }
    : { chance: population, basis: `at most this share of messages names a real person called ${variant}` };
}

/**
 * Upper bound on the share of people in Japan who bear any one full name written one way. The
 * commonest, 田中実, has 2,620 entries in the national telephone directories (森岡浩's count of
 * the directories' names, reported in 週刊ポスト 17 January 2014; 鈴木茂 2,470, 鈴木実 2,301 next);
 * an entry stands for a household, so counting each as twenty people (a margin for the women
 * and children a directory does not list) bounds any full name by 52,400 of about 124 million
 * people (総務省 population estimate, 2024).
 */
export const JAPANESE_FULL_NAME_SHARE = (2_620 * 20) / 124_000_000;

/**
 * The chance that a Japanese variant with a wholly new given name (佐藤 美咲 → 佐藤 結菜) is
 * written without its canary: only a real person of that full name explains it (two names a
 * message), the given name sharing no character with the subject's, which a sibling's might.
 *
 * @param variant - The variant's value.
 * @returns The chance (about 1 in 1,200) and its basis.
 */
export function japaneseNameOdds(variant: string): NameOdds {
  return {
    chance: share(JAPANESE_FULL_NAME_SHARE),
    basis: `at most this share of messages names a real person called ${variant}: the commonest Japanese full name, 田中実, has 2,620 telephone-directory entries (森岡浩), counted as at most 52,400 people of 124 million`,
  };
}

/**
 * Shares of Korean surnames, from Statistics Korea's 2015 census (김 21.5%, 이 14.7%, 박 8.4%,
 * 최 4.7%, 정 4.3%, 강 2.4%, 조 2.1%, 윤 2.1%, 장 2.0%, 임 1.7%); every other surname is under
 * the tenth's 1.7%.
 */
const KOREAN_SURNAME_SHARES: ReadonlyMap<string, number> = new Map([
  ['김', 0.215],
  ['이', 0.147],
  ['박', 0.084],
  ['최', 0.047],
  ['정', 0.043],
  ['강', 0.024],
  ['조', 0.021],
  ['윤', 0.021],
  ['장', 0.02],
  ['임', 0.017],
]);
const OTHER_KOREAN_SURNAME_SHARE = 0.017;

/**
 * Bounds on Korean full and given names, from NICE 신용평가정보's count of the names of 42,662,467
 * residents (중앙일보, 17 September 2012): the commonest full name, 김영숙, is held by 40,335
 * (0.095%), and it is 0.44% of the 9.19 million 김 (21.54%). A given name's share is taken as
 * the same in every surname, so no given name is held by more than 0.5% of a surname's bearers.
 */
const KOREAN_FULL_NAME_SHARE = 40_335 / 42_662_467;
const KOREAN_GIVEN_NAME_SHARE = 0.005;

/**
 * The chance that a Korean variant is written without its canary: a real person of that full
 * name (surname share × 0.5%, at most the commonest full name's 0.095%; two names a message),
 * or, for a variant keeping a syllable of the real given name (`ko-altered`), a sibling named
 * with the family's generation syllable (돌림자), 1 in the syllables drawn from. Decisive for a
 * wholly new given name under any surname but 김 and 이, whose bearers are too many.
 *
 * @param realName - The subject's real name, in Hangul.
 * @param method - `ko-renamed` (a new given name) or `ko-altered` (one syllable changed).
 * @param syllables - How many syllables a changed one is drawn from.
 * @returns The chance and its basis.
 */
export function koreanNameOdds(realName: string, method: string, syllables = 8): NameOdds {
  const surname = Array.from(realName.trim())[0] ?? '';
  const surnameShare = KOREAN_SURNAME_SHARES.get(surname) ?? OTHER_KOREAN_SURNAME_SHARE;
  const population = share(Math.min(KOREAN_FULL_NAME_SHARE, surnameShare * KOREAN_GIVEN_NAME_SHARE));
  const circle = method === 'ko-altered' ? 1 / syllables : 0;
  return circle > population
    ? {
        chance: circle,
        basis: `a sibling named with the family's generation syllable bears it (1 of ${syllables} syllables)`,
      }
    : {
        chance: population,
        basis: `at most this share of messages names a real person of that name: ${surname} is ${(surnameShare * 100).toFixed(1)}% of Koreans (2015 census), no given name over 0.5% of a surname's bearers (NICE, 2012)`,
      };
}

/**
 * The chance that a name variant is written in a message without its canary, and its basis.
 *
 * @param realName - The subject's real name.
 * @param variant - The variant's value.
 * @param method - How it was made (`middle-initial`, `nickname`, `spelling`, `insert`,
 *   `altered`, `homophone`).
 * @param context - For Chinese names, the surname and how many characters read like the one a
 *   homophone replaced.
 * @returns The chance and its basis: a middle initial added to a two-part name is 1 in 17, a
 *   homophone 1 in a few, a Chinese variant of a rare surname below 1 in 1,000.
 * @example
 * nameOdds('John Smith', 'John K. Smith', 'middle-initial').chance // 1/17
 * nameOdds('张伟', '张明伟', 'insert', { surname: '张' }).chance // ≈ 0.00046
 */
export function nameOdds(
  realName: string,
  variant: string,
  method: string,
  context: { readonly surname?: string; readonly homophones?: number } = {},
): NameOdds {
  if (isHanName(variant))
    return hanOdds(
      realName,
      variant,
      method,
      context.surname ?? Array.from(variant)[0]!,
      context.homophones ?? 1,
    );
  return latinOdds(realName, variant, method);
}

/** Bits of a chance, to one decimal, as `CanaryField.entropyBits` holds them. */
export function chanceBits(chance: number): number {
  return Math.round(-Math.log2(chance) * 10) / 10;
}
