import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import { createTagGenerator, MIN_TAG_BITS, TAG_ALPHABET, tagBits } from '../../src/identity/tag.js';

describe('createTagGenerator', () => {
  it('draws tags of at least 40 bits from an alphabet without look-alikes', () => {
    const next = createTagGenerator(createRandom());
    const tag = next();
    expect(tag).toMatch(/^[2-9a-hjkmnp-z]{10}$/u);
    expect(TAG_ALPHABET).not.toMatch(/[01ilo]/u);
    expect(tagBits(tag.length)).toBeGreaterThanOrEqual(MIN_TAG_BITS);
  });

  it('refuses a length below 40 bits', () => {
    expect(() => createTagGenerator(createRandom(), 8)).toThrow(/below 40/u);
    expect(() => createTagGenerator(createRandom(), 9)).not.toThrow();
  });

  it('repeats under a seed and not without one', () => {
    const a = createTagGenerator(createRandom('seed'));
    const b = createTagGenerator(createRandom('seed'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const c = createTagGenerator(createRandom());
    const d = createTagGenerator(createRandom());
    expect(c()).not.toBe(d());
  });

  it('uses every symbol about equally (no modulo bias)', () => {
    const next = createTagGenerator(createRandom('bias'));
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) for (const c of next()) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (20_000 * 10) / TAG_ALPHABET.length;
    expect(counts.size).toBe(TAG_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.05);
  });
});

describe('createRandom().int', () => {
  it('draws from ranges wider than 32 bits without bias or hanging (regression: it looped forever)', () => {
    const random = createRandom('wide');
    const max = 180 * 86_400_000;
    const draws = Array.from({ length: 2000 }, () => random.int(max));
    expect(draws.every((d) => Number.isInteger(d) && d >= 0 && d < max)).toBe(true);
    expect(draws.filter((d) => d < max / 2).length / draws.length).toBeCloseTo(0.5, 1);
    expect(() => random.int(2 ** 60)).toThrow(RangeError);
  });
});
