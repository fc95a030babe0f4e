/**
 * Public holidays a reply period does not end on. Civil Code art. 203 (China) and Regulation
 * (EEC, Euratom) No 1182/71 art. 3(4) (the GDPR's periods) both move a period whose last day is a
 * public holiday, as a weekend, to the next working day. The tables err late: a day listed as a
 * holiday that is a working day somewhere moves a deadline a day later than that place's law, never
 * earlier, so leaktrace never calls a reply late before it is.
 */

/**
 * Public holidays a reply period does not end on. Civil Code art. 203 (China) and Regulation
 * (EEC, Euratom) No 1182/71 art. 3(4) (the GDPR's periods; "the Member State … where the act is
 * to be done", i.e. the person's country) both move a period whose last day is a public holiday,
 * as a weekend, to the next working day. The tables err late: a day listed as a holiday that is a
 * working day in part of a country (one German Land's or Spanish region's holiday) moves a
 * deadline a day later than that part's law, never earlier; a country with no table of its own
 * gets a day of margin instead (see {@link HolidayCalendar.margin}).
 */

/**
 * A calendar of public holidays. Called with a `yyyy-MM-dd` day and the IANA zone the period is
 * counted in (which names the person's country), it answers `true` for a public holiday,
 * `'working'` for a weekend day made a working day (China's make-up working days, 调休), and
 * `false` otherwise.
 */
export interface HolidayCalendar {
  (day: string, zone?: string): boolean | 'working';
  /**
   * Whether the calendar does not know the public holidays of the place `zone` names, so a period
   * there ends one working day later than counted (its last day may be a holiday leaktrace has
   * no table for: a day late, never early).
   */
  readonly margin?: (zone: string) => boolean;
}

