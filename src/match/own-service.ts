/**
 * A source's own service message in its staff's own words. A hotel clerk texts a guest from her
 * own mobile ("Hi Ms Wang, this is Lily from the Grand Hotel front desk, your room is ready"),
 * a car dealer's adviser calls about the service that is due, an insurer's agent about the policy
 * renewal, a courier about the parcel: the name variant the person gave that source reaches them
 * from a number nobody declared, and reads like a leak. What such a message shows, and a buyer's
 * or an impersonator's does not show all at once:
 *
 * - it names the source as itself (the writer introduces themselves as the source's, signs with
 *   its name, or speaks as its front desk, team, shop), not as a place the person's details came
 *   from ("I got your number from the Grand Hotel", 看到您在希尔顿酒店入住过) or a rival
 *   ("cheaper than the Grand Hotel");
 * - it introduces no other company (a buyer says who it is: "this is Tom from QuickLoans");
 * - it is about the person's dealings with the source: a booking, a stay, an order, a delivery,
 *   an appointment, a car's service, a policy, an account;
 * - it sells nothing (no offer, discount or pitch), and what it might sell is the source's own
 *   industry, not a loan from a hotel;
 * - it asks for nothing an impersonator wants: no link, no payment, no code or card, no fraud cue
 *   (`topicScores`), and no other number to call back than its own.
 *
 * Such a contact is not a leak on its own: it is the source's own contact from a sender it did
 * not declare (the verdict says so and asks the source to confirm the number). A loan advert or a
 * phishing text signed with the source's name fails one of the tests and stays evidence.
 */

import { pinyin } from 'pinyin-pro';
import { FRAUD_CUE_THRESHOLD, MIN_TOPIC_SCORE, type Topic, topicScores } from '../trace/topics.js';
import type { Source } from '../types.js';
import { anotherHolder } from './another-holder.js';
import { bracketSignature, withoutCarrierTags, withoutRelayPrefixes } from './bracket-signature.js';
import { closedByAnother, headedByAnother } from './closing-signature.js';
import { asksForSecrets } from './data-asks.js';
import {
  answersDataRequest,
  offersRemedy,
  pitchesToRequester,
  RECIPIENT_CATEGORIES,
  representedClients,
  withoutRecipients,
} from './data-request.js';
import { askCue, CODE_ASKED, dealerCue, ERRAND_LURE, lookalikeSender, PRIZE_LURE } from './dealer-cue.js';
import { dealingState } from './dealing-state.js';
import { deskSignOffStart } from './desk-signoff.js';
import { aboutParcel, fulfilmentNotice, parcelScamClaim, TURN_TO_ASK } from './fulfilment.js';
import { chineseMobile, dealersLine } from './line-to-ring.js';
import { chargeOrAlertLure, keywordOrKeyAsk, parcelFeeLure, sameNumber } from './lures.js';
import { offersMoney } from './money-offers.js';
import { movedToRival } from './moved-to.js';
import { foldText } from './normalize-text.js';
import {
  courierLinksElsewhere,
  type LinkingSource,
  linkedDomains,
  linksElsewhere,
  linkTargets,
  lookalikeOf,
  withoutCarrierLinks,
  withoutOwnSiteLinks,
  withoutReviewLinks,
} from './own-links.js';
import {
  ABOUT,
  ARRIVAL_SPOTS_ZH,
  DETAILS_FROM_EN,
  FUNCTION_WORDS,
  INDUSTRIES,
  LEGAL_WORDS_EN,
  LEGAL_WORDS_ZH,
  MENTION_BEFORE_EN,
  MENTION_BEFORE_ZH,
  NOT_A_BUSINESS,
  NOTICE,
  ORG_INTRO_EN,
  PLACES_EN,
  PLACES_ZH,
  PLEASED_AFTER,
  ROLES_EN,
  ROLES_ZH,
  SELF_BEFORE_EN,
  SELF_INTRO_ZH,
  STAFF_EN,
  STAFF_ZH,
  SURNAMES_JA,
  TRADE_FAMILIES,
  TYPE_WORDS_EN,
  TYPE_WORDS_ZH,
} from './own-service-phrases.js';
import { bookingPlatform } from './platform-host.js';
import { premiumCallback } from './premium-rate.js';
import {
  dealingsWith,
  hanDealingAfter,
  maySpeakFor,
  PROVIDER_PARTIES,
  providerOfSender,
  REVIEW,
  referenceNumber,
  sendersSite,
  withoutDealingWords,
  withoutOwnProviderCollection,
  withoutProviderCollection,
} from './principal.js';
import { quotedReply } from './quoted-text.js';
import {
  CHAT_ASK,
  DISCOUNT,
  HARD_ASKS,
  HIDDEN_LINK,
  LINK_WORDS,
  PITCH,
  PRICED,
  RIDE_TRANSFER,
  SALES_TOPICS,
  SECRET_ASK,
  withoutDealingRecords,
  withoutPaymentRecords,
  withoutRefunds,
} from './service-asks.js';
import { signatureBlock } from './signature-block.js';
import { brandTrades, isBankingGroup, type NamedSource, sourceNames } from './source-names.js';
import { ownMobileAt } from './staff-mobile.js';
import { escapeRegExp, hasWord } from './word-list.js';
import { ampersandWords, sameTradeWord, type WrittenForm, writesName } from './written-name.js';
import { numbersIn } from './written-numbers.js';

/** What an own service message is about, for the verdict's reason. */
/**
 * What a source's own message is about. `data-request`: its answer to the person's own request
 * about their data (access, erasure, the recipients: GDPR art. 12–15, CCPA § 1798.100/.110,
 * PIPL art. 44–45, APPI art. 33), which every controller deals in whatever its trade.
 * `introduction`: a greeting and its staff's self-introduction alone, the errand unsaid.
 * `errand`: a short message that names the source as its writer about an errand in words no
 * list here holds (an airport transfer in Polish, a booking in Turkish), with no link, number,
 * offer, price or percentage: the source's own, though what it is about is not read.
 * `catalogue`: its own catalogue or newsletter, counted only when it names itself as the writer
 * (a letter-shop's catalogue to a bought address names another business, or none).
 */
export type OwnServiceTopic =
  | 'booking'
  | 'order'
  | 'vehicle'
  | 'policy'
  | 'account'
  | 'data-request'
  | 'introduction'
  | 'errand'
  | 'catalogue';

/** Why a message reads as the source's own service message. */
export interface OwnServiceMessage {
  /** What the message is about. */
  readonly about: OwnServiceTopic;
  /**
   * Whether the message names the source as itself; otherwise its writer speaks as a business's
   * staff (我是前台小李, "this is Lily at reception") without naming any business.
   */
  readonly named: boolean;
  /**
   * Signed with the source's 【signature】 through a sender whose signatures the carrier checks
   * (a 106 port, a service number, a mail service): its message through a gateway it did not
   * declare, marketing included.
   */
  readonly signed?: boolean;
  /**
   * A courier's or delivery rider's notice about the person's order that asks for nothing (see
   * `fulfilmentNotice`): the source's carrier or delivery platform acting for it, from a masked
   * number it could not declare.
   */
  readonly fulfilment?: boolean;
  /**
   * Read by the general rule alone (see {@link writtenBySource}): the message writes the source's
   * name as its writer and carries no dealer cue (`dealerCue`), whatever its errand or language.
   */
  readonly written?: boolean;
}

const isLatin = (text: string): boolean => /^[\p{Script=Latin}\d\s&'.-]+$/u.test(text);
/**
 * {@link ABOUT} with its words folded as texts are (`foldText`: Hangul to its letters, kana
 * without voicing marks, Traditional and Japanese Han to Simplified), so a Korean or Japanese
 * word in the list meets the folded text.
 */
const ABOUT_FOLDED: typeof ABOUT = ABOUT.map(([topic, words]) => [topic, words.map(foldText)] as const);

/** Letters and digits only, folded. */
const bare = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
/** Words of a folded text: ASCII letters and digits. */
const wordsOf = (text: string): string[] => text.split(/[^a-z0-9&]+/u).flatMap(ampersandWords);

/** Strips the longest of `words` from either end of `text`, as long as one applies. */
function stripEnds(text: string, words: readonly string[]): string {
  let out = text;
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      if (out.length > w.length && out.startsWith(w)) {
        out = out.slice(w.length);
        changed = true;
      } else if (out.length > w.length && out.endsWith(w)) {
        out = out.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return out;
}

/** A source name as compared: its distinctive core and its words (see `written-name.ts`). */
type NameForm = WrittenForm;

/** Whether a type word is the source's own: in its written name, or its kind of business. */
const ownKind = (form: NameForm, word: string): boolean => form.full.includes(word) || form.kinds.has(word);

/**
 * Whether a word is one of a banking group member's own, or a part of one ("Köln" and "Bonn" of
 * "Sparkasse KölnBonn").
 */
const memberWord = (form: NameForm, word: string): boolean =>
  form.memberWords !== undefined &&
  (form.memberWords.has(word) || (word.length >= 3 && [...form.memberWords].some((w) => w.includes(word))));

/**
 * Whether a place written beside a name goes with it: any place for a business's name ("Hilton
 * Beijing" is Hilton), only the member's own for a banking group's word ("Sparkasse Hannover" is
 * another savings bank than Sparkasse KölnBonn).
 */
const placeOfName = (form: NameForm, word: string): boolean =>
  PLACES_EN.has(word) && (form.memberWords === undefined || memberWord(form, word));

/**
 * A German place name's shape: "Bad" before it, or one of the basic words German place names end
 * in (Grundwörter: -burg, -berg, -dorf, -stadt, -heim, -hausen, -ingen, -feld, -furt, -bach,
 * -brück, -born, -rode, -leben, -kirchen, -hafen, -tal, -au, -itz, -ow…) after a stem of three
 * letters or more ("Ludwigsburg", "Darmstadt", "Wuppertal", "Chemnitz"). Folded spellings.
 */
const GERMAN_PLACE =
  /^(?:bad|[a-z]{3,}(?:burg|berg|dorf|stadt|stedt|heim|hausen|hofen|ingen|feld|felde|furt|bach|beck|bruck|brucken|born|brunn|rode|leben|kirchen|hafen|haven|munde|(?<!i)tal|thal|au|itz|witz|ow|werder|walde|hagen|horst|weiler|land))$/u;

/**
 * Whether a word beside a banking group's word names another member: a place that is not the
 * member's own, its German adjective (Berliner, Hamburger, Münchner), or a word shaped like a
 * German place name (Sparkasse Ludwigsburg, Volksbank Darmstadt-Südhessen).
 */
const otherMemberWord = (form: NameForm, word: string | undefined): boolean =>
  form.memberWords !== undefined &&
  word !== undefined &&
  !memberWord(form, word) &&
  (PLACES_EN.has(word) ||
    PLACES_EN.has(word.replace(/er$/u, '')) ||
    PLACES_EN.has(word.replace(/ner$/u, 'chen')) ||
    GERMAN_PLACE.test(word));

/**
 * Kinds of business by the words of a name or category (English, Chinese, Japanese, Korean), and
 * the Chinese, Japanese and Korean type words ({@link TYPE_WORDS_ZH}) of that kind.
 */
const KINDS: readonly (readonly [names: readonly string[], words: readonly string[]])[] = (
  [
    [
      ['hotel', 'hotels', 'resort', 'inn', 'motel', 'hostel', '酒店', '宾馆', '饭店', 'ホテル', '호텔'],
      [
        '大酒店',
        '酒店',
        '宾馆',
        '饭店',
        '旅馆',
        '度假村',
        'ホテル',
        '호텔',
        '리조트',
        'hotel',
        'hotels',
        'resort',
        'inn',
      ],
    ],
    [
      ['bank', '银行', '銀行', '은행'],
      ['银行', 'bank'],
    ],
    [
      ['insurer', 'insurance', 'versicherung', '保险'],
      ['保险', '人寿', '财险'],
    ],
    [
      ['car dealer', 'dealership', 'motors', 'autohaus', '4s店', '汽车'],
      // A dealer's staff call it by any of the trade's words ("Autohaus Krüger" for Krüger
      // Automobile, "Wexford Garage" for Wexford Motors): one trade, not another business.
      [
        '4s店',
        '汽车',
        '车行',
        ...'motors motor autos cars garage dealership dealer autohaus automobile automobiles concesionario concessionaria autosalone'.split(
          ' ',
        ),
      ],
    ],
    [
      ['restaurant', 'cafe', '餐厅'],
      ['餐厅', '酒楼', '饭店'],
    ],
    [
      ['furniture', '家居', '家具'],
      ['家居', '家具'],
    ],
    [
      ['clinic', 'dental', 'dentist', 'hospital', '医院', '诊所'],
      ['医院', '诊所', '口腔', '牙科'],
    ],
    [
      ['shop', 'store', 'retailer', 'retail', '商城'],
      ['商城', '旗舰店', '专卖店', '门店', '分店'],
    ],
    [['airline', 'airlines', 'airways', '航空'], ['航空']],
    [['travel', '旅行社'], ['旅行社']],
  ] as const satisfies readonly (readonly [readonly string[], readonly string[]])[]
).map(([names, words]) => [names.map(foldText), words.map(foldText)] as const);

/**
 * The type words of a source's own kind of business, by its names and category, and the Chinese
 * places its Latin names hold in pinyin (上海 for `Hilton Shanghai`: 上海希尔顿酒店 is its name
 * as its staff write it).
 */
function kindsOf(names: readonly string[], category: string): ReadonlySet<string> {
  const text = joinHan(foldText([...names, category].join(' ')));
  const kinds = new Set(KINDS.filter(([names]) => hasWord(text, names)).flatMap(([, words]) => words));
  const latinWords = new Set(names.filter(isLatin).flatMap((n) => wordsOf(foldText(n))));
  if (latinWords.size > 0)
    for (const place of PLACES_ZH)
      if (
        /^\p{Script=Han}+$/u.test(place) &&
        latinWords.has(pinyin(place, { toneType: 'none', separator: '' }))
      )
        kinds.add(place);
  return kinds;
}

/** Words of a Chinese, Japanese or Korean name that say where or what kind of business, not which. */
const NAME_WORDS_ZH = [...TYPE_WORDS_ZH, ...PLACES_ZH, ...LEGAL_WORDS_ZH];

/** German prepositions of place joined with their article (am Markt, zum Hafen, beim Bahnhof). */
const LOCATED_AT_DE = new Set(['am', 'im', 'zum', 'zur', 'beim', 'vom']);

function nameForm(name: string, kinds: ReadonlySet<string> = new Set()): NameForm | undefined {
  // Dotted legal forms are read as one word ("S.p.A." as spa, "B.V." as bv).
  const folded = foldText(name).replace(/\b(?:[a-z]\.){2,}/gu, (m) => m.replace(/\./gu, ''));
  if (isLatin(name)) {
    // A hyphenated compound (Gewinnspiel-Portal) is read joined too, as texts are (`joinHan`).
    const compounds = [...folded.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/gu)].map((m) => m[0].replace(/-/gu, ''));
    const words = [...wordsOf(folded), ...compounds].filter((w) => !LEGAL_WORDS_EN.has(w));
    // A kind word after a German preposition of place is where the business stands, and says
    // which business ("Apotheke am Markt", "Hotel zum Hafen").
    const core = words.filter(
      (w, i) =>
        (!TYPE_WORDS_EN.has(w) || LOCATED_AT_DE.has(words[i - 1] ?? '')) &&
        !PLACES_EN.has(w) &&
        !FUNCTION_WORDS.has(w) &&
        !LOCATED_AT_DE.has(w),
    );
    const coreWords = new Set(core.length > 0 ? core : words);
    if (coreWords.size === 0 || [...coreWords].join('').length < 3) return undefined;
    return {
      latin: true,
      core: '',
      full: '',
      words: new Set(words),
      coreWords,
      kinds,
      generic: core.length === 0,
    };
  }
  const full = stripEnds(bare(folded), LEGAL_WORDS_ZH);
  const core = stripEnds(full, NAME_WORDS_ZH);
  if (full.length < 2) return undefined;
  const generic = core.length < 2 || NAME_WORDS_ZH.includes(core);
  return {
    latin: false,
    core: core.length >= 2 ? core : full,
    full,
    words: new Set(),
    coreWords: new Set(),
    kinds,
    generic,
  };
}

/** The fewest characters of a Chinese trade name (字号), and of the industry part after it. */
const MIN_TRADE_NAME = 2;

/**
 * The leading parts of a Chinese name that may be its trade name (字号) alone. A Chinese business
 * name is its place, its trade name of two characters or more, its industry or line of business
 * and its legal form, in that order (企业名称登记管理规定, 2020, art. 6; 实施办法, 2023, arts.
 * 8–11), and its staff name it by its trade name (美年 of 美年大健康, 平安 of 平安车险). When no
 * listed kind-of-business word ({@link TYPE_WORDS_ZH}) ends the name, where its trade name ends is
 * unknown: each leading part of two characters or more that leaves an industry part of two or
 * more may be it. A name whose industry part is a listed word has its core as its trade name.
 *
 * @param name - A source's name.
 * @returns The candidate trade names, shortest first; none for a name that is not all Han.
 */
function tradeNameHeads(name: string): string[] {
  const full = stripEnds(bare(foldText(name)), LEGAL_WORDS_ZH);
  const core = stripEnds(full, NAME_WORDS_ZH);
  if (!full.endsWith(core) || !/^\p{Script=Han}+$/u.test(core)) return [];
  const heads: string[] = [];
  for (let k = MIN_TRADE_NAME; k <= core.length - MIN_TRADE_NAME; k++) heads.push(core.slice(0, k));
  return heads;
}

/**
 * The distinctive core of a Chinese, Japanese or Korean name: without its legal form, places and
 * kind-of-business words (希尔顿 of 上海希尔顿酒店有限公司), folded; `undefined` for a Latin name
 * or one with fewer than two characters left.
 *
 * @param name - A business's name.
 * @returns Its core, or `undefined`.
 */
export function hanNameCore(name: string): string | undefined {
  const form = nameForm(name);
  return form === undefined || form.latin || form.core.length < 2 ? undefined : form.core;
}

/**
 * Whether a name says only where or what kind of business, not which: a place, a type word, a
 * legal form (上海, 大酒店, "Hotel", "Berlin GmbH"). Any business of the place or kind may write it,
 * so it never names a source on its own.
 *
 * @param name - A name.
 * @returns Whether it is generic.
 */
export function genericName(name: string): boolean {
  return nameForm(name)?.generic ?? true;
}

/**
 * Whether a name says only what kind of business, with no place and no word that says which one
 * ("Hotel", "Zahnarztpraxis", "Hotel & Spa", 酒店, 母婴店): as a source's name every business of
 * that kind writing its kind would read as the source. A name with a place ("Hotel Berlin",
 * 上海大酒店) is a real business's name, read whole ({@link genericName} covers both).
 *
 * @param name - A name.
 * @returns Whether every word of it is a kind of business, a legal form or a function word.
 */
export function kindOnlyName(name: string): boolean {
  const folded = foldText(name);
  if (isLatin(name)) {
    const words = [...wordsOf(folded)].filter((w) => w !== '&');
    return (
      words.length > 0 &&
      words.every((w) => TYPE_WORDS_EN.has(w) || LEGAL_WORDS_EN.has(w) || FUNCTION_WORDS.has(w))
    );
  }
  // Every part a kind of business or a legal form, wherever it stands (母婴店, 酒店, ホテル).
  let rest = bare(folded);
  for (const w of KIND_WORDS_CJK) rest = rest.replaceAll(w, '');
  return rest.length === 0;
}

/** Chinese, Japanese and Korean kinds of business and legal forms, longest first. */
const KIND_WORDS_CJK = [...TYPE_WORDS_ZH, ...LEGAL_WORDS_ZH, ...['母婴'].map((w) => foldText(w))].sort(
  (x, y) => y.length - x.length,
);

/** Latin words a service desk signs with besides its roles: "Info", "Hello", "Customer Care". */
const DESK_WORDS_ZH = ['中心', '热线', '部门', '服务', '官方', '团队'];
const DESK_WORDS = new Set([
  'the',
  'our',
  'your',
  'info',
  'hello',
  'hi',
  'customer',
  'customers',
  'client',
  'clients',
  'noreply',
  'no',
  'reply',
  'mail',
  'news',
  'newsletter',
  'service',
  'care',
  'helpdesk',
  'hotline',
  // Customer service in the other languages read (folded): "Servicio al cliente", "Atención al
  // cliente", "Service clientèle", "Servizio clienti", "Atendimento ao cliente", "Obsługa
  // klienta", "Müşteri hizmetleri".
  'servicio',
  'atencion',
  'al',
  'cliente',
  'clientes',
  'clientele',
  'servizio',
  'assistenza',
  'clienti',
  'atendimento',
  'ao',
  'obsluga',
  'klienta',
  'obslugi',
  'biuro',
  'musteri',
  'hizmetleri',
]);

/**
 * Whether a name is only a desk or a role any business's staff sign with ("Customer Care",
 * "Kundenservice", "Team", "Info", 客服, 前台): as a source's other name it would make every
 * stranger signing so the source.
 *
 * @param name - A name.
 * @returns Whether every word of it is a desk, role or function word.
 */
export function deskName(name: string): boolean {
  const folded = foldText(name);
  if (isLatin(name)) {
    const words = [...wordsOf(folded)];
    return (
      words.length > 0 && words.every((w) => ROLES_EN.has(w) || DESK_WORDS.has(w) || FUNCTION_WORDS.has(w))
    );
  }
  let rest = joinHan(folded).replace(/\s+/gu, '');
  for (const role of CJK_DESK_ROLES) rest = rest.replaceAll(role, '');
  return rest.length < 2;
}

/** The Chinese roles and desks of two characters or more, longest first (客服中心 before 客服). */
const CJK_DESK_ROLES = [
  ...ROLES_ZH,
  ...DESK_WORDS_ZH,
  // Japanese and Korean desks (folded as texts are).
  ...[
    'お客様センター',
    'お客様',
    'カスタマーサポート',
    'カスタマーセンター',
    'サポート',
    '受付',
    '窓口',
    '고객센터',
    '고객지원',
    '상담센터',
    '안내데스크',
  ].map((w) => foldText(w)),
  '顾客服务',
  '客户服务',
]
  .filter((r) => r.length >= 2)
  .sort((x, y) => y.length - x.length);

// Clause ends in folded text (full-width punctuation folds to ASCII).
const CLAUSE = /[,.!?;:，。！？；：\n()（）]/u;

/**
 * The most characters a clause reaches either side of a name: read per mention, an unbounded
 * clause makes a text that repeats the name without punctuation quadratic. No sentence is longer.
 */
const CLAUSE_REACH = 400;

/** The clause of `text` around position `at`: its start and end, at most {@link CLAUSE_REACH} away. */
function clauseAround(text: string, at: number, length: number): [number, number] {
  let start = at;
  const first = Math.max(0, at - CLAUSE_REACH);
  while (start > first && !CLAUSE.test(text[start - 1]!)) start--;
  let end = at + length;
  const last = Math.min(text.length, at + length + CLAUSE_REACH);
  while (end < last && !CLAUSE.test(text[end]!)) end++;
  return [start, end];
}

/**
 * The most words of a name (its own, legal and place words) read either side of a mention: a
 * name has fewer; read per mention, unbounded, a text that repeats the name is quadratic.
 */
const NAME_REACH = 12;

/** A word character of the English reading (`[a-z0-9&']`). */
const isNameChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '&' || c === "'";

/**
 * The word that ends `text` before `at`, past spaces and dots (`/([a-z0-9&']+)[\s.]*$/u` on
 * `text.slice(0, at)`), read backwards from `at` so each step costs the word's length.
 */
function wordBefore(text: string, at: number): { word: string; index: number } | undefined {
  let end = at;
  while (end > 0 && (text[end - 1] === '.' || /\s/u.test(text[end - 1]!))) end--;
  let start = end;
  while (start > 0 && isNameChar(text[start - 1]!)) start--;
  return start === end ? undefined : { word: text.slice(start, end), index: start };
}

/** The text with separators between Han characters removed, so 希尔顿 酒店 reads as one word. */
const joinHan = (text: string): string =>
  text
    .replace(/(?<=\p{Script=Han})[\s·•・]+(?=\p{Script=Han})/gu, '')
    .replace(/(?<=[\p{L}\p{N}])[-_·•・](?=[\p{L}\p{N}])/gu, '');

/**
 * Whether a Chinese text names the source as itself: its name after a self-introduction
 * (我是希尔顿酒店前台), before a role (希尔顿酒店前台小李), in a 【signature】, or as the last
 * words; never after 在/从/比… (a place the writer got the details from, or a rival).
 */
function namesItselfZh(text: string, form: NameForm): boolean {
  if (form.latin) return latinSpans(text, form).some(([start, end]) => selfContextZh(text, start, end, form));
  const fulls = [...text.matchAll(spaced(form.full))];
  // Both lists run in text order: one pointer finds the whole name around each core (linear).
  let f = 0;
  for (const m of text.matchAll(spaced(form.core))) {
    // The whole written name around the core: the source's own words before and after it.
    let start = m.index;
    let end = m.index + m[0].length;
    while (f < fulls.length && fulls[f]!.index + fulls[f]![0].length < end) f++;
    const whole = fulls[f] !== undefined && fulls[f]!.index <= start ? fulls[f] : undefined;
    if (whole !== undefined) {
      start = whole.index;
      end = whole.index + whole[0].length;
    }
    for (const w of NAME_AFFIXES_ZH) {
      if (!ownKind(form, w)) continue;
      const next = separatorsAfter(text, end);
      if (text.startsWith(w, end + next)) end += next + w.length;
      const prev = separatorsBefore(text, start);
      if (start - prev >= w.length && text.startsWith(w, start - prev - w.length)) start -= prev + w.length;
    }
    if (selfContextZh(text, start, end, form)) return true;
  }
  return false;
}

/**
 * The most separators read between a name and its own kind or place word (希尔顿 · 酒店): read per
 * mention and per word, an unbounded run of spaces made a text that repeats the name quadratic.
 */
const SEPARATOR_REACH = 16;

/** How many spaces and middle dots (`[\s·・]`) stand right after `at`, up to {@link SEPARATOR_REACH}. */
function separatorsAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < SEPARATOR_REACH && /[\s·・]/u.test(text[i]!)) i++;
  return i - at;
}

