import fc from 'fast-check';
import STCharacters from 'opencc-js/dict/STCharacters';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import { FEMALE_NAME_CHARS, MALE_NAME_CHARS } from '../../src/identity/name-tables.js';
import {
  givenNameSex,
  hanScript,
  type NameRegistry,
  pickNameVariant,
} from '../../src/identity/name-variant.js';

const toTraditional = new Map(
  (STCharacters as string).split('|').map((entry) => entry.split(' ') as [string, string]),
);
/** Characters that have another form in Traditional script (鹏 → 鵬). */
const simplifiedOnly = (c: string) => toTraditional.has(c) && toTraditional.get(c) !== c;

/** Draws `count` variants for a name, as issuing does one after another. */
function variants(name: string, count: number, seed: string, region?: string): string[] {
  const registry: NameRegistry = { real: new Set(), written: new Set(), spoken: new Set() };
  const random = createRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const v = pickNameVariant(name, registry, random, undefined, region);
    if (!v) break;
    out.push(v.value);
    for (const k of v.textKeys) registry.written.add(k);
    registry.spoken.add(v.phoneticKeys[0]!);
  }
  return out;
}
const added = (name: string, variant: string) => Array.from(variant).filter((c) => !name.includes(c));

describe('Chinese name variants keep the name script', () => {
  it('regression: 陳大文 and 林美玲 (Hong Kong, Taiwan) get Traditional characters only', () => {
    for (const [name, region] of [
      ['陳大文', 'HK'],
      ['林美玲', 'TW'],
      ['張榮偉', undefined],
    ] as const) {
      for (const v of variants(name, 20, 'seed-28', region))
        expect(added(name, v).filter(simplifiedOnly), `${name} → ${v}`).toEqual([]);
    }
  });

  it('tells the script by the characters, then by the region', () => {
    expect(hanScript('陳大文')).toBe('traditional');
    expect(hanScript('陈大文', 'HK')).toBe('simplified');
    expect(hanScript('林美玲', 'TW')).toBe('traditional');
    expect(hanScript('林美玲', 'CN')).toBe('simplified');
  });

  it('never writes a Simplified-only character into a Traditional name (property)', () => {
    const surnames = ['陳', '張', '劉', '黃', '楊', '趙', '吳', '鄭'];
    const givens = ['大文', '美玲', '志明', '家豪', '淑芬', '雅婷', '偉', '國強', '嘉欣'];
    fc.assert(
      fc.property(fc.constantFrom(...surnames), fc.constantFrom(...givens), fc.string(), (s, g, seed) => {
        const name = `${s}${g}`;
        for (const v of variants(name, 3, seed)) expect(added(name, v).filter(simplifiedOnly)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("Chinese name variants draw characters of the name's use", () => {
  it("regression: 李娜's variants take no men's name characters (杰, 俊, 永…)", () => {
    expect(givenNameSex('娜')).toBe('female');
    for (const v of variants('李娜', 20, 'seed-28'))
      expect(
        added('李娜', v).filter((c) => MALE_NAME_CHARS.has(c)),
        v,
      ).toEqual([]);
  });

  it("gives no women's name characters to a man's name, and none of men's to a woman's (property)", () => {
    const women = ['李娜', '王芳', '张静', '刘婷', '陈丽娟', '杨秀英', '赵欣怡'];
    const men = ['张伟', '王强', '李军', '刘建国', '陈志强', '杨浩宇', '赵俊杰'];
    fc.assert(
      fc.property(fc.constantFrom(...women, ...men), fc.string(), (name, seed) => {
        const other = women.includes(name) ? MALE_NAME_CHARS : FEMALE_NAME_CHARS;
        for (const v of variants(name, 3, seed))
          expect(added(name, v).filter((c) => other.has(c))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
