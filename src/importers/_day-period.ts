/**
 * The words Chinese, Japanese and Korean phones write before (or after) a 12-hour time, read as
 * the `AM`/`PM` a date format's `a` token parses.
 *
 * Source: CLDR's day periods for zh, zh-Hant, ja and ko (the `a` periods and the flexible `B`
 * ones, as `Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, dayPeriod: 'short' })`
 * prints them): zh 上午/下午, 凌晨 00–05, 早上/清晨 05–08, 中午 12, 晚上 19–24, 午夜 midnight; ja
 * 午前/午後, 正午 noon; ko 오전/오후, 아침/새벽 before dawn, 정오 noon, 저녁 18–21, 자정 midnight.
 * Korean 밤 (21–03) and Japanese 夜中 (23–03) straddle midnight, so they say neither half and
 * are not read.
 */
const DAY_PERIODS: Readonly<Record<string, 'AM' | 'PM'>> = {
  上午: 'AM',
  凌晨: 'AM',
  早上: 'AM',
  早晨: 'AM',
  清晨: 'AM',
  午夜: 'AM',
  中午: 'PM',
  下午: 'PM',
  晚上: 'PM',
  傍晚: 'PM',
  午前: 'AM',
  午後: 'PM',
  正午: 'PM',
  오전: 'AM',
  새벽: 'AM',
  아침: 'AM',
  오후: 'PM',
  저녁: 'PM',
  정오: 'PM',
  자정: 'AM',
};

/** The day-period words, as a regex alternation (longest first). */
export const DAY_PERIOD_WORDS = Object.keys(DAY_PERIODS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const WORD = new RegExp(DAY_PERIOD_WORDS, 'gu');

/**
 * A date cell with its zh/ja/ko day-period words written `AM`/`PM` (`2026/4/2 下午3:05` →
 * `2026/4/2 PM3:05`); other text unchanged.
 *
 * @param text - The cell.
 * @returns The cell as a format's `a` token reads it.
 */
export const latinDayPeriod = (text: string): string => text.replace(WORD, (w) => DAY_PERIODS[w]!);
