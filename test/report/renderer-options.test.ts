import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTracer, isLeaktraceError } from '../../src/index.js';
import {
  buildReport,
  escapeHtml,
  fromVisible,
  markdownText,
  parseReport,
  type Report,
  renderCsv,
  renderHtml,
  renderJson,
  renderLetter,
  renderMarkdown,
  visible,
} from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakReport } from './report-world.js';

/** Values a careless or hostile caller may pass for any option. */
const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    1e308,
    0.5,
    '',
    'fr',
    'zh-TW',
    'Mars/Olympus',
    new Date(Number.NaN),
    Symbol('x'),
    () => 1,
    [],
    null,
  ),
);

/** Runs a call and returns what it threw, if anything (async calls awaited). */
async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** A failure is one of ours, never a raw TypeError or RangeError from deep inside. */
function expectTyped(error: unknown, option: string): void {
  if (error === undefined) return;
  expect(isLeaktraceError(error), `${option}: ${String(error)}`).toBe(true);
}

let report: Report;
let hotelId: string;

beforeAll(async () => {
  const world = await leakReport();
  report = world.report;
  hotelId = world.hotel.id;
});

describe('renderer options (regression: a wrong type or value was a raw TypeError)', () => {
  it('names the option of renderHtml, renderMarkdown, renderCsv and renderJson in a ConfigError', async () => {
    await expect(renderHtml(report, { maxLogRows: 'ten' as never })).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'maxLogRows',
    });
    await expect(renderHtml(report, { locale: 'fr' as never })).rejects.toMatchObject({ path: 'locale' });
    expect(() => renderMarkdown(report, { maxActorRows: -1 })).toThrow(
      expect.objectContaining({ name: 'ConfigError', path: 'maxActorRows' }),
    );
    expect(() => renderCsv(report, { table: 'people' as never })).toThrow(
      expect.objectContaining({ name: 'ConfigError', path: 'table' }),
    );
    expect(() => renderJson(report, { indent: Number.NaN })).toThrow(
      expect.objectContaining({ name: 'ConfigError', path: 'indent' }),
    );
    expect(() => renderCsv(report, { tabel: 'actors' } as never)).toThrow(/tabel/u);
    expect(() => renderMarkdown(report, null as never)).toThrow(
      expect.objectContaining({ name: 'ConfigError' }),
    );
  });

  it('names the option of renderLetter in a ConfigError: law, locale, date, recipient, regulator', () => {
    const base = { to: 'source', sourceId: hotelId, law: 'PIPL' } as const;
    const cases: [Record<string, unknown>, string][] = [
      [{ law: 'HIPAA' }, 'law'],
      [{ locale: 'de' }, 'locale'],
      [{ date: 'yesterday' }, 'date'],
      [{ date: new Date(Number.NaN) }, 'date'],
      [{ to: 'everyone' }, 'to'],
      [{ regulator: 'FBI' }, 'regulator'],
      [{ sourceId: 42 }, 'sourceId'],
      [{ reminderDays: 'soon' }, 'reminderDays'],
      [{ kind: 'threat' }, 'kind'],
    ];
    for (const [change, path] of cases)
      expect(() => renderLetter(report, { ...base, ...change } as never)).toThrow(
        expect.objectContaining({ name: 'ConfigError', path }),
      );
    expect(() => renderLetter(report, undefined as never)).toThrow(
      expect.objectContaining({ name: 'ConfigError' }),
    );
    // A good letter still renders, with a date given as epoch milliseconds too.
    expect(renderLetter(report, { ...base, date: Date.UTC(2026, 5, 1) as never })).toContain('June 2026');
  });

  it('refuses a model whose time zone is not an IANA zone, before a renderer would throw a RangeError', () => {
    for (const timeZone of ['Mars/Olympus', 'CST+8', ''])
      expect(() => parseReport({ ...report, timeZone })).toThrow(
        expect.objectContaining({ name: 'ValidationError' }),
      );
    expect(() =>
      parseReport({ ...report, subjects: report.subjects.map((s) => ({ ...s, timeZone: 'Nowhere/City' })) }),
    ).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    expect(parseReport({ ...report, timeZone: 'Asia/Shanghai' }).timeZone).toBe('Asia/Shanghai');
  });

  it('refuses what is not a report model with a ValidationError, and text helpers a non-string', async () => {
    for (const bad of [null, undefined, 5, 'report', [], {}, { schemaVersion: 99 }])
      expect(() => renderCsv(bad as never)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    await expect(renderHtml({ ...report, contacts: null } as never)).rejects.toMatchObject({
      path: 'report.contacts',
    });
    for (const helper of [visible, fromVisible, markdownText, escapeHtml])
      expect(() => helper(undefined as never)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });

  it('never throws a raw error for hostile option values (property)', async () => {
    const renderers: Record<string, (options: Record<string, unknown>) => unknown> = {
      renderHtml: (o) => renderHtml(report, o as never),
      renderMarkdown: (o) => renderMarkdown(report, o as never),
      renderCsv: (o) => renderCsv(report, o as never),
      renderJson: (o) => renderJson(report, o as never),
      renderLetter: (o) =>
        renderLetter(report, { to: 'source', sourceId: hotelId, law: 'GDPR', ...o } as never),
    };
    const keys = [
      'locale',
      'maxLogRows',
      'maxActorRows',
      'maxTextLength',
      'table',
      'indent',
      'to',
      'sourceId',
      'law',
      'regulator',
      'subjectId',
      'date',
      'kind',
      'reminderDays',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(renderers)),
        fc.constantFrom(...keys),
        hostile,
        async (name, key, value) => {
          expectTyped(await thrown(() => renderers[name]!({ [key]: value })), `${name}.${key}`);
        },
      ),
      { numRuns: 300 },
    );
    // The options object itself may be anything.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(renderers)), hostile, async (name, value) => {
        const render =
          name === 'renderLetter' ? (o: unknown) => renderLetter(report, o as never) : renderers[name]!;
        expectTyped(await thrown(() => render(value as never)), name);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('buildReport names a bad option in a ConfigError, analysis thresholds included (property)', async () => {
    const tracer = await createTracer({ seed: 'opts', now: day(0) });
    await expect(buildReport(tracer, { from: 'last week' as never })).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'from',
    });
    await expect(buildReport(tracer, { analysis: { leakQ: 'x' as never } })).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'analysis.leakQ',
    });
    await expect(buildReport(tracer, { analysis: { timeZone: 'Mars/Olympus' } })).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'analysis.timeZone',
    });
    const keys = ['subjectId', 'from', 'to', 'locale', 'timeZone', 'now', 'revealReal', 'analysis'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), hostile, async (key, value) => {
        expectTyped(await thrown(() => buildReport(tracer, { [key]: value } as never)), key);
      }),
      { numRuns: 120 },
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (value) => {
        expectTyped(
          await thrown(() => buildReport(tracer, { analysis: { leakQ: value } } as never)),
          'analysis',
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
