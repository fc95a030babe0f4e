/**
 * Whom a message addresses by name. A pool number is often recycled: the previous holder's debt
 * collectors, bank and friends keep calling it ("王建国先生您好，您尾号8812的信用卡已逾期", "Hi Mr
 * Jones, this is a reminder about your account"), and a dirty list pairs the number with another
 * person's name. A contact that addresses somebody who is not the subject by name, and reveals
 * none of the subject's canaries, is about that somebody: not evidence that a source leaked the
 * subject's number.
 *
 * Only clear forms of address count: a Chinese full name or surname before an honorific and a
 * greeting or question (王建国先生您好, 请问是王建国吗, 尊敬的王女士), a Japanese name before 様 or
 * さん, and in the Latin-script languages read (en de es fr it pt nl) a greeting or "is this …"
 * before a full name (two given names and two surnames at most) or a title and surname ("Dear Mr
 * Jones", "Hi John Smith", "Is this John Smith?", "Buenos días Rosa González Morales", "Bonjour
 * Mme Dubois", "Geachte mevrouw Jansen"). A first name alone, a writer's own name (我是王建国,
 * "this is John"), generic forms (尊敬的客户, "Dear customer", "Hola cliente") and salutations to a
 * role or a business ("Dear Account Holder", "Hello Lucky Winner", "calling for Acme Finance")
 * say nothing of whom.
 */

import {
  comparableParts,
  foldLetters,
  hanReadingOf,
  type NamePartKeys,
  namePartKeys,
  personNameKeys,
  samePart,
} from '../identity/name-key.js';
import { NICKNAMES, ROMANCE_HYPOCORISMS } from '../identity/name-tables.js';
import { foldText } from './normalize-text.js';

/**
 * The hundred commonest Chinese surnames (Ministry of Public Security household-register
 * ranking, 2020: about 85 % of people) and the common compound ones.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文';
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '令狐', '慕容', '司徒'];
const SURNAME = `(?:${COMPOUND.join('|')}|[${SURNAMES}])`;

/**
 * The sender's signature a Chinese commercial text opens with (【顺丰速运】, [平安银行], ［安居］:
 * China's carriers require one on every text from an SMS port), with the spaces after it.
 */
const LEADING_SIGNATURE = /^\s*(?:【[^】\n]{1,24}】|\[[^\]\n]{1,24}\]|［[^］\n]{1,24}］)\s*/u;

/** 王建国先生您好, 尊敬的王女士, 请问是王建国吗, 王建国您好 (the given name up to two characters). */
const ADDRESS_ZH = [
  new RegExp(
    `(?:^|[\\s,.!?;:，。！？；：]|尊敬的|亲爱的|请问是|请问您是|您是|是)(${SURNAME})(\\p{Script=Han}{0,2}?)(?:先生|女士|小姐)(?=您好|你好|吗|[,.!?:，。！？：\\s]|$)`,
    'u',
  ),
  new RegExp(`(?:^|尊敬的|亲爱的)(${SURNAME})(\\p{Script=Han}{1,2}?)(?=您好|你好|[,:，：])`, 'u'),
  new RegExp(`(?:请问是|请问您是|您是|你是)(${SURNAME})(\\p{Script=Han}{1,2}?)(?=吗|本人)`, 'u'),
];

const NAME = "\\p{Lu}\\p{Ll}+(?:[-'\u2019]\\p{Lu}?\\p{Ll}+)?";

/**
 * The particles a family name may open with, written apart and in either case (de la Cruz, De La
 * Cruz, van der Berg, von Müller, di Stefano, dos Santos, du Pont, le Roux, ter Horst, zu Salm).
 */
const PARTICLE =
  '(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]ei|[Ll]a|[Ll]e|[Ll]os|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]u|[Dd]es|[Dd]i|[Dd]a|[Dd]o|[Dd]os|[Dd]as|[Tt]er|[Tt]en|[Zz]u|[Zz]ur)';

