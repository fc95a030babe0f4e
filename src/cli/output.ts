/**
 * Terminal output: JSON for `--json`, and tables that fit a terminal, counting East Asian wide
 * characters as two columns (a table of 张小伟 and 上海希尔顿酒店 must still fit 80 columns).
 */
import { carryGiven } from './suggest.js';

export { shellArg } from './suggest.js';

/** The width the tables fit: 80 columns, the classic terminal and the narrowest common one. */
export const TABLE_WIDTH = 80;

// Wide and fullwidth ranges of Unicode's East Asian Width (W and F), the common ones: Hangul
// Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility, fullwidth forms, emoji.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
// Marks and invisible characters take no column.
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** The columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** Cuts a string to at most `width` columns, marking the cut with `…`. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** Pads a string with spaces to `width` columns. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Control characters and bidi overrides from contacts are shown escaped, never obeyed. */
export function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

/** One column of {@link table}. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** Whether this column gives up width when the table is too wide (the widest flexible first). */
  readonly flexible?: boolean;
}

/**
 * Lays rows out as a table no wider than `width`: flexible columns are cut (with `…`) until it
 * fits. Cells are made printable first.
 */
export function table(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width = TABLE_WIDTH,
): string {
  const cells = rows.map((row) => row.map((cell) => printable(cell)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const gap = 2;
  const total = (): number => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    columns.forEach((c, i) => {
      if (c.flexible && widths[i]! > 6 && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = Math.max(6, widths[widest]! - (total() - width));
  }
  const line = (row: readonly string[]): string =>
    columns
      .map((c, i) => pad(truncate(row[i] ?? '', widths[i]!), widths[i]!, c.align))
      .join(' '.repeat(gap))
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '─'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** Writes a value as pretty JSON on stdout (dates as ISO strings). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes lines on stdout, the commands they quote carrying this run's global options. */
export function print(...lines: string[]): void {
  process.stdout.write(`${carryGiven(lines.join('\n'))}\n`);
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** The parts of an instant in a zone: year, month, day, hour, minute. */
function parts(at: Date, zone: string): Record<string, string> {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(zone, format);
  }
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/**
 * A date as `YYYY-MM-DD` in `zone` (the subject's, so the terminal agrees with the report);
 * `-` for none.
 */
export const day = (at: Date | null | undefined, zone = 'UTC'): string => {
  if (!at) return '-';
  const p = parts(at, zone);
  return `${p.year}-${p.month}-${p.day}`;
};

/** A time as `YYYY-MM-DD HH:mm (zone)` in `zone`. */
export const moment = (at: Date, zone = 'UTC'): string => {
  const p = parts(at, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (${zone})`;
};

const ENGLISH_PLURAL = new Intl.PluralRules('en');

/**
 * A count with its noun in the right number, by the English plural rule of `Intl.PluralRules`
 * (CLDR): `1 caller`, `0 callers`, `3 callers`, `2 numbers and senders`.
 *
 * @param n - The count.
 * @param one - The noun for one.
 * @param many - The noun for any other count; `one` + `s` when omitted.
 * @returns The count and its noun.
 */
export const count = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${ENGLISH_PLURAL.select(n) === 'one' ? one : many}`;
