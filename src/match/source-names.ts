/**
 * The names a source goes by. People add a source by the name they know it by, often in another
 * script than the one its staff write: `Hilton Shanghai` for the hotel whose front desk says
 * 我是希尔顿酒店前台 and whose texts are signed 【上海希尔顿】, or 上海希尔顿酒店 for the one whose
 * English mail says "the front desk of Hilton Shanghai". A source's names are its name, the other
 * names the user gave it (`otherNames`), and the other spellings of a well-known brand any of
 * those hold ({@link WELL_KNOWN_BRANDS}).
 */
import { foldText } from './normalize-text.js';
import {
  FUNCTION_WORDS,
  LEGAL_WORDS_EN,
  LEGAL_WORDS_ZH,
  PLACES_EN,
  PLACES_ZH,
  TYPE_WORDS_EN,
  TYPE_WORDS_ZH,
} from './own-service-phrases.js';

/** A source as far as its names go. */
export interface NamedSource {
  /** The name it was added by. */
  readonly name: string;
  /** Other names it goes by (its name in another script, its brand). */
  readonly otherNames?: readonly string[] | undefined;
  /** Its kind of business as the user wrote it (`car dealer`, `hotel`), if given. */
  readonly category?: string;
}

/**
 * Well-known brands' names in Latin letters, Chinese, Japanese and Korean: each row one brand, as
 * it writes itself on its own sites and signs in those markets (hilton.com.cn 希尔顿, hilton.com
 * ja ヒルトン, ko 힐튼; marriott.com.cn 万豪; ihg.com 洲际; shangri-la.com 香格里拉; ikea.cn 宜家;
 * starbucks.com.cn 星巴克; lottehotel.com 乐天/ロッテ/롯데; hotelokura.co.jp 大仓/オークラ; …).
 * Brands whose name in a script is an everyday word there are left out (Four Seasons 四季, Holiday
 * Inn 假日, Apple 苹果, Samsung 三星 "three-star", Volkswagen 大众 "the public"): a sender writing
 * that word names nobody.
 */
