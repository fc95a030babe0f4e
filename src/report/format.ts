import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { zhCN as dateZhCN, enGB } from 'date-fns/locale';
import type { Locale } from '../types.js';
import { en, type ReportStrings } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

const STRINGS: Readonly<Record<Locale, ReportStrings>> = { en, 'zh-CN': zhCN };
const DATE_LOCALES = { en: enGB, 'zh-CN': dateZhCN } as const;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Dates, numbers and chances written for one locale in one time zone. */
export interface Formatter {
  readonly locale: Locale;
  readonly t: ReportStrings;
  /** The IANA zone its dates and times are in. */
  readonly timeZone: string;
  /** A calendar date, e.g. `3 March 2026` / `2026年3月3日`. */
  date(iso: string): string;
  /** A calendar date, short: `3 Mar 2026`. */
  shortDate(iso: string): string;
  /** A date and time of day. */
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
 * @returns The formatter.
 */
export function createFormatter(locale: Locale, timeZone: string): Formatter {
  const t = STRINGS[locale];
  const context = { locale: DATE_LOCALES[locale], in: tz(timeZone) };
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
    date: (iso) => format(new Date(iso), t.dateFormat, context),
    shortDate: (iso) => format(new Date(iso), t.shortDateFormat, context),
    dateTime: (iso) => format(new Date(iso), t.dateTimeFormat, context),
    week: (iso) => format(new Date(iso), t.weekFormat, context),
    windowEnd(iso) {
      const at = new Date(iso);
      return format(at, 'HH:mm:ss.SSS', context) === '00:00:00.000'
        ? format(new Date(at.getTime() - 1), t.dateFormat, context)
        : format(at, t.dateTimeFormat, context);
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
