import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldMixedScriptLookalikes } from '../../src/match/confusables.js';
import { compactKey } from '../../src/match/normalize-text.js';
import { linkedDomains } from '../../src/match/own-links.js';

describe('letters of other scripts drawn like Latin ones', () => {
  it.each([
    ['Emіly (Cyrillic і)', 'Em\u0456ly', 'Emily'],
    ['Hаrrison (Cyrillic а)', 'H\u0430rrison', 'Harrison'],
    ['Pοrtia (Greek ο)', 'P\u03bfrtia', 'Portia'],
    ['Еmily (Cyrillic Е)', '\u0415mily', 'Emily'],
    ['ΚΙNG (Greek Κ, Ι)', '\u039a\u0399NG', 'KING'],
    ['Hаrrіsоn (three Cyrillic letters)', 'H\u0430rr\u0456s\u043en', 'Harrison'],
  ])('folds a Latin word written with %s', (_what, written, latin) => {
    expect(foldMixedScriptLookalikes(written)).toBe(latin);
    expect(compactKey(`Dear ${written},`)).toBe(`dear${latin.toLowerCase()}`);
  });

  it.each([
    ['kp874f4s5е (Cyrillic е after a digit)', 'kp874f4s5\u0435', 'kp874f4s5e'],
    ['87kd8ց2uft (Armenian ց between digits)', '87kd8\u05812uft', '87kd8g2uft'],
    ['h6rab (Cyrillic һ before a digit)', '\u04bb6rab', 'h6rab'],
  ])('folds a lookalike between the digits of a Latin identifier: %s', (_what, written, latin) => {
    expect(foldMixedScriptLookalikes(written)).toBe(latin);
  });

  it('leaves a word of another script glued to digits alone when no Latin letter is in it', () => {
    for (const text of ['2е место', 'iPhone 15 Про', '5го мая', 'Ζ4 Ω'])
      expect(foldMixedScriptLookalikes(text)).toBe(text);
  });

  it('keeps a link host’s homograph: the folding is for matching names, not domains', () => {
    expect(linkedDomains('https://hotel-\u0430dlon.de/b')).toEqual(['xn--hotel-dlon-4qi.de']);
  });

  it('leaves words of one script as they are: Russian, Greek, Armenian', () => {
    for (const text of [
      'Сергей Иванов, ваш заказ готов',
      'Καλημέρα κύριε Παπαδόπουλε',
      'Բարև Ձեզ',
      'Emily Harrison',
    ]) {
      expect(foldMixedScriptLookalikes(text)).toBe(text);
    }
  });

  it('is length-preserving, and a word with no Latin letter is never changed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldMixedScriptLookalikes(text);
        expect(folded.length).toBe(text.length);
        if (!/\p{Script=Latin}/u.test(text)) expect(folded).toBe(text);
      }),
    );
  });
});
