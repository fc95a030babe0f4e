import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAhoCorasickMatcher } from '../../src/match/aho-corasick-matcher.js';

describe('AhoCorasickMatcher.scanChoices', () => {
  it('follows the choice that continues a pattern', () => {
    const matcher = createAhoCorasickMatcher([[1, 2, 3, 4]], { depths: true });
    const found: [number, number][] = [];
    matcher.scanChoices!([1, 2, 9, 3, 4], [0, 1, 2, 4, 5], (id, end) => found.push([id, end]));
    expect(found).toEqual([[0, 4]]);
  });

  it('finds what scan finds when every position offers one symbol (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 40 }),
        (patterns, text) => {
          const matcher = createAhoCorasickMatcher(patterns, { depths: true });
          const a: string[] = [];
          const b: string[] = [];
          matcher.scan(text, text.length, (id, end) => a.push(`${id}@${end}`));
          matcher.scanChoices!(
            text,
            Array.from({ length: text.length + 1 }, (_, i) => i),
            (id, end) => b.push(`${id}@${end}`),
          );
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('is absent from matchers built without depths (the text automaton)', () => {
    expect(createAhoCorasickMatcher([[1]]).scanChoices).toBeUndefined();
  });
});