export const WELL_KNOWN_BRANDS: readonly (readonly string[])[] = [
  ['Hilton', '希尔顿', '希爾頓', 'ヒルトン', '힐튼'],
  ['Conrad', '康莱德', 'コンラッド', '콘래드'],
  ['Waldorf Astoria', '华尔道夫', 'ウォルドーフ・アストリア', '월도프 아스토리아'],
  ['Marriott', '万豪', '萬豪', 'マリオット', '메리어트'],
  ['Sheraton', '喜来登', '喜來登', 'シェラトン', '쉐라톤'],
  ['Westin', '威斯汀', 'ウェスティン', '웨스틴'],
  ['St. Regis', '瑞吉', 'セントレジス', '세인트 레지스'],
  ['Ritz-Carlton', '丽思卡尔顿', '麗思卡爾頓', 'リッツ・カールトン', '리츠칼튼'],
  ['InterContinental', '洲际', '洲際', 'インターコンチネンタル', '인터컨티넨탈'],
  ['Crowne Plaza', '皇冠假日', 'クラウンプラザ', '크라운플라자'],
  ['Hyatt', '凯悦', '凱悅', 'ハイアット', '하얏트'],
  ['Shangri-La', '香格里拉', 'シャングリ・ラ', '샹그릴라'],
  ['Mandarin Oriental', '文华东方', '文華東方', 'マンダリン オリエンタル', '만다린 오리엔탈'],
  ['Kempinski', '凯宾斯基', '凱賓斯基', 'ケンピンスキー', '켐핀스키'],
  ['Sofitel', '索菲特', 'ソフィテル', '소피텔'],
  ['Novotel', '诺富特', 'ノボテル', '노보텔'],
  ['Pullman', '铂尔曼', 'プルマン', '풀만'],
  ['Wyndham', '温德姆', 'ウィンダム', '윈덤'],
  ['Radisson', '丽笙', 'ラディソン', '래디슨'],
  ['Lotte', '乐天', '樂天', 'ロッテ', '롯데'],
  ['Coupang', '쿠팡'],
  ['E-Mart', '이마트'],
  ['Olive Young', '올리브영'],
  ['Seven-Eleven', '7-Eleven', 'セブン-イレブン', '세븐일레븐'],
  ['JD.com', '京东', '京東'],
  ['Okura', '大仓', '大倉', 'オークラ', '오쿠라'],
  ['IKEA', '宜家', 'イケア', '이케아'],
  ['Starbucks', '星巴克', 'スターバックス', '스타벅스'],
  ["McDonald's", '麦当劳', '麥當勞', 'マクドナルド', '맥도날드'],
  ['KFC', '肯德基', 'ケンタッキー'],
  ['Uniqlo', '优衣库', '優衣庫', 'ユニクロ', '유니클로'],
  ['Nike', '耐克', 'ナイキ', '나이키'],
  ['Adidas', '阿迪达斯', 'アディダス', '아디다스'],
  ['Decathlon', '迪卡侬', 'デカトロン', '데카트론'],
  ['Sephora', '丝芙兰', 'セフォラ', '세포라'],
  ['Walmart', '沃尔玛', 'ウォルマート', '월마트'],
  ['Costco', '开市客', 'コストコ', '코스트코'],
  ['Carrefour', '家乐福', 'カルフール', '까르푸'],
  ['Amazon', '亚马逊', 'アマゾン', '아마존'],
  ['Airbnb', '爱彼迎', 'エアビーアンドビー', '에어비앤비'],
  ['Expedia', '亿客行', 'エクスペディア', '익스피디아'],
  ['Trip.com', 'Ctrip', '携程'],
  ['Lufthansa', '汉莎', 'ルフトハンザ', '루프트한자'],
  ['Mercedes-Benz', '奔驰', 'メルセデス・ベンツ', '벤츠'],
  ['BMW', '宝马', '寶馬'],
  ['Audi', '奥迪', 'アウディ', '아우디'],
  ['Toyota', '丰田', '豐田', 'トヨタ', '도요타'],
  ['Honda', '本田', 'ホンダ', '혼다'],
  ['Tesla', '特斯拉', 'テスラ', '테슬라'],
];

/**
 * The trade of each brand of {@link WELL_KNOWN_BRANDS}, by the brand's first spelling, in the
 * words a source's category is written with (hotel, shop, restaurant, travel, airline, car
 * dealer, furniture): its staff write the brand with its kind of business after it (希尔顿酒店,
 * 【宜家家居】, 优衣库旗舰店), which for a source added as `Hilton Shanghai` says no other business.
 * The trades are the brands' own (their sites' "about" pages).
 */
const BRAND_TRADES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      'Hilton',
      'Conrad',
      'Waldorf Astoria',
      'Marriott',
      'Sheraton',
      'Westin',
      'St. Regis',
      'Ritz-Carlton',
      'InterContinental',
      'Crowne Plaza',
      'Hyatt',
      'Shangri-La',
      'Mandarin Oriental',
      'Kempinski',
      'Sofitel',
      'Novotel',
      'Pullman',
      'Wyndham',
      'Radisson',
      'Okura',
    ].map((brand) => [brand, 'hotel']),
  ),
  ...Object.fromEntries(
    [
      'Coupang',
      'E-Mart',
      'Olive Young',
      'Seven-Eleven',
      'JD.com',
      'Uniqlo',
      'Nike',
      'Adidas',
      'Decathlon',
      'Sephora',
      'Walmart',
      'Costco',
      'Carrefour',
      'Amazon',
    ].map((brand) => [brand, 'shop']),
  ),
  ...Object.fromEntries(
    ['Mercedes-Benz', 'BMW', 'Audi', 'Toyota', 'Honda', 'Tesla'].map((brand) => [brand, 'car dealer']),
  ),
  Lotte: 'hotel shop',
  IKEA: 'furniture shop',
  Starbucks: 'cafe restaurant',
  "McDonald's": 'restaurant',
  KFC: 'restaurant',
  Airbnb: 'travel',
  Expedia: 'travel',
  'Trip.com': 'travel',
  Lufthansa: 'airline',
};

