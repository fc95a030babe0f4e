import type { Matcher, MatcherFactory } from './matcher.js';

/**
 * The reference matcher: tries every pattern at every position. Its cost grows with the
 * number of patterns, so it only serves as the oracle in tests and the floor in benchmarks.
 *
 * @param patterns - The patterns as symbol sequences.
 * @returns A matcher reporting exactly every occurrence.
 */
export const createNaiveMatcher: MatcherFactory = (patterns) => {
  const list = patterns.map((p) => Array.from(p));
  const matcher: Matcher = {
    name: 'naive',
    size: list.length,
    scan(symbols, length, onMatch) {
      for (let end = 1; end <= length; end++) {
        for (let id = 0; id < list.length; id++) {
          const pattern = list[id]!;
          const start = end - pattern.length;
          if (start < 0) continue;
          let equal = true;
          for (let k = 0; k < pattern.length; k++) {
            if (symbols[start + k] !== pattern[k]) {
              equal = false;
              break;
            }
          }
          if (equal) onMatch(id, end);
        }
      }
    },
  };
  return matcher;
};
