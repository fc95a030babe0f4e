/**
 * A multi-pattern matcher over symbol sequences (code points of compacted text, or ids of
 * phonetic syllables). It reports every occurrence of every pattern, overlapping ones
 * included; what an occurrence means (word boundaries, owners) is decided by the caller.
 */
export interface Matcher {
  /** The implementation's name, for benchmarks. */
  readonly name: string;
  /** How many patterns it holds. */
  readonly size: number;
  /**
   * Calls `onMatch(pattern, end)` for every occurrence, where `pattern` is the index of the
   * pattern as given to the factory and `end` the index after its last symbol.
   */
  scan(symbols: ArrayLike<number>, length: number, onMatch: (pattern: number, end: number) => void): void;
  /**
   * Like `scan`, where each position offers several symbols (the readings of a polyphonic
   * character): position `i` offers `symbols[starts[i] .. starts[i + 1])`, and the matcher
   * follows one per position. Optional: matchers without it are scanned with each first symbol.
   */
  scanChoices?(
    symbols: ArrayLike<number>,
    starts: ArrayLike<number>,
    onMatch: (pattern: number, end: number) => void,
  ): void;
}

/** Builds a matcher from patterns given as symbol sequences (no empty pattern). */
export type MatcherFactory = (patterns: readonly ArrayLike<number>[]) => Matcher;

/** Turns a string into its code points, the symbols of text patterns. */
export function codePointsOf(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    out[n++] = point;
  }
  return n === text.length ? out : out.slice(0, n);
}
