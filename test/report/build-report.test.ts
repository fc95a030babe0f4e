import { describe, expect, it } from 'vitest';
import { createTracer, isValidationError } from '../../src/index.js';
import {
  buildReport,
  parseReport,
  renderJson,
  reportSchema,
  SCHEMA_VERSION,
} from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

describe('buildReport', () => {
  it('gathers subjects, sources with findings, canaries, contacts and the chain in one versioned model', async () => {
    const { report, hotel, gym, shop, subject } = await leakReport();
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.subjectId).toBe(subject.id);
    expect(report.timeZone).toBe('Asia/Shanghai');
    expect(report.locale).toBe('en');
    expect(report.window).toEqual({ from: null, to: day(90).toISOString() });
    const status = Object.fromEntries(report.sources.map((s) => [s.id, s.finding.status]));
    expect(status).toEqual({ [hotel.id]: 'leaked', [gym.id]: 'leaked', [shop.id]: 'clean' });
    expect(report.summary.verdicts).toMatchObject({ leak: 1, merge: 1, legitimate: 1, noise: 1 });
    expect(report.summary.statuses).toEqual({ leaked: 2, suspected: 0, clean: 1, legitimateOnly: 0 });
    expect(report.brokers).toHaveLength(1);
    expect(report.contacts.map((c) => c.id)).toEqual(['c3', 'c4', 'c1', 'c2']);
    expect(report.weeks.reduce((n, w) => n + Object.values(w.counts).reduce((a, b) => a + b, 0), 0)).toBe(4);
  });

  it('says why each canary field cannot be guessed', async () => {
    const { report, hotelCanary } = await leakReport();
    const fields = report.canaries.find((c) => c.id === hotelCanary.id)!.fields;
    const email = fields.find((f) => f.kind === 'email')!;
    expect(email.entropyBits).toBeGreaterThanOrEqual(40);
    expect(email.guessChance).toBeCloseTo(2 ** -email.entropyBits!, 30);
    expect(fields.find((f) => f.kind === 'phone')!.guessChance).toBeNull();
    expect(fields.find((f) => f.kind === 'name')!.guessChance).toBe(report.analysisOptions.nameVariantChance);
  });

  it('masks the real number and mailboxes unless asked, and keeps contact text as it came', async () => {
    const world = await leakWorld();
    await world.tracer.record({
      id: 'real',
      channel: 'call',
      at: day(60),
      to: '+8613800138000',
      from: '+8613912345678',
    });
    const masked = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
    });
    expect(JSON.stringify(masked)).not.toContain('+8613800138000');
    expect(JSON.stringify(masked)).not.toContain('inbox@zhangwei.example');
    expect(masked.subjects[0]!.phones.real).toEqual(['+86138••••••00']);
    expect(masked.contacts.find((c) => c.id === 'real')!.to).toBe('+86138••••••00');
    expect(masked.contacts.find((c) => c.id === 'c1')!.content).toBe(
      `${world.hotelCanary.name}先生您好，您的贷款额度已批准，点击领取`,
    );
    const open = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
      revealReal: true,
    });
    expect(open.masked).toBe(false);
    expect(open.contacts.find((c) => c.id === 'real')!.to).toBe('+8613800138000');
  });

  it('survives a JSON round trip unchanged and validates against its schema', async () => {
    const { report } = await leakReport();
    const back = JSON.parse(renderJson(report));
    expect(back).toEqual(report);
    expect(parseReport(back)).toEqual(report);
    expect(reportSchema.safeParse(back).success).toBe(true);
  });

  it('reads renderJson() text as it was written, and refuses text that is no JSON', async () => {
    const { report } = await leakReport();
    expect(parseReport(renderJson(report))).toEqual(report);
    expect(parseReport(renderJson(report, { indent: 0 }))).toEqual(report);
    expect(() => parseReport('{"schemaVersion":')).toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        issues: [expect.objectContaining({ code: 'invalid_json', path: '' })],
      }),
    );
  });

  it('names a misspelt key of buildReport options by its own path', async () => {
    const world = await leakWorld();
    await expect(buildReport(world.tracer, { maxLogRows: 'ten' } as never)).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'maxLogRows',
    });
    await expect(buildReport(world.tracer, { analysis: { leakq: 0.1 } } as never)).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'analysis.leakq',
    });
  });

  it('refuses a model that does not match the schema, naming the field', () => {
    expect(() => parseReport({ schemaVersion: SCHEMA_VERSION })).toThrow(/generator/u);
    try {
      parseReport({ schemaVersion: 99 });
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
    }
  });

  it('refuses an unknown subject and a bad time zone with typed errors', async () => {
    const tracer = await createTracer({ seed: 's', now: day(0) });
    await expect(buildReport(tracer, { subjectId: 'nobody' })).rejects.toMatchObject({ path: 'subjectId' });
    await expect(buildReport(tracer, { timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
      code: 'config_invalid',
    });
    await expect(buildReport(tracer, { locale: 'fr' as never })).rejects.toMatchObject({ path: 'locale' });
  });

  it('reports an empty tracer without failing', async () => {
    const tracer = await createTracer({ seed: 's', now: day(0) });
    const report = await buildReport(tracer, { now: day(0) });
    expect(report.contacts).toEqual([]);
    expect(report.weeks).toEqual([]);
    expect(report.timeZone).toBe('UTC');
  });

  it('keeps an optional cases section through validation', async () => {
    const { report, hotel, subject } = await leakReport();
    const withCase = {
      ...report,
      cases: [
        {
          id: 'case1',
          sourceId: hotel.id,
          subjectId: subject.id,
          law: 'PIPL' as const,
          requests: ['access', 'source', 'erasure'],
          openedAt: day(60).toISOString(),
          deadline: day(90).toISOString(),
          letters: [{ at: day(60).toISOString(), kind: 'request' }],
          replies: [],
        },
      ],
    };
    expect(parseReport(JSON.parse(JSON.stringify(withCase)))).toEqual(withCase);
  });
});