const range = (year: number, month: number, from: number, to: number): string[] =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(from + i).padStart(2, '0')}`,
  );

const DAY_MS = 86_400_000;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const shift = (day: string, days: number): string =>
  isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
/** 0 = Sunday … 6 = Saturday. */
const weekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/**
 * China's rest days (放假) and make-up working days (调休, a weekend day worked) as the State
 * Council's yearly notices set them: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕
 * 12号, 12 November 2024) and 关于2026年部分节假日安排的通知 (4 November 2025), as published by
 * Xinhua; both cross-checked day by day against the notices' data in the `lunar-javascript`
 * library (HolidayUtil) by the tests.
 */
const CN_NOTICES: Readonly<
  Record<number, { readonly rest: readonly string[]; readonly working: readonly string[] }>
> = {
  2025: {
    rest: [
      '2025-01-01',
      ...range(2025, 1, 28, 31),
      ...range(2025, 2, 1, 4),
      ...range(2025, 4, 4, 6),
      ...range(2025, 5, 1, 5),
      '2025-05-31',
      ...range(2025, 6, 1, 2),
      ...range(2025, 10, 1, 8),
    ],
    working: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    rest: [
      ...range(2026, 1, 1, 3),
      ...range(2026, 2, 15, 23),
      ...range(2026, 4, 4, 6),
      ...range(2026, 5, 1, 5),
      ...range(2026, 6, 19, 21),
      ...range(2026, 9, 25, 27),
      ...range(2026, 10, 1, 7),
    ],
    working: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

/**
 * The days China's lunar and solar-term holidays fall on, 2025–2100: lunar new year's day (正月初一),
 * Qingming (清明, the sun at 15° longitude), Dragon Boat (端午, 5th of the 5th month) and
 * Mid-Autumn (中秋, 15th of the 8th month), as `MMdd`. Generated from the `lunar-javascript` library
 * (6tail, whose tables follow the Purple Mountain Observatory's 《中国天文年历》 as the Hong Kong
 * Observatory's Gregorian–lunar conversion tables publish them), and checked against it day by day
 * by the tests. ICU's own Chinese calendar (`Intl.DateTimeFormat('zh-CN-u-ca-chinese')`) is a day
 * off where a new moon falls minutes before Beijing midnight (lunar new year 2027: 7 February for
 * ICU, 6 February for the observatories), so it serves only outside these years.
 */
const CN_FESTIVALS: Readonly<Record<number, string>> = {
  2025: '0129 0404 0531 1006',
  2026: '0217 0405 0619 0925',
  2027: '0206 0405 0609 0915',
  2028: '0126 0404 0528 1003',
  2029: '0213 0404 0616 0922',
  2030: '0203 0405 0605 0912',
  2031: '0123 0405 0624 1001',
  2032: '0211 0404 0612 0919',
  2033: '0131 0404 0601 0908',
  2034: '0219 0405 0620 0927',
  2035: '0208 0405 0610 0916',
  2036: '0128 0404 0530 1004',
  2037: '0215 0404 0618 0924',
  2038: '0204 0405 0607 0913',
  2039: '0124 0405 0527 1002',
  2040: '0212 0404 0614 0920',
  2041: '0201 0404 0603 0910',
  2042: '0122 0404 0622 0928',
  2043: '0210 0405 0611 0917',
  2044: '0130 0404 0531 1005',
  2045: '0217 0404 0619 0925',
  2046: '0206 0404 0608 0915',
  2047: '0126 0405 0529 1004',
  2048: '0214 0404 0615 0922',
  2049: '0202 0404 0604 0911',
  2050: '0123 0404 0623 0930',
  2051: '0211 0405 0613 0919',
  2052: '0201 0404 0601 0907',
  2053: '0219 0404 0620 0926',
  2054: '0208 0404 0610 0916',
  2055: '0128 0405 0530 1005',
  2056: '0215 0404 0617 0924',
  2057: '0204 0404 0606 0913',
  2058: '0124 0404 0625 1002',
  2059: '0212 0405 0614 0921',
  2060: '0202 0404 0603 0909',
  2061: '0121 0404 0622 0928',
  2062: '0209 0404 0611 0917',
  2063: '0129 0405 0601 1006',
  2064: '0217 0404 0619 0925',
  2065: '0205 0404 0608 0915',
  2066: '0126 0404 0528 1003',
  2067: '0214 0405 0616 0923',
  2068: '0203 0404 0604 0911',
  2069: '0123 0404 0623 0929',
  2070: '0211 0404 0613 0919',
  2071: '0131 0405 0602 0908',
  2072: '0219 0404 0620 0926',
  2073: '0207 0404 0610 0916',
  2074: '0127 0404 0530 1005',
  2075: '0215 0404 0617 0924',
  2076: '0205 0404 0606 0912',
  2077: '0124 0404 0624 1001',
  2078: '0212 0404 0614 0920',
  2079: '0202 0404 0604 0910',
  2080: '0122 0404 0622 0928',
  2081: '0209 0404 0611 0917',
  2082: '0129 0404 0601 1006',
  2083: '0217 0404 0619 0926',
  2084: '0206 0404 0607 0914',
  2085: '0126 0404 0527 1003',
  2086: '0214 0404 0615 0922',
  2087: '0203 0404 0605 0911',
  2088: '0124 0404 0623 0929',
  2089: '0210 0404 0613 0918',
  2090: '0130 0404 0602 0908',
  2091: '0218 0404 0621 0927',
  2092: '0207 0404 0609 0916',
  2093: '0127 0404 0529 1005',
  2094: '0215 0404 0617 0924',
  2095: '0205 0404 0606 0913',
  2096: '0125 0404 0624 0930',
  2097: '0212 0404 0614 0920',
  2098: '0201 0404 0604 0909',
  2099: '0121 0404 0623 0929',
  2100: '0209 0405 0612 0918',
};

const LUNAR = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
  timeZone: 'Asia/Shanghai',
  month: 'numeric',
  day: 'numeric',
});

/** ICU's Gregorian days for a lunar date of a year, each with the days either side (a day late, never early). */
function icuLunarDays(year: number, month: number, day: number): string[] {
  const found: string[] = [];
  for (let t = Date.UTC(year, 0, 1, 4); new Date(t).getUTCFullYear() === year; t += DAY_MS) {
    const parts = LUNAR.formatToParts(new Date(t));
    if (parts.find((p) => p.type === 'month')?.value !== String(month)) continue;
    if (parts.find((p) => p.type === 'day')?.value !== String(day)) continue;
    const iso = isoDay(new Date(t));
    found.push(shift(iso, -1), iso, shift(iso, 1));
  }
  return found;
}

/** China's lunar and solar-term holidays of one year. */
export interface ChineseFestivals {
  /** 春节: lunar new year's day. */
  readonly newYear: readonly string[];
  /** 清明. */
  readonly qingming: readonly string[];
  /** 端午. */
  readonly dragonBoat: readonly string[];
  /** 中秋. */
  readonly midAutumn: readonly string[];
}

/**
 * The days of China's lunar and solar-term holidays in a Gregorian year, `yyyy-MM-dd`: one day each
 * in 2025–2100 (from {@link CN_FESTIVALS}); outside those years ICU's day with the days either side
 * of it, and 4–5 April for Qingming (rest days too many: a deadline a day late, never early).
 *
 * @param year - Gregorian year.
 * @returns The festivals' days.
 */
export function chineseFestivals(year: number): ChineseFestivals {
  const row = CN_FESTIVALS[year];
  if (row) {
    const [newYear, qingming, dragonBoat, midAutumn] = row
      .split(' ')
      .map((md) => [`${year}-${md.slice(0, 2)}-${md.slice(2)}`]) as [string[], string[], string[], string[]];
    return { newYear, qingming, dragonBoat, midAutumn };
  }
  return {
    newYear: icuLunarDays(year, 1, 1),
    qingming: [`${year}-04-04`, `${year}-04-05`],
    dragonBoat: icuLunarDays(year, 5, 5),
    midAutumn: icuLunarDays(year, 8, 15),
  };
}

/**
 * A one-day festival and the days a notice joins to it for a three-day rest: the day itself, the
 * Monday before a Tuesday, the Friday after a Thursday, the Friday and Monday around a weekend
 * day. A notice may join fewer; all are kept (a day late, never early).
 */
function festivalRest(day: string): string[] {
  const w = weekday(day);
  if (w === 2) return [shift(day, -1), day];
  if (w === 4) return [day, shift(day, 1)];
  if (w === 6) return [shift(day, -1), day, shift(day, 2)];
  if (w === 0) return [shift(day, -2), day, shift(day, 1)];
  return [day];
}

/**
 * China's rest days for a year: the notice's, else the seven statutory holidays of
 * 《全国年节及纪念日放假办法》 (as amended 2024, in force 1 January 2025, art. 2) and the rest
 * the notices have always built around them: New Year's Day; the Spring Festival from the day
 * before the lunar new year's eve to the 7th day of the first month (春节, the notices' widest
 * span); Qingming; 1–5 May; Dragon Boat (端午, 5th of the 5th month); Mid-Autumn (中秋, 15th of
 * the 8th month); 1–8 October. Lunar and solar-term dates come from {@link chineseFestivals}. Make-up working days are known only from a notice: without one, a
 * period ending on what will be a worked weekend day moves on (a day late, never early).
 */
function cnRest(year: number): string[] {
  const festivals = chineseFestivals(year);
  const rest = [...range(year, 5, 1, 5), ...range(year, 10, 1, 8)];
  for (const newYear of festivals.newYear) for (let i = -2; i <= 6; i++) rest.push(shift(newYear, i));
  const days = [`${year}-01-01`, ...festivals.qingming, ...festivals.dragonBoat, ...festivals.midAutumn];
  for (const day of days) rest.push(...festivalRest(day));
  return rest;
}

function cnYear(year: number): Map<string, true | 'working'> {
  const days = new Map<string, true | 'working'>();
  const notice = CN_NOTICES[year];
  if (notice) {
    for (const day of notice.rest) days.set(day, true);
    for (const day of notice.working) days.set(day, 'working');
    return days;
  }
  const near = [...cnRest(year - 1), ...cnRest(year), ...cnRest(year + 1)];
  for (const day of near) if (day.startsWith(`${year}-`)) days.set(day, true);
  return days;
}

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A holiday rule: a fixed `MM-dd`, days after Easter Sunday, or the nth weekday of a month. */
type Rule =
  | { readonly fixed: string; readonly substitute?: boolean }
  | { readonly easter: number }
  | { readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly custom: (year: number) => string };

const fixed = (...days: string[]): Rule[] => days.map((d) => ({ fixed: d }));
/** A fixed day that moves to the next working day when it falls on a weekend (a substitute day). */
const substituted = (...days: string[]): Rule[] => days.map((d) => ({ fixed: d, substitute: true }));
const easter = (...offsets: number[]): Rule[] => offsets.map((o) => ({ easter: o }));
/** The nth (1-based; -1 the last) weekday (0 Sunday … 6 Saturday) of a month. */
const nthWeekday = (month: number, day: number, nth: number): Rule => ({ month, weekday: day, nth });

// Easter offsets: −47 Carnival Tuesday, −3 Maundy Thursday, −2 Good Friday, +1 Easter Monday,
// +39 Ascension, +50 Whit Monday, +60 Corpus Christi.

/**
 * Public holidays by country, for the countries leaktrace keeps a table of: the nationwide
 * holidays and, where states or regions add their own, the union of them all (a deadline a day
 * late in a part that works that day, never early). Sources: DE the Länder's Feiertagsgesetze
 * (every Land's list; Augsburg's city-only 8 August is left out); AT Feiertagsruhegesetz 1957 § 7;
 * GB gov.uk/bank-holidays for England and Wales, Scotland and Northern Ireland (Banking and
 * Financial Dealings Act 1971 sch. 1, with substitute days); IE Organisation of Working Time Act
 * 1997 sch. 2 (with Good Friday, when banks and courts close); FR Code du travail art. L3133-1 and
 * the Alsace-Moselle days (art. L3134-13); ES Real Decreto 2001/1983 art. 45 and the regions'
 * most common own days (Maundy Thursday, Easter Monday, 19 March, 28 February, 1 March, 23 April,
 * 2 May, 30 and 31 May, 9 and 24 June, 25 July, 8, 11 and 15 September, 9 October, 26 December);
 * IT Legge 260/1949 as amended (4 October again from 2026, Legge 151/2025); NL Algemene termijnenwet
 * art. 3 (King's Day on 26 April when the 27th is a Sunday); BE Arrêté royal 18 April 1974; PL
 * Ustawa o dniach wolnych od pracy (24 December from 2025); PT Código do Trabalho art. 234 and
 * Carnival Tuesday. City patron days (Rome's 29 June, Milan's 7 December) are not modelled.
 */
const COUNTRY_RULES: Readonly<Record<string, readonly Rule[]>> = {
  DE: [
    ...fixed(
      '01-01',
      '01-06',
      '03-08',
      '05-01',
      '08-15',
      '09-20',
      '10-03',
      '10-31',
      '11-01',
      '12-25',
      '12-26',
    ),
    ...easter(-2, 1, 39, 50, 60),
    // Buß- und Bettag (Saxony): the Wednesday before 23 November.
    { custom: (y) => shiftBack(`${y}-11-22`, 3) },
  ],
  AT: [
    ...fixed('01-01', '01-06', '05-01', '08-15', '10-26', '11-01', '12-08', '12-25', '12-26'),
    ...easter(1, 39, 50, 60),
  ],
  GB: [
    ...substituted('01-01', '01-02', '03-17', '07-12', '11-30', '12-25', '12-26'),
    ...easter(-2, 1),
    nthWeekday(5, 1, 1),
    nthWeekday(5, 1, -1),
    nthWeekday(8, 1, 1),
    nthWeekday(8, 1, -1),
  ],
  IE: [
    ...substituted('01-01', '03-17', '12-25', '12-26'),
    ...easter(-2, 1),
    // St Brigid's Day: 1 February when a Friday, else the first Monday of February.
    { custom: (y) => (weekday(`${y}-02-01`) === 5 ? `${y}-02-01` : nthDay(y, 2, 1, 1)) },
    nthWeekday(5, 1, 1),
    nthWeekday(6, 1, 1),
    nthWeekday(8, 1, 1),
    nthWeekday(10, 1, -1),
  ],
  FR: [
    ...fixed('01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25', '12-26'),
    ...easter(-2, 1, 39, 50),
  ],
  ES: [
    ...substituted('01-01', '01-06', '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'),
    ...fixed(
      '02-28',
      '03-01',
      '03-19',
      '04-23',
      '05-02',
      '05-30',
      '05-31',
      '06-09',
      '06-24',
      '07-25',
      '09-08',
      '09-11',
    ),
    ...fixed('09-15', '10-09', '12-26'),
    ...easter(-3, -2, 1),
  ],
  IT: [
    ...fixed(
      '01-01',
      '01-06',
      '04-25',
      '05-01',
      '06-02',
      '08-15',
      '10-04',
      '11-01',
      '12-08',
      '12-25',
      '12-26',
    ),
    ...easter(1),
  ],
  NL: [
    ...fixed('01-01', '05-05', '12-25', '12-26'),
    ...easter(-2, 1, 39, 50),
    { custom: (y) => (weekday(`${y}-04-27`) === 0 ? `${y}-04-26` : `${y}-04-27`) },
  ],
  BE: [...fixed('01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'), ...easter(1, 39, 50)],
  PL: [
    ...fixed('01-01', '01-06', '05-01', '05-03', '08-15', '11-01', '11-11', '12-24', '12-25', '12-26'),
    ...easter(1, 60),
  ],
  PT: [
    ...fixed('01-01', '04-25', '05-01', '06-10', '08-15', '10-05', '11-01', '12-01', '12-08', '12-25'),
    ...easter(-47, -2, 60),
  ],
};

/** The country whose civil time a zone is, for the zones of the countries with a table. */
const ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  'Europe/Berlin': 'DE',
  'Europe/Busingen': 'DE',
  'Europe/Vienna': 'AT',
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  GB: 'GB',
  'Europe/Dublin': 'IE',
  Eire: 'IE',
  'Europe/Paris': 'FR',
  'Europe/Madrid': 'ES',
  'Atlantic/Canary': 'ES',
  'Africa/Ceuta': 'ES',
  'Europe/Rome': 'IT',
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
  'Europe/Warsaw': 'PL',
  Poland: 'PL',
  'Europe/Lisbon': 'PT',
  'Atlantic/Madeira': 'PT',
  'Atlantic/Azores': 'PT',
  Portugal: 'PT',
};

/**
 * The country of a time zone, for the countries whose public holidays leaktrace knows (DE, AT, GB,
 * IE, FR, ES, IT, NL, BE, PL, PT).
 *
 * @param zone - An IANA time zone.
 * @returns ISO 3166 alpha-2, or `undefined` when the zone is not one of those countries'.
 */
export function holidayCountry(zone: string): string | undefined {
  return Object.hasOwn(ZONE_COUNTRIES, zone) ? ZONE_COUNTRIES[zone] : undefined;
}

function shiftBack(day: string, toWeekday: number): string {
  let d = day;
  while (weekday(d) !== toWeekday) d = shift(d, -1);
  return d;
}

function nthDay(year: number, month: number, day: number, nth: number): string {
  const mm = String(month).padStart(2, '0');
  if (nth > 0) {
    let d = `${year}-${mm}-01`;
    while (weekday(d) !== day) d = shift(d, 1);
    return shift(d, 7 * (nth - 1));
  }
  const last = shift(
    month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`,
    -1,
  );
  return shiftBack(last, day);
}

