import { TZDate } from '@date-fns/tz';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isValidationError } from '../../errors.js';
import { calendarValid, dateProblemReason, repeatedWallTime, wallTimeIn } from '../../importers/_csv-rows.js';
import { EPOCH_SECONDS_BOUND } from '../../schemas/common.js';
import { badInput, CliError, EXIT } from '../errors.js';
import { t } from '../i18n.js';
import { moment } from '../output.js';

/** Splits `a,b , c` into `['a', 'b', 'c']`, keeping what earlier flags collected. */
export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** Collects a repeatable flag. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * A time written without a zone (`2026-11-01`, `2026-11-01T09:00`): its parts, read in the
 * person's zone once the store is open ({@link resolveZonelessTimes}). Until then its value is
 * the same wall time in UTC.
 */
export class ZonelessTime extends Date {
  /** Year, month (1–12), day, hour, minute, second, millisecond as written. */
  readonly parts: readonly [number, number, number, number, number, number, number];

  constructor(parts: readonly [number, number, number, number, number, number, number]) {
    const [y, mo, d, h, mi, s, ms] = parts;
    super(Date.UTC(y, mo - 1, d, h, mi, s, ms));
    this.parts = parts;
  }

  /** The instant this wall time is in `zone`. */
  in(zone: string): Date {
    const [y, mo, d, h, mi, s, ms] = this.parts;
    return new Date(new TZDate(y, mo - 1, d, h, mi, s, ms, zone).getTime());
  }
}

// What the person typed for a time flag, kept to quote it back in a message (`--to 2026-10-01`,
// not the UTC instant it became in their zone).
const WRITTEN = new WeakMap<Date, string>();

/** A time flag's value, remembering the text it was parsed from. */
function written<T extends Date>(at: T, text: string): T {
  WRITTEN.set(at, text.trim());
  return at;
}

/**
 * A time flag as the person wrote it (`2026-10-01`), else the instant in ISO 8601.
 *
 * @param at - A value parsed by {@link instant} or {@link windowEnd}.
 * @returns The text typed, or the ISO instant for a value parsed elsewhere.
 */
export const writtenTime = (at: Date): string => WRITTEN.get(at) ?? at.toISOString();

/**
 * A `--at` the library refused as later than now (`in_future`), said with the time as it was
 * typed and both times in the person's zone: the library's own message gives UTC instants, which
 * read as another time than the one typed.
 *
 * @param error - Anything thrown by the step `--at` dated.
 * @param at - The parsed `--at`, if one was given.
 * @param zone - The IANA zone the person reads times in.
 * @returns A usage-level refusal for `in_future`; any other error as it is.
 */
export function futureAtError(error: unknown, at: Date | undefined, zone: string): unknown {
  if (at === undefined || !isValidationError(error) || error.issues[0].code !== 'in_future') return error;
  return badInput(t().errors.atFuture(writtenTime(at), moment(at, zone), moment(new Date(), zone)), {
    cause: error,
  });
}

// ISO 8601 only: a date, or a date and time, with an optional zone (`Z`, `+08:00`, `+0800`).
// Any number of fraction digits (ISO 8601 § 4.2.2.4 sets no limit): kept to the millisecond.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/u;

/** The offsets civil time uses: UTC−12:00 (Baker Island) to UTC+14:00 (Line Islands), by 15 minutes at most. */
const offsetMinutes = (zone: string): number | undefined => {
  const m = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return Number(m[3]) < 60 && minutes <= (m[1] === '+' ? 14 * 60 : 12 * 60) ? minutes : undefined;
};

/**
 * Parses an instant: epoch milliseconds, or ISO 8601 (a date, or a date and time) with or
 * without a zone; one without is a {@link ZonelessTime}, read in the person's zone. Impossible
 * calendar dates (30 February, hour 24) and other forms (`03/02/2026`, `Mar 2 2026`) are
 * refused: either would be a different day than the one meant.
 */
