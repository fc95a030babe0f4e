import { CENSUS_FEMALE_RARE, CENSUS_FEMALE_TOP, CENSUS_MALE_RARE, CENSUS_MALE_TOP } from './_census-names.js';

/**
 * Given names from the 1990 United States Census lists (Frequently Occurring Names from the 1990
 * Census: dist.male.first, dist.female.first), read from the generated `_census-names.ts`: the
 * sex a given name is mostly borne by, and the rare names a middle-name variant is drawn from.
 */

interface Census {
  readonly maleTop: Map<string, number>;
  readonly femaleTop: Map<string, number>;
  readonly rare: { readonly male: readonly string[]; readonly female: readonly string[] };
  readonly rank: Map<string, number>;
}
let census: Census | undefined;

function load(): Census {
  if (census) return census;
  const ranks = (list: string) => new Map(list.split(' ').map((name, i) => [name, i + 1] as const));
  const pairs = (list: string) =>
    list.split(' ').map((pair) => {
      const [name = '', rank = '0'] = pair.split(':');
      return [name, Number(rank)] as const;
    });
  const male = pairs(CENSUS_MALE_RARE);
  const female = pairs(CENSUS_FEMALE_RARE);
  census = {
    maleTop: ranks(CENSUS_MALE_TOP),
    femaleTop: ranks(CENSUS_FEMALE_TOP),
    rare: { male: male.map(([n]) => n), female: female.map(([n]) => n) },
    rank: new Map([...male, ...female].map(([n, r]) => [n.toLowerCase(), r])),
  };
  return census;
}

/**
 * The sex a Latin given name is mostly borne by in the 1990 Census: the list where it ranks
 * higher among the first 1,000 of each; `undefined` for a name in neither (Jürgen, Siobhan).
 *
 * @param given - A given name (any case).
 * @returns `male`, `female` or `undefined`.
 * @example
 * censusSex('Katherine') // 'female'
 */
export function censusSex(given: string): 'male' | 'female' | undefined {
  const { maleTop, femaleTop } = load();
  const key = given.toLowerCase();
  const m = maleTop.get(key) ?? Number.POSITIVE_INFINITY;
  const f = femaleTop.get(key) ?? Number.POSITIVE_INFINITY;
  if (m === f) return undefined;
  return m < f ? 'male' : 'female';
}

/**
 * The rare given names of one sex a middle-name variant is drawn from (Census rank 1,000 or
 * lower; see scripts/generate-census-names.mjs for the filters).
 *
 * @param sex - Whose names.
 * @returns The names, capitalised.
 */
export function rareGivenNames(sex: 'male' | 'female'): readonly string[] {
  return load().rare[sex];
}

/**
 * The 1990 Census rank of a rare given name drawn for a middle-name variant.
 *
 * @param name - The name (any case).
 * @returns Its rank, or `undefined` when it is not one of the drawn names.
 */
export function censusRank(name: string): number | undefined {
  return load().rank.get(name.toLowerCase());
}