function countryYear(rules: readonly Rule[], year: number): Set<string> {
  const sunday = easterSunday(year);
  const days = new Set<string>();
  const moved: string[] = [];
  for (const rule of rules) {
    if ('easter' in rule) days.add(shift(sunday, rule.easter));
    else if ('custom' in rule) days.add(rule.custom(year));
    else if ('nth' in rule) days.add(nthDay(year, rule.month, rule.weekday, rule.nth));
    else {
      const day = `${year}-${rule.fixed}`;
      days.add(day);
      if (rule.substitute && (weekday(day) === 0 || weekday(day) === 6)) moved.push(day);
    }
  }
  // A substitute day is the next weekday that is not already a holiday, in date order (25 and 26
  // December on a weekend become the Monday and the Tuesday).
  for (const day of moved.sort()) {
    let d = shift(day, 1);
    while (weekday(d) === 0 || weekday(d) === 6 || days.has(d)) d = shift(d, 1);
    days.add(d);
  }
  return days;
}

/**
 * The public holidays (nearly) every EU and EEA state and the UK share: New Year's Day, Good
 * Friday, Easter Monday, 1 May, Christmas Day and 26 December: the calendar of a country with no
 * table of its own, which then gets a day of margin.
 */
const SHARED_RULES: readonly Rule[] = [...fixed('01-01', '05-01', '12-25', '12-26'), ...easter(-2, 1)];

