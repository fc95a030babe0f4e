import { describe, expect, it } from 'vitest';
import { adoptAliases } from '../../src/importers/aliases.js';
import { createTracer } from '../../src/index.js';
import { FIXTURES } from './collect.js';

describe('adoptAliases without creation dates', () => {
  it("issues the aliases at the tracer's clock, never the system clock behind an injected now", async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const tracer = await createTracer({ seed: 'alias-clock', now });
    const me = await tracer.addSubject({
      name: 'Zhang Wei',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    });
    const result = await adoptAliases(tracer, `${FIXTURES}aliases/simplelogin.csv`, { subjectId: me.id });
    expect(result.adopted.length).toBeGreaterThan(0);
    for (const canary of result.adopted) expect(canary.issuedAt.getTime()).toBeLessThanOrEqual(now.getTime());
  });
});
