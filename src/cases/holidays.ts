/**
 * Public holidays a reply period does not end on. Civil Code art. 203 (China) and Regulation
 * (EEC, Euratom) No 1182/71 art. 3(4) (the GDPR's periods) both move a period whose last day is a
 * public holiday, as a weekend, to the next working day. The tables err late: a day listed as a
 * holiday that is a working day somewhere moves a deadline a day later than that place's law, never
 * earlier, so leaktrace never calls a reply late before it is.
 */

/** A calendar of public holidays: whether a `yyyy-MM-dd` day is one. */
export type HolidayCalendar = (day: string) => boolean;

const range = (year: number, month: number, from: number, to: number): string[] =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(from + i).padStart(2, '0')}`,
  );

/**
 * China's statutory rest days (法定休假日) as the State Council's yearly notices set them.
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (New Year 1–3 January, Spring Festival 15–23
 * February, Qingming 4–6 April, Labour Day 1–5 May, Dragon Boat 19–21 June, Mid-Autumn 25–27
 * September, National Day 1–7 October). Years without a notice yet get the days every notice
 * has held (New Year's Day, 1–5 May, 1–7 October) and the Spring Festival week from the lunar
 * new year's eve (春节: the eve and the six days after, from the published lunar calendar).
 * Make-up working days (调休) are not modelled: a period ending on one moves on (late, not early).
 */
const CN_NOTICES: Readonly<Record<number, readonly string[]>> = {
  2026: [
    ...range(2026, 1, 1, 3),
    ...range(2026, 2, 15, 23),
    ...range(2026, 4, 4, 6),
    ...range(2026, 5, 1, 5),
    ...range(2026, 6, 19, 21),
    ...range(2026, 9, 25, 27),
    ...range(2026, 10, 1, 7),
  ],
};

/** Lunar new year's day (正月初一), from the Hong Kong Observatory's Gregorian–lunar tables. */
const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function cnYear(year: number): Set<string> {
  const notice = CN_NOTICES[year];
  if (notice) return new Set(notice);
  const days = [`${year}-01-01`, ...range(year, 5, 1, 5), ...range(year, 10, 1, 7)];
  const newYear = LUNAR_NEW_YEAR[year];
  if (newYear) {
    const first = Date.parse(`${newYear}T00:00:00Z`);
    for (let i = -1; i <= 6; i++) days.push(isoDay(new Date(first + i * 86_400_000)));
  }
  return new Set(days);
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

/**
 * The public holidays (nearly) every EU and EEA state and the UK share: New Year's Day, Good
 * Friday, Easter Monday, 1 May, Christmas Day and 26 December. A state that works one of them
 * (Good Friday in France, Italy, Spain's regions…) gets a deadline a day later than its own law.
 */
function europeYear(year: number): Set<string> {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  return new Set([
    `${year}-01-01`,
    isoDay(new Date(easter - 2 * 86_400_000)),
    isoDay(new Date(easter + 86_400_000)),
    `${year}-05-01`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

function yearly(build: (year: number) => Set<string>): HolidayCalendar {
  const years = new Map<number, Set<string>>();
  return (day) => {
    const year = Number(day.slice(0, 4));
    let set = years.get(year);
    if (!set) {
      set = build(year);
      years.set(year, set);
    }
    return set.has(day);
  };
}

/** China's statutory rest days (see {@link CN_NOTICES}). */
export const CN_HOLIDAYS: HolidayCalendar = yearly(cnYear);
/** The public holidays the EU, EEA and UK share (see {@link europeYear}). */
export const EUROPE_HOLIDAYS: HolidayCalendar = yearly(europeYear);
/** No holidays: a period counted in calendar days. */
export const NO_HOLIDAYS: HolidayCalendar = () => false;
