import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderJson, reportJsonSchema } from '../../src/report/index.js';
import { leakReport } from './report-world.js';

const published = JSON.parse(
  readFileSync(new URL('../../dist/report-schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('the published JSON Schema (leaktrace/report/schema.json)', () => {
  it('is the schema the code generates (the build writes it from the zod schema)', () => {
    expect(published).toEqual(reportJsonSchema());
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the JSON a report renders to, and refuses a broken one', async () => {
    const { report } = await leakReport('zh-CN');
    // Validated from the shipped file alone, not from our zod schema.
    const validator = z.fromJSONSchema(published as never);
    const json = JSON.parse(renderJson(report, { indent: 0 }));
    expect(validator.safeParse(json).success).toBe(true);
    const broken = { ...json, contacts: [{ ...json.contacts[0], verdict: 'guilty' }] };
    expect(validator.safeParse(broken).success).toBe(false);
    const noDates = { ...json, generatedAt: 'yesterday' };
    expect(validator.safeParse(noDates).success).toBe(false);
  });
});