const isLatinName = (text: string): boolean => /^[\p{Script=Latin}\d\s&'.-]+$/u.test(text);
/** A Latin name as its folded words, space-separated and padded (` ritz carlton `). */
const latinWords = (text: string): string =>
  ` ${foldText(text)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()} `;
/** Letters and digits only, folded. */
const bareFold = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a name holds a brand's spelling: Latin as whole words, others anywhere. */
function holds(name: string, spelling: string): boolean {
  if (isLatinName(spelling)) return isLatinName(name) && latinWords(name).includes(latinWords(spelling));
  const bare = bareFold(spelling);
  return bare.length >= 2 && bareFold(name).includes(bare);
}

/**
 * Words of a name that say the business sells and services some maker's cars under a franchise:
 * a dealer (`dealer`, `dealership`, `Motors`, `Autohaus`, `Vertragshändler`, `concessionnaire`,
 * `concesionario`, `concessionaria`), 4S店 and 经销商 (China's franchised dealers), 販売店 and
 * ディーラー (Japan's), 대리점 and 딜러 (Korea's). Folded as {@link foldText} folds.
 */
const DEALER_WORDS = new Set(
  'dealer dealers dealership dealerships motors autohaus handler haendler vertragshandler vertragshaendler autohandler concessionnaire concessionnaires concesionario concesionaria concessionaria concessionario'.split(
    ' ',
  ),
);
const DEALER_WORDS_CJK = [
  '4s店',
  '4s',
  '经销商',
  '经销',
  '特约',
  '販売店',
  'ディーラー',
  '대리점',
  '딜러',
].map(foldText);

/**
 * Words that say a business is the maker's own branch, not which business: `Niederlassung` (a
 * German maker's own branch), `branch`, `flagship`, `showroom`, `official`, `center`; 直营, 旗舰,
 * 官方, 体验中心, 展厅; 전시장. With places, kinds of business and legal forms they leave no word of
 * an owner in `BMW Niederlassung München` or `Tesla 上海体验中心`.
 */
const BRANCH_WORDS = new Set(
  'niederlassung branch flagship showroom official center centre experience'.split(' '),
);
const BRANCH_WORDS_CJK = [
  '直营店',
  '直营',
  '旗舰',
  '官方',
  '体验中心',
  '体验店',
  '展厅',
  '中心',
  '전시장',
].map(foldText);

/** What stays of a Chinese, Japanese or Korean name once every listed word is taken out, longest first. */
const withoutWords = (text: string, words: readonly string[]): string => {
  let rest = text;
  for (const w of [...words].sort((x, y) => y.length - x.length)) rest = rest.replaceAll(w, '');
  return rest;
};

/** Words of a category that say the source deals in cars, folded: "car dealer", Autohaus, 汽车4S店. */
const CAR_TRADE_WORDS = [
  ...'car auto motor vehic dealer garage kfz voiture coche macchin'.split(' '),
  ...['汽车', '车', '4s', '自動車', 'ディーラー', '자동차', '딜러'].map(foldText),
];

/**
 * Whether a category says the source deals in cars, or says nothing (none given, or the default
 * `other`), so the trade of the brands its name holds stands.
 */
const dealsInCars = (category: string | undefined): boolean => {
  const folded = foldText(category ?? '').trim();
  return folded === '' || folded === 'other' || CAR_TRADE_WORDS.some((w) => folded.includes(w));
};

/**
 * Whether one of a source's given names is a franchised dealer's: the make it sells plus a dealer
 * word (`Autohaus Müller BMW`, 上海宝马4S店), or plus a word of its owner's or its own place's
 * name that is no listed place, kind of business, legal form or branch word (`Stevens Creek
 * Toyota`, 上海永达宝马4S店, `Sytner BMW`, `Toyota of Orlando`). `Toyota Shanghai` and `BMW
 * Niederlassung München` are the make plus places and branch words: the maker's own branch.
 */
function dealerName(name: string, spellings: readonly string[]): boolean {
  if (isLatinName(name)) {
    const brandWords = new Set(spellings.filter(isLatinName).flatMap((b) => latinWords(b).trim().split(' ')));
    const words = latinWords(name).trim().split(' ');
    if (words.some((w) => DEALER_WORDS.has(w))) return true;
    return words.some(
      (w) =>
        w.length > 0 &&
        !brandWords.has(w) &&
        !LEGAL_WORDS_EN.has(w) &&
        !FUNCTION_WORDS.has(w) &&
        !TYPE_WORDS_EN.has(w) &&
        !PLACES_EN.has(w) &&
        !BRANCH_WORDS.has(w) &&
        w !== 'by',
    );
  }
  const folded = bareFold(name);
  const withoutBrands = withoutWords(folded, spellings.map(bareFold));
  if (DEALER_WORDS_CJK.some((w) => withoutBrands.includes(w))) return true;
  // Latin words of a mixed name (`BMW 上海永达4S店`) are read as the Latin rule reads them.
  const rest = withoutWords(withoutBrands, [
    ...TYPE_WORDS_ZH,
    ...PLACES_ZH,
    ...LEGAL_WORDS_ZH,
    ...BRANCH_WORDS_CJK,
    ...[...PLACES_EN, ...TYPE_WORDS_EN, ...BRANCH_WORDS].filter((w) => w.length >= 3),
  ]);
  return rest.length >= 2;
}

/**
 * Whether a brand row is the goods a source sells, not a name it goes by: the row is a car make
 * ({@link BRAND_TRADES}), the source deals in cars (by its category, or has none), and every given
 * name holding the make is a franchised dealer's ({@link dealerName}). The make names the car,
 * which every message about it writes (the extended-warranty scam first of all), while the
 * dealer is its own business; a name the user gave that is the make's own (`Toyota`, `Toyota
 * Shanghai`) keeps it. Hotels keep their chain's names: a franchised hotel trades and signs as
 * the chain (`Hilton Shanghai` is 希尔顿).
 */
function soldGoods(source: NamedSource, row: readonly string[]): boolean {
  if (BRAND_TRADES[row[0]!] !== 'car dealer' || !dealsInCars(source.category)) return false;
  const holding = [source.name, ...(source.otherNames ?? [])].filter((name) =>
    row.some((spelling) => holds(name, spelling)),
  );
  return holding.length > 0 && holding.every((name) => dealerName(name, row));
}

/** The well-known brands' rows any of a source's given names hold. */
const heldBrands = (source: NamedSource): (readonly string[])[] => {
  const given = [source.name, ...(source.otherNames ?? [])];
  return WELL_KNOWN_BRANDS.filter((row) =>
    row.some((spelling) => given.some((name) => holds(name, spelling))),
  );
};

/**
 * The trades of the well-known brands a source's names hold ({@link BRAND_TRADES}), as words a
 * category is written with: `hotel` for `Hilton Shanghai`, `furniture shop` for IKEA.
 *
 * @param source - The source's name and other names.
 * @returns The trade words, space-separated; empty when it holds no well-known brand.
 */
export function brandTrades(source: NamedSource): string {
  return heldBrands(source)
    .map((row) => BRAND_TRADES[row[0]!] ?? '')
    .join(' ')
    .trim();
}

/**
 * Banking groups whose members each carry the group's word with their own place or name
 * ("Sparkasse KölnBonn", "Stadtsparkasse München", "Hamburger Sparkasse", "Volksbank
 * Mittelhessen", "Berliner Volksbank") and text as the group ("Sparkasse: Ihr Kontoauszug …"):
 * the Sparkassen-Finanzgruppe (DSGV) and the Volksbanken Raiffeisenbanken (BVR), whose members
 * share the brand by statute. Listed are only groups whose word is also a kind of business in the
 * name rules (`TYPE_WORDS_EN`), which would otherwise never read it as a name; the word may end a
 * compound (Kreissparkasse, Stadtsparkasse). Folded spellings.
 */
const BANKING_GROUPS: readonly (readonly [group: string, member: RegExp])[] = [
  ['Sparkasse', /sparkasse(?![a-z])/u],
  ['Volksbank', /volksbank(?![a-z])/u],
];

/**
 * The banking group a member's name says it belongs to ({@link BANKING_GROUPS}): `Sparkasse`
 * for "Kreissparkasse Köln"; none for the group's bare word, which names no member.
 */
function bankingGroupOf(name: string): string[] {
  const folded = foldText(name).trim();
  return BANKING_GROUPS.filter(([group, member]) => member.test(folded) && folded !== foldText(group)).map(
    ([group]) => group,
  );
}

/**
 * Whether a name is a banking group's word ({@link BANKING_GROUPS}): a name of the source though
 * the name rules read it as a kind of business, since only the group's members sign with it.
 *
 * @param name - One of the names {@link sourceNames} returns.
 * @returns Whether it is a banking group's word.
 */
export function isBankingGroup(name: string): boolean {
  const folded = foldText(name).trim();
  return BANKING_GROUPS.some(([group]) => foldText(group) === folded);
}

const namesCache = new Map<string, readonly string[]>();

/**
 * A national arm's country, written after its group's initialism ("HSBC UK", "BMW Deutschland",
 * "AXA France", "ING Belgique", "O2 UK"): ISO 3166 short names and codes in English and the
 * country's language. "US", "AT", "IT", "IN" and "BE" are left out: they are English words too.
 */
const COUNTRY_AFTER_BRAND = new Set(
  'uk gb usa england scotland wales ireland deutschland germany de osterreich austria schweiz suisse ch france fr espana spain es italia italy nederland netherlands nl belgie belgique polska pl portugal pt canada ca australia au japan jp china cn india singapore sg'.split(
    ' ',
  ),
);

/**
 * The group's initialism a national arm's name opens with, which its texts sign with alone
 * ("HSBC: your code is …" from HSBC UK): a name of two words, an initialism in capitals (two to
 * six letters or digits, at least one a letter) and a country. A word written as a word ("Air
 * France") is left whole: "Air" alone names no business.
 */
function brandWithoutCountry(name: string): string[] {
  const m = /^\s*([A-Z0-9&]{2,6})\s+(\p{L}+)\s*$/u.exec(name);
  if (m === null || !/[A-Z]/u.test(m[1]!)) return [];
  return COUNTRY_AFTER_BRAND.has(foldText(m[2]!)) ? [m[1]!] : [];
}

/** The words joining the two halves of a name its initialism writes with "&" (and, und, et, y, e, en). */
const AMPERSAND_WORDS = new Set(['&', 'and', 'und', 'et', 'y', 'e', 'en']);

/** The most initials on either side of an initialism's "&" (`written-name.ts` reads up to three as one word). */
const MAX_INITIALS = 3;

/**
 * The ampersand initialism a name of two halves joined by "and" or "&" is written by: each half's
 * words' first letters, the halves joined by "&" ("PG&E" for Pacific Gas and Electric Company,
 * "AT&T" for American Telephone and Telegraph, "M&S" for Marks and Spencer, "P&G" for Procter &
 * Gamble, "D&G" for Dolce e Gabbana). A leading article and the legal form at the end are no part
 * of it; a half of more than three words has none. A name of kind, place and legal words only
 * ("Bed and Breakfast") has none: every business of the kind writes it. An initialism without the
 * "&" ("RBS" for Royal Bank of Scotland) is not derived: texts are read without their capitals,
 * and three letters are as often an everyday abbreviation (SMS for Sunset Medical Services, GPS,
 * PDF, Mrs) as a name; it is given as one of the source's other names. Nor is an initialism that
 * is itself an everyday abbreviation ({@link EVERYDAY_AMPERSAND}: A&E for Acme and Eagle, B&B,
 * Q&A, R&D): a third party writes it of its own errand ("went to A&E after an accident?") far
 * more often than a business signs with it; a business that does is given it as an other name.
 */
function ampersandInitialism(name: string): string[] {
  if (!isLatinName(name)) return [];
  const words = foldText(name)
    .replace(/&/gu, ' & ')
    .split(/[\s.,]+/u)
    .filter((w) => w.length > 0);
  while (words.length > 0 && LEGAL_WORDS_EN.has(words.at(-1)!)) words.pop();
  if (LEADING_ARTICLES.has(words[0] ?? '')) words.shift();
  const joins = words.flatMap((w, i) => (AMPERSAND_WORDS.has(w) ? [i] : []));
  if (joins.length !== 1) return [];
  const at = joins[0]!;
  // Each half's words but its joining ones ("of" in Bank of …).
  const halves = [words.slice(0, at), words.slice(at + 1)].map((h) =>
    h.filter((w) => !FUNCTION_WORDS.has(w)),
  );
  if (halves.some((h) => h.length === 0 || h.length > MAX_INITIALS || h.some((w) => !/^[a-z]/u.test(w))))
    return [];
  const distinctive = halves
    .flat()
    .some((w) => !TYPE_WORDS_EN.has(w) && !PLACES_EN.has(w) && !LEGAL_WORDS_EN.has(w));
  if (!distinctive) return [];
  const initialism = halves.map((h) => h.map((w) => w[0]!.toUpperCase()).join('')).join('&');
  return EVERYDAY_AMPERSAND.has(initialism) ? [] : [initialism];
}

/**
 * Ampersand abbreviations English dictionaries list as common words, not as any one business's
 * name (Oxford's and Collins's entries; Merriam-Webster's for the American ones): A&E (accident
 * and emergency), A&R, B&B, B&W, C&W, E&O, F&B, G&T, H&S, M&A, P&H, P&L, P&P (postage and
 * packing), Q&A, R&B, R&D, R&R, S&H, S&L, T&C (terms and conditions).
 */
const EVERYDAY_AMPERSAND = new Set(
  'A&E A&R B&B B&W C&W E&O F&B G&T H&S M&A P&H P&L P&P Q&A R&B R&D R&R S&H S&L T&C'.split(' '),
);

/** Articles a name may open with, no part of its initialism ("The Procter and Gamble Company"). */
const LEADING_ARTICLES = new Set(['the', 'der', 'die', 'das', 'la', 'le', 'el', 'il', 'het', 'de']);

/**
 * Every name a source goes by: its name first, then the other names it was given, then the other
 * spellings of each well-known brand those hold ({@link WELL_KNOWN_BRANDS}: 希尔顿 and ヒルトン for
 * `Hilton Shanghai`, `Hilton` for 上海希尔顿酒店), except a car make a franchised dealer sells
 * (Toyota of `Stevens Creek Toyota`: see `soldGoods`), and the ampersand initialism of a name
 * joined by "and" (PG&E for Pacific Gas and Electric: see `ampersandInitialism`). This is the one list every rule comparing a
 * writer's words with the source's name reads (own service messages, signatures, quoted replies).
 *
 * @param source - The source's name, other names and category.
 * @returns The names, each once (by folded letters), the source's own name first.
 * @example
 * sourceNames({ name: 'Hilton Shanghai' }); // ['Hilton Shanghai', 'Hilton', '希尔顿', '希爾頓', 'ヒルトン', '힐튼']
 */
export function sourceNames(source: NamedSource): readonly string[] {
  const given = [source.name, ...(source.otherNames ?? [])];
  const key = `${given.join('\u0000')}\u0001${source.category ?? ''}`;
  let names = namesCache.get(key);
  if (names === undefined) {
    const all = [
      ...given,
      ...given.flatMap(brandWithoutCountry),
      ...given.flatMap(bankingGroupOf),
      ...given.flatMap(ampersandInitialism),
    ];
    for (const row of heldBrands(source)) if (!soldGoods(source, row)) all.push(...row);
    const seen = new Set<string>();
    names = all.filter((n) => {
      const k = bareFold(n);
      if (k.length === 0 || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (namesCache.size >= 10_000) namesCache.clear();
    namesCache.set(key, names);
  }
  return names;
}
