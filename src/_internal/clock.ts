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
