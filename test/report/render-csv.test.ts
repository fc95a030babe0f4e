import { describe, expect, it } from 'vitest';
import { buildReport, renderCsv } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows) to check what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('renderCsv', () => {
  it('writes findings, contacts and actors as RFC 4180 tables with a header row', async () => {
    const { report, hotel } = await leakReport();
    const findings = parseCsv(renderCsv(report));
    expect(findings[0]![0]).toBe('source_id');
    expect(findings.find((r) => r[0] === hotel.id)![3]).toBe('leaked');
    const contacts = parseCsv(renderCsv(report, { table: 'contacts' }));
    expect(contacts).toHaveLength(report.contacts.length + 1);
    expect(contacts[0]).toContain('content');
    const actors = parseCsv(renderCsv(report, { table: 'actors' }));
    expect(actors).toHaveLength(report.actors.length + 1);
    expect(renderCsv(report).endsWith('\r\n')).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as a formula, and keeps bare E.164 numbers', async () => {
    const world = await leakWorld();
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+cmd|calc',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ];
    for (const [i, content] of hostile.entries()) {
      await world.tracer.record({
        id: `h${i}`,
        channel: 'email',
        at: day(60 + i),
        to: world.hotelCanary.email!,
        from: 'x@spam.example',
        // A sender name is one line: tab and CR go in the content only.
        fromName: /[\t\r]/u.test(content) ? 'Bank' : content,
        content,
      });
    }
    const report = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
    });
    const rows = parseCsv(renderCsv(report, { table: 'contacts' }));
    const header = rows[0]!;
    const content = header.indexOf('content');
    const fromName = header.indexOf('from_name');
    for (const [i, text] of hostile.entries()) {
      const row = rows.find((r) => r[0] === `h${i}`)!;
      expect(row[content]).toBe(`'${text}`);
      if (!/[\t\r]/u.test(text)) expect(row[fromName]).toBe(`'${text}`);
    }
    const sms = rows.find((r) => r[0] === 'c2')!;
    expect(sms[header.indexOf('from')]).toBe('+8617012345678');
    for (const row of rows.slice(1))
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r](?!\d+$)/u);
  });
});
