import { describe, expect, it } from 'vitest';
import {
  hanNameReadings,
  latinSymbol,
  phoneticSymbols,
  spokenLetterSymbol,
} from '../../src/match/phonetic.js';

describe('phoneticSymbols', () => {
  it('reads homophones of Chinese names alike', () => {
    expect(phoneticSymbols('张维')).toEqual(phoneticSymbols('张伟'));
    expect(phoneticSymbols('张晓伟')).toEqual(phoneticSymbols('张小伟'));
  });

  it('reads spelling variants of Latin names alike', () => {
    expect(phoneticSymbols('Jon Smith')).toEqual(phoneticSymbols('John Smith'));
    expect(phoneticSymbols('John Q. Smith')).toEqual(phoneticSymbols('John Q Smith'));
  });

  it('breaks at digits but reads punctuation as a space (speech-to-text adds and drops it)', () => {
    expect(phoneticSymbols('张, 伟')).toEqual(phoneticSymbols('张伟'));
    expect(phoneticSymbols('张1伟')).toContain(null);
    expect(phoneticSymbols('a1b')).toHaveLength(1);
  });
});

describe('hanNameReadings', () => {
  it('reads surnames in surname mode first', () => {
    expect(hanNameReadings('单伟')[0]).toEqual(['py:shan', 'py:wei']);
    expect(hanNameReadings('曾伟')[0]).toEqual(['py:zeng', 'py:wei']);
    expect(hanNameReadings('解伟')[0]).toEqual(['py:xie', 'py:wei']);
  });

  it('lists the other readings of polyphonic characters', () => {
    const keys = hanNameReadings('单伟').map((r) => r.join('|'));
    expect(keys).toContain('py:dan|py:wei');
  });
});

describe('latinSymbol', () => {
  it('reads a lone letter as a letter, which its spoken name also spells', () => {
    expect(latinSymbol('q')).toBe('lt:q');
    expect(spokenLetterSymbol('cue')).toBe(latinSymbol('q'));
    expect(spokenLetterSymbol('bee')).toBe(latinSymbol('b'));
    expect(spokenLetterSymbol('to')).toBeUndefined();
  });
});