/** How many spaces and middle dots (`[\s·・]`) stand right before `at`, up to {@link SEPARATOR_REACH}. */
function separatorsBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < SEPARATOR_REACH && /[\s·・]/u.test(text[i - 1]!)) i--;
  return at - i;
}

/** Whether every character of `text` from `at` on is white space or closing punctuation. */
function onlyClosingFrom(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!/[\s.!。！~]/u.test(text[i]!)) return false;
  return true;
}

/** Type words and places, longest first: the words a written name may carry around its core. */
const NAME_AFFIXES_ZH = [...TYPE_WORDS_ZH, ...PLACES_ZH].sort((a, b) => b.length - a.length);

const spacedPatterns = new Map<string, RegExp>();
/**
 * A name without spaces as a pattern that finds it written with or without them (롯데호텔서울 in
 * "롯데호텔 서울", 希尔顿 in "希 尔 顿").
 */
function spaced(name: string): RegExp {
  let pattern = spacedPatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp([...name].map(escapeRegExp).join('[\\s·・-]*'), 'gu');
    if (spacedPatterns.size >= 10_000) spacedPatterns.clear();
    spacedPatterns.set(name, pattern);
  }
  return pattern;
}

/** Where a Latin name stands in a Chinese text (上海 Grand Hotel 总台): its words around a core word. */
function latinSpans(text: string, form: NameForm): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/[a-z0-9&]+(?:\s+[a-z0-9&]+)*/gu)) {
    const words = m[0].split(/\s+/u);
    if (
      !words.some((w) => form.coreWords.has(w)) ||
      !words.every((w) => form.words.has(w) || placeOfName(form, w))
    )
      continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Whether the name at `start`–`end` of a Chinese text is the writer's own: after a
 * self-introduction, before a role, in a 【signature】, ending or opening the message; not after
 * 在/从/比…, nor before another kind of business (平安 in 平安贷).
 */
function selfContextZh(text: string, start: number, end: number, form: NameForm): boolean {
  const after = text.slice(end).trimStart();
  if (TYPE_WORDS_ZH.some((w) => after.startsWith(w) && !ownKind(form, w) && w !== '店')) return false;
  const [clauseStart, clauseEnd] = clauseAround(text, start, end - start);
  const before = text.slice(clauseStart, start).trimEnd();
  if (MENTION_BEFORE_ZH.some((w) => before.endsWith(w) || (before.includes(w) && !before.includes('我是'))))
    return false;
  const rest = after.replace(/^的/u, '');
  if (SELF_INTRO_ZH.some((w) => before.includes(w))) return true;
  if (ROLES_ZH.some((w) => rest.startsWith(w))) return true;
  if (/[【[]$/u.test(before) || /^[】\]]/u.test(after)) return true;
  // Japanese and Korean self-introductions after the name (folded): ナカムラ電機です, みどり歯科の
  // 山田です, 한빛부동산 김 실장입니다, 행복이사센터입니다.
  if (SELF_AFTER_JA_KO.test(after)) return true;
  // A signature: the name ends the message (…，希尔顿酒店 / ——希尔顿酒店).
  if (before.replace(/[-—\s]/gu, '') === '' && onlyClosingFrom(text, clauseEnd)) return true;
  // The message opens with the name as its sender (希尔顿酒店：您的房间已准备好).
  return clauseStart === 0 && before === '' && /^[:：]/u.test(after);
}

/** Korean staff roles (folded), after a desk or before or after the person's name. */
const ROLES_KO = [
  '실장',
  '팀장',
  '과장',
  '대리',
  '매니저',
  '상담원',
  '상담사',
  '직원',
  '원장',
  '선생님',
  '지배인',
  '담당자',
  '팀',
].map(foldText);
/**
 * A Japanese or Korean desk, branch or department after a business's name (folded): a store
 * (銀座店, 강남점), a front desk (フロント, 프런트), a reservations office (予約課, 예약팀), a
 * customer centre (お客様センター, 고객센터).
 */
const DESK_JA = `(?:[^\\s。、,.!?の]{0,6}?(?:${[
  '店',
  '支店',
  '本店',
  '営業所',
  'センター',
  '事業所',
  '課',
  '部',
  '係',
]
  .map(foldText)
  .join('|')})|${['フロント', '受付', 'コンシェルジュ', 'デスク', '窓口'].map(foldText).join('|')})`;
const DESK_KO = `[\\u1100-\\u11ff]{0,12}(?:${[
  '센터',
  '팀',
  '실',
  '점',
  '데스크',
  '프런트',
  '프론트',
  '매장',
  '카운터',
]
  .map(foldText)
  .join('|')})`;
/**
 * A Japanese or Korean self-introduction right after a business's name, in folded text (です folds
 * to てす): "<name>です", "<name>[<branch or desk>][の<person>]です/でございます/と申します"
 * (ユニクロ銀座店の田中です, ホテルオークラ東京フロントの田中でございます), "<name> [<desk>] [<role>]
 * [<person>] [<role>]입니다" (쿠팡 고객센터 상담원 김민지입니다, 한빛부동산 김 실장입니다).
 */
const SELF_AFTER_JA_KO = new RegExp(
  `^(?:${DESK_JA})?(?:の?(?:${DESK_JA}))?(?:の[^。、,.!?\\s]{1,8})?(?:てす|てこさいます|と申します)|^\\s*(?:${DESK_KO}\\s*)?(?:(?:${ROLES_KO.join('|')})\\s*)?(?:[\\u1100-\\u11ff]{1,12}\\s*)?(?:${ROLES_KO.join('|')})?\\s*${foldText('입니다')}`,
  'u',
);

/**
 * A Japanese or Korean staff introduction that names no business, in folded text: a desk and the
 * person (フロントの田中でございます, 予約課の鈴木と申します, 프런트 김민지입니다), as 我是前台小李 is.
 */
const STAFF_JA_KO = new RegExp(
  `(?:^|[、。,.!?\\s])(?:${DESK_JA})(?:の[^。、,.!?\\s]{1,8})?(?:てす|てこさいます|と申します)|(?:^|[,.!?\\s])(?:${DESK_KO})\\s*(?:(?:${ROLES_KO.join('|')})\\s*)?(?:[\\u1100-\\u11ff]{1,12}\\s*)?(?:${ROLES_KO.join('|')})?\\s*${foldText('입니다')}`,
  'u',
);

/** A self-introduction with whose the writer is before a role: 我是融易贷的客服 captures 融易贷. */
const BUSINESS_INTRO_ZH = new RegExp(
  `(?:${SELF_INTRO_ZH.join('|')})([^,.!?;:，。！？；：]{2,14}?)的?(?:${ROLES_ZH.filter((r) => r !== '小').join('|')})`,
  'gu',
);

/** Whether a Chinese text introduces its writer as another business's (我是融易贷的客服). */
function anotherBusinessZh(text: string, form: NameForm): boolean {
  for (const m of text.matchAll(BUSINESS_INTRO_ZH)) {
    // 您的专属顾问 ("your own adviser") names no business.
    // 您的服务顾问 ("your service adviser"): a kind of adviser, no business.
    const who = stripEnds(
      m[1]!.replace(/^(?:您的|你的)?(?:专属)?(?:服务|置业|销售|理财|私人|健身|客户)?/u, ''),
      [...TYPE_WORDS_ZH, ...PLACES_ZH, ...LEGAL_WORDS_ZH],
    );
    // A person (小李, 张经理) or a bare type word (酒店前台) says no other business.
    if (who.length < 2 || /^[小老]/u.test(who)) continue;
    const names = form.latin ? [...form.coreWords].some((w) => m[1]!.includes(w)) : m[1]!.includes(form.core);
    if (!names && !(form.full.length > 0 && form.full.includes(who))) return true;
  }
  return false;
}

/**
 * Whether a type word is a part of one of the name's own compounds (`versand` of Versandhaus,
 * `praxis` of Zahnarztpraxis, `fitness` of Fitnessstudio), or a clipping of its own kind word
 * (`vet` of Veterinary: English clips a long word to its first syllable): staff shortening or
 * reordering the name ("Nordlicht Versand", "Praxis Dr. Lange", "Kraftwerk Fitness", "Northside
 * Vet") name the same business, not another kind of business after it. A word shorter than four
 * letters, or one in the plural, counts only as the clipping of a kind word (`car` is no part of
 * Carlton).
 */
function ownPart(word: string, form: NameForm): boolean {
  if (word.length < 3 || !TYPE_WORDS_EN.has(word)) return false;
  // A clipping in the plural ("Lakeside Vets") clips the singular.
  const singular = word.length >= 4 && word.endsWith('s') ? word.slice(0, -1) : word;
  const part = (n: string) => word.length >= 4 && (n.startsWith(word) || n.endsWith(word));
  const clipping = (n: string) => TYPE_WORDS_EN.has(n) && (n.startsWith(word) || n.startsWith(singular));
  return [...form.words].some((n) => n !== word && (part(n) || clipping(n)));
}

/**
 * A desk signing a message with the name after it, as its last words ("Reception Hotel Adlon",
 * "Recepcja Hotel Adlon", "Rezeption Hotel Adlon", "Pozdrawiamy, Recepcja Hotel Adlon"): one or
 * two role words, after a sign-off word at most (folded).
 */
const DESK_SIGNER = new RegExp(
  `^\\s*(?:[a-z]+(?:\\s+[a-z]+)?\\s*,\\s*)?(?:(?:${[...ROLES_EN].join('|')})\\s+){1,2}$`,
  'u',
);

/** German case endings a name's word takes in a sentence (von den Stadtwerken, des Autohauses). */
const CASE_ENDINGS = ['en', 'es', 'n', 's', 'e'];

/**
 * Whether a word of a text writes one of the name's words that say which business: itself or
 * inflected, not another word of its trade ("Autohaus" writes the kind of Krüger Automobile, not
 * which dealer: "Autohaus Becker" is another).
 */
const saysWhich = (word: string, form: NameForm): boolean =>
  form.coreWords.has(nameWord(word, form)) &&
  (form.words.has(word) || sameTradeWord(word, form.words) === undefined);

/**
 * A word of a text as the name's own word it inflects (`stadtwerken` → `stadtwerke`) or writes in
 * another word of the same trade (`dental` → `dentistry`: `sameTradeWord`), else itself.
 */
function nameWord(word: string, form: NameForm): string {
  if (form.words.has(word)) return word;
  const trade = sameTradeWord(word, form.words);
  if (trade !== undefined) return trade;
  for (const ending of CASE_ENDINGS) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= 4 && form.words.has(stem)) return stem;
  }
  return word;
}

