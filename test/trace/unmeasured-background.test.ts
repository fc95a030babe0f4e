import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { fitBackground } from '../../src/trace/baseline.js';

const START = new Date('2026-09-30T00:00:00Z');
const DAY = 86_400_000;

/** A caller number of the mainland's mobile ranges, distinct for every `i`. */
const caller = (i: number) =>
  `${['133', '135', '150', '186', '188', '139'][i % 6]}${String(10_000_000 + i * 3_141_593).slice(-8)}`;

/**
 * One person whose pool holds `poolSize` numbers, a hotel given the first on day 0 (and the
 * second kept as a control when `control`), `calls` unrelated callers on the hotel's number over
 * `days` days, and as many on the control when there is one.
 */
async function busyLine(options: {
  calls: number;
  days: number;
  control: 'none' | 'as-busy' | 'quiet';
  language?: 'zh' | 'en';
}) {
  const end = new Date(START.getTime() + options.days * DAY);
  let clock = START;
  const tracer = await createTracer({ seed: 'unmeasured', now: () => clock, defaultRegion: 'CN' });
  const pool = options.control === 'none' ? ['13900139001'] : ['13900139001', '13900139002'];
  const subject = await tracer.addSubject({
    name: options.language === 'en' ? 'Mary Bennett' : '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool },
    locale: options.language === 'en' ? 'en' : 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
  const canary = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['phone'],
    at: START,
  });
  const control =
    options.control === 'none'
      ? undefined
      : (await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'], at: START })).phone!;
  clock = end;
  const spacing = (options.days * DAY) / options.calls;
  for (let i = 0; i < options.calls; i++) {
    const at = new Date(START.getTime() + (i + 0.5) * spacing);
    await tracer.record({ channel: 'call', at, to: canary.phone!, from: caller(2 * i) });
    // A quiet control gets one call a fortnight; a busy one as many calls as the hotel's line.
    if (
      control !== undefined &&
      (options.control === 'as-busy' || i % Math.ceil(options.calls / (options.days / 14)) === 0)
    )
      await tracer.record({
        channel: 'call',
        at: new Date(at.getTime() + 3_600_000),
        to: control,
        from: caller(2 * i + 1),
      });
  }
  const analysis = await tracer.analyze({ to: end });
  return { analysis, finding: analysis.sources.find((s) => s.sourceId === hotel.id)! };
}

describe('weak contacts against a background nobody measured', () => {
  it('150 unrelated calls in 60 days on the only pool number, no control: at most suspected', async () => {
    const { analysis, finding } = await busyLine({ calls: 150, days: 60, control: 'none' });
    expect(analysis.baseline.phone.lineDays).toBe(0);
    expect(analysis.baseline.phone.measured).toBe(false);
    expect(finding.status).not.toBe('leaked');
  });

  it('300 unrelated calls in 60 days, no control: still not leaked (the prior is no measurement)', async () => {
    const { finding } = await busyLine({ calls: 300, days: 60, control: 'none', language: 'en' });
    expect(finding.status).not.toBe('leaked');
  });

  it('the same line beside a control that gets as many calls: clean', async () => {
    const { finding } = await busyLine({ calls: 300, days: 60, control: 'as-busy' });
    expect(['clean', 'legitimate-only']).toContain(finding.status);
  });

  it('the same line beside a quiet control watched for 60 days: leaked (a measured background convicts)', async () => {
    const { analysis, finding } = await busyLine({ calls: 150, days: 60, control: 'quiet' });
    expect(analysis.baseline.phone.lineDays).toBeGreaterThanOrEqual(30);
    expect(analysis.baseline.phone.measured).toBe(true);
    expect(finding.status).toBe('leaked');
  });

  it('a background watched on fewer line-days than the prior weighs is not measured, whatever the rate', () => {
    const short = fitBackground([{ contacts: 12, days: 10 }], 1 / 8, undefined, 30);
    expect(short.measured).toBe(false);
    expect(fitBackground([{ contacts: 12, days: 10 }], 1 / 8, undefined, 5).measured).toBe(true);
    expect(fitBackground([{ contacts: 0, days: 45 }]).measured).toBe(true);
    expect(fitBackground([]).measured).toBe(false);
  });

  it('no count of unrelated calls on an unmeasured line makes its holder leaked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 400 }),
        fc.integer({ min: 5, max: 200 }),
        async (calls, days) => {
          const { finding } = await busyLine({ calls, days, control: 'none' });
          expect(finding.status).not.toBe('leaked');
        },
      ),
      { numRuns: 8, seed: 6 },
    );
  }, 60_000);
});
