import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAhoCorasickMatcher } from '../../src/match/aho-corasick-matcher.js';
import { codePointsOf, type Matcher } from '../../src/match/matcher.js';
import { createNaiveMatcher } from '../../src/match/naive-matcher.js';

function occurrences(matcher: Matcher, text: string): string[] {
  const symbols = codePointsOf(text);
  const out: string[] = [];
  matcher.scan(symbols, symbols.length, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('createAhoCorasickMatcher', () => {
  it('reports overlapping and nested occurrences', () => {
    const patterns = ['he', 'she', 'his', 'hers'].map(codePointsOf);
    const matcher = createAhoCorasickMatcher(patterns);
    expect(occurrences(matcher, 'ushers')).toEqual(['0@4', '1@4', '3@6'].sort());
  });

  it('finds a name inside unsegmented Chinese text', () => {
    const matcher = createAhoCorasickMatcher(['张小伟', '小伟', '13900139001'].map(codePointsOf));
    expect(occurrences(matcher, '张小伟先生您好，回电13900139001')).toEqual(['0@3', '1@3', '2@21'].sort());
  });

  it('reports every id of a duplicated pattern', () => {
    const matcher = createAhoCorasickMatcher(['abc', 'abc'].map(codePointsOf));
    expect(occurrences(matcher, 'xabcx')).toEqual(['0@4', '1@4']);
  });

  it('handles symbols outside the Basic Multilingual Plane', () => {
    const matcher = createAhoCorasickMatcher(['😀a', '𠀋'].map(codePointsOf));
    expect(occurrences(matcher, 'x😀a𠀋')).toEqual(['0@3', '1@4']);
  });

  it('refuses an empty pattern', () => {
    expect(() => createAhoCorasickMatcher([new Int32Array(0)])).toThrow(RangeError);
  });

  it('finds exactly what the naive scan finds (property)', () => {
    // A small alphabet forces many overlaps, shared prefixes and failure transitions.
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', '张', '伟', '1'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '张', '伟', '1', 'x'), maxLength: 200 }),
        (words, text) => {
          const patterns = words.map(codePointsOf);
          expect(occurrences(createAhoCorasickMatcher(patterns), text)).toEqual(
            occurrences(createNaiveMatcher(patterns), text),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