/**
 * Whether the English phrase after an introduction is the source: it opens with the source's
 * name (a word of it that says which business, possibly with places and legal forms) and the next
 * word is no other kind of business ("Grand Motors"); `undefined` when it names no business
 * (a desk, a role, the rest of the sentence).
 */
function sameBusinessEn(phrase: string, form: NameForm): boolean | undefined {
  const written = wordsOf(phrase);
  const words = written.map((w) => nameWord(w, form));
  // "This is Lakeside Vets with a reminder", "this is Tom with an update": what the writer brings.
  if (INDEFINITE_ARTICLES.has(words[0] ?? '')) return undefined;
  let i = 0;
  while (i < words.length && LEGAL_WORDS_EN.has(words[i]!)) i++;
  const first = i;
  while (
    i < words.length &&
    (form.words.has(words[i]!) ||
      placeOfName(form, words[i]!) ||
      ownPart(words[i]!, form) ||
      // Its own trade's word before or after its name ("Autohaus Krüger" for Krüger Automobile).
      form.kinds.has(words[i]!) ||
      (i > first && LEGAL_WORDS_EN.has(words[i]!)))
  )
    i++;
  if (otherMemberWord(form, words[i]) || otherMemberWord(form, words[first - 1])) return false;
  if (!written.slice(first, i).some((w) => saysWhich(w, form))) {
    const opening = words[first];
    return opening === undefined || ROLES_EN.has(opening) || NOT_A_BUSINESS.has(opening) ? undefined : false;
  }
  // Another kind of business ending the name, right after it or after one more word of the name
  // ("Direct Line Insurance" is not Motors Direct).
  const otherKind = (w: string | undefined) => w !== undefined && TYPE_WORDS_EN.has(w) && !form.kinds.has(w);
  const next = words[i];
  return !(otherKind(next) || (next !== undefined && plainWord(next) && otherKind(words[i + 1])));
}

/** A word that may be one of a business's name: no function word, role, desk or errand. */
const plainWord = (w: string): boolean =>
  !FUNCTION_WORDS.has(w) &&
  !ROLES_EN.has(w) &&
  !DESK_WORDS.has(w) &&
  !NOT_A_BUSINESS.has(w) &&
  !INDEFINITE_ARTICLES.has(w) &&
  !TYPE_WORDS_EN.has(w) &&
  !/^\d+$/u.test(w);

/**
 * Whether what follows the name in its clause leaves it a sign-off: nothing, or its staff's word
 * ("Ihr Adlon-Team", "the Grand Hotel team"). "Ihre BMW Werksgarantie läuft bald ab" goes on
 * after the name: the name is what the clause is about, not who signs it.
 */
const signsOff = (rest: string): boolean =>
  /^[\s-]*(?:(?:team|teams|kundenservice|serviceteam|rezeption|empfang|crew|staff|family|familie)(?![a-z]))?[\s.!,;:]*$/u.test(
    rest,
  );

/**
 * Whether an English text names the source as itself: after "this is Lily from", "calling
 * from", "on behalf of", before "here" or a desk ("Grand Hotel front desk"), opening the
 * message ("Grand Hotel: …") or signing it ("– Grand Hotel"); and whether it introduces its
 * writer as another business's.
 */