/** A word written with its first letter in either case ("dear" as `[Dd]ear`). */
const eitherCase = (word: string): string =>
  `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;

/**
 * The openings that address a person by name, in the Latin-script languages read (en de es fr
 * it pt nl): greetings ("Dear", "Hallo", "Buenos días", "Bonjour", "Buongiorno", "Bom dia",
 * "Beste") and a caller's question for the person ("Is this", "calling for", "¿Hablo con",
 * "Parlo con", "Falo com").
 */
const GREETINGS = [
  'dear',
  'hi',
  'hello',
  'hey',
  'good morning',
  'good afternoon',
  'good evening',
  'is this',
  'calling for',
  'message for',
  'looking for',
  'trying to reach',
  'speak to',
  'speak with',
  'sehr geehrter',
  'sehr geehrte',
  'hallo',
  'lieber',
  'liebe',
  'guten tag',
  'guten morgen',
  'guten abend',
  'moin',
  'hola',
  'buenos días',
  'buenos dias',
  'buenas tardes',
  'buenas noches',
  'estimado',
  'estimada',
  'querido',
  'querida',
  'hablo con',
  'es usted',
  'bonjour',
  'bonsoir',
  'cher',
  'chère',
  'salut',
  'buongiorno',
  'buonasera',
  'ciao',
  'gentile',
  'egregio',
  'gentilissimo',
  'gentilissima',
  'parlo con',
  'olá',
  'bom dia',
  'boa tarde',
  'boa noite',
  'prezado',
  'prezada',
  'falo com',
  'beste',
  'geachte',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'hoi',
].map(eitherCase);

/**
 * Titles before a surname (en de es fr it pt nl): Mr, Frau, Sra., Doña, Mme, Sig.ra, Dhr.,
 * mevrouw.
 */
const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Herr',
  'Frau',
  'Hr',
  'Fr',
  'Sr',
  'Sra',
  'Srta',
  'Don',
  'Doña',
  'Dña',
  'Monsieur',
  'Madame',
  'Mademoiselle',
  'Mme',
  'Mlle',
  'M',
  'Sig',
  'Sig\\.ra',
  'Signor',
  'Signora',
  'Dhr',
  'Mevr',
  'Mevrouw',
  'Meneer',
].map(eitherCase);

/**
 * "Dear Mr Jones", "Hi John Smith", "Is this John Smith?", "calling for Mrs Jones", "Sehr geehrter
 * Herr Müller", "Buenos días Rosa González Morales", "Estimada Sra. García", "Bonjour Mme Dubois",
 * "Buongiorno Sig.ra Rossi": a greeting, then a title and a surname (two surnames in Spanish and
 * Portuguese), or a given name and one or two surnames, ending the phrase.
 */
const ADDRESS_EN = new RegExp(
  `(?:^|[\\n.!?¡¿]\\s*|\\b)(?:${GREETINGS.join('|')})[,]?\\s+(?:(${TITLES.join('|')})\\.?\\s+(?:Dr\\.?\\s+)?((?:${PARTICLE}\\s+){0,2}${NAME}(?:\\s+${NAME})?)|(${NAME})\\s+(${NAME})((?:\\s+${NAME}){0,2}))(?=\\s*[,.!?:;]|\\s*$)`,
  'u',
);

const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, 'u');

/** 佐藤様, 田中花子さん, サトウ様: a Japanese name before an honorific, after a boundary. */
const ADDRESS_JA =
  /(?:^|[\s、。，,.!?！？「」:：])(\p{Script=Han}{2,4}|\p{Script=Katakana}{2,10})(?:様|さま|さん|殿)/u;

/** Words after a greeting that are not names ("Hi There Customer" is nobody's name). */
const NOT_NAMES = new Set(
  'there all team everyone customer customers guest guests member members sir madam friend friends user client patient resident subscriber traveller traveler valued dear good new kunde kundin kunden mitglied gast damen herren cliente clientes señor señora senor senora amigo amiga amigos usuario usuaria vecino vecina socio socia paciente clients amis madame monsieur abonné abonnée utilisateur clienti amici utente signore signora socio senhor senhora amigos utilizador klant klanten lid leden heer mevrouw vriend vrienden'.split(
    ' ',
  ),
);

/**
 * Role and trade words: a salutation to whoever holds something ("Dear Account Holder", "Dear
 * Policy Holder", "Hello Lucky Winner", "Dear Home Owner") or a business a caller asks for or
 * names ("calling for Acme Finance", "looking for Quick Loans") is nobody's name. The words are
 * none a person is named by: a role noun that is also a surname (Holder, Winner, Parent, Buyer) is
 * left out, the qualifier before it telling the salutation (Account, Policy, Lucky). Read only in
 * a name without a title: after one ("Dear Mr Holder") a word is a surname.
 */
const ROLE_WORDS = new Set(
  [
    'holders owners winners lucky applicant applicants beneficiary beneficiaries borrower borrowers investor investors shopper shoppers tenants homeowner homeowners cardholder cardholders policyholder policyholders account accounts policy card home parents students supporters donors neighbours neighbors passengers employees candidates recipient recipients participant participants users residents',
    'finance financial loan loans lending credit capital bank banking insurance mortgage mortgages services service solutions group company support department office centre center management delivery deliveries express energy telecom broadband mobile',
    'inhaber inhaberin titular ganador ganadora titulaire gagnant gagnante titolare vincitore vincitrice vencedor houder winnaar',
  ]
    .join(' ')
    .split(' '),
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
  // A Chinese commercial text opens with its sender's signature in 【】 (or [], ［］), which
  // the carriers require, and Japanese ones often do (【ヤマト運輸】): the greeting after it
  // starts the message as much as one at its start.
  const han = foldText(content).replace(LEADING_SIGNATURE, '');
  for (const pattern of ADDRESS_ZH) {
    const m = pattern.exec(han);
    if (m) return { written: `${m[1]}${m[2] ?? ''}`, surname: m[1]!, given: m[2] || undefined };
  }
  const ja = ADDRESS_JA.exec(content.normalize('NFKC').replace(LEADING_SIGNATURE, ''));
  if (ja) return { written: ja[1]!, surname: ja[1]! };
  // Full-width Latin (Ｈｉ Ｗｅｉ Ｚｈａｎｇ) is read as half width.
  const m = ADDRESS_EN.exec(content.normalize('NFKC'));
  if (!m) return undefined;
  if (m[2] !== undefined) {
    // "Sra. González Morales": the first of two surnames is the family's, with the particles
    // before it ("Mme de la Cruz": de la Cruz).
    const words = m[2].split(/\s+/u);
    // The first word that is no particle; a surname that is a particle's word ("Mr Da", "Mrs
    // Le") is the last.
    const found = words.findIndex((w) => !PARTICLE_WORD.test(w));
    const first = found === -1 ? words.length - 1 : found;
    const surname = words.slice(0, first + 1).join(' ');
    if (NOT_NAMES.has(words[first]!.toLowerCase())) return undefined;
    return { written: `${m[1]} ${m[2]}`, surname };
  }
  const words = [m[3]!, m[4]!, ...(m[5] ?? '').split(/\s+/u).filter(Boolean)];
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()))) return undefined;
  return { written: `${m[3]} ${m[4]}${m[5] ?? ''}`, surname: m[4]!, given: m[3] };
}

/** Whether the message addresses the person under one of their names. */
type Comparison = 'same' | 'other' | 'unknown';

/**
 * Tells whether a message addresses by name somebody who is not the person. The name addressed
 * and each of the person's names are compared part by part on one name-form key (see
 * `namePartKeys`: 张伟, Zhang Wei, Wei Zhang, Cheung, ＺＨＡＮＧ; Müller, Mueller; サトウ, Sato; 김, Kim), in
 * either order (a Chinese name is written family-first or given-first in Latin letters). It is
 * the person when the surname addressed is one of the person's name parts and the given name
 * addressed, if any, is another of them, its nickname, a homophone of it (an input method's or a
 * transcriber's slip: 李峰瑞 for 李锋瑞), the same given name with one character of two or more
 * changed (李锋睿) or cut short (李锋); or when a name written without spaces sits inside the
 * person's (田中 in 田中花子). Names that cannot be compared (a kanji name read the Japanese way and
 * a romanised one) say nothing.
 *
 * @param content - The message or transcript.
 * @param names - The person's names: the real one and every variant issued to a source (or a
 *   function giving them, called only when the message addresses somebody by name).
 * @param region - The person's ISO 3166 region: in Japan, kanji names are read the Japanese way.
 * @returns The name addressed when it is somebody else's, else `undefined`.
 * @example
 * ```ts
 * addressesSomeoneElse('Hi Wei Zhang, your parcel is here', '张伟'); // undefined
 * addressesSomeoneElse('Dear Mr Jones,', '张伟'); // 'Mr Jones'
 * ```
 */
export function addressesSomeoneElse(
  content: string,
  names: string | readonly string[] | (() => readonly string[]),
  region?: string,
): string | undefined {
  const found = addressee(content);
  if (found === undefined) return undefined;
  const list = typeof names === 'function' ? names() : typeof names === 'string' ? [names] : names;
  let other = false;
  for (const name of list) {
    const comparison = compareName(found, name, region);
    if (comparison === 'same') return undefined;
    if (comparison === 'other') other = true;
  }
  return other ? found.written : undefined;
}

function compareName(found: Addressee, name: string, region: string | undefined): Comparison {
  const person = personNameKeys(name, region);
  if (person.parts.length === 0) return 'unknown';
  // Kanji addressed to a person in Japan are read the Japanese way whatever script the person's
  // own name is in (佐藤様 to Hanako Sato is Satō, never Zuoteng).
  const reading =
    person.reading === 'japanese' || hanReadingOf(found.written, region) === 'japanese'
      ? 'japanese'
      : 'chinese';
  const surname = namePartKeys(found.surname, { surname: true, reading });
  const given = found.given === undefined ? undefined : namePartKeys(found.given, { surname: true, reading });
  // A name written without spaces inside the person's: 田中 in 田中花子, 张 in 张伟.
  const joined = `${given?.written ?? ''}${surname.written}`;
  if (surname.han && person.whole.includes(foldLetters(`${found.surname}${found.given ?? ''}`)))
    return 'same';
  if (!surname.han && joined.length > 0 && person.whole === joined) return 'same';
  // A family name in several words (de la Cruz, van der Berg, Müller-Schmidt) written as one or
  // in part: the surname addressed is the person's words run together (Mme De La Cruz, Mr
  // Vanderberg), or one word of a hyphenated family name (Frau Schmidt for Anna Müller-Schmidt).
  if (!surname.han && given === undefined && surname.written.length > 0) {
    const words = person.parts.map((p) => p.written);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 2; j <= words.length; j++)
        if (words.slice(i, j).join('') === surname.written) return 'same';
    if (hyphenPieces(name).some((piece) => foldLetters(piece) === surname.written)) return 'same';
  }
  const orders: [NamePartKeys, NamePartKeys | undefined][] =
    given === undefined
      ? [[surname, undefined]]
      : [
          [surname, given],
          [given, surname],
        ];
  let comparable = false;
  for (const [family, first] of orders) {
    for (let i = 0; i < person.parts.length; i++) {
      const part = person.parts[i]!;
      if (!comparableParts(part, family)) continue;
      comparable = true;
      if (!samePart(part, family)) continue;
      if (first === undefined || person.parts.length === 1) return 'same';
      const others = person.parts.filter((_, j) => j !== i);
      if (others.some((p) => sameGiven(p, first) || !comparableParts(p, first))) return 'same';
    }
  }
  return comparable ? 'other' : 'unknown';
}

/** The pieces of the person's hyphenated words of two pieces or more (Müller-Schmidt: Müller, Schmidt). */
function hyphenPieces(name: string): string[] {
  return name
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((w) => /\p{L}[-\u2010\u2011]\p{L}/u.test(w))
    .flatMap((w) => w.split(/[-\u2010\u2011]/u))
    .filter((w) => w.length > 1);
}

/**
 * Whether a given name addressed is the person's: the same key, a nickname either way (English,
 * or a Spanish, Portuguese or Italian short form: Pepe for José, Paco for Francisco), or (in
 * Chinese characters) one character of two or more changed, or the name cut short.
 */
function sameGiven(own: NamePartKeys, addressed: NamePartKeys): boolean {
  if (samePart(own, addressed)) return true;
  if (own.han && addressed.han) return nearHan(own.written, addressed.written);
  const short = (table: ReadonlyMap<string, readonly string[]>, a: string, b: string) =>
    table.get(a)?.some((n) => foldLetters(n) === b) === true;
  for (const a of own.roman)
    for (const b of addressed.roman)
      for (const table of [NICKNAMES, ROMANCE_HYPOCORISMS])
        if (short(table, a, b) || short(table, b, a)) return true;
  return false;
}

/** 锋瑞 and 锋睿 (one character of two or more changed), 锋 for 锋瑞 (cut short). */
function nearHan(own: string, addressed: string): boolean {
  const x = Array.from(own);
  const y = Array.from(addressed);
  if (y.length < x.length) return y.length > 0 && x.slice(0, y.length).join('') === addressed;
  if (x.length !== y.length || x.length < 2) return false;
  return x.filter((c, i) => c !== y[i]).length <= 1;
}
