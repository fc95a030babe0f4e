import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport, findingBasis, fromVisible, renderCsv, renderJson } from '../../src/report/index.js';
import { displayProbability } from '../../src/report/render-csv.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

/** Spam as it arrives: bidi overrides and isolates hiding amounts, links and file names. */
const SPAM = [
  '【平安普惠】尊敬的客户，您的额度已提升至\u202E00005\u202C元，点击 t.cn/A6x 领取，回TD退订',
  'Your invoice is attached: invoice_\u202Efdp.exe (open now)',
  '\u2066=HYPERLINK("http://evil.example","领取红包")\u2069',
  '贷款秒批，详询 \u2067+86 170 1234 5678\u2069 ，\u2068退订回T\u2069',
  'bit\u200B.ly/free-money\u200D click\u2060 here\u00AD',
  'Totally normal text with a literal <U+202E> in it',
  '\u202D-1+1 override then formula',
];

describe('CSV: bidi and control characters (regression: a spreadsheet showed cells reversed)', () => {
  it('writes every bidi and invisible character of real spam visibly, reversibly and formula-safe', async () => {
    const world = await leakWorld();
    for (const [i, content] of SPAM.entries())
      await world.tracer.record({
        id: `spam${i}`,
        channel: 'sms',
        at: day(60 + i),
        to: world.hotelCanary.phone!,
        from: '+8617012345678',
        fromName: i === 1 ? 'Billing\u202E gnilliB' : undefined,
        content,
      });
    const report = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
    });
    const csv = renderCsv(report, { table: 'contacts' });
    // No bidi embedding, override, isolate, mark or zero-width character is left to a spreadsheet.
    expect(csv).not.toMatch(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\u00ad\ufeff]/u);
    const rows = parse(csv, { relaxQuotes: false }) as string[][];
    const header = rows[0]!;
    const content = header.indexOf('content');
    for (const [i, text] of SPAM.entries()) {
      const row = rows.find((r) => r[0] === `spam${i}`)!;
      const cell = row[content]!;
      // Reversible: the evidence comes back exactly as it came.
      expect(fromVisible(cell.startsWith("'") ? cell.slice(1) : cell)).toBe(text);
      // Formula-safe: nothing a spreadsheet would evaluate.
      expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
    }
    expect(rows.find((r) => r[0] === 'spam0')![content]).toContain('<U+202E>00005<U+202C>');
    expect(rows.find((r) => r[0] === 'spam2')![content]).toBe(
      '<U+2066>=HYPERLINK("http://evil.example","领取红包")<U+2069>',
    );
    // A literal marker in the text is itself escaped, so it cannot pass for a hidden character.
    expect(rows.find((r) => r[0] === 'spam5')![content]).toContain('<U+003C>U+202E>');
    expect(rows.find((r) => r[0] === 'spam1')![header.indexOf('from_name')]).toBe('Billing<U+202E> gnilliB');
    // The JSON keeps the evidence as it came.
    expect(
      JSON.parse(renderJson(report)).contacts.find((c: { id: string }) => c.id === 'spam0').content,
    ).toBe(SPAM[0]);
    // RFC 4180: every row has the header's cells, CRLF line ends.
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('findings CSV (regression: a proven leak showed p_value 1, q_value 1, posterior 0.9999999999999887)', () => {
  it('leaves p and q empty when the status rests on decisive evidence, says so, and rounds the posterior', async () => {
    const { report, hotel } = await leakReport();
    const rows = parse(renderCsv(report), {}) as string[][];
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const row = rows.find((r) => r[0] === hotel.id)!;
    expect(row[col('status')]).toBe('leaked');
    expect(row[col('basis')]).toBe('decisive');
    expect(row[col('p_value')]).toBe('');
    expect(row[col('q_value')]).toBe('');
    const posterior = row[col('posterior')]!;
    expect(posterior.length).toBeLessThanOrEqual(6);
    expect(findingBasis(report, report.sources.find((s) => s.id === hotel.id)!)).toBe('decisive');
    // The JSON keeps the exact value.
    const exact = report.sources.find((s) => s.id === hotel.id)!.finding.posterior;
    expect(
      JSON.parse(renderJson(report)).sources.find((s: { id: string }) => s.id === hotel.id).finding.posterior,
    ).toBe(exact);
  });

  it('never rounds a posterior to a certainty it is not', () => {
    expect(displayProbability(0.9999999999999887)).toBe('0.9999');
    expect(displayProbability(1)).toBe('1');
    expect(displayProbability(0.123456)).toBe('0.1235');
    expect(displayProbability(3.2e-9)).toBe('3.2e-9');
    expect(displayProbability(null)).toBe('');
  });

  it('names callers and dealers for people, keeping ids in their own columns', async () => {
    const { report, hotel } = await leakReport();
    const rows = parse(renderCsv(report), {}) as string[][];
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === hotel.id)!;
    expect(row[header.indexOf('callers')]).toContain('融易贷');
    expect(row[header.indexOf('callers')]).not.toMatch(/act_/u);
    expect(row[header.indexOf('dealers')]).toBe('Dealer A');
    expect(row[header.indexOf('broker_ids')]).toBe('brk_1');
  });
});
