import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import {
  familyJunctions,
  type NameRegistry,
  nameForm,
  pickNameVariant,
  splitHanName,
} from '../../src/identity/name-variant.js';

function registry(real: string): NameRegistry {
  const form = nameForm(real, 'real');
  return {
    real: new Set([...form.writtenKeys, ...form.romanisedKeys]),
    written: new Set(),
    spoken: new Set(form.phoneticKeys.slice(0, 1)),
  };
}

function take(real: string, count: number, seed = 'names') {
  const reg = registry(real);
  const random = createRandom(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const v = pickNameVariant(real, reg, random);
    if (!v) break;
    for (const k of v.textKeys) reg.written.add(k);
    if (v.spokenDistinct) reg.spoken.add(v.phoneticKeys[0]!);
    out.push(v);
  }
  return out;
}

describe('splitHanName', () => {
  it('recognises compound surnames', () => {
    expect(splitHanName('欧阳娜娜')).toEqual({ surname: '欧阳', given: '娜娜' });
    expect(splitHanName('张伟')).toEqual({ surname: '张', given: '伟' });
    expect(splitHanName('尉迟恭')).toEqual({ surname: '尉迟', given: '恭' });
  });
});

describe('pickNameVariant', () => {
  it('gives Chinese names a plausible three-character variant that keeps the surname', () => {
    const variants = take('张伟', 30);
    expect(variants).toHaveLength(30);
    for (const v of variants) {
      expect(Array.from(v.value)).toHaveLength(3);
      expect(v.value.startsWith('张')).toBe(true);
      expect(v.value).not.toMatch(/[()（）[\]]/u);
    }
  });

  it('prefers spoken-distinct variants, each sounding unlike every other name', () => {
    const variants = take('张伟', 200);
    expect(variants.every((v) => v.spokenDistinct)).toBe(true);
    const spoken = variants.map((v) => v.phoneticKeys[0]);
    expect(new Set(spoken).size).toBe(spoken.length);
  });

  it('falls back to a written-only variant when every sound is taken', () => {
    const reg = registry('张伟');
    const everySound = new Set<string>();
    everySound.has = () => true;
    const v = pickNameVariant('张伟', { ...reg, spoken: everySound }, createRandom('w'));
    expect(v).toMatchObject({ writtenDistinct: true, spokenDistinct: false });
    // Its romanised form would be another name's: only the characters are searched.
    expect(v!.textKeys).toEqual([v!.value]);
  });

  it('never issues a variant that nests inside another or inside the real name', () => {
    const variants = take('王小明', 80);
    // One variant's own spellings may nest (Ong in Wong: the same owner, and a Latin key needs a
    // word boundary); another variant's keys may not.
    for (const [i, one] of variants.entries())
      for (const [j, other] of variants.entries())
        if (i !== j)
          for (const a of one.textKeys)
            for (const b of other.textKeys) expect(b.includes(a), `${a} in ${b}`).toBe(false);
    for (const k of variants.flatMap((v) => v.textKeys)) expect('王小明'.includes(k)).toBe(false);
  });

  it('gives Latin names middle initials, nicknames and spellings a clerk accepts', () => {
    const variants = take('William Smith', 60);
    const methods = new Set(variants.map((v) => v.method));
    expect(methods).toEqual(new Set(['middle-initial', 'nickname']));
    expect(variants.every((v) => /^[A-Z][a-z]+( [A-Z]\.)* Smith$/u.test(v.value))).toBe(true);
    const spellings = take('Jon Smith', 80).filter((v) => v.method === 'spelling');
    expect(spellings.length).toBeGreaterThan(0);
    // John and Jon sound the same: a spelling is evidence in writing only.
    expect(spellings.find((s) => s.value === 'John Smith')?.spokenDistinct).toBe(false);
  });

  it('returns undefined once every variant is used', () => {
    const variants = take('Zed Quux', 5000);
    expect(variants.length).toBeGreaterThan(50);
    const reg = registry('Zed Quux');
    for (const v of variants) for (const k of v.textKeys) reg.written.add(k);
    expect(pickNameVariant('Zed Quux', reg, createRandom('x'))).toBeUndefined();
  });
});

describe('familyJunctions', () => {
  it.each([
    ['Ann V. Lee', 'leeannv', [3]],
    ['Ann V. Lee', 'annvlee', []],
    ['Max N. Stone', 'stonemaxn', [5]],
    ['Tom Hill', 'tomhill', [3]],
    ['Tom Hill', 'hilltom', [4]],
    ['Mary-Jane N. Watson', 'watsonmaryjanen', [6]],
    ['Mary Jane Watson', 'maryjanewatson', [8]],
    ['Jürgen K. Müller', 'muellerjuergenk', [7]],
    ['Seán O’Brien', 'obriensean', [6]],
    ['张伟', 'zhangwei', []],
    ['Jan K. de Vries', 'jankdevries', []],
    ['Seán Mac Donald', 'seanmacdonald', []],
    ['Jan K. de Vries', 'vriesjankde', [5]],
  ])('%s, key %s: the family name must be written apart at %j', (value, key, junctions) => {
    expect(familyJunctions(value, key)).toEqual(junctions);
  });
});
