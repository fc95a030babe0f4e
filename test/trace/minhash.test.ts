import { describe, expect, it } from 'vitest';
import { bandKeys, shingleHashes, signature, similarity } from '../../src/trace/minhash.js';

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
});
