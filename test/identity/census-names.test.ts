import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { censusRank, censusSex, rareGivenNames } from '../../src/identity/census-names.js';

describe('the 1990 Census given-name tables', () => {
  it('are what scripts/generate-census-names.mjs writes from the Census lists', () => {
    // Generated to stdout and formatted through stdin: the test never writes src/ (a newer src/
    // than dist/ makes the CLI warn that its build is stale).
    const root = new URL('../..', import.meta.url);
    const file = new URL('../../src/identity/_census-names.ts', import.meta.url);
    const generated = execFileSync('node', ['scripts/generate-census-names.mjs', '-'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const formatted = execFileSync(
      'npx',
      ['biome', 'format', '--stdin-file-path=src/identity/_census-names.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        input: generated,
      },
    );
    expect(formatted).toBe(readFileSync(file, 'utf8'));
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
