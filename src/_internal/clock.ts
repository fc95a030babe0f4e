/** The tracer's clock: a fixed instant, or a function read at each call. */
export type ClockOption = Date | number | (() => Date | number);

/** Returns a function reading the current time from a clock option (or the system clock). */
export function createClock(now?: ClockOption): () => Date {
  if (now === undefined) return () => new Date();
  if (typeof now === 'function') return () => new Date(now());
  const fixed = new Date(now).getTime();
  return () => new Date(fixed);
}

/** Milliseconds in a day of 24 hours (calendar days, where they differ, go through date-fns). */
export const DAY_MS = 86_400_000;
