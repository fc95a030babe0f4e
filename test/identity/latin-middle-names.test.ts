import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import { CENSUS_FEMALE_TOP, CENSUS_MALE_TOP } from '../../src/identity/_census-names.js';
import { censusRank, rareGivenNames } from '../../src/identity/census-names.js';
import { DECISIVE_CHANCE } from '../../src/identity/name-odds.js';
import { type NameRegistry, pickNameVariant } from '../../src/identity/name-variant.js';
import { createTracer } from '../../src/index.js';

const registry = (): NameRegistry => ({ real: new Set(), written: new Set(), spoken: new Set() });
const middleOf = (value: string) => value.split(' ').slice(1, -1).join(' ');

describe('a two-part Latin name gets a decisive variant: a rare middle name of its sex', () => {
  it('regression: John Smith (US) gets a middle name ranked 1,000th or lower, 1 in 1,000 or rarer', () => {
    const v = pickNameVariant('John Smith', registry(), createRandom('s'), undefined, 'US')!;
    expect(v.method).toBe('middle-name');
    expect(rareGivenNames('male')).toContain(middleOf(v.value));
    expect(v.odds.chance).toBeLessThanOrEqual(DECISIVE_CHANCE);
    expect(v.odds.basis).toMatch(/1990 US Census/u);
  });

  it("gives a woman a woman's middle name", () => {
    const v = pickNameVariant('Katherine Wilson', registry(), createRandom('s'), undefined, 'GB')!;
    expect(rareGivenNames('female')).toContain(middleOf(v.value));
  });

  it('keeps the weak middle initial where the Census does not speak for the names (Germany, an unknown given name)', () => {
    for (const [name, region] of [
      ['Anna Müller', 'DE'],
      ['Jürgen Weber', 'US'],
    ] as const) {
      const v = pickNameVariant(name, registry(), createRandom('s'), undefined, region)!;
      expect(v.method, name).not.toBe('middle-name');
      expect(v.odds.chance, name).toBeGreaterThan(DECISIVE_CHANCE);
    }
  });

  it('draws for every common given name a decisive middle name of its sex (property)', () => {
    const men = CENSUS_MALE_TOP.split(' ').slice(0, 200);
    const women = CENSUS_FEMALE_TOP.split(' ').slice(0, 200);
    const women200 = new Set(women);
    fc.assert(
      fc.property(
        fc.constantFrom(...men, ...women),
        fc.constantFrom('Smith', 'Johnson', 'Garcia', 'Nguyen', "O'Brien", 'Lee'),
        fc.string(),
        (given, family, seed) => {
          const name = `${given[0]!.toUpperCase()}${given.slice(1)} ${family}`;
          const v = pickNameVariant(name, registry(), createRandom(seed), undefined, 'US');
          if (v?.method !== 'middle-name') return; // a famous or taken variant: fallback
          const middle = middleOf(v.value);
          expect(censusRank(middle)!).toBeGreaterThanOrEqual(1000);
          const sex = men.includes(given) && !women200.has(given) ? 'male' : undefined;
          if (sex) expect(rareGivenNames('male')).toContain(middle);
          expect(v.odds.chance).toBeLessThanOrEqual(DECISIVE_CHANCE);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('convicts on the written middle name, not on the real name or the middle name alone', async () => {
    const tracer = await createTracer({ seed: 28, now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: 'John Smith',
      emails: [{ address: 'inbox@js.example', strategy: 'domain' }],
      region: 'US',
    });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: shop.id,
      fields: ['name'],
      at: '2026-01-01T00:00:00Z',
    });
    const middle = middleOf(canary.name!);
    let n = 0;
    const mail = (content: string, addressedAs?: string) =>
      tracer.record({
        id: `m${n++}`,
        channel: 'email',
        at: '2026-03-01T00:00:00Z',
        to: 'inbox@js.example',
        from: 'offers@lender.example',
        content,
        ...(addressedAs === undefined ? {} : { addressedAs }),
      });
    // The name on the envelope: on the real inbox a name in the text alone is any namesake's.
    const hit = await mail('You are pre-approved for a loan.', canary.name);
    expect(hit.verdict).toBe('leak');
    expect(hit.confidence).toBeGreaterThan(0.9);
    expect((await mail('Dear John Smith, you are pre-approved.', 'John Smith')).verdict).not.toBe('leak');
    expect((await mail(`Dear ${middle} Smith, you are pre-approved.`, `${middle} Smith`)).verdict).not.toBe(
      'leak',
    );
  });
});