function readEnglish(text: string, form: NameForm): { self: boolean; other: boolean } {
  let self = false;
  let other = false;
  const plain = text.replace(/['\u2019]/gu, ' ');
  for (const m of plain.matchAll(ORG_INTRO_EN)) {
    const same = sameBusinessEn(whoseAfter(m[1]!), form);
    if (same === true) self = true;
    else if (same === false) other = true;
  }
  const words = ` ${plain.replace(/[^a-z0-9.!?,;:&@[\]【】-]+/gu, ' ')} `;
  // Where the text's closing run of spaces, dots and exclamation marks starts (read once, not per mention).
  let tail = words.length;
  while (tail > 0 && /[\s.!]/u.test(words[tail - 1]!)) tail--;
  // Where the text's first word starts: only an opening bracket and "the"/"your" may come before a heading.
  const lead = words.length - words.trimStart().length;
  const core = [...form.coreWords];
  for (const word of core) {
    for (const m of words.matchAll(new RegExp(`\\b${escapeRegExp(word)}\\b`, 'gu'))) {
      // The name's own words before the core (Versandhaus before Nordlicht, the Praxis of a
      // Zahnarztpraxis, Dr.), so the introduction is read before the whole name.
      let at = m.index;
      for (let step = 0, prev = wordBefore(words, at); prev !== undefined && step < NAME_REACH; step++) {
        const w = prev.word;
        const ownWord = form.words.has(nameWord(w, form)) || LEGAL_WORDS_EN.has(w) || ownPart(w, form);
        if (!ownWord) break;
        at = prev.index;
        prev = wordBefore(words, at);
      }
      const [clauseStart, clauseEnd] = clauseAround(words, at, m.index + word.length - at);
      const before = words.slice(clauseStart, at);
      const beforeAll = words.slice(Math.max(0, at - 60), at);
      if (hasWord(before, MENTION_BEFORE_EN)) {
        // Where the writer got the details: a buyer, whatever else it says.
        if (hasWord(before, DETAILS_FROM_EN)) other = true;
        continue;
      }
      // The name's own words around the core.
      let end = m.index + word.length;
      // Where the name's own words end (its legal form and articles aside: "Hôtel Adlon a le
      // plaisir" has no legal form after Adlon, though `a` and `le` may be one's words).
      let nameEnd = end;
      let steps = 0;
      for (const next of words.slice(end).matchAll(/\s*([a-z0-9&']+)/guy)) {
        if (++steps > NAME_REACH) break;
        // The source's own kind and place words go with its name too ("LOTTE HOTEL SEOUL" for Lotte).
        if (
          !form.words.has(nameWord(next[1]!, form)) &&
          !LEGAL_WORDS_EN.has(next[1]!) &&
          !form.kinds.has(next[1]!) &&
          !placeOfName(form, next[1]!) &&
          !ownPart(next[1]!, form)
        )
          break;
        end += next[0].length;
        if (form.words.has(nameWord(next[1]!, form))) nameEnd = end;
      }
      const after = words.slice(end);
      const nextWord = /^\s*([a-z0-9&']+)/u.exec(after)?.[1];
      // Another member of the source's banking group ("Sparkasse Hannover", "Berliner Volksbank").
      if (otherMemberWord(form, nextWord) || otherMemberWord(form, wordBefore(words, at)?.word)) {
        other = true;
        continue;
      }
      // Another kind of business right after the name, or after one more word of it: another
      // business ("Grand Motors", "Direct Line Insurance" for Motors Direct).
      const otherKind = (w: string | undefined) =>
        w !== undefined && TYPE_WORDS_EN.has(w) && !form.words.has(w) && !form.kinds.has(w);
      if (
        otherKind(nextWord) ||
        (nextWord !== undefined &&
          plainWord(nextWord) &&
          otherKind(/^\s*[a-z0-9&']+\s+([a-z0-9&']+)/u.exec(after)?.[1]))
      )
        continue;
      if (SELF_BEFORE_EN.test(beforeAll.replace(/\s+/gu, ' '))) self = true;
      // The name as the subject of its own courtesy ("Grand Hotel is pleased to", "X a le plaisir
      // de", "X è lieta di", "a X tem o prazer de"), opening its clause.
      else if (
        /^\s*(?:the|a|o|la|il|l|le|het|die|der|das)?\s*$/u.test(before) &&
        PLEASED_AFTER.test(words.slice(nameEnd, nameEnd + 60))
      )
        self = true;
      else if (nextWord === 'here' || (nextWord !== undefined && ROLES_EN.has(nextWord) && !patronOf(after)))
        self = true;
      else if (
        at - lead <= 8 &&
        words
          .slice(0, at)
          .trim()
          .replace(/^[[【]?\s*(?:the|your)?\s*/u, '') === '' &&
        /^\s*[:|\]】-]/u.test(after)
      )
        self = true;
      else if (clauseEnd >= tail && signsOff(words.slice(end, clauseEnd)) && DESK_SIGNER.test(before))
        self = true;
      else if (
        clauseEnd >= tail &&
        signsOff(words.slice(end, clauseEnd)) &&
        /^(?:\s*[-–—~]|\s*(?:regards|thanks|thank you|cheers|best|love)?\s*,?\s*(?:the\s+)?(?:[a-z]+\s*(?:@|at|from|vom|von|bei|de|du|di|da|van|z|ze)\s*(?:the\s+|der\s+|dem\s+|l\s+|la\s+)?)?|\s*(?:(?:mit freundlichen|viele|beste|liebe)\s+grusse\s*,?\s*)?ihr(?:e)?\s+(?:(?:team|kundenservice|serviceteam)\s+(?:von|vom|der|des|bei)\s+(?:der\s+|dem\s+)?)?|\s*(?:mit freundlichen|viele|beste|liebe)\s+grusse\s*,?\s*|\s*(?:gracias|saludos|un saludo|atentamente|muchas gracias)\s*,?\s*(?:el equipo de\s+)?)$/u.test(
          before,
        )
      )
        self = true;
    }
  }
  return { self, other };
}

/**
 * Whether the words after a business's name make the person its patron rather than name its desk:
 * "a valued Wexford Motors customer", "as a Hilton guest", "cliente de …" before no desk word
 * ("Wexford Motors customer service", "Hilton guest relations" are desks). Anyone may call the
 * person a business's customer; only its staff sign as its desk.
 */
function patronOf(after: string): boolean {
  const [, first, second] = /^\s*([a-z0-9&']+)\s*([a-z0-9&']+)?/u.exec(after) ?? [];
  return (
    first !== undefined &&
    PATRON_WORDS.has(first) &&
    (second === undefined || !ROLES_EN.has(second) || PATRON_WORDS.has(second))
  );
}

/** A business's patrons, as a message may call the person (en, es, fr, it, pt). */
const PATRON_WORDS = new Set('customer customers guest guests client clients cliente clientes'.split(' '));

/**
 * What a source deals with its customers about, by its name and category (see {@link INDUSTRIES}).
 *
 * @param source - The source's name and category.
 * @returns The topics, or `undefined` when neither says what kind of business it is.
 */
export function industryTopics(
  source: Pick<Source, 'name' | 'category'>,
): ReadonlySet<OwnServiceTopic> | undefined {
  const text = joinHan(foldText(`${source.name} ${source.category}`));
  const deals = new Set<OwnServiceTopic>();
  for (const [words, topics] of INDUSTRIES) if (hasWord(text, words)) for (const t of topics) deals.add(t);
  return deals.size > 0 ? deals : undefined;
}

/**
 * Every topic a message is about (see {@link ABOUT}), in the list's order.
 *
 * @param content - The message.
 * @returns The topics; empty when it is about none of a customer's dealings.
 */
export function serviceTopics(content: string): OwnServiceTopic[] {
  return topicsOf(joinHan(foldText(content)));
}

/** Korean words for an agent, folded: they hold 상담 (a consultation) but name a role. */
const KO_AGENTS = new RegExp(['상담원', '상담사', '상담직원'].map(foldText).join('|'), 'gu');

/** The topics of a folded text, read with apostrophes as spaces ("demande d'accès", "l’ordine"). */
const topicsOf = (text: string): OwnServiceTopic[] => {
  // A Korean agent (상담원, 상담사) is no consultation (상담).
  const plain = text.replace(/['\u2019]/gu, ' ').replace(KO_AGENTS, ' ');
  return ABOUT_FOLDED.filter(
    ([topic, words]) => hasWord(plain, words) || (topic === 'data-request' && answersDataRequest(plain)),
  ).map(([topic]) => topic);
};

/**
 * The business an introduction names when the writer's own name comes first ("you're speaking
 * with Dave at Cobalt Mobile", "hier spricht Frau Berger von Nordlicht"): the phrase after the
 * person's name and its preposition; otherwise the phrase itself.
 */
function whoseAfter(phrase: string): string {
  return (
    /^(?:[a-z]+\s+){1,2}(?:at|from|with|von|vom|bei)\s+(?:the\s+|der\s+|dem\s+)?(.+)$/u.exec(phrase)?.[1] ??
    phrase
  );
}

/**
 * Indefinite articles (en, de, fr, es, it, pt, nl): a phrase they open after "with" or "from" is
 * what the writer brings ("with a reminder", "with an update", "mit einer Erinnerung"), never
 * whom they work for; a business's name opens with its own word or "the".
 */
const INDEFINITE_ARTICLES = new Set(
  'a an some ein eine einer einem einen un une uno una um uma een'.split(' '),
);

/**
 * An introduction followed right away by who speaks (folded): "this is …", "you've reached …",
 * "hier ist …", "ici …", "c'est …", "le habla …", "somos …", "qui è …", "… here", 我是…的, 这里是….
 */
const DIRECT_INTRO_LATIN =
  /(?<![a-z])(?:this is|it s|it is|we re|we are|you ve reached|you have reached|hier ist|hier spricht|hier sind|wir sind|ici|c est|nous sommes|le habla|somos|qui e|siamo)\s+([a-z0-9&' -]{2,60})/gu;
/** A name before "here" opening a clause, after a greeting at most ("Premier Car Insurance here"). */
const NAME_HERE =
  /(?:^|[.!?,;:]\s*)(?:(?:hello|hi|hey|good (?:morning|afternoon|evening))\s*,?\s+)?([a-z0-9&' -]{2,60}?)\s+here(?![a-z])/gu;
const DIRECT_INTRO_ZH =
  /(?:我是|我们是|这里是|这边是|我这边是)([^,.!?;:，。！？；：]{2,14}?)的?(?=$|[,.!?;:，。！？；：])/gu;

/** {@link SURNAMES_JA} as one alternation, longest first (原田 before 原). */
const SURNAMES_JA_ALTERNATION = [...SURNAMES_JA].sort((a, b) => b.length - a.length).join('|');
/**
 * {@link SURNAMES_JA} of two characters or more: a one-character family name (林, 森, 原) with a
 * character after it is as often a word (森林, 原本, 原因).
 */
const SURNAMES_JA_LONG = SURNAMES_JA.filter((n) => n.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A given name in kanji after a family name ("田中太郎", "長谷川一郎"): one or two Han characters,
 * not an honorific (様, 殿, 氏: the person spoken of) nor a place's or branch's suffix (千葉県,
 * 中野支店, 上野駅, 本社), folded as the text is.
 */
const GIVEN_NAME_JA = String.raw`(?![${foldText('様殿氏県市区町村駅店支本社')}])\p{Script=Han}{1,2}`;
/** A family name after の ending what comes before でございます: the person, not the business's name. */
const SURNAME_AFTER_JA = new RegExp(`の(?:${SURNAMES_JA_ALTERNATION})$`, 'u');

/**
 * A Japanese or Korean speaker introducing themselves by their business (folded text, so 歯科 is
 * 齿科 and ング is ンク): "ホワイトニング研究所の田中と申します" (I am Tanaka of …), "○○保険でございます",
 * "하나보험입니다" (this is …), "하나보험의 김민수입니다" (Kim Minsu of …), "하나보험에서 연락드렸습니다"
 * (calling from …), "ホワイトニング研究所の田中です" (Tanaka of …, by a listed family name). The business
 * is the first group, the second, the third, the fourth or the fifth.
 */
const DIRECT_INTRO_JA_KO = (() => {
  const ja = String.raw`[^\s、。,.!?！？「」]`;
  const ko = String.raw`[\u1100-\u11ff\uac00-\ud7a3a-z0-9]`;
  return new RegExp(
    [
      String.raw`(?:^|[\s、。,.!?！？「」])(${ja}{2,20}?)の${ja}{1,8}?${foldText('と申します')}`,
      String.raw`(?:^|[\s、。,.!?！？「」])(${ja}{2,20}?)${foldText('でございます')}`,
      String.raw`(?:^|[\s,.!?])((?:${ko}+\s){0,3}${ko}{2,24}?)(?:${foldText('의')}\s${ko}{2,12})?(?:${['입니다', '이에요', '예요'].map(foldText).join('|')})(?!${ko})`,
      // "하나손해보험에서 연락드렸습니다" (I am calling from …), said of the call being made.
      String.raw`(?:^|[\s,.!?])((?:${ko}+\s){0,3}${ko}{2,24}?)${foldText('에서')}\s*(?:${['연락', '전화'].map(foldText).join('|')})\s*(?:${['드립니다', '드렸습니다'].map(foldText).join('|')})`,
      // "ホワイトニング研究所の田中です" (this is Tanaka of …): a family name right before です, or
      // before a given name ("田中太郎です", {@link GIVEN_NAME_JA}), never a role, a desk or the
      // errand ("ABC保険の更新です" is what the message is about).
      String.raw`(?:^|[\s、。,.!?！？「」])(${ja}{2,20}?)の(?:(?:${SURNAMES_JA_ALTERNATION})|(?:${SURNAMES_JA_LONG})${GIVEN_NAME_JA})${foldText('です')}`,
    ].join('|'),
    'gu',
  );
})();

/**
 * Syllables a Korean word ends with when it is no part of a name: particles (은 는 이 가 을 를 에
 * 께 의 도 로 와 과) and verb endings (요 다 고 며 서), folded.
 */
const KOREAN_ENDINGS = new Set(
  [
    '은',
    '는',
    '이',
    '가',
    '을',
    '를',
    '에',
    '께',
    '의',
    '도',
    '로',
    '와',
    '과',
    '요',
    '다',
    '고',
    '며',
    '서',
  ].map(foldText),
);

/**
 * The business name that ends a run of Korean words before "입니다": its last word and the words
 * before it up to one ending in a particle or a verb ending ("삼성화재 다이렉트 자동차보험" whole;
 * "바른한의원" of "서울치과 환자분들께 연락드리는 바른한의원").
 */
function koreanName(run: string): string {
  const words = run.trim().split(/\s+/u);
  let first = words.length - 1;
  while (first > 0 && ![...KOREAN_ENDINGS].some((e) => words[first - 1]!.endsWith(e))) first--;
  return words.slice(first).join(' ');
}

/**
 * The business a Korean speaker introduces themselves by ({@link koreanName}), its desk, role and
 * person after it dropped as its own staff's are ({@link SELF_AFTER_JA_KO}): "하나손해보험" of
 * "하나손해보험 상담원" and of "하나손해보험 고객센터 상담원 김민지".
 */
function koreanBusiness(run: string): string {
  const name = koreanName(run);
  const words = name.split(/\s+/u);
  const kindEnds = (w: string) => KINDS_JA_KO.some((k) => w.endsWith(k) && w.length > k.length);
  if (kindEnds(words.at(-1)!)) return name;
  for (let cut = words.length - 1; cut >= 1; cut--) {
    if (
      kindEnds(words[cut - 1]!) &&
      SELF_AFTER_JA_KO.test(` ${words.slice(cut).join(' ')}${foldText('입니다')}`)
    )
      return words.slice(0, cut).join(' ');
  }
  return name;
}

/** "Here", "I" and "we" opening a Japanese self-introduction, with the topic particle (folded). */
const SPEAKER_JA = new RegExp(
  `^(?:${['こちら', 'わたくし', '私', '当方', '弊社'].map(foldText).join('|')})(?:${foldText('は')}|、)?`,
  'u',
);

/**
 * Kinds of business a Japanese or Korean business's name ends with (folded): a clinic, an insurer,
 * a bank, a lender, a research institute, an estate agent, a securities house.
 */
const KINDS_JA_KO = [
  ...[
    '研究所',
    '歯科',
    'クリニック',
    '保険',
    '生命',
    '損保',
    '銀行',
    '証券',
    '不動産',
    'ローン',
    'カード',
    '病院',
    '医院',
    'ホテル',
    '事務所',
  ],
  ...[
    '보험',
    '생명',
    '손보',
    '치과',
    '은행',
    '증권',
    '카드',
    '캐피탈',
    '대출',
    '병원',
    '의원',
    '한의원',
    '부동산',
    '호텔',
    '금융',
    '컨설팅',
  ],
].map(foldText);

/** German kinds of business that end a compound name (Kfz-Versicherung, Autohaus, Sparkasse). */
const KIND_ENDINGS_DE = /(?:versicherung|versicherungen|autohaus|sparkasse|bank|kasse|werke|makler)$/u;

/**
 * The businesses a text introduces its speaker as by their name right after the introduction
 * ("this is Premier Car Insurance", "hier ist die Allianz Kfz-Versicherung", "ici Direct
 * Assurance", "le habla Mapfre Seguros", 我是平安车险的, 这里是人保财险): a name that holds a word
 * saying its kind of business, after a word of its own (a kind alone, "the insurance team", is a
 * desk; a person, "this is Tom", or an errand, "this is a reminder", no business). Another
 * business that introduces itself so speaks for itself, whoever's number it rings.
 *
 * @param text - A folded text, apostrophes as spaces.
 * @returns The phrases naming such a business.
 */
function directIntroductions(text: string): readonly Introduction[] {
  // One message's text is asked about two or three times (its writer, another business, the
  // staff's reading): read it once.
  if (text === lastIntroductions.text) return lastIntroductions.found;
  const found = readIntroductions(text);
  lastIntroductions = { text, found };
  return found;
}

/** A business a speaker introduces themselves as, and whether its form names nothing else. */
interface Introduction {
  readonly phrase: string;
  readonly strict: boolean;
}

let lastIntroductions: { text: string; found: readonly Introduction[] } = { text: '\u0000', found: [] };

/** {@link directIntroductions} of a text not read just before. */
function readIntroductions(text: string): Introduction[] {
  const out: Introduction[] = [];
  for (const m of [...text.matchAll(DIRECT_INTRO_LATIN), ...text.matchAll(NAME_HERE)]) {
    const words = wordsOf(m[1]!)
      .filter((w, i) => i > 0 || !['the', 'die', 'der', 'das', 'la', 'le', 'l', 'el', 'il', 'lo'].includes(w))
      .slice(0, 6);
    const first = words[0];
    if (first === undefined || NOT_A_BUSINESS.has(first) || ROLES_EN.has(first)) continue;
    if (INDEFINITE_ARTICLES.has(first)) continue;
    if (TYPE_WORDS_EN.has(first) || KIND_ENDINGS_DE.test(first)) {
      const named = kindFirstName(m[0], words);
      if (named !== undefined) out.push({ phrase: named, strict: true });
      continue;
    }
    if (
      words.slice(1).some((w) => TYPE_WORDS_EN.has(w) || KIND_ENDINGS_DE.test(w) || LEGAL_FORM_WORDS.has(w))
    )
      out.push({ phrase: words.join(' '), strict: false });
  }
  for (const m of text.matchAll(DIRECT_INTRO_JA_KO)) {
    // The speaker's words before the business ("こちら", "わたくし、") are no part of its name.
    const korean = m[3] ?? m[4];
    const who =
      korean !== undefined
        ? koreanBusiness(korean)
        : (m[1] ?? m[2] ?? m[5])!.trim().replace(SPEAKER_JA, '').replace(SURNAME_AFTER_JA, '');
    const kind = KINDS_JA_KO.find((k) => who.endsWith(k));
    if (kind !== undefined && who.length > kind.length) out.push({ phrase: who, strict: true });
  }
  for (const m of text.matchAll(DIRECT_INTRO_ZH)) {
    const who = m[1]!;
    const kind = [...TYPE_WORDS_ZH, '车险', '寿险', '财险', '保险'].find((k) => who.endsWith(k));
    if (kind !== undefined && who.length > kind.length && !/^(?:您的|你的|本|贵)/u.test(who))
      out.push({ phrase: who, strict: false });
  }
  return out;
}

/** Titles a practice's name writes before its owner's, whose full stop ends the phrase early (Dr., Prof.). */
const TITLES = new Set('dr prof med dipl ing mag st mr mrs ms sr sra mme me herr frau'.split(' '));

/**
 * Where a business's name puts its kind first, as German, French, Spanish, Italian and Portuguese
 * names do ("hier ist die Kanzlei Müller", "le habla Seguros Dentales Plus", "ici la Pharmacie
 * Martin"): the introduction in one of those languages, then kind words (and the words that join
 * them: de, du, del, von…), then one to three words of a name, and the clause ends. A kind alone
 * ("hier ist die Praxis,") or a kind with a desk, a role or a sentence after it ("the insurance
 * team", "ici le cabinet qui vous rappelle votre rendez-vous") names no business. English puts
 * the kind last and is read by {@link directIntroductions}.
 *
 * @param intro - The whole match, its introduction first.
 * @param words - The words after the introduction, article dropped (at most six).
 * @returns The phrase naming the business, or `undefined`.
 */
function kindFirstName(intro: string, words: readonly string[]): string | undefined {
  if (/^(?:this is|it s|it is|we re|we are|you ve reached|you have reached)\b/u.test(intro)) return undefined;
  let i = 0;
  while (
    i < words.length &&
    (TYPE_WORDS_EN.has(words[i]!) ||
      KIND_ENDINGS_DE.test(words[i]!) ||
      (i > 0 && FUNCTION_WORDS.has(words[i]!)))
  )
    i++;
  const name = words.slice(i);
  // The introduction's clause ends within the name (the phrase was cut at punctuation or the end).
  if (name.length === 0 || name.length > 3 || wordsOf(intro).length > 12) return undefined;
  return name.every((w) => plainWord(w) && !TITLES.has(w)) ? words.join(' ') : undefined;
}

/**
 * Whether a business a text introduces its speaker as ({@link directIntroductions}) is another
 * than the source. A name with its kind first is the source's with any word of the source's name
 * that says which business ("la Clínica Dental Sonrisa" for Sonrisa Dental SL): staff reorder
 * their own name.
 */
function anotherThanSource(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  { phrase, strict }: Introduction,
): boolean {
  return !(namesSource(source, phrase) || (strict && sharesCoreWord(source, phrase)));
}

/**
 * Whether the speaker introduces themselves as another business in a form that names nothing
 * else: a Japanese or Korean self-introduction ("…研究所の田中と申します", "하나보험입니다") or a
 * kind-first name cut by the clause's end ("hier ist die Kanzlei Müller,"). The source's name
 * elsewhere in it is then a mention ("さくら歯科さんの患者様に", "서울치과 치료 받으신 분들께"), not
 * its writer.
 */
function introducesAnotherPlainly(
  text: string,
  source: NamedSource & Partial<Pick<Source, 'category'>>,
): boolean {
  return directIntroductions(text).some((intro) => intro.strict && anotherThanSource(source, intro));
}

/**
 * Whether a folded phrase holds a word of a source's Latin name that says which business, or the
 * distinctive core of its Chinese, Japanese or Korean name (삼성화재 in "삼성화재 다이렉트 자동차보험").
 */
function sharesCoreWord(source: NamedSource & Partial<Pick<Source, 'category'>>, phrase: string): boolean {
  const forms = sourceTraits(source).forms.filter((f) => !f.generic);
  const bare = phrase.replace(/\s+/gu, '');
  return (
    wordsOf(phrase).some((w) => forms.some((f) => f.latin && saysWhich(w, f))) ||
    forms.some((f) => !f.latin && f.core.length >= 2 && bare.includes(f.core))
  );
}

/** Every word of a trade ({@link TRADE_FAMILIES}) or a kind of business ({@link TYPE_WORDS_EN}). */
const KIND_WORDS = new Set([...TYPE_WORDS_EN, ...TRADE_FAMILIES.flat()]);

/** Possessives and articles opening a place that is the writer's own or no name ("at our clinic"). */
const PLACE_OPENERS = new Set(
  'our your my this that das den des unsere unserer unserem ihrer ihrem le la les l notre votre el los las nuestra nuestro su il lo nostra nostro o a os as nossa nosso'.split(
    ' ',
  ),
);

/**
 * Where a notice says the person's dealing is (folded): "at", "with", "bei", "beim", "chez",
 * "presso", "en", "em", "in", "im", then the next words (read ahead, so a place inside another's
 * words is read too).
 */
const PLACE_OF_DEALING =
  /(?<![a-z])(?:at|with|bei|beim|chez|presso|en|em|in|im|no|na)\s+(?=((?:[a-z0-9&']+[ \t]*){1,5}))/gu;

/**
 * The business a notice names as the place of the person's dealing when it is not the source:
 * "your check-up at Smile Pharmacy" to a dentist's (Smile Dental's) canary, "Ihr Termin bei der
 * Smile Apotheke", "votre rendez-vous chez Smile Optique", "your check-up at Bright Dental".
 * The name is one to three words of a name and a kind of business's word (or the kind first:
 * "bei der Apotheke Müller"); a place the writer calls its own ("at our clinic") or only a kind
 * ("at the dental practice") names no business, and only a place {@link anotherPlace} reads as
 * another counts. A notice that does not name the source itself is the named business's: the
 * source's own notice names the source, or no business at all. A brand
 * spanning trades (Boots Pharmacy and Boots Opticians) is the source's when it declares that name
 * among its other names.
 *
 * @returns The other business's name (folded), or `undefined`.
 */
function namesAnotherPlace(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  plain: string,
): string | undefined {
  for (const m of plain.matchAll(PLACE_OF_DEALING)) {
    const words = wordsOf(m[1]!);
    const rest = PLACE_ARTICLES.has(words[0] ?? '') ? words.slice(1) : words;
    if (rest.length === 0 || PLACE_OPENERS.has(rest[0]!)) continue;
    const kindAt = rest.findIndex((w) => KIND_WORDS.has(w));
    if (kindAt === -1) continue;
    // English order (the name, then its kind), or in other languages the kind first and one word
    // of a name ("bei der Apotheke Müller", "en Clínica Dental Sonrisa").
    let name = rest.slice(0, kindAt + 1);
    if (kindAt === 0) {
      if (m[0].startsWith('at') || m[0].startsWith('with')) continue;
      let end = 0;
      while (end < rest.length && KIND_WORDS.has(rest[end]!)) end++;
      name = rest.slice(0, end + 1);
    }
    const own = name.filter((w) => !KIND_WORDS.has(w));
    if (own.length === 0 || own.length > 3 || !own.every(plainWord)) continue;
    const phrase = name.join(' ');
    if (anotherPlace(source, phrase, name)) return phrase;
  }
  return undefined;
}

/**
 * Whether a place a notice names is another business than the source, by what its trade words
 * say: one sharing the source's distinctive word with a word of another trade than the source's
 * name and category say ("Smile Pharmacy" for Smile Dental, a dentist; not "Smile Dental Clinic"),
 * or one of another name in the source's own trade, a rival ("Bright Dental"). A business of
 * another name and trade may be one the source handed the dealing to (the airline of a travel
 * agent's booking, the physiotherapist a dentist refers to), so it is not read as another here.
 */
function anotherPlace(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  phrase: string,
  words: readonly string[],
): boolean {
  if (namesSource(source, phrase)) return false;
  const own = new Set(
    [source.name, ...(source.otherNames ?? []), source.category ?? ''].flatMap((n) => wordsOf(foldText(n))),
  );
  const trades = words.filter((w) => TRADE_WORDS.has(w));
  if (sharesCoreWord(source, phrase)) return trades.some((w) => sameTradeWord(w, own) === undefined);
  return trades.length > 0 && trades.every((w) => sameTradeWord(w, own) !== undefined);
}

/** Every word of a trade ({@link TRADE_FAMILIES}). */
const TRADE_WORDS = new Set(TRADE_FAMILIES.flat());

/** Articles before a place's name ("bei der Smile Apotheke", "the Smile Pharmacy"). */
const PLACE_ARTICLES = new Set(['the', 'der', 'die', 'dem', 'la', 'l', 'le', 'el']);

/** Legal forms that make a phrase a registered company's name (Ltd, GmbH, S.A.; dots removed). */
const LEGAL_FORM_WORDS = new Set(
  'ltd limited plc llc llp inc corp gmbh ag kg sarl sas srl spa sl bv nv'.split(' '),
);

/**
 * Whether a text introduces any business at all ("this is Tom from QuickLoans", 我是融易贷的客服,
 * "this is Premier Car Insurance"); with a source, a business introduced by its name that is the
 * source's own name ("this is Barclays Bank") is none other.
 */
function introducesABusiness(
  text: string,
  source?: NamedSource & Partial<Pick<Source, 'category'>>,
): boolean {
  if (directIntroductions(text).some((intro) => source === undefined || anotherThanSource(source, intro)))
    return true;
  for (const m of text.matchAll(ORG_INTRO_EN)) {
    const phrase = wordsOf(whoseAfter(m[1]!));
    if (INDEFINITE_ARTICLES.has(phrase[0] ?? '')) continue;
    const opening = phrase.find((w) => !LEGAL_WORDS_EN.has(w));
    if (opening !== undefined && !ROLES_EN.has(opening) && !NOT_A_BUSINESS.has(opening)) return true;
  }
  return anotherBusinessZh(text, {
    latin: false,
    core: '\u0000',
    full: '\u0000',
    words: new Set(),
    coreWords: new Set(),
    kinds: new Set(),
    generic: false,
  });
}

/**
 * A writer saying where they work now ("I now work at", "ahora trabajo en", "ich bin jetzt bei",
 * "je travaille maintenant chez", 我现在到…了, 跳槽到): a clerk who left with the client list
 * introduces the new firm so (folded text; the firm's name follows).
 */
const NEW_EMPLOYER =
  /(?:(?:now|currently)\s+(?:work(?:ing)?|am|i m)\s+(?:at|for|with)|i\s+(?:moved|switched|joined|have joined|ve joined|m now at|am now at|now work at|now work for)(?:\s+to)?|ahora\s+(?:trabajo|estoy)\s+(?:en|con|para)|me\s+he\s+(?:cambiado|pasado)\s+a|(?:ich\s+bin|wir\s+sind)\s+(?:jetzt|nun|seit\s+kurzem)\s+(?:bei|fur)|ich\s+arbeite\s+(?:jetzt|nun)\s+(?:bei|fur)|je\s+travaille\s+(?:maintenant|desormais)\s+(?:chez|pour|a)|ora\s+lavoro\s+(?:per|presso|da|con))\s+(?:the\s+|la\s+|el\s+|der\s+|die\s+|dem\s+)?([^,.!?;:]{2,60})|我(?:(?:现在|目前|已经)(?:跳槽到|换到|去了|到了|到|在)|跳槽到|换到)([^，。,.!?！？]{2,14}?)(?:了|工作|上班|做|这边)/gu;

/**
 * Whether a message introduces its writer as another firm's: "this is Tom from QuickLoans", 我是
 * 融易贷的客服, or a clerk saying where they work now ("soy Elena, ahora trabajo en Alfa Óptica",
 * 我现在到链家了). A sender once seen sending the source's own messages (its clerk's mobile) is
 * excused its later contacts only when they name no other firm: a clerk gone to a rival with
 * the client list is the classic insider leak.
 *
 * @param source - The source: its name.
 * @param content - The message or transcript.
 * @returns Whether it names another firm as the writer's.
 */
export function namesAnotherFirm(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  content: string,
): boolean {
  const { forms } = sourceTraits(source);
  // A rival named like the source ("ahora trabajo en Alfa Bayview", 実はPrime あおば整体院に移りまして)
  // is another firm, though its name holds the source's (see `movedToRival`).
  if (movedToRival(forms, content)) return true;
  const text = joinHan(foldText(content));
  const plain = text.replace(/['\u2019]/gu, ' ');
  for (const m of plain.matchAll(NEW_EMPLOYER)) {
    // A place that is only a kind of business or a place (到酒店了, 在店里) names no firm.
    const firm = stripEnds((m[1] ?? m[2] ?? '').trim(), [
      ...TYPE_WORDS_ZH,
      ...PLACES_ZH,
      ...LEGAL_WORDS_ZH,
      '里',
    ]);
    // "I'm at the gate now" (我现在到小区门口了): where a courier or a mover stands, no employer.
    if (ARRIVAL_SPOTS_ZH.some((spot) => firm.endsWith(spot))) continue;
    if (firm.length >= 2 && !namesSource(source, firm)) return true;
  }
  if (forms.length === 0) return introducesABusiness(plain);
  const readings = forms.map((form) => readName(text, form));
  return readings.some((r) => r.other) && !readings.some((r) => r.self && !r.other);
}

/**
 * How a folded text names the source by one of its names: as itself (`self`), and whether it
 * introduces its writer as another business's (`other`).
 */
function readName(text: string, form: NameForm): { self: boolean; other: boolean } {
  const han = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u1100-\u11ff]/u.test(text);
  if (form.latin) {
    // A Latin name may stand in an English text or a Chinese one (我是 Grand Hotel 前台).
    const { self, other } = readEnglish(text, form);
    return {
      self: self || (han && namesItselfZh(text, form)),
      other: other || (han && anotherBusinessZh(text, form)),
    };
  }
  return { self: namesItselfZh(text, form), other: anotherBusinessZh(text, form) };
}

/** A phone opener asking for the person, up to its question mark (folded text). */
const PHONE_OPENER =
  /(?<![a-z])(?:am i speaking (?:with|to)|may i speak (?:with|to)|can i speak (?:with|to)|spreche ich mit|parlo con|je parle (?:a|avec)|hablo con|falo com|spreek ik met)[^?]{0,80}\?/gu;

/**
 * Wishes a business sends its customers: a season's greeting, a birthday, an anniversary, thanks
 * (folded text).
 */
const WISHES =
  /(?<![a-z])(?:happy birthday|merry christmas|happy (?:new year|holidays|easter)|season s greetings|frohe weihnachten|frohe ostern|gutes neues jahr|alles gute zum geburtstag|herzlichen gluckwunsch|joyeux noel|bonne annee|joyeux anniversaire|buon natale|buon compleanno|feliz navidad|feliz cumpleanos|feliz natal|feliz aniversario|prettige feestdagen|gelukkige verjaardag)(?![a-z])|生日快乐|新春快乐|新年快乐|春节快乐|节日快乐|中秋快乐|圣诞快乐|祝您/u;

/**
 * Whether a phrase (a 【signature】, a sender's display name) is the source's name or its brand:
 * the source's distinctive core (希尔顿 of 上海希尔顿酒店: 【希尔顿荣誉客会】, 【希尔顿集团】;
 * "Hilton" of "Hilton Shanghai": [Hilton Honors]) with no other kind of business after it
 * (平安 of 平安保险 in 【平安普惠】 is; in 【平安贷】 is not).
 *
 * @param source - The source's name.
 * @param phrase - The phrase.
 * @returns Whether it names the source.
 */
export function namesSource(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  phrase: string,
): boolean {
  const text = joinHan(foldText(phrase));
  return sourceTraits(source).forms.some((form) => formNames(form, text));
}

/** Whether a folded phrase is the name of one form (see {@link namesSource}). */
function formNames(form: NameForm, text: string): boolean {
  if (form.latin) return sameBusinessEn(text.replace(/['\u2019]/gu, ' '), form) === true;
  const bareText = text.replace(/[^\p{L}\p{N}]+/gu, '');
  // A part of the full name names it only with its distinctive core (上海希尔顿 does; 上海,
  // 大酒店 do not: any hotel of the city may write them).
  if (form.full.includes(bareText) && bareText.includes(form.core)) return true;
  const at = bareText.indexOf(form.core);
  if (at === -1) return false;
  const after = bareText.slice(at + form.core.length);
  return !TYPE_WORDS_ZH.some((w) => after.startsWith(w) && !ownKind(form, w) && w !== '店');
}

/**
 * Whether a text pitches a sales topic the source is not in (a loan from a hotel), by the topic
 * keywords of `topicScores`.
 *
 * @param source - The source's name and category.
 * @param content - The text.
 * @returns Whether it sells what the source does not.
 */
export function pitchesOutsideTrade(source: Pick<Source, 'name' | 'category'>, content: string): boolean {
  const { inTrade } = sourceTraits(source);
  return topicScores([content]).some(
    ([t, score]) => SALES_TOPICS.has(t) && score >= MIN_TOPIC_SCORE && !inTrade.has(t),
  );
}

/** What a source's name and category say, worked out once per source. */
interface SourceTraits {
  /** The forms of each of its names ({@link sourceNames}) that can be compared, its own name's first. */
  readonly forms: readonly NameForm[];
  readonly industry: ReadonlySet<OwnServiceTopic> | undefined;
  /** The sales topics of its own trade (an insurer's insurance). */
  readonly inTrade: ReadonlySet<Topic>;
}
const traitsCache = new Map<string, SourceTraits>();

/**
 * The traits last worked out for a source object, with the fields they were worked out from:
 * reused only while those fields are the same values (an updated source is a new object, or new
 * fields), so a source another process updated is never read from an old entry.
 */
const traitsOfObject = new WeakMap<
  object,
  {
    name: string;
    otherNames: readonly string[] | undefined;
    count: number;
    category: string | undefined;
    traits: SourceTraits;
  }
>();

function sourceTraits(source: NamedSource & Partial<Pick<Source, 'category'>>): SourceTraits {
  const seen = traitsOfObject.get(source);
  if (
    seen !== undefined &&
    seen.name === source.name &&
    seen.otherNames === source.otherNames &&
    seen.count === (source.otherNames?.length ?? 0) &&
    seen.category === source.category
  )
    return seen.traits;
  const traits = traitsByValue(source);
  traitsOfObject.set(source, {
    name: source.name,
    otherNames: source.otherNames,
    count: source.otherNames?.length ?? 0,
    category: source.category,
    traits,
  });
  return traits;
}

/** The traits of a source's names and category, shared by every source with the same ones. */
function traitsByValue(source: NamedSource & Partial<Pick<Source, 'category'>>): SourceTraits {
  const names = sourceNames(source);
  // A well-known brand's trade is the source's kind of business when it says none (a hotel for
  // `Hilton Shanghai`).
  const category = `${source.category ?? ''} ${brandTrades(source)}`.trim();
  const key = `${names.join('\u0000')}\u0001${category}`;
  let traits = traitsCache.get(key);
  if (traits === undefined) {
    const industry = industryTopics({ name: source.name, category });
    const inTrade = new Set(topicScores([`${source.name} ${category}`]).map(([t]) => t));
    // A business that deals in policies (a car dealer renewing the car's cover) is in insurance.
    if (industry?.has('policy')) inTrade.add('insurance');
    const kinds = kindsOf(names, category);
    // Another name names the source only by a word that says which business (never 上海 alone).
    // A Chinese, Japanese or Korean name written with a space is a brand and its branch or city
    // (東横イン 新宿歌舞伎町, 롯데호텔 서울): its first part names it too.
    // A Chinese name whose industry part is no listed word may be named by its trade name alone
    // (`tradeNameHeads`).
    const parts = names.flatMap((n) => {
      const first = /^(\S+)\s+\S/u.exec(n.trim())?.[1];
      return [...(first !== undefined && !isLatin(n) ? [n, first] : [n]), ...tradeNameHeads(n)];
    });
    const memberWords = new Set(names.filter(isLatin).flatMap((n) => wordsOf(foldText(n))));
    const member = names.some(isBankingGroup);
    const forms = parts.flatMap((n, i): NameForm[] => {
      const read = nameForm(n, kinds);
      if (read === undefined) return [];
      // A banking group's word, and a member's other names, name the member only beside the
      // member's own words ("Kreissparkasse Hannover" is not Kreissparkasse Köln).
      const form = member && isLatin(n) ? { ...read, memberWords } : read;
      if (isBankingGroup(n)) return [form];
      return i === 0 || !form.generic ? [form] : [];
    });
    traits = { forms, industry, inTrade };
    if (traitsCache.size >= 10_000) traitsCache.clear();
    traitsCache.set(key, traits);
  }
  return traits;
}

/**
 * Tells whether a message reads as the source's own service message in its staff's own words
 * (see the module's documentation for the rule and its reasons), or as a courier's notice about
 * the person's order that asks for nothing (`fulfilmentNotice`): the source's carrier.
 *
 * @param source - The source the contact's canary was issued to: its name and category.
 * @param content - The message body or call transcript.
 * @param own - Numbers the message may give to call back: the sender's and the source's declared
 *   numbers, as digits (any other number in the text is an impersonator's callback line).
 * @param ownTopics - What the source's own texts from its declared senders are about.
 * @param requireName - Only a message that names the source counts (mail: its sender's domain
 *   names a business, so one that does not name the source is another business's).
 * @param sender - Who sent it as the contact says: `from` (an address, a number or an
 *   alphanumeric sender ID) and a mail's display name. A vendor writing for the source links to
 *   its own site, and a shop platform's mail carries the shop's name as its display name (see
 *   {@link speaksFor}).
 * @returns What the message is about, or `undefined` when it is not the source's own.
 */
export function ownServiceMessage(
  source: Pick<Source, 'name' | 'otherNames' | 'category'> &
    LinkingSource & { readonly expected?: { readonly phones?: readonly string[] } },
  content: string,
  own: readonly string[] = [],
  ownTopics: ReadonlySet<OwnServiceTopic> = new Set(),
  requireName = false,
  sender: Sender = {},
): OwnServiceMessage | undefined {
  // A chat bridge's or forwarder's prefix ("[WhatsApp] ", "Fwd: ") says how the text travelled:
  // the writer's own words follow it (see `withoutRelayPrefixes`).
  return ownServiceWords(source, withoutRelayPrefixes(content), own, ownTopics, requireName, sender);
}

/** {@link ownServiceMessage} of a text read from its writer's first word. */
function ownServiceWords(
  source: Parameters<typeof ownServiceMessage>[0],
  content: string,
  own: readonly string[],
  ownTopics: ReadonlySet<OwnServiceTopic>,
  requireName: boolean,
  sender: Sender,
): OwnServiceMessage | undefined {
  // A charge, renewal, refund or account alert with a key to press or another number to ring:
  // the renewal and refund scams' lure, whoever it names (see `chargeOrAlertLure`).
  if (chargeOrAlertLure(content, own, source.expected?.phones ?? [])) return undefined;
  // A premium-rate, mass-calling or satellite line it did not declare, as the sender or in the
  // text: a line that pays whoever the person rings (see `premiumCallback`).
  if (premiumCallback(content, own, source.expected?.phones ?? [], sender.regions ?? [])) return undefined;
  // A card's number or code, a BLIK code or identity numbers asked to be sent (see `asksForSecrets`).
  if (asksForSecrets(content)) return undefined;
  // Another business's product offered, or the person's account passed to it ("a quote from
  // Direct Line", "passed to Lowell"): that business's message (see `anotherHolder`).
  if (anotherHolder(content, (name) => namesSource(source, name)) !== undefined) return undefined;
  // Mail from a lookalike of its site with a lure word, or raising an account, security or
  // other problem ("your account has been locked" from hsbc-uk.com): an impersonator's, whatever
  // errand it reads as (see `lookalikeSender`).
  if (lookalikeSender(source, sender.from, joinHan(foldText(content))) !== undefined) return undefined;
  // A fee still to pay for a parcel ("wymaga dopłaty 1,50 zł"): the parcel-smishing lure.
  if (parcelFeeLure(content)) return undefined;
  // A clerk gone to a rival named like the source ("ahora trabajo en Alfa Bayview"): she speaks
  // for that business (see `movedToRival`).
  if (movedToRival(sourceTraits(source).forms, content)) return undefined;
  // A caller from a plain number who says it acts for the source ("wir rufen im Auftrag von …
  // an", "calling on behalf of …") is not its staff: the survey and data-harvesting pretext anyone
  // may speak. Only its courier's notice is read on.
  const message = pretextsForSource(source, content, sender)
    ? undefined
    : (staffMessage(source, content, own, ownTopics, requireName, sender) ??
      staffReply(source, content, own, ownTopics, requireName, sender));
  // Identity data, a card's number or a code asked ("podaj numer PESEL", "kod BLIK"), in words
  // the specific rules do not read: a dealer's ask whatever the message is about (`askCue`).
  // A card to update in the payment provider's own app, in its own text, is its errand.
  if (message !== undefined)
    return askCue({
      content,
      folded: withoutOwnProviderCollection(withoutRecipients(joinHan(foldText(content))), sender.from),
      own,
      from: sender.from,
      regions: sender.regions,
      signatureAt: signedBlock(source, content),
    }) === undefined
      ? message
      : undefined;
  // A host or a hotel writing about the stay booked through a platform ("your host at Casa Azul,
  // the key box code is 4821"): the dealing the platform passed on (see `bookingPlatform`).
  if (bookingPlatform(source) && hostStayNotice(content, own, sender))
    return { about: 'booking', named: false };
  // A courier's notice about the order: the source's carrier, whichever business it names. A
  // writer who speaks as another kind of staff (我是前台小李) about a parcel is not a courier. Any
  // source may have one, whatever its trade says: a gym, a clinic or an app sells and ships too,
  // and a platform's couriers ring every customer from masked numbers no source declares, so
  // reading their calls as a campaign on its lines convicts it (a buyer's "your parcel is here"
  // to check a number is live stays unproven rather than a false accusation).
  // A courier's link off the carrier's site is evidence (`courierLinksElsewhere`).
  if (fulfilmentNotice(content, own) && !courierLinksElsewhere(source, content)) {
    const text = joinHan(foldText(content));
    const staff = STAFF_ZH.exec(text)?.[0] ?? STAFF_EN.exec(text.replace(/['\u2019]/gu, ' '))?.[0];
    if (staff === undefined || COURIER_ROLE.test(staff))
      return { about: 'order', named: false, fulfilment: true };
  }
  // Last, the general rule: a message that writes the source's name as its writer and carries no
  // dealer cue, whatever its errand and language (see `writtenBySource`). A caller saying it acts
  // for the source from a plain number is refused (its pretext is a cue).
  if (pretextsForSource(source, content, sender)) return undefined;
  return writtenBySource(source, content, own, ownTopics, sender);
}

/**
 * Whether a message writes the source's name as its writer's own: its name as its staff write it
 * (`writesName`: the distinctive words in full, inflected or compounded with a staff word; a
 * generic name only whole), not after a mention of where the details came from, a rival's
 * comparison or a partner ("we got your number from …", "cheaper than …", "as a partner of …"),
 * in a message that introduces no other business as the writer's (`readName`'s `other`,
 * `introducesABusiness`), is signed or labelled by no other (`signedByAnother`; closing with
 * another business's name, `closedByAnother`, or headed by another company's letterhead,
 * `headedByAnother`, unless it names the source as itself), quotes no
 * forwarded mail, and is no reply whose own words leave the name out. A rival sharing only the
 * generic words of the source's name ("Clinica Veterinaria Lupo" for "Clinica Veterinaria San
 * Marco") does not write it.
 *
 * @param source - The source: its names and category.
 * @param content - The message as written.
 * @returns Whether it names the source as its writer.
 */
export function writesAsSource(
  source: Pick<Source, 'name' | 'otherNames'> & Partial<Pick<Source, 'category'>>,
  content: string,
): boolean {
  if (FORWARD_HEADER.test(content)) return false;
  const { own: written, quoted } = quotedReply(content);
  const words = quoted.trim() === '' || written.trim() === '' ? content : written;
  const text = joinHan(foldText(words));
  const forms = sourceTraits(source).forms;
  // A hyphenated name ("Basic-Fit") is read with its parts apart too: the text joins them.
  const apart = foldText(words).replace(/(?<=[a-z0-9])-(?=[a-z0-9])/gu, ' ');
  const both = `${text} ${apart}`;
  if (!forms.some((form) => (writesName(form, text) || writesName(form, apart)) && everyCoreWord(form, both)))
    return false;
  const readings = forms.map((form) => readName(text.replace(PHONE_OPENER, ' '), form));
  if (readings.some((r) => r.other) || introducesAnotherPlainly(text.replace(/['\u2019]/gu, ' '), source))
    return false;
  const self = readings.some((r) => r.self);
  // Another business named as the place of the dealing ("your check-up at Smile Pharmacy").
  if (!self && namesAnotherPlace(source, text.replace(/['\u2019]/gu, ' ')) !== undefined) return false;
  const isSource = (phrase: string) => namesSource(source, phrase);
  if (!self && (closedByAnother(words, isSource) || headedByAnother(words, sourceNames(source), isSource)))
    return false;
  return (
    !(!self && introducesABusiness(text.replace(/['\u2019]/gu, ' '), source)) &&
    !signedByAnother(source, words)
  );
}

/**
 * A firm saying it acts for a client, in folded text: "on behalf of", "we act for", "au nom de",
 * "im Auftrag", "in Vertretung", "per conto di", "in rappresentanza di", "en representación de",
 * "em representação de", "namens", "w imieniu", "adına", 代理人として, 代理, 受…委托, 대리하여.
 */
const ACTS_FOR = new RegExp(
  [
    String.raw`(?<![a-z])(?:on behalf of|we act for|acting for|we represent|au nom de|pour le compte de|im auftrag|im namen|in vertretung|namens|per conto di|in rappresentanza di|en representacion de|en nombre de|em representacao de|em nome de|w imieniu|adina)(?![a-z])`,
    ...['代理人として', '代理', '委托', '대리하여', '대리인'].map(foldText),
  ].join('|'),
  'u',
);

/**
 * A notification mirror's or an SMS forwarder's first line naming the app or the number the text
 * came through ("📱 WhatsApp | Blue Door Bistro", "WhatsApp", "From: +44 7911 123456" before
 * "Message:"), and the "Message:" label: how the text travelled, not what it asks (an app named
 * there is no chat to add).
 */
const CHANNEL_LABEL =
  /^\s*(?:\p{Extended_Pictographic}\s*)?(?:whatsapp|telegram|signal|imessage|messenger|viber|wechat|line|sms|text message)(?:\s*[|:·-][^\n]*)?\n|^\s*(?:from|von|de|da)\s*:\s*\+?[\d\s()-]{6,}\n\s*(?:message|nachricht|mensaje|messaggio|mensagem)\s*:\s*/iu;

/** A message without its mirror's or forwarder's label (see {@link CHANNEL_LABEL}). */
function withoutChannelLabel(content: string): string {
  const m = CHANNEL_LABEL.exec(content);
  if (m === null) return content;
  // The label's own line may carry the writer's name ("📱 WhatsApp | Blue Door Bistro"): kept.
  const named = /[|:·-]\s*([^\n]+)\n$/u.exec(m[0])?.[1];
  const kept = named !== undefined && !/^\+?[\d\s()-]+$/u.test(named) ? `${named}\n` : '';
  return `${kept}${content.slice(m[0].length)}`;
}

/**
 * Whether a folded text holds every word of a Latin name that says which business, each whole or
 * inflected (its first letters but the last two, at least four: "Hotelu" for Hotel, "Bristolu" for
 * Bristol): a rival sharing the name's kind words and one of its own ("Clinica Veterinaria Lupo"
 * beside "Clinica Veterinaria San Marco") writes no name of the source's. A Chinese, Japanese or
 * Korean name is read whole by `writesName`.
 */
function everyCoreWord(form: NameForm, text: string): boolean {
  if (!form.latin) return true;
  // Hyphenated compounds read joined too ("Basic-Fit" as basicfit), as the name's are.
  const words = [
    ...text.split(/[^\p{L}\p{N}&]+/u).flatMap(ampersandWords),
    ...text.replace(/-/gu, '').split(/[^\p{L}\p{N}]+/u),
  ];
  return [...form.coreWords].every((core) => {
    const stem = core.length > 5 ? core.slice(0, Math.max(4, core.length - 2)) : core;
    return words.some(
      (w) =>
        w === core ||
        (stem !== core && w.startsWith(stem)) ||
        w.startsWith(core) ||
        sameTradeWord(w, form.coreWords) === core,
    );
  });
}

/**
 * The general rule of a source's own message, after the specific ones: a message that writes the
 * source's name as its writer ({@link writesAsSource}) and carries no dealer cue (`dealerCue`: no
 * payment, card, code or identity data asked, no link or number elsewhere, no chat, no other
 * business, nothing outside its trade) is the source's own from a sender it did not declare,
 * whatever its errand (a repair visit, a recall, a receipt, a card alert, a newsletter) or
 * language. The burden is on the cue: the errands a source writes about are open, what a dealer
 * needs the person to do is not.
 *
 * @returns The message's topic (`errand` when no list reads it), or `undefined`.
 */
function writtenBySource(
  source: Parameters<typeof ownServiceMessage>[0],
  content: string,
  own: readonly string[],
  ownTopics: ReadonlySet<OwnServiceTopic>,
  sender: Sender,
): OwnServiceMessage | undefined {
  // A notification mirror's or forwarder's label says how the text travelled, not what it asks.
  const body = withoutChannelLabel(content);
  if (dealerCueOf(source, body, own, sender) !== undefined || !writesAsSource(source, body)) return undefined;
  const text = joinHan(foldText(content));
  const { industry } = sourceTraits(source);
  const deals = new Set<OwnServiceTopic>([...(industry ?? []), ...ownTopics]);
  const topics = topicsOf(text);
  const about = topics.find((t) => deals.has(t)) ?? topics.find((t) => t !== 'introduction') ?? 'errand';
  return { about, named: true, written: true };
}

/**
 * The dealer cue a message naming the source carries (see `dealerCue`), read with the source's
 * names taken out, its recipients' list and a desk's sign-off set aside, and its signature
 * block's numbers as its own; `undefined` when it carries none.
 *
 * @param source - The source: its names, category, declared domains and phones.
 * @param content - The message as written.
 * @param own - The sender's and the source's declared numbers.
 * @param sender - Who sent it.
 * @returns What was found, in words for a reason, or `undefined`.
 */
export function dealerCueOf(
  source: Parameters<typeof ownServiceMessage>[0],
  content: string,
  own: readonly string[],
  sender: Sender = {},
): string | undefined {
  const traits = sourceTraits(source);
  const signOff = deskSignOffStart(content);
  const unlisted = withoutRecipients(signOff === undefined ? content : content.slice(0, signOff));
  const folded = joinHan(foldText(unlisted))
    .replace(LEGAL_CITATION, ' ')
    .replace(RECIPIENT_CATEGORIES, ' ')
    .replace(RIDE_TRANSFER, ' ');
  const dataRequest = topicsOf(folded).includes('data-request');
  const holder = anotherHolder(content, (name) => namesSource(source, name));
  if (holder !== undefined) return `another business offering its product or holding the account (${holder})`;
  return dealerCue({
    source,
    content,
    folded,
    // A notice beside a link to the source's own site is no phishing pattern: the link goes home.
    unnamed: withoutNames(withoutOwnSiteLinks(source, folded), traits.forms),
    own,
    from: sender.from,
    regions: sender.regions,
    signatureAt: signedBlock(source, content),
    inTrade: traits.inTrade,
    fromName: sender.fromName === undefined ? undefined : foldText(sender.fromName),
    // A firm answering the person's request about their data for the source it names ("Em
    // representação de …", "…の代理人として", "…을 대리하여") is its counsel (a remedy sold is read
    // all the same: `offersRemedy`).
    forSource:
      (dataRequest && ACTS_FOR.test(folded)) ||
      representedClients(content).some((client) =>
        traits.forms.some((form) => mentionsInFull(form, joinHan(foldText(client)))),
      ),
    dataRequest,
  });
}

/**
 * A code or password a host gives for the way in or the Wi-Fi, with its value, in folded text: "the
 * key box code is 4821", "Wi-Fi password is azul2026", "Schlüsselkasten, Code 7731", "le digicode
 * est 4821B", "il codice della cassetta è 1234", "o código da caixa das chaves é 4821".
 */
const ACCESS_CODE_GIVEN =
  /(?<![a-z])(?:key ?box|lock ?box|key ?safe|key ?lock|door|gate|entry|access|building|wi-?fi|wlan|network|schlusselkasten|schlusseltresor|schlusselbox|tur|haustur|tor|eingang|boite a cles|digicode|porte|caja de llaves|puerta|portal|cassetta|porta|portone|caixa das chaves)[^.!?\n]{0,12}?(?:code|codigo|codice|password|passwort|pin|kennwort|mot de passe|contrasena)?\s*(?:is|ist|est|es|e|lautet|:)?\s*[:=]?\s*(?=[a-z-]*\d)[a-z0-9-]{3,16}(?![a-z0-9])/gu;

/**
 * Whether a message is a host's or a hotel's notice about the person's stay that asks for nothing:
 * about a booking (the topics read: the stay, the arrival, check-in, the room), with no link, no
 * number but the sender's and the writer's own mobile, no price, offer, chat, secret, code asked,
 * key to press, forwarded header, prize or fraud cue, and no pitch on a sales topic. Its writer
 * need not name the platform it was booked through.
 */
function hostStayNotice(content: string, own: readonly string[], sender: Sender): boolean {
  if (content.length > 600) return false;
  // The key box's or the Wi-Fi's code the host gives is no code asked for; one asked back is.
  const folded = joinHan(foldText(content));
  if (CODE_ASKED.test(folded)) return false;
  const text = folded.replace(ACCESS_CODE_GIVEN, ' ');
  if (!topicsOf(text).includes('booking')) return false;
  const paid = withoutRefunds(text);
  if (CHAT_ASK.test(text) || SECRET_ASK.test(text) || TURN_TO_ASK.test(text) || hasWord(paid, HARD_ASKS))
    return false;
  if (hasWord(text, PITCH) || DISCOUNT.test(text) || PRICED.test(paid)) return false;
  if (linkedDomains(content).length > 0 || hasWord(text, LINK_WORDS) || HIDDEN_LINK.test(content))
    return false;
  if (
    ERRAND_LURE.test(text) ||
    PRIZE_LURE.test(text) ||
    keywordOrKeyAsk(content) ||
    FORWARD_HEADER.test(content)
  )
    return false;
  for (const { index, plain, digits } of numbersIn(content)) {
    if (own.some((n) => sameNumber(n.replace(/\D/gu, ''), digits))) continue;
    if (!ownMobileAt(content, index, plain, sender.from)) return false;
  }
  const scores = topicScores([text]);
  if ((scores.find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD) return false;
  return !scores.some(([t, score]) => SALES_TOPICS.has(t) && score >= MIN_TOPIC_SCORE);
}

/**
 * Whether a call or text from a plain number (not an address, a sender ID or a service port)
 * says it comes on the source's behalf (`representedClients` naming it).
 */
function pretextsForSource(source: NamedSource, content: string, sender: Sender): boolean {
  const from = sender.from?.replace(/[\s()-]/gu, '');
  if (from === undefined || !/^\+?\d{5,}$/u.test(from)) return false;
  const forms = sourceTraits(source).forms;
  return representedClients(content).some((client) =>
    forms.some((form) => namesAsParty(joinHan(foldText(client)), form)),
  );
}

/**
 * Whether a folded text writes the source's whole name (Latin: every word of it, in order, as
 * whole words; Chinese: the name without its legal form).
 */
function mentionsInFull(form: NameForm, text: string): boolean {
  if (!form.latin) return form.full.length >= 2 && text.replace(/[^\p{L}\p{N}]+/gu, '').includes(form.full);
  // A Latin name written against Han or kana (受Hotel Adlon Kempinski委托) ends where the script does.
  const words = ` ${text
    .replace(/(?<=[a-z0-9])(?=[^\sa-z0-9])|(?<=[^\sa-z0-9])(?=[a-z0-9])/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.includes(` ${[...form.words].join(' ')} `);
}

/**
 * The label a message opens with ("Berlin Marriott: Guten Tag …") or its 【signature】: who wrote
 * it, as the writer chose to say.
 */
const OPENING_LABEL = /^\s*((?:[\p{Lu}\d][\p{L}\p{N}&'.-]*\s){0,4}[\p{Lu}\d][\p{L}\p{N}&'.-]*)\s*:\s/u;

/**
 * Words a label may hold without naming who wrote it: greetings, desks and notices ("Hallo:",
 * "Reception:", "Reminder:", "Ihre Buchung:", 提醒).
 */
const NEUTRAL_LABEL_WORDS = new Set(
  'hi hello dear hallo guten tag liebe lieber sehr geehrte geehrter bonjour buongiorno hola ola beste hoi reminder erinnerung info information hinweis notice update alert rappel promemoria aviso recordatorio herinnering re fw fwd your ihre ihr votre la il el de der die das the tel fax'.split(
    ' ',
  ),
);

/**
 * Whether a message that does not name the source as itself is signed by another: it opens with a
 * label or carries a 【signature】 that is not the source's name, and names a writer (not a
 * greeting, a desk, a notice, a topic or a word of the source's own name such as "Hotel").
 */
function signedByAnother(source: Pick<Source, 'name' | 'otherNames'>, content: string): boolean {
  const label = bracketSignature(content) ?? OPENING_LABEL.exec(withoutCarrierTags(content))?.[1];
  if (label === undefined || namesSource(source, label)) return false;
  const folded = joinHan(foldText(label));
  // A label in another script than the source's name may be its name there (希尔顿 for Hilton):
  // unknown, so not another's.
  const names = sourceNames(source);
  if (!names.some((n) => /\p{Script=Han}/u.test(folded) === /\p{Script=Han}/u.test(n))) return false;
  if (topicsOf(folded).length > 0) return false;
  const own = new Set(names.flatMap((n) => wordsOf(foldText(n))));
  if (/\p{Script=Han}/u.test(folded))
    return !ROLES_ZH.some((r) => r.length >= 2 && folded.includes(r)) && !/提醒|通知|温馨提示/u.test(folded);
  const words = wordsOf(folded.replace(/['\u2019]/gu, ' '));
  // A salutation ("Dear Ms Wang:", "Sehr geehrte Frau Müller:") addresses the person; it signs nothing.
  if (SALUTATIONS.has(words[0] ?? '')) return false;
  return !words.every(
    (w) =>
      NEUTRAL_LABEL_WORDS.has(w) ||
      ROLES_EN.has(w) ||
      own.has(w) ||
      /^\d+$/u.test(w) ||
      // A compound of a topic word (Buchungsbestätigung, Terminerinnerung).
      LONG_TOPIC_WORDS.some((t) => w !== t && (w.startsWith(t) || w.endsWith(t))),
  );
}

/** The first words of a salutation or a title before the person's name, folded. */
const SALUTATIONS = new Set(
  'dear hi hello hey hallo liebe lieber sehr geehrte geehrter bonjour bonsoir cher chere madame monsieur buongiorno buonasera gentile gentilissimo gentilissima caro cara egregio hola estimado estimada querido querida ola bom boa prezado prezada caro beste geachte hoi mr mrs ms miss mx dr herr frau m mme mlle sig signor signora sr sra senor senora senhor senhora dhr mevr'.split(
    ' ',
  ),
);

/** The single Latin topic words of six letters or more (buchung, termin, reservation…). */
const LONG_TOPIC_WORDS = ABOUT.flatMap(([, words]) => words).filter((w) => /^[a-z]{6,}$/u.test(w));

/** The writer's own business named as "this shop" (本店, 我们店, "our store", "unser Geschäft"). */
const OUR_SHOP =
  /本店|我们店|我店|本酒店|本院|本公司|我司|(?<![a-z])our (?:store|shop|hotel|clinic|salon|office|restaurant|practice)(?![a-z])|(?<![a-z])(?:unser(?:em|er)? (?:geschaft|laden|hotel|praxis|filiale|haus))(?![a-z])/u;

/** A courier's role in a self-introduction (我是骑手, "I'm your driver"). */
const COURIER_ROLE = /快递员|配送员|骑手|司机|师傅|rider|driver|courier/u;

/**
 * The longest folded text read as a greeting and a self-introduction alone, with no dealing named
 * (a phone greeting, the person's name, "this is Yamada of Sakura Real Estate"): longer, it says
 * more than who calls.
 */
const INTRODUCTION_LENGTH = 90;

/**
 * The longest folded text read as an errand the source signs in words no list holds (`errand`):
 * a text message's length. Longer, an unread text may hold anything.
 */
const ERRAND_LENGTH = 160;

/** A Japanese or Korean self-introduction ending a folded text (…です。, …입니다.). */
const INTRODUCTION_END = new RegExp(
  `(?:てす|てこさいます|と申します|${foldText('입니다')})[\\s.!。！]*$`,
  'u',
);

/**
 * Whether a folded text ends with its writer introducing themselves as the source's, in its last
 * sentence (さくら不動産の山田です。 / 한빛부동산 김 실장입니다.): nothing follows the introduction.
 */
function endsIntroducing(text: string, form: NameForm): boolean {
  if (!INTRODUCTION_END.test(text)) return false;
  const last =
    text
      .replace(/[\s.!。！]+$/u, '')
      .split(/[。？！?!]/u)
      .at(-1) ?? '';
  return form.latin ? [...form.coreWords].some((w) => last.includes(w)) : last.includes(form.core);
}

/** A statute's name before "code" (Cal. Civ. Code, Penal Code, Bus. & Prof. Code, Code civil). */
const LEGAL_CITATION =
  /(?<![a-z])(?:civ|civil|penal|prof|gov|govt|health|commercial|labor|tax|vehicle|insurance|ins)\.?\s+code(?![a-z])|(?<![a-z])code (?:civil|de commerce|de la consommation)(?![a-z])/gu;

/**
 * A renamed business's notice: its new name, then its former one in brackets ("Mudanzas Rápidas
 * Plus (antes Mudanzas Rápidas):", 【新东方外语 Plus】（原新东方外语）, "(formerly …)", "(ehemals …)",
 * (旧…), (구 …)), in folded text: the former name is the source's.
 */
const RENAMED =
  /^\W*[^()]{2,60}?[\])】]?\s*\(\s*(?:antes|formerly|previously|ehemals|vormals|anciennement|ex|原|旧|구)\s*([^()]{2,60})\)/u;

const syllableCache = new Map<string, string>();
/**
 * A run of Han characters' pinyin, each character's usual toneless syllable (remembered per
 * character: reading whole texts with their word context is slow, and a brand's characters are
 * read by their usual syllable).
 */
function syllablesOf(run: string): readonly string[] {
  return [...run].map((char) => {
    let syllable = syllableCache.get(char);
    if (syllable === undefined) {
      syllable = pinyin(char, { toneType: 'none', v: true });
      syllableCache.set(char, syllable);
    }
    return syllable;
  });
}

/** The fewest Han characters a name read by its pinyin may have: one syllable names nobody. */
const MIN_PINYIN_SYLLABLES = 2;

/**
 * The Chinese names in a folded text whose pinyin is one of the source's Latin names or the
 * label of a mail domain it declared (京东 for an app adopted as `com.jingdong.app.mall`, whose
 * domain is read as jingdong.com): a Chinese business's Latin name and domain are its name in
 * pinyin. Each is compared as a name of the source, with the kinds of business of its own.
 * Names of fewer than {@link MIN_PINYIN_SYLLABLES} characters, or that say only where or what
 * kind of business, are none.
 */
function pinyinForms(
  source: LinkingSource,
  text: string,
  kinds: ReadonlySet<string> = new Set(),
): NameForm[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const labels = new Set<string>();
  for (const name of sourceNames(source))
    if (isLatin(name))
      for (const w of wordsOf(foldText(name)))
        if (w.length >= 4 && !TYPE_WORDS_EN.has(w) && !PLACES_EN.has(w) && !LEGAL_WORDS_EN.has(w))
          labels.add(w);
  for (const domain of source.expected?.emailDomains ?? []) {
    const label = domain.split('.').at(-2) ?? '';
    if (/^[a-z]{4,}$/u.test(label)) labels.add(label);
  }
  if (labels.size === 0) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(/\p{Script=Han}{2,}/gu)) {
    const syllables = syllablesOf(m[0]);
    for (let i = 0; i < syllables.length; i++)
      for (let n = MIN_PINYIN_SYLLABLES; n <= 4 && i + n <= syllables.length; n++)
        if (labels.has(syllables.slice(i, i + n).join(''))) found.add(m[0].slice(i, i + n));
  }
  return [...found]
    .map((name) => nameForm(name, kinds))
    .filter((f): f is NameForm => f !== undefined && !f.generic);
}

/**
 * A folded text with the source's names taken out: each run of a Latin name's own words (with its
 * places, legal forms and the parts of its compounds) that holds a word saying which business,
 * and each Chinese, Japanese or Korean name without its legal form.
 */
function withoutNames(text: string, forms: readonly NameForm[]): string {
  let out = text;
  for (const form of forms) {
    if (!form.latin) {
      if (!form.generic) out = out.replace(spaced(form.full), ' ');
      continue;
    }
    const own = (w: string): boolean =>
      form.words.has(nameWord(w, form)) || placeOfName(form, w) || LEGAL_WORDS_EN.has(w) || ownPart(w, form);
    out = out.replace(/[a-z0-9&]+(?:\s+[a-z0-9&]+)*/gu, (run) => {
      const words = run.split(/\s+/u);
      const kept: string[] = [];
      for (let i = 0; i < words.length; ) {
        let j = i;
        while (j < words.length && own(words[j]!)) j++;
        if (j > i && words.slice(i, j).some((w) => saysWhich(w, form))) kept.push(' ');
        else kept.push(...words.slice(i, Math.max(j, i + 1)));
        i = Math.max(j, i + 1);
      }
      return kept.join(' ');
    });
  }
  return out;
}

/**
 * A reply read by its writer's own text: the person's earlier message it quotes (their question
 * about a room at 180 EUR) is theirs, not the writer's, and its price, topic or length says
 * nothing about who wrote the reply. A quote that pitches, links elsewhere or asks for a payment,
 * a code or a chat is no person's question: the whole mail is read then, as written.
 */
const staffReply: typeof staffMessage = (source, content, own, ownTopics, requireName, sender) => {
  const { own: written, quoted } = quotedReply(content);
  if (quoted.trim() === '' || written.trim() === '') return undefined;
  const text = foldText(quoted);
  if (
    hasWord(text, PITCH) ||
    DISCOUNT.test(text) ||
    hasWord(text, HARD_ASKS) ||
    CHAT_ASK.test(text) ||
    SECRET_ASK.test(text) ||
    HIDDEN_LINK.test(quoted) ||
    linkTargets(source, quoted).elsewhere ||
    PRIZE_LURE.test(text) ||
    (topicScores([quoted]).find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD
  )
    return undefined;
  return staffMessage(source, written, own, ownTopics, requireName, sender);
};

/** Words a signature line may open with before the business's name: a desk, a department. */
const SIGNATURE_DESK = new Set(
  'front office desk reservations reservation bookings booking reservierung reservierungen buchungen abteilung reservas reservations reservas prenotazioni reserveringen recepcja rezerwacje dzial biuro obsluga klienta'.split(
    ' ',
  ),
);
/** A team signing for its business ("Ihr Team vom", "the team at", "l'équipe de l'", "zespół"). */
const SIGNATURE_TEAM =
  /^(?:(?:the|your|ihr|ihre|das|l|le|la|il|lo|a|o|het|uw|el)\s+)?(?:team|equipe|equipa|equipo|staff|personale|zespol|mitarbeiter)\s+(?:(?:at|of|from|von|vom|des|der|bei|de|du|d|di|del|della|dell|da|do|van|z|ze)\s+)?(?:(?:the|der|dem|l|la|le|il|lo|o|a|het|el)\s+)?/u;

/**
 * Where a signature block naming the source starts in a text (see `signatureBlock`): one of its
 * lines, or a part of one between separators ("Anna Schmidt | Hotel Adlon"), is the source's
 * name after a desk or a team at most ("Front Office Hotel Adlon", "Recepcja Hotel Adlon",
 * 上海和平饭店预订部).
 */
function signedBlock(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  content: string,
): number | undefined {
  const block = signatureBlock(content);
  if (block === undefined) return undefined;
  for (const line of block.lines) {
    const parts = line.split(/\s*[|,;·•–—/\t]\s*|\s{2,}|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u);
    for (const part of parts) {
      if (/\p{Script=Han}|[\u3040-\u30ff\uac00-\ud7af]/u.test(part)) {
        if (namesSource(source, part)) return block.start;
        continue;
      }
      const words = wordsOf(
        foldText(part)
          .replace(/['\u2019]/gu, ' ')
          .replace(SIGNATURE_TEAM, ''),
      );
      while (words.length > 1 && (ROLES_EN.has(words[0]!) || SIGNATURE_DESK.has(words[0]!))) words.shift();
      if (words.length > 0 && namesSource(source, words.join(' '))) return block.start;
    }
  }
  return undefined;
}

/**
 * A business thanking the person for dealing with it, before its name, folded (en de fr it es pt
 * nl pl): "thank you for booking with", "thank you for choosing", "vielen Dank für Ihre Buchung
 * im", "dass Sie sich für … entschieden", "merci d'avoir choisi", "grazie per aver scelto",
 * "gracias por elegir", "obrigado por escolher", "bedankt voor uw boeking bij", "dziękujemy za
 * wybór", "your stay at", "welcome to".
 */
const THANKS_BEFORE =
  /(?<![a-z])(?:thank(?:s| you) for (?:choosing|booking (?:with|at)|shopping (?:with|at)|staying (?:with|at)|ordering (?:from|with)|dining (?:with|at)|flying with|travel+ing with|your (?:booking|order|reservation|stay|visit|purchase|appointment) (?:with|at|from|in))|your (?:upcoming )?stay (?:at|with)|(?:vielen |herzlichen )?dank (?:fur|fuer) ihre (?:buchung|bestellung|reservierung|anfrage|treue|terminbuchung) (?:im|in der|in dem|bei|beim|in|vom|von)|dass sie sich fur|merci (?:d avoir choisi|pour votre (?:reservation|commande|sejour|visite|rendez-vous) (?:a|au|chez|a l|a la|aupres de))|grazie per (?:aver scelto|la (?:sua|vostra) prenotazione (?:presso|al|all|alla|a))|gracias por (?:elegir|haber elegido|confiar en|su reserva en|su compra en|su pedido en)|obrigad[oa] por (?:escolher|ter escolhido|(?:a )?sua reserva n[oa]|(?:a )?sua compra n[oa])|bedankt voor (?:uw|je) (?:boeking|bestelling|reservering|afspraak) (?:bij|in)|bedankt dat (?:u|je) (?:hebt|heeft) gekozen voor|dziekujemy za (?:wybor|rezerwacje w|zakupy w|zamowienie w|pobyt w))\s+(?:the\s+|der\s+|dem\s+|das\s+|l\s+|la\s+|le\s+|il\s+|el\s+|o\s+|a\s+|het\s+)?/gu;
/** The same in Chinese, before the name: 感谢您选择, 感谢您预订, 欢迎入住, 感谢您对…的信任 aside. */
const THANKS_BEFORE_ZH =
  /(?:感谢|谢谢)(?:您|你)(?:选择|预订|预定|入住|光临|惠顾|购买|选购)(?:了)?|欢迎(?:您)?(?:入住|光临)/gu;
/** Japanese and Korean, after the name (folded): をご予約いただき, をご利用いただき, 을/를 이용해 주셔서. */
const THANKS_AFTER_JA_KO = new RegExp(
  [
    '^\\s*(?:を|に|て)(?:こ予约|こ利用|お买い上け|こ来店|こ宿泊)',
    `^\\s*(?:${foldText('을')}|${foldText('를')}|${foldText('에서')})\\s*(?:${foldText('이용해')}|${foldText('예약해')}|${foldText('선택해')}|${foldText('찾아')})`,
  ].join('|'),
  'u',
);

/**
 * Whether a folded text thanks the person for dealing with the source, naming it as the host
 * right after the thanks (see {@link THANKS_BEFORE}), or, in Japanese and Korean, before them.
 */
function thanksAsHost(text: string, form: NameForm): boolean {
  const plain = text.replace(/['\u2019]/gu, ' ');
  if (form.latin) return namedAfter(plain, THANKS_BEFORE, form);
  const bareText = plain.replace(/\s+/gu, '');
  if (hanNamedAfter(bareText, THANKS_BEFORE_ZH, form).length > 0) return true;
  for (const name of new Set([form.full, form.core])) {
    let at = bareText.indexOf(name);
    while (at !== -1) {
      if (THANKS_AFTER_JA_KO.test(bareText.slice(at + name.length))) return true;
      at = bareText.indexOf(name, at + 1);
    }
  }
  return false;
}

/**
 * A booking or an order made through a platform, the platform's name after it, folded (en de fr
 * it es pt nl pl): "reservation … made through", "booked via", "Buchung über", "réservation
 * effectuée via", "prenotazione tramite", "reserva a través de", "boeking via", "rezerwacja przez".
 */
const BOOKED_THROUGH =
  /(?<![a-z])(?:reservation|booking|order|buchung|reservierung|bestellung|reservation|commande|prenotazione|ordine|reserva|pedido|boeking|reservering|bestelling|rezerwacj[a-z]*|zamowieni[a-z]*)(?:\s+[a-z0-9]+){0,8}?\s+(?:(?:made|placed|booked|reserved|ordered|effectuee|effectue|fatta|effettuata|realizada|hecha|feita|gemaakt|gedaan|dokonan[a-z]*|getatigt)\s+)?(?:through|via|on|uber|ueber|par l intermediaire de|sur|tramite|su|a traves de|en|atraves d[oa]|pel[oa]|przez)\s+(?:the\s+)?/gu;
/** The same in Chinese: 通过…预订, 经由…下单, 在…平台预订 (通过携程预订的订单). */
const BOOKED_THROUGH_ZH = /(?:通过|经由|经)/gu;

/** Whether a folded text says the person's booking or order was made through the source. */
function bookedThrough(text: string, form: NameForm): boolean {
  const plain = text.replace(/['\u2019]/gu, ' ');
  if (form.latin) return namedAfter(plain, BOOKED_THROUGH, form);
  return hanNamedAfter(plain.replace(/\s+/gu, ''), BOOKED_THROUGH_ZH, form).some((rest) =>
    /^(?:平台|app|网站)?(?:预订|预定|下单|购买|订购)/u.test(rest),
  );
}

/** Whether a folded text names the source (a Latin name) right after a phrase of `pattern`. */
const namedAfter = (plain: string, pattern: RegExp, form: NameForm): boolean =>
  [...plain.matchAll(pattern)].some(
    (m) => sameBusinessEn(plain.slice(m.index + m[0].length, m.index + m[0].length + 80), form) === true,
  );

/** What follows the source's name (its whole name or its core) right after a phrase of `pattern`. */
const hanNamedAfter = (bareText: string, pattern: RegExp, form: NameForm): string[] =>
  [...bareText.matchAll(pattern)].flatMap((m) => {
    const after = bareText.slice(m.index + m[0].length);
    const name = [form.full, form.core].find((n) => n.length > 0 && after.startsWith(n));
    return name === undefined ? [] : [after.slice(name.length)];
  });

/**
 * A question in any script: the Latin, Spanish opening, Arabic, Armenian and full-width question
 * marks. A question about the person's own dealing, in words the topics read ("what time will you
 * arrive?", "could we move your session?"), asks nothing a dealer comes for; in words no list
 * here reads ("¿Le interesa?", "Érdekli egy hitel?") it may be a pitch's.
 */
const QUESTION = /[?¿？؟՞]/u;

/**
 * A forwarded or quoted mail's header anywhere in a text, on a line of its own or not ("----------
 * Forwarded message ---------", "From: Hilton <reservations@hilton.com>", 原始邮件): its words are
 * another's, whoever they name.
 */
const FORWARD_HEADER =
  /(?<!-)-{2,}\s*(?:original message|forwarded message|原始邮件|转发的邮件|urspr(?:ü|u)ngliche nachricht|message d'origine)|(?:^|\s)(?:from|von|de|发件人|寄件者)\s*[:：][^\n]{0,160}@/iu;

/**
 * Whether a message that names the source asks, sells and claims nothing, read by its structure
 * rather than its words, so in any language: no price, percentage or currency (`PRICED`), no
 * question, no code, PIN, prize or refund a lure promises (`ERRAND_LURE`, `PRIZE_LURE`), no
 * business introduced as the writer's (`introducesABusiness`), no forwarded mail's header, no label or signature of
 * another's (`signedByAnother`), no remedy sold (`offersRemedy`: a claims or law firm not writing
 * for the source). A link elsewhere and another number are refused by the caller. What a dealer
 * or a phisher sends has at least one of them: an offer has a price or asks whether the person
 * wants it, a lure asks for a click, a call or a code.
 *
 * @param source - The source.
 * @param content - The message as written.
 * @param text - The message folded and Han-joined.
 * @param forSource - Whether a firm writing says it acts for the source.
 * @param aboutDealing - Whether the message names a dealing of the person's the topics read (a
 *   booking, an order, an appointment): a question about it asks nothing.
 * @returns Whether it asks nothing.
 */
function asksNothing(
  source: Pick<Source, 'name' | 'otherNames'>,
  content: string,
  text: string,
  forSource: boolean,
  aboutDealing: boolean,
): boolean {
  const plain = text.replace(/['\u2019]/gu, ' ');
  return (
    !PRICED.test(withoutRefunds(text)) &&
    (aboutDealing || !QUESTION.test(content)) &&
    !FORWARD_HEADER.test(content) &&
    !ERRAND_LURE.test(text) &&
    !PRIZE_LURE.test(text) &&
    !keywordOrKeyAsk(content) &&
    !introducesABusiness(plain, source) &&
    !signedByAnother(source, content) &&
    !offersRemedy(text, forSource)
  );
}

/**
 * Whether a message's last line writes the source's whole name ("Inspektor Ochrony Danych, Hotel
 * Europa", "Служба защиты данных, Hotel Europa"): it signs off as the source, whatever language
 * the lines above are in.
 */
function signsOffInFull(source: NamedSource & Partial<Pick<Source, 'category'>>, content: string): boolean {
  const last = content.trim().split(/\r?\n/u).at(-1) ?? '';
  if (last.length > 120) return false;
  const folded = joinHan(foldText(last));
  return sourceTraits(source).forms.some((form) => mentionsInFull(form, folded));
}

/**
 * Whether a message names the source in full and ends with a desk's sign-off (see
 * `deskSignOffStart`: "Saygılarımızla, Resepsiyon", "С уважением, служба приёма и размещения",
 * "Trân trọng, Lễ tân"): how a hotel's or shop's desk ends its texts in every language, the lines
 * above in any language.
 */
function signsOffAsDesk(source: NamedSource & Partial<Pick<Source, 'category'>>, content: string): boolean {
  if (deskSignOffStart(content) === undefined) return false;
  const text = joinHan(foldText(content));
  return sourceTraits(source).forms.some((form) => mentionsInFull(form, text));
}

/** The source's own service message in its staff's words (see {@link ownServiceMessage}). */
function staffMessage(
  source: Pick<Source, 'name' | 'otherNames' | 'category'> & LinkingSource,
  content: string,
  own: readonly string[],
  ownTopics: ReadonlySet<OwnServiceTopic>,
  requireName: boolean,
  sender: Sender = {},
): OwnServiceMessage | undefined {
  if (content.length < 8) return undefined;
  // A review of the person's dealing asked for on a review platform's own page (g.page,
  // Tripadvisor): no link elsewhere.
  if (REVIEW.test(foldText(content))) content = withoutReviewLinks(content);
  // An order's parcel followed on its carrier's own site (dhl.de, royalmail.com, sf-express.com):
  // no link elsewhere.
  if (topicsOf(joinHan(foldText(content))).includes('order')) content = withoutCarrierLinks(content);
  const text = joinHan(foldText(content));
  // Whether the writer speaks for the source about the person's dealing with it (its courier,
  // payment provider, booking engine, shop platform, review service, law firm): worked out only
  // when a test below would refuse the message otherwise.
  let principal: Principal | null | undefined = null;
  const speaking = (): Principal | undefined => {
    if (principal === null) principal = speaksFor(source, content, sender);
    return principal;
  };
  // The cheap tests first: most contacts are pitches, and fail here.
  // A law's citation ("Cal. Civ. Code 1798.110") asks for no code.
  // An answer naming its recipients ("our payment processor", 支付服务商) asks for no payment.
  // A ride to or from the airport ("your airport transfer", "Ihr Transfer vom Flughafen") is no
  // bank transfer.
  // An answer naming the recipients of the person's data (a payment processor, a car-loan
  // partner) asks for no payment and sells no loan.
  // A desk's sign-off ("Trân trọng, Lễ tân") signs; its words ask for nothing (tân is no TAN).
  const signOff = deskSignOffStart(content);
  const unlisted = withoutRecipients(signOff === undefined ? content : content.slice(0, signOff));
  // Money paid back to the person ("we've returned your £150 deposit", 押金已原路退回) asks for
  // no payment.
  // A receipt's record of how the person paid ("Payment method Visa - 4242") asks for no payment,
  // and a licence or card to bring to the counter is no card asked for.
  const asks = withoutDealingRecords(withoutRefunds(joinHan(foldText(unlisted))))
    .replace(LEGAL_CITATION, ' ')
    .replace(RECIPIENT_CATEGORIES, ' ')
    .replace(RIDE_TRANSFER, ' ');
  // A card to update in the payment provider's own app, in its own mail, is the provider's
  // errand (see `withoutOwnProviderCollection`), no card sent anywhere.
  if (
    CHAT_ASK.test(asks) ||
    SECRET_ASK.test(withoutOwnProviderCollection(asks, sender.from)) ||
    TURN_TO_ASK.test(asks)
  )
    return undefined;
  // A payment the person made to the source, its party named ("you sent a payment of €24.95 to
  // Tchibo Shop"): the dealing, not a payment asked for; so is its instalment asked through the
  // provider's own app ("payment for your ASOS order is due, pay in the Klarna app").
  const collected = withoutProviderCollection(asks, sender.from);
  if (
    hasWord(asks, HARD_ASKS) &&
    (hasWord(withoutDealingWords(collected), HARD_ASKS) ||
      !(speaking() && (collected !== asks || !hasWord(withoutDealings(asks, source), HARD_ASKS))))
  )
    return undefined;
  let topics = topicsOf(text);
  // A dealing its party names, in words the topics' lists do not hold ("Gracias por reservar en
  // Hotel Arts Barcelona"), or a review of it asked for the source.
  if (topics.length === 0 && speaking()?.about !== undefined) topics = [speaking()!.about!];
  // What it says of the person's dealing when no topic word does: ready to collect, confirmed,
  // paid, its newsletter ("i suoi occhiali sono pronti", "Plätze … sind bestätigt", 4월 뉴스레터).
  if (topics.length === 0) {
    const state = dealingState(text.replace(/['\u2019]/gu, ' ')) ?? dealingState(foldText(content));
    if (state !== undefined) topics = [state];
  }
  // With no dealing named, only a short greeting and self-introduction, or a short errand the
  // source signs, may be its own (below); longer, only one whose last line is the source's name,
  // or its desk in a message that names it in full.
  if (
    topics.length === 0 &&
    text.length > ERRAND_LENGTH &&
    !signsOffInFull(source, content) &&
    !signsOffAsDesk(source, content)
  )
    return undefined;
  // A link or an offer: the source's own only in a message that names it as itself (its online
  // check-in, its breakfast deal), and never through a shortener or to a bare IP address.
  // A link to the source's own declared site (www. or any subdomain of it) is no lure: only a
  // link elsewhere asks the person to go somewhere else.
  const links = linkTargets(source, content);
  const linksHome = links.onlyDeclared;
  const linkOrOffer =
    (!linksHome && hasWord(text, LINK_WORDS)) || hasWord(text, PITCH) || DISCOUNT.test(text);
  if (linkOrOffer && HIDDEN_LINK.test(content)) return undefined;
  // A link to a lookalike of the source's site, or to anybody else's: an impersonation's lure;
  // but a vendor writing for the source may link to its own site (see `sendersSite`).
  if (links.elsewhere && !(onlySendersSites(source, content, sender) && speaking())) return undefined;
  // Another number to call back than the sender's or the source's own: a personal mobile is an
  // impersonator's line; a landline or service number, in a message naming the source, its desk.
  // A signature block naming the source: its phone and fax lines are its desk's.
  const signature = signedBlock(source, content);
  let otherNumber = false;
  // Another number that is no parcel, order or booking reference (SF1234567890123, n° 6A…).
  let otherPhone = false;
  for (const m of numbersIn(content)) {
    const digits = m.digits;
    if (own.some((n) => sameNumber(n.replace(/\D/gu, ''), digits))) continue;
    // A line to ring that is no reference: the dealer's by the one rule of numbers
    // (`dealersLine`: any other number in a message raising money, security or an account
    // problem; else an unlabelled mobile, not the desk's, its driver's or the writer's own).
    if (
      (chineseMobile(m.plain) || !referenceNumber(content, m.index)) &&
      dealersLine({
        content,
        folded: asks,
        index: m.index,
        written: m.plain,
        from: sender.from,
        own,
        signatureAt: signature,
        regions: sender.regions,
      })
    )
      return undefined;
    if (signature !== undefined && m.index >= signature) continue;
    if (ownMobileAt(content, m.index, m.plain, sender.from)) continue;
    otherNumber = true;
    if (!referenceNumber(content, m.index)) otherPhone = true;
  }
  const traits = sourceTraits(source);
  const { industry, inTrade } = traits;
  let forms = traits.forms;
  // What the source deals in: its industry's topics and its own texts'; a named message of a
  // source of no known industry may be about anything a customer deals with.
  const deals = new Set<OwnServiceTopic>([...(industry ?? []), ...ownTopics]);
  const plain = text.replace(/['\u2019]/gu, ' ');
  // Named as itself by any of its names (希尔顿 for `Hilton Shanghai`): read by that name, the
  // writer is no other business; read by a name in another script, every business is another.
  // A phone opener asking for the person ("am I speaking with …?", "spreche ich mit …?") names
  // the person, not a business the writer is with.
  const readings = forms.map((form) => readName(text.replace(PHONE_OPENER, ' '), form));
  let named = readings.some((r) => r.self && !r.other);
  // Not named by any of its names: perhaps by its name in pinyin's characters (京东 for jingdong).
  if (!named) {
    const more = pinyinForms(source, text, forms[0]?.kinds);
    if (more.length > 0) {
      forms = [...forms, ...more];
      readings.push(...more.map((form) => readName(text.replace(PHONE_OPENER, ' '), form)));
      named = readings.some((r) => r.self && !r.other);
    }
  }
  // Named as the party a writer acts for, or of the person's dealing (its courier's, payment
  // provider's, booking engine's, review service's, law firm's message): the source's own, with
  // no number to ring, offer or discount beside it (a vendor writing for it sells nothing). One
  // that offers something is read on by the other rules: a law firm's answer to a request with
  // its client's goodwill voucher is the request's (below), a vendor's pitch is refused there.
  let onBehalf = false;
  if (!named && speaking() !== undefined && !otherPhone && !hasWord(text, PITCH) && !DISCOUNT.test(text)) {
    named = true;
    onBehalf = true;
  }
  if (!named && readings.some((r) => r.other)) return undefined;
  // A renamed business names itself by its former name, the source's.
  if (!named && forms.length > 0) {
    const former = RENAMED.exec(text)?.[1];
    if (former !== undefined && namesSource(source, former)) named = true;
  }
  // Thanking the person for booking with it or choosing it ("thank you for booking with Sunrise
  // Realty", "vielen Dank für Ihre Buchung im Hotel Sonnenhof", 感谢您选择天润商城, みどり歯科をご予約
  // いただき): the source as the host, in a message that sells, prices and links to nothing else.
  // A booking made through the source, confirmed by its partner ("your reservation at Hotel
  // Regina made through Booking.com", "Ihre Buchung über Booking.com", 您通过携程预订的): the
  // platform's booking, shared with the hotel for what it is for.
  if (!named && !linkOrOffer && !otherNumber && !PRICED.test(withoutRefunds(text)))
    named = forms.some((form) => thanksAsHost(text, form) || bookedThrough(text, form));
  // Signed with its name in a signature block (name, title, the source, its address and phone
  // on lines of their own): its clerk's mail from her own mailbox. Only a message that sells and
  // prices nothing and gives no other number: a dealer copying the block to its pitch does both.
  // Its site on a line of the block is no lure (a link elsewhere was refused above).
  if (!named && signature !== undefined && !otherNumber) {
    const body = content.slice(0, signature);
    const folded = joinHan(foldText(body));
    named =
      !(!linkTargets(source, body).onlyDeclared && hasWord(folded, LINK_WORDS)) &&
      !hasWord(folded, PITCH) &&
      !DISCOUNT.test(folded) &&
      !PRICED.test(withoutRefunds(folded));
  }
  // A law firm writing for the source as its client ("we act for Whitfield Motors Ltd", "wir
  // vertreten die Autohaus Becker GmbH", 受上海和平饭店委托) is its counsel answering for it.
  // A business writing on its behalf (`speaksFor`) is one too.
  const forSource =
    onBehalf ||
    representedClients(content).some((client) =>
      forms.some((form) => mentionsInFull(form, joinHan(foldText(client)))),
    );
  if (topics.includes('data-request')) {
    // A remedy sold (compensation, a claim, a law firm) or another number to ring about the
    // request: a third party's pitch, never the source's answer (see `offersRemedy`).
    if (offersRemedy(text, forSource) || (onBehalf ? otherPhone : otherNumber)) return undefined;
    // A pitch (an offer, a price, a call to buy) is never an answer to a request, whatever it
    // cites ("following your request", "your personal data").
    if (pitchesToRequester(text)) return undefined;
    // An answer to the person's request about their data names its controller in full anywhere
    // ("Seguros Alianza le informa", "平安好车险现答复"): that is how the law has it answer.
    if (!named) named = forms.some((form) => mentionsInFull(form, text));
  }
  // Season's greetings or birthday wishes from the source ("frohe Weihnachten … wünscht Ihnen Ihr
  // Hotel Adlon", "happy birthday from all of us at …", 上海希尔顿酒店祝您新春快乐) name it anywhere.
  if (!named && !linkOrOffer && !otherNumber && WISHES.test(plain))
    named = forms.some((form) => mentionsInFull(form, text));
  // Any other message that writes the source's name as its staff write it ("Ihr Adlon-Team",
  // "zespół Hotelu Bristol", "Aufenthalt im Hotel Bayerischer Hof", ユニクロ銀座です) and asks,
  // sells and offers nothing, in whatever language: its own errand (see `asksNothing`).
  // A reply or a forward is read by its writer's own words (`staffReply`), never by a quote's.
  if (
    !named &&
    !linkOrOffer &&
    !otherNumber &&
    quotedReply(content).quoted.trim() === '' &&
    asksNothing(source, content, text, forSource, topics.length > 0)
  )
    named = forms.some((form) => writesName(form, text));
  if (!named && (linkOrOffer || otherNumber)) return undefined;
  // A speaker introducing themselves as another business, not for the source as its vendor or
  // counsel: the source's name in the message is a mention, however it reads.
  if (named && !onBehalf && !forSource && introducesAnotherPlainly(plain, source)) return undefined;
  // A notice not naming the source as itself that names another business as the place of the
  // dealing ("your check-up at Smile Pharmacy" to Smile Dental's canary) is that business's.
  if (
    !readings.some((r) => r.self) &&
    !onBehalf &&
    !forSource &&
    namesAnotherPlace(source, plain) !== undefined
  )
    return undefined;
  if (
    !named &&
    (requireName ||
      introducesABusiness(plain, source) ||
      signedByAnother(source, content) ||
      !(STAFF_ZH.test(text) || STAFF_EN.test(plain) || NOTICE.test(plain) || STAFF_JA_KO.test(text)))
  )
    return undefined;
  // A message naming the source as itself may be about any of a customer's dealings (a gym's
  // merchandise order, a utility's appointment); one that does not name it must be about what
  // its kind of business deals in.
  // A notice saying "our shop" (您在本店的预约, "at our store") of a source whose kind of business
  // is unknown refers to the writer's own business: about anything a customer deals with.
  const ownShop = deals.size === 0 && OUR_SHOP.test(plain);
  // Every controller answers requests about the person's data, whatever its trade.
  // A call that only greets the person and introduces its writer as the source's staff ("もしもし、
  // …様でいらっしゃいますか。さくら不動産の山田です", "여보세요, …님 되시죠? 한빛부동산 김 실장입니다"): the
  // source's own call, its errand unsaid; an impersonator's call goes on to what it came for.
  const plainNamed = named && !linkOrOffer && !otherNumber && forms.length > 0;
  const about =
    topics.length === 0
      ? plainNamed && text.length <= INTRODUCTION_LENGTH && forms.some((form) => endsIntroducing(text, form))
        ? 'introduction'
        : plainNamed &&
            !PRICED.test(withoutRefunds(text)) &&
            !ERRAND_LURE.test(text) &&
            !QUESTION.test(content) &&
            // A remedy sold (compensation, a class action, a claims firm not writing for the
            // source), as `asksNothing` refuses it in a message that does not name the source.
            !offersRemedy(text, forSource) &&
            // A loan, an investment or crypto, in a message no topic list reads: the pitch a
            // dealer signs with the source's name, unless lending is the source's trade.
            !(offersMoney(content, withoutNames(text, forms)) && !inTrade.has('loans'))
          ? 'errand'
          : undefined
      : ((topics.includes('data-request') ? 'data-request' : topics.find((t) => deals.has(t))) ??
        (named ? topics[0] : ownShop ? topics.find((t) => t !== 'catalogue') : undefined));
  if (about === undefined || PRIZE_LURE.test(text)) return undefined;
  // The words of the source's own name say nothing of what the message claims or sells ("tax" of
  // Familia Tax Services is no customs tax, "fitness" of Kraftwerk Fitness no gym pitched).
  const unnamed = withoutNames(text, forms);
  // A parcel held at customs, lost or to be compensated: a fake courier's claim, whoever it names.
  // A payment service's name (微信支付) is no chat account to add.
  // A payment provider's own reminder of the order's instalment, to be paid in its own app (see
  // `withoutOwnProviderCollection`), speaks of the instalment: its late fee, a charge that failed,
  // "overdue" and "pay now" claim nothing of a parcel and raise no fraud pattern.
  const read = joinHan(foldText(unlisted));
  const scored = speaking() === undefined ? read : withoutOwnProviderCollection(read, sender.from);
  const providerReminder = scored !== read && !aboutParcel(unnamed);
  if (about === 'order' && !providerReminder && parcelScamClaim(withoutPaymentRecords(unnamed)))
    return undefined;
  // Last, as the costliest: no fraud cue, and no pitch on a topic of a trade the source is not in
  // (a loan from a hotel or an insurer).
  const scores = topicScores([withoutNames(scored, forms)]);
  if ((scores.find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD) return undefined;
  if (scores.some(([t, score]) => SALES_TOPICS.has(t) && score >= MIN_TOPIC_SCORE && !inTrade.has(t)))
    return undefined;
  return { about, named };
}

/** Who sent a contact, as far as a vendor's message for the source is read (see {@link speaksFor}). */
export interface Sender {
  /** An address, a number or an alphanumeric sender ID. */
  readonly from?: string | undefined;
  /** A mail's display name. */
  readonly fromName?: string | undefined;
  /**
   * Countries (ISO 3166-1 alpha-2) a number written nationally in the text may be dialled from
   * besides the sender's: the person's (where she would ring it) and the tracer's default.
   */
  readonly regions?: readonly (string | undefined)[] | undefined;
}

/** A writer speaking for the source: what the dealing it names is about, when it says. */
interface Principal {
  readonly about?: OwnServiceTopic | undefined;
}

/**
 * Whether a phrase opens with the source's name as a party of a dealing: its name read as in an
 * introduction (`sameBusinessEn`), its name written as one word as a shop platform writes a
 * shop's handle ("WildflowerPotteryStudio"), or, in Chinese, its whole name.
 */
function namesAsParty(phrase: string, form: NameForm): boolean {
  if (!form.latin) return mentionsInFull(form, phrase);
  // The party is named by the name's first distinctive word at least ("SunPeak", not "solar" of
  // SunPeak Solar Estimates: "your electric bill with solar" names no business).
  const distinctive = [...form.coreWords][0];
  const opening = wordsOf(phrase)
    .slice(0, form.words.size + 2)
    .map((w) => nameWord(w, form));
  if (sameBusinessEn(phrase, form) === true && (distinctive === undefined || opening.includes(distinctive)))
    return true;
  const first = /^\s*([a-z0-9]+)/u.exec(phrase)?.[1];
  return form.words.size > 1 && first === [...form.words].join('');
}

/**
 * Whether the writer speaks for the source about the person's dealing with it, and what that
 * dealing is about:
 * - a dealing whose party is the source ("your payment of €24.95 to Tchibo Shop", "Ihre
 *   Zalando-Sendung", "votre colis Galeries Lafayette", 您的小米商城订单; see `dealingsWith`);
 * - a writer acting for it ("sent by Trustpilot on behalf of Lumen Homeware", "pour le compte de",
 *   "en qualité de conseil de la société …", 受…委托; see `representedClients`), in mail only;
 * - a mail whose display name holds the source's whole name ("Kaffeerösterei Hamburg" from a
 *   shop platform's address, "Sophie (Cyclable Paris 11)" from its help desk's), about a dealing.
 * The caller still applies every other test of an own message: this only says who the message
 * is for, never that it asks for nothing.
 *
 * @returns The principal found, or `undefined` when the message speaks for nobody it names.
 */
function speaksFor(
  source: NamedSource & Partial<Pick<Source, 'category'>>,
  content: string,
  sender: Sender,
): Principal | undefined {
  const traits = sourceTraits(source);
  if (traits.forms.length === 0) return undefined;
  const display = sender.fromName === undefined ? '' : joinHan(foldText(sender.fromName));
  const byDisplay = display !== '' && traits.forms.some((form) => mentionsInFull(form, display));
  // Most contacts are pitches that name no dealing and act for nobody: they stop here.
  if (!byDisplay && !maySpeakFor(foldText(content))) return undefined;
  // The writer's own words: a quoted confirmation is the source's, not the writer's dealing.
  const written = quotedReply(content).own;
  const text = joinHan(foldText(written));
  const plain = text.replace(/['\u2019]/gu, ' ');
  // Latin words read with their hyphens ("Zalando-Sendung" is the name and a dealing).
  const hyphened = foldText(written).replace(/['\u2019]/gu, ' ');
  const parties = providerOfSender(sender.from) === undefined ? undefined : PROVIDER_PARTIES;
  for (const form of traits.forms) {
    if (form.latin) {
      const found = dealingsWith(hyphened, (phrase) => namesAsParty(phrase, form), parties)[0];
      if (found !== undefined) return { about: found.about };
      continue;
    }
    const bareText = plain.replace(/[^\p{L}\p{N}]+/gu, '');
    for (const name of new Set([form.full, form.core])) {
      if (name.length < 2) continue;
      for (let at = bareText.indexOf(name); at !== -1; at = bareText.indexOf(name, at + 1)) {
        const about = hanDealingAfter(
          bareText.slice(Math.max(0, at - 4), at),
          bareText.slice(at + name.length),
        );
        if (about !== undefined) return { about };
      }
    }
  }
  // A review of the dealing: of the stay at a business that only books, else of the purchase.
  const reviewed = traits.industry?.has('booking') && !traits.industry.has('order') ? 'booking' : 'order';
  const about = topicsOf(text)[0] ?? (REVIEW.test(plain) ? reviewed : undefined);
  // A claim of acting for the source ("im Auftrag von", "on behalf of") is a firm's in writing:
  // on a call or a text from a plain number it is the survey and data-harvesting pretext, which
  // anyone may speak.
  const mailbox = sender.from?.includes('@') === true;
  const forSource =
    mailbox &&
    representedClients(written).some((client) =>
      traits.forms.some((form) => namesAsParty(joinHan(foldText(client)), form)),
    );
  if (forSource) return { about };
  return about !== undefined && byDisplay ? { about } : undefined;
}

/** A folded text with the words of each dealing whose party is the source blanked out. */
function withoutDealings(text: string, source: NamedSource & Partial<Pick<Source, 'category'>>): string {
  let out = text;
  for (const form of sourceTraits(source).forms) {
    if (!form.latin) continue;
    for (const d of dealingsWith(out, (phrase) => namesAsParty(phrase, form)))
      out = `${out.slice(0, d.start)}${' '.repeat(d.end - d.start)}${out.slice(d.end)}`;
  }
  return out;
}

/**
 * Whether every site a message links to that is not the source's is its sender's own. A sender
 * whose own domain passes as the source's site (`lookalikeOf`: adlon-buchung.com writing for
 * Hotel Adlon Kempinski) is no vendor with a site of its own: a phisher registers exactly that.
 */
function onlySendersSites(source: LinkingSource, content: string, sender: Sender): boolean {
  const own = (host: string) => sendersSite(host, sender.from) && !lookalikeOf(source, host.toLowerCase());
  // A link to the sender's site is read whole: its path ("privatkunden.html") is no other site.
  const rest = content.replace(/https?:\/\/([^/\s?#]+)\S*/giu, (link, host: string) =>
    own(host) ? ' ' : link,
  );
  return linkedDomains(rest)
    .filter((domain) => linksElsewhere(source, domain))
    .every(own);
}
