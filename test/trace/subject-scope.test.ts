import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate/index.js';

describe('analyze({ subjectId })', () => {
  // Regression: one person's report fitted the background on that person's few lines only
  // (0.006 calls a day instead of 0.4 on the demo world), so ordinary spam to that person's pool
  // numbers convicted registrants that the whole-store analysis called clean.
  it('measures the background on every subject and explains shared numbers by leakers proven on others', async () => {
    const { tracer, truth, end } = await simulate({
      seed: 5,
      subjects: 8,
      merchants: 12,
      days: 300,
      backgroundPerLineDay: 1 / 3,
    });
    const whole = await tracer.analyze({ to: end });
    for (const subjectId of new Set(tracer.listCanaries().map((c) => c.subjectId))) {
      const one = await tracer.analyze({ subjectId, to: end });
      expect(one.baseline.phone.ratePerDay).toBeCloseTo(whole.baseline.phone.ratePerDay, 12);
      expect(one.baseline.email.ratePerDay).toBeCloseTo(whole.baseline.email.ratePerDay, 12);
      // Regression: a holder of a number shared with a source proven leaked only on other people
      // was convicted on that source's buyers' calls.
      for (const s of one.sources)
        if (s.status === 'leaked')
          expect(truth.leakedSources, `${s.sourceId} for ${subjectId}`).toContain(s.sourceId);
    }
    await tracer.close();
  }, 120_000);
});
