/** The tracer's clock: a fixed instant, or a function read at each call. */
export type ClockOption = Date | number | (() => Date | number);

/**
 * Returns a function reading the current time from a clock option (or the system clock).
 * `check` turns each reading into a Date or throws: a clock function may return anything.
 */
export function createClock(now: ClockOption | undefined, check: (reading: unknown) => Date): () => Date {
  if (now === undefined) return () => new Date();
  if (typeof now === 'function') {
    return () => {
      let reading: unknown;
      try {
        reading = now();
      } catch (error) {
        return check(error instanceof Error ? error : new Error(String(error)));
      }
      return check(reading);
    };
  }
  const fixed = check(now).getTime();
  return () => new Date(fixed);
}

/** Milliseconds in a day of 24 hours (calendar days, where they differ, go through date-fns). */
export const DAY_MS = 86_400_000;

/**
 * How far past the clock a recorded time may lie: 15 minutes of skew between a phone, a server
 * and the person's computer (NTP keeps clocks within seconds; phones set by hand drift minutes).
 * One rule for `record()`, `recordMany()`, `issue()`, `adopt()`, `retire()`, the importers and
 * the CLI's `--at`: a later time is a typo (2031 for 2026) or a local time read in the wrong zone,
 * and would date a first leak or an issue years ahead.
 */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;
