import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { zhCN as dateZhCN, enGB, enUS } from 'date-fns/locale';
import type { Locale } from '../types.js';
import { en, enUS as enUSStrings, type ReportStrings } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

const STRINGS: Readonly<Record<Locale, ReportStrings>> = { en, 'zh-CN': zhCN };
const DATE_LOCALES = { en: enGB, 'zh-CN': dateZhCN } as const;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * English as written in the United States: month before day ("November 29, 2026"), a 12-hour
 * clock (Chicago Manual of Style 6.38, 9.38; the GPO Style Manual 12.9). Other regions keep the
 * locale's own (British) order, which is also the international one.
 */
const US_FORMATS = {
  dateFormat: 'MMMM d, yyyy',
  shortDateFormat: 'MMM d, yyyy',
  dateTimeFormat: 'MMM d, yyyy h:mm a',
  weekFormat: 'MMM d',
} as const;

/** The date formats of a locale for a person in a region: the US order for English in the US. */
function dateFormats(locale: Locale, region: string | undefined) {
  return locale === 'en' && region?.toUpperCase() === 'US' ? US_FORMATS : STRINGS[locale];
}

const HOUR = 3_600_000;

/** Dates, numbers and chances written for one locale in one time zone. */
export interface Formatter {
  readonly locale: Locale;
  readonly t: ReportStrings;
  /** The IANA zone its dates and times are in. */
  readonly timeZone: string;
  /** The region of the person the dates are written for (`US`: month before day in English). */
  readonly region: string | undefined;
  /** A calendar date, e.g. `3 March 2026` / `2026年3月3日`. */
  date(iso: string): string;
  /** A calendar date, short: `3 Mar 2026`. */
  shortDate(iso: string): string;
  /**
   * A date and time of day; in the hour a clock change repeats (the autumn fall-back), with its
   * UTC offset, so the two readings of `01:30` are told apart.
   */
  dateTime(iso: string): string;
  /** A short day for chart axes. */
  week(iso: string): string;
  /**
   * The end of a window that excludes it, as a reader takes it inclusively: at midnight the
   * day before (`to` 29 November 00:00 holds nothing of 29 November: "28 November 2026"),
   * else the date and time ("29 Nov 2026 08:00").
   */
  windowEnd(iso: string): string;
  /** A count or measure with the locale's separators. */
  number(value: number, digits?: number): string;
  /** A probability as a percentage. */
  percent(value: number): string;
  /** A small probability as `1 in 8.2×10¹⁴`, readable without statistics. */
  chance(value: number): string;
  /** A p-value: three significant digits, or `< 10⁻¹²`. */
  p(value: number): string;
}

/** `10` raised to a power, written with superscript digits (`10¹⁴`). */
function power(exponent: number): string {
  const sign = exponent < 0 ? '⁻' : '';
  return `10${sign}${Array.from(String(Math.abs(exponent)), (d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

/**
 * A formatter for a locale in a time zone: dates through date-fns locales, numbers through
 * `Intl.NumberFormat`.
 *
 * @param locale - `en` or `zh-CN`.
 * @param timeZone - The IANA zone dates are shown in.
 * @param region - The region of the person they are written for: English dates for a person in
 *   the `US` put the month first ("November 29, 2026"); elsewhere the day.
 * @returns The formatter.
 */
export function createFormatter(locale: Locale, timeZone: string, region?: string): Formatter {
  const f = dateFormats(locale, region);
  const us = f === US_FORMATS;
  // English for a person in the US is American English: spelling, salutation and close.
  const t = us ? enUSStrings : STRINGS[locale];
  const context = { locale: us ? enUS : DATE_LOCALES[locale], in: tz(timeZone) };
  const wall = (ms: number): string => format(new Date(ms), 'yyyy-MM-dd HH:mm', context);
  // A wall-clock time the zone shows twice: an hour earlier or later reads the same.
  const repeated = (ms: number): boolean => wall(ms) === wall(ms - HOUR) || wall(ms) === wall(ms + HOUR);
  const dateTime = (iso: string): string => {
    const at = new Date(iso);
    const text = format(at, f.dateTimeFormat, context);
    return repeated(at.getTime()) ? `${text} (UTC${format(at, 'xxx', context)})` : text;
  };
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const number = (value: number, digits = 0): string => numberFormat(digits).format(value);
  const scientific = (value: number): string => {
    const exponent = Math.floor(Math.log10(value));
    const mantissa = value / 10 ** exponent;
    const rounded = Math.round(mantissa * 10) / 10;
    // 9.96 rounds to 10.0: carry into the exponent.
    return rounded >= 10 ? `1×${power(exponent + 1)}` : `${number(rounded, 1)}×${power(exponent)}`;
  };
  return {
    locale,
    t,
    timeZone,
    region,
    date: (iso) => format(new Date(iso), f.dateFormat, context),
    shortDate: (iso) => format(new Date(iso), f.shortDateFormat, context),
    dateTime,
    week: (iso) => format(new Date(iso), f.weekFormat, context),
    windowEnd(iso) {
      const at = new Date(iso);
      return format(at, 'HH:mm:ss.SSS', context) === '00:00:00.000'
        ? format(new Date(at.getTime() - 1), f.dateFormat, context)
        : dateTime(iso);
    },
    number,
    percent: (value) => `${number(value * 100, value > 0.999 && value < 1 ? 2 : 1)}%`,
    chance(value) {
      if (value <= 0) return t.oneIn(`> ${power(15)}`);
      if (value >= 0.5) return `${number(value * 100, 0)}%`;
      const odds = 1 / value;
      return t.oneIn(odds < 1e6 ? number(odds, odds < 10 ? 1 : 0) : scientific(odds));
    },
    p(value) {
      if (value < 1e-12) return `< ${power(-12)}`;
      if (value >= 0.001) return number(value, 3);
      return scientific(value);
    },
  };
}

/**
 * The region a report's dates are written for: its subject's, or the one region all its people
 * share; `undefined` when they live in several.
 *
 * @param report - The report's subject and people.
 * @returns The region (ISO 3166-1 alpha-2), or `undefined`.
 */
export function reportRegion(report: {
  readonly subjectId?: string | null | undefined;
  readonly subjects: readonly { readonly id: string; readonly region: string }[];
}): string | undefined {
  const own = report.subjects.find((s) => s.id === report.subjectId);
  if (own) return own.region;
  const regions = new Set(report.subjects.map((s) => s.region.toUpperCase()));
  return regions.size === 1 ? [...regions][0] : undefined;
}