export function instant(value: string): Date {
  // Digits are epoch milliseconds, refused below 1e11 as the library refuses them: such a
  // number is far more likely epoch seconds (1764400000 is 2025, not January 1970).
  if (/^\d+$/u.test(value)) {
    if (Number(value) < EPOCH_SECONDS_BOUND)
      throw new InvalidArgumentError(
        `${value} looks like epoch seconds: give milliseconds or an ISO 8601 time`,
      );
    const at = new Date(Number(value));
    // ECMA-262 § 21.4.1.1: a Date holds ±8.64e15 ms, 100,000,000 days either side of 1970.
    if (Number.isNaN(at.getTime()))
      throw new InvalidArgumentError(
        `${value} is past the last time a date can hold (epoch ms up to 8640000000000000)`,
      );
    return written(at, value);
  }
  const m = ISO.exec(value.trim());
  if (!m)
    throw new InvalidArgumentError(
      `${value} is not an ISO 8601 date or time: write 2026-11-01, 2026-11-01T09:00 (your zone) or 2026-11-01T09:00+08:00`,
    );
  if (!calendarValid(value.trim()))
    throw new InvalidArgumentError(
      `${value} is not a date that exists (month 1–12, a day of that month, hour 0–23)`,
    );
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const ms = fraction?.slice(0, 3);
  const n = (v: string | undefined): number => (v === undefined ? 0 : Number(v));
  if (zone !== undefined && zone !== 'Z' && offsetMinutes(zone) === undefined)
    throw new InvalidArgumentError(`${value}: ${zone} is not a UTC offset (−12:00 to +14:00)`);
  if (zone !== undefined) {
    const two = (v: string | undefined) => (v ?? '00').padStart(2, '0');
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return written(
      new Date(`${y}-${mo}-${d}T${two(h)}:${two(mi)}:${two(s)}.${(ms ?? '0').padEnd(3, '0')}${offset}`),
      value,
    );
  }
  return written(new ZonelessTime([n(y), n(mo), n(d), n(h), n(mi), n(s), n(ms?.padEnd(3, '0'))]), value);
}

/**
 * Parses the end of a window (`--to`): as {@link instant}, except that a date alone means the
 * whole of that day, so the window ends at the next midnight in the person's zone (`--to
 * 2026-03-31` covers 31 March, as a statement's or a call list's date range does; the stores'
 * `to` is exclusive).
 */
export function windowEnd(value: string): Date {
  const at = instant(value);
  if (!(at instanceof ZonelessTime) || !/^\d{4}-\d{2}-\d{2}$/u.test(value.trim())) return at;
  const [y, mo, d] = at.parts;
  const next = new Date(Date.UTC(y, mo - 1, d + 1));
  return written(
    new ZonelessTime([next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, 0, 0]),
    value,
  );
}

/**
 * A window's end as the analysis takes it: never after the present, since lines are watched, and
 * their background counted, only up to now (`--to` today, read as the end of today, is now).
 */
export function notAfterNow(to: Date): Date {
  return to.getTime() > Date.now() ? new Date() : to;
}

/**
 * Reads every zoneless `--at`/`--from`/`--to` of a command in `zone` (the person's), before
 * its action runs.
 */
export function resolveZonelessTimes(command: Command, zone: string): void {
  for (const [key, value] of Object.entries(command.opts())) {
    if (!(value instanceof ZonelessTime)) continue;
    const text = writtenTime(value);
    // A time of day the zone skips (summer time begins) or passes twice (it ends) is refused,
    // as the importers refuse it: never moved an hour, never one of two instants picked silently.
    if (/[T ]\d/u.test(text)) {
      const [y, mo, d, h, mi, s, ms] = value.parts;
      const at = wallTimeIn([y, mo - 1, d, h, mi, s, ms], zone);
      const problem =
        typeof at !== 'number'
          ? at
          : repeatedWallTime(at, zone) !== undefined
            ? ('ambiguous_time' as const)
            : undefined;
      if (problem !== undefined)
        throw new CliError(EXIT.usage, dateProblemReason(`--${key}`, text, problem, zone));
    }
    command.setOptionValue(key, written(value.in(zone), text));
  }
}

/** Adds Examples to a command's help, under the heading in the CLI's language (示例：). */
export function examples(command: Command, ...lines: string[]): Command {
  return command.addHelpText(
    'after',
    () => `\n${t().help.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}`,
  );
}

/** An option limited to some values, shown in help. */
export function choice(
  flags: string,
  description: string,
  values: readonly string[],
  fallback?: string,
): Option {
  const option = new Option(flags, description).choices(values);
  return fallback === undefined ? option : option.default(fallback);
}

/**
 * Refuses a `--from`/`--to` window whose end is before its start, or whose start is after the
 * present (a usage mistake, exit 1): such a window holds nothing, and a report of it would look
 * like "no contacts" and every source clean.
 *
 * @param flags - The command's parsed `--from` and `--to`.
 * @throws CliError (exit 1) naming both times as they were typed.
 */
export function checkWindow(
  flags: { readonly from?: Date; readonly to?: Date },
  now: Date = new Date(),
): void {
  if (flags.from !== undefined && flags.to !== undefined && flags.to.getTime() < flags.from.getTime())
    throw new CliError(EXIT.usage, t().errors.window(writtenTime(flags.to), writtenTime(flags.from)));
  // Lines are watched only up to now: a window starting later holds nothing, and would read as
  // a clean bill for every source (a year mistyped, most likely).
  if (flags.from !== undefined && flags.from.getTime() > now.getTime())
    throw new CliError(EXIT.usage, t().errors.future(writtenTime(flags.from)));
}
