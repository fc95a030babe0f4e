import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import { choosePoolNumber, type NumberUsage } from '../../src/identity/phone-assignment.js';

const pool = ['+8613900139001', '+8613900139002', '+8613900139003'];

describe('choosePoolNumber', () => {
  it('spreads sources over the least-shared numbers', () => {
    const usage = new Map<string, NumberUsage>();
    const random = createRandom('spread');
    for (let i = 0; i < 9; i++) {
      const choice = choosePoolNumber(pool, usage, { control: false }, random);
      if (!('number' in choice)) throw new Error('refused');
      const u = usage.get(choice.number) ?? { sources: new Set<string>(), controls: 0 };
      u.sources.add(`s${i}`);
      usage.set(choice.number, u);
    }
    expect([...usage.values()].map((u) => u.sources.size)).toEqual([3, 3, 3]);
  });

  it('gives a control a number nobody holds, and keeps sources off it', () => {
    const usage = new Map<string, NumberUsage>([[pool[0]!, { sources: new Set(['s']), controls: 0 }]]);
    const random = createRandom('control');
    const control = choosePoolNumber(pool, usage, { control: true }, random);
    expect(control).not.toEqual({ number: pool[0] });
    if (!('number' in control)) throw new Error('refused');
    usage.set(control.number, { sources: new Set(), controls: 1 });
    for (let i = 0; i < 20; i++)
      expect(choosePoolNumber(pool, usage, { control: false }, random)).not.toEqual(control);
    expect(choosePoolNumber(pool, usage, { control: false, requested: control.number }, random)).toEqual({
      refusal: 'number_is_control',
    });
  });

  it('refuses an empty pool, a number outside it, and a control when every number is taken', () => {
    const random = createRandom('x');
    expect(choosePoolNumber([], new Map(), { control: false }, random)).toEqual({ refusal: 'pool_empty' });
    expect(
      choosePoolNumber(pool, new Map(), { control: false, requested: '+8613500135000' }, random),
    ).toEqual({ refusal: 'not_in_pool' });
    const full = new Map(pool.map((n) => [n, { sources: new Set(['s']), controls: 0 }]));
    expect(choosePoolNumber(pool, full, { control: true }, random)).toEqual({ refusal: 'pool_exhausted' });
  });
});