function cached<T>(build: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = build(key);
      memo.set(key, value);
    }
    return value;
  };
}

const cnDays = cached((year) => cnYear(Number(year)));
const countryDays = cached((key) => {
  const [country, year] = key.split(':') as [string, string];
  return countryYear(COUNTRY_RULES[country] ?? SHARED_RULES, Number(year));
});

/** China's rest days and make-up working days (see {@link CN_NOTICES} and {@link cnYear}). */
export const CN_HOLIDAYS: HolidayCalendar = (day) => cnDays(day.slice(0, 4)).get(day) ?? false;

/**
 * Zones of the EU and EEA countries with no table here (Sweden, Denmark, Greece, Iceland…): their
 * deadlines get a day of margin. Other zones (UTC, a person living outside Europe) count the
 * shared holidays alone: the place whose holidays count is then the controller's, which leaktrace
 * does not know.
 */
const EUROPEAN_ZONE =
  /^(?:Europe\/.+|Atlantic\/(?:Reykjavik|Faroe|Faeroe)|Asia\/(?:Nicosia|Famagusta)|Arctic\/Longyearbyen)$/u;

/**
 * The public holidays of the European country a zone names (see {@link COUNTRY_RULES}); for
 * another European country's zone, those the EU, EEA and UK share, with a day of margin; for any
 * other zone (UTC, outside Europe), the shared ones alone.
 */
export const EUROPE_HOLIDAYS: HolidayCalendar = Object.assign(
  (day: string, zone?: string): boolean => {
    const country = (zone && holidayCountry(zone)) || 'shared';
    return countryDays(`${country}:${day.slice(0, 4)}`).has(day);
  },
  { margin: (zone: string) => holidayCountry(zone) === undefined && EUROPEAN_ZONE.test(zone) },
);

/** No holidays: a period counted in calendar days. */
export const NO_HOLIDAYS: HolidayCalendar = () => false;
