import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CharClass,
  compactKey,
  compactText,
  SEPARATOR_BEFORE,
  SOFT_SEPARATOR_BEFORE,
} from '../../src/match/normalize-text.js';

describe('compactKey', () => {
  it('folds case, width, accents and punctuation', () => {
    expect(compactKey('John Q. Smith')).toBe('johnqsmith');
    expect(compactKey('ＪＯＨＮ　Ｑ．ＳＭＩＴＨ')).toBe('johnqsmith');
    expect(compactKey('José Núñez')).toBe('josenunez');
    expect(compactKey('+86-138 0013 8000')).toBe('8613800138000');
    expect(compactKey('１３８ ００１３ ８０００')).toBe('13800138000');
  });

  it('drops invisible characters without leaving a boundary', () => {
    expect(compactKey('张\u200b小\u2060伟')).toBe('张小伟');
    expect(compactKey('ab\u202ecd\u00adef')).toBe('abcdef');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = compactKey(text);
        expect(compactKey(once)).toBe(once);
      }),
    );
  });

  it('never grows a text beyond its folded length (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const compact = compactText(text);
        expect(compact.length).toBeLessThanOrEqual(compact.folded.length);
      }),
    );
  });
});

describe('compactText', () => {
  it('marks classes and the separators before characters', () => {
    const compact = compactText('a1 张');
    expect(Array.from(compact.flags.subarray(0, compact.length))).toEqual([
      CharClass.alpha | SEPARATOR_BEFORE,
      CharClass.digit,
      CharClass.cjk | SEPARATOR_BEFORE | SOFT_SEPARATOR_BEFORE,
    ]);
  });

  it('marks a single space, hyphen or dot as a soft separator, not a comma or a run', () => {
    const flags = (text: string): number[] => {
      const compact = compactText(text);
      return Array.from(compact.flags.subarray(0, compact.length), (f) => f & SOFT_SEPARATOR_BEFORE);
    };
    expect(flags('1 2-3.4')).toEqual([0, 8, 8, 8]);
    expect(flags('1, 2 / 3:4')).toEqual([0, 0, 0, 0]);
  });
});

describe('foldText on hostile runs of combining marks', () => {
  it('regression: a + 99,996 combining marks folds to "a" (runs are cut before NFKD)', async () => {
    const { foldText } = await import('../../src/match/normalize-text.js');
    expect(foldText(`a${'\u0301\u0308\u0327\u0345'.repeat(24_999)}`)).toBe('a');
  });

  it('folds the same with and without marks beyond the eighth (property)', async () => {
    const { foldText } = await import('../../src/match/normalize-text.js');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 9, max: 200 }),
        fc.constantFrom('\u0301', '\u0308', '\u0327', '\u20d2', '\u0345'),
        (prefix, count, mark) => {
          expect(foldText(`${prefix}e${mark.repeat(count)}x`)).toBe(foldText(`${prefix}e${mark.repeat(8)}x`));
        },
      ),
    );
  });
});
