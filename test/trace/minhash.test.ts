import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  COEFFICIENT_A,
  COEFFICIENT_B,
  shingleHashes,
  signature,
  signatureOf,
  similarity,
} from '../../src/trace/minhash.js';

const script =
  '您好，我是融易贷的客服小王，您在我们平台有一笔二十万的额度待领取，利息很低，请问您最近有资金需求吗';

describe('signature', () => {
  it('rates two readings of one script as similar despite names, numbers and a garbled word', () => {
    const a = signature(`${script}，回电13900139001`)!;
    const b = signature(
      `${script.replace('小王', '小李').replace('二十万', '三十万').replace('利息', '利西')}，回电17012345678`,
    )!;
    expect(similarity(a, b)).toBeGreaterThan(0.6);
  });

  it('rates unrelated texts of one topic as different', () => {
    const other = signature('喂，您好，我们这边是链家的，浦东新开的楼盘现在有优惠，您考虑买房吗')!;
    expect(similarity(signature(script)!, other)).toBeLessThan(0.2);
  });

  it('is stable across runs and needs text to work on', () => {
    expect(Array.from(signature(script)!)).toEqual(Array.from(signature(script)!));
    expect(signature('!!!')).toBeUndefined();
    expect(shingleHashes('ab')).toHaveLength(1);
  });

  it('puts identical texts in every band together', () => {
    const keys = bandKeys(signature(script)!);
    expect(keys).toHaveLength(16);
    expect(bandKeys(signature(script)!)).toEqual(keys);
  });

  it('gives each band its own key, and a band that differs in one row another key', () => {
    const sig = signature(script)!;
    const keys = bandKeys(sig);
    expect(new Set(keys).size).toBe(16);
    for (const key of keys) expect(Number.isSafeInteger(key)).toBe(true);
    // The same rows in another band are another key: bands are compared only with themselves.
    const shifted = Uint32Array.from(sig);
    shifted.copyWithin(4, 0, 4);
    expect(bandKeys(shifted)[1]).not.toBe(keys[0]);
    const changed = Uint32Array.from(sig);
    changed[5] = changed[5]! ^ 1;
    const changedKeys = bandKeys(changed);
    expect(changedKeys[1]).not.toBe(keys[1]);
    expect(changedKeys.filter((k, band) => k === keys[band])).toHaveLength(15);
  });
});

describe('signatureOf arithmetic', () => {
  // The exact value of min over shingles of (a·x + b) mod (2³¹ − 1), in BigInt.
  const exact = (shingles: Uint32Array): number[] =>
    Array.from(COEFFICIENT_A, (a, i) => {
      let min = 0xffffffffn;
      for (const s of shingles) {
        const h = (BigInt(a) * (BigInt(s) % PRIME) + BigInt(COEFFICIENT_B[i]!)) % PRIME;
        if (h < min) min = h;
      }
      return Number(min);
    });
  const PRIME = 2_147_483_647n;

  it('equals the exact modular hash for any 32-bit shingles', () => {
    fc.assert(
      fc.property(fc.uint32Array({ minLength: 1, maxLength: 12 }), (shingles) => {
        expect(Array.from(signatureOf(shingles)!)).toEqual(exact(shingles));
      }),
      { numRuns: 300 },
    );
  });

  it('is exact at the edges of the field: 0, p − 1, p, p + 1 and 2³² − 1', () => {
    const edges = Uint32Array.of(0, 2_147_483_646, 2_147_483_647, 2_147_483_648, 4_294_967_295);
    for (const x of edges)
      expect(Array.from(signatureOf(Uint32Array.of(x))!)).toEqual(exact(Uint32Array.of(x)));
  });
});
