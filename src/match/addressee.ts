/**
 * Whom a message addresses by name. A pool number is often recycled: the previous holder's debt
 * collectors, bank and friends keep calling it ("王建国先生您好，您尾号8812的信用卡已逾期", "Hi Mr
 * Jones, this is a reminder about your account"), and a dirty list pairs the number with another
 * person's name. A contact that addresses somebody who is not the subject by name, and reveals
 * none of the subject's canaries, is about that somebody: not evidence that a source leaked the
 * subject's number.
 *
 * Only clear forms of address count: a Chinese full name or surname before an honorific and a
 * greeting or question (王建国先生您好, 请问是王建国吗, 尊敬的王女士), and in English a greeting or
 * "is this …" before a full name or a title and surname ("Dear Mr Jones", "Hi John Smith", "Is this
 * John Smith?"). A first name alone, a writer's own name (我是王建国, "this is John") and generic
 * forms (尊敬的客户, "Dear customer") say nothing of whom.
 */

import { NICKNAMES } from '../identity/name-tables.js';
import { splitHanName, umlautSpellings } from '../identity/name-variant.js';
import { foldText } from './normalize-text.js';
import { hanCharReadings } from './phonetic.js';

/**
 * The hundred commonest Chinese surnames (Ministry of Public Security household-register
 * ranking, 2020: about 85 % of people) and the common compound ones.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文';
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '令狐', '慕容', '司徒'];
const SURNAME = `(?:${COMPOUND.join('|')}|[${SURNAMES}])`;

/** 王建国先生您好, 尊敬的王女士, 请问是王建国吗, 王建国您好 (the given name up to two characters). */
const ADDRESS_ZH = [
  new RegExp(
    `(?:^|[\\s,.!?;:，。！？；：]|尊敬的|亲爱的|请问是|请问您是|您是|是)(${SURNAME})(\\p{Script=Han}{0,2}?)(?:先生|女士|小姐)(?=您好|你好|吗|[,.!?:，。！？：\\s]|$)`,
    'u',
  ),
  new RegExp(`(?:^|尊敬的|亲爱的)(${SURNAME})(\\p{Script=Han}{1,2}?)(?=您好|你好|[,:，：])`, 'u'),
  new RegExp(`(?:请问是|请问您是|您是|你是)(${SURNAME})(\\p{Script=Han}{1,2}?)(?=吗|本人)`, 'u'),
];

const NAME = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?";
/** "Dear Mr Jones", "Hi John Smith", "Is this John Smith?", "calling for Mrs Jones". */
const ADDRESS_EN = new RegExp(
  `(?:^|[\\n.!?]\\s*|\\b)(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening)|[Ii]s this|[Cc]alling for|[Mm]essage for|[Ll]ooking for|[Tt]rying to reach|[Ss]peak (?:to|with))[,]?\\s+(?:(Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(${NAME})|(${NAME})\\s+(${NAME}))(?=\\s*[,.!?:;]|\\s*$)`,
  'u',
);

/** Words after a greeting that are not names ("Hi There Customer" is nobody's name). */
const NOT_NAMES = new Set(
  'there all team everyone customer customers guest guests member members sir madam friend friends user client patient resident subscriber traveller traveler valued dear good new'.split(
    ' ',
  ),
);

/** A name the message addresses: its surname (family name) and given name when written. */
export interface Addressee {
  /** As written, for a reason. */
  readonly written: string;
  readonly surname: string;
  readonly given?: string | undefined;
}

/**
 * Whom a message addresses by name (see the module's documentation for the forms).
 *
 * @param content - The message or transcript.
 * @returns The first name addressed, or `undefined` when it addresses nobody by name.
 * @example
 * ```ts
 * addressee('王建国先生您好，您尾号8812的信用卡已逾期'); // { written: '王建国', surname: '王', given: '建国' }
 * ```
 */
export function addressee(content: string): Addressee | undefined {
  const han = foldText(content);
  for (const pattern of ADDRESS_ZH) {
    const m = pattern.exec(han);
    if (m) return { written: `${m[1]}${m[2] ?? ''}`, surname: m[1]!, given: m[2] || undefined };
  }
  const m = ADDRESS_EN.exec(content);
  if (!m) return undefined;
  if (m[2] !== undefined) {
    if (NOT_NAMES.has(m[2].toLowerCase())) return undefined;
    return { written: `${m[1]} ${m[2]}`, surname: m[2] };
  }
  if (NOT_NAMES.has(m[3]!.toLowerCase()) || NOT_NAMES.has(m[4]!.toLowerCase())) return undefined;
  return { written: `${m[3]} ${m[4]}`, surname: m[4]!, given: m[3] };
}

const fold = (text: string): string =>
  foldText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]+/gu, '');

/**
 * Tells whether a message addresses by name somebody who is not the person: another surname, or
 * the same surname with another given name (a first name that is the person's, its nickname or
 * its initial is the person's).
 *
 * @param content - The message or transcript.
 * @param name - The person's name (Chinese or Latin).
 * @returns The name addressed when it is somebody else's, else `undefined`.
 */
export function addressesSomeoneElse(content: string, name: string): string | undefined {
  const found = addressee(content);
  if (found === undefined) return undefined;
  const own = ownNames(name);
  if (own === undefined) return undefined;
  const surname = fold(found.surname);
  if (!own.surnames.has(surname) && !soundsAlike(surname, own.surname)) return found.written;
  if (found.given === undefined || own.given === undefined) return undefined;
  const given = fold(found.given);
  if (own.givens.has(given) || soundsAlike(given, own.given)) return undefined;
  return found.written;
}

/**
 * Whether two Han spellings read alike, character by character (any toneless reading in
 * common): speech-to-text writes a homophone of the name it heard (罗城鸣 for 罗成明), and an
 * input method offers one for the name typed (李峰瑞 for 李锋瑞). Such a name is the person's,
 * misspelt, not somebody else's.
 */
function soundsAlike(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length !== y.length || x.length === 0 || !x.every((c) => HAN.test(c))) return false;
  return x.every((c, i) => {
    const theirs = hanCharReadings(y[i]!);
    return hanCharReadings(c).some((r) => theirs.includes(r));
  });
}

const HAN = /^\p{Script=Han}$/u;

/** The person's surname and the given names they may be addressed by, folded. */
function ownNames(
  name: string,
): { surname: string; surnames: Set<string>; given?: string; givens: Set<string> } | undefined {
  const trimmed = name.trim();
  if (/\p{Script=Han}/u.test(trimmed)) {
    const { surname, given } = splitHanName(trimmed);
    return {
      surname: fold(surname),
      surnames: new Set([fold(surname)]),
      given: fold(given),
      givens: new Set([fold(given)]),
    };
  }
  const words = trimmed.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const surname = fold(words.at(-1)!);
  const first = words.length > 1 ? fold(words[0]!) : undefined;
  const givens = new Set<string>();
  if (first !== undefined) {
    for (const spelling of spellingsOf(words[0]!)) givens.add(spelling);
    for (const nick of NICKNAMES.get(first) ?? []) givens.add(fold(nick));
  }
  return {
    surname,
    surnames: new Set(spellingsOf(words.at(-1)!)),
    ...(first === undefined ? {} : { given: first }),
    givens,
  };
}

/** A Latin name word as written and as clerks write it without umlauts (Müller: mueller, muller). */
function spellingsOf(word: string): string[] {
  return [word, ...umlautSpellings(word)].map(fold);
}
