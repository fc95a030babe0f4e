import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { censusRank, censusSex, rareGivenNames } from '../../src/identity/census-names.js';

describe('the 1990 Census given-name tables', () => {
  it('are what scripts/generate-census-names.mjs writes from the Census lists', () => {
    const file = new URL('../../src/identity/_census-names.ts', import.meta.url);
    const before = readFileSync(file, 'utf8');
    execFileSync('node', ['scripts/generate-census-names.mjs'], { cwd: new URL('../..', import.meta.url) });
    execFileSync('npx', ['biome', 'format', '--write', file.pathname], {
      cwd: new URL('../..', import.meta.url),
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('tell the sex a given name is mostly borne by', () => {
    expect(censusSex('John')).toBe('male');
    expect(censusSex('katherine')).toBe('female');
    expect(censusSex('Jürgen')).toBeUndefined();
  });

  it('draw middle names only from ranks 1,000 and lower, none a common name, word or surname', () => {
    for (const sex of ['male', 'female'] as const) {
      expect(rareGivenNames(sex).length).toBeGreaterThan(50);
      for (const name of rareGivenNames(sex)) {
        expect(censusRank(name)!, name).toBeGreaterThanOrEqual(1000);
        expect(censusSex(name), name).toBeUndefined();
      }
    }
    expect(rareGivenNames('male')).not.toContain('King');
    expect(rareGivenNames('male')).not.toContain('Jospeh');
    expect(rareGivenNames('female')).not.toContain('Patricia');
  });
});
