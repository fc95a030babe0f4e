import { describe, expect, it } from 'vitest';
import { buildReport, markdownText, renderMarkdown } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

describe('renderMarkdown', () => {
  it.each(['en', 'zh-CN'] as const)('renders the report in %s (golden file)', async (locale) => {
    const { report } = await leakReport();
    await expect(renderMarkdown(report, { locale })).toMatchFileSnapshot(`./__golden__/report.${locale}.md`);
  });

  it('draws the chain as a Mermaid flowchart with entity-escaped labels', async () => {
    const { report } = await leakReport();
    const md = renderMarkdown(report);
    expect(md).toContain('```mermaid\nflowchart LR');
    expect(md).toMatch(/n\d+\["上海希尔顿酒店"\] --> n\d+/u);
    // Callers by the company their contacts named, else their first number (entity-escaped).
    expect(md).toMatch(/n\d+\("a sender calling itself #34;融易贷#34;"\)/u);
    expect(md).toContain('#43;8617012345678');
  });

  it('keeps hostile contact text from breaking tables or becoming HTML or links', async () => {
    const world = await leakWorld();
    await world.tracer.record({
      id: 'evil',
      channel: 'email',
      at: day(70),
      to: world.hotelCanary.email!,
      from: 'x@spam.example',
      content: '| a | b |\n<script>alert(1)</script> [click](javascript:alert(1)) evil `code`',
    });
    const built = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(90), now: day(90) });
    // record() may refuse a bidi override in content; the renderer must cope with one anyway.
    const report = {
      ...built,
      contacts: built.contacts.map((c) => (c.id === 'evil' ? { ...c, content: `${c.content}\u202E` } : c)),
    };
    const md = renderMarkdown(report);
    const row = md.split('\n').find((l) => l.includes('alert'))!;
    expect(row).not.toContain('<script>');
    expect(row).toContain('&lt;script&gt;');
    expect(row).toContain('\\[click\\](javascript:alert(1))');
    expect(row).toContain('<U+202E>'.replace('<', '&lt;').replace('>', '&gt;'));
    // Every | inside a cell is escaped: the row still has the table's 6 columns.
    expect(row.split(/(?<!\\)\|/u).length - 2).toBe(6);
  });
});

describe('markdownText', () => {
  it('escapes HTML, Markdown punctuation and line breaks', () => {
    expect(markdownText('a|b*c_d\n<e>&`f`')).toBe('a\\|b\\*c\\_d &lt;e&gt;&amp;\\`f\\`');
  });

  it('shows an address, a URL and a mention as code, with no invisible character in them, and no entity for whitespace at either end', () => {
    expect(markdownText('anna.mueller+bhjnv8gnrz@gmail.com')).toBe('`anna.mueller+bhjnv8gnrz@gmail.com`');
    expect(markdownText('Ihre Bestellung wird geliefert.  ')).toBe('Ihre Bestellung wird geliefert.');
    expect(markdownText('see https://x.example/a|b @octocat')).toBe(
      'see `https://x.example/a`\\|`b` `@octocat`',
    );
    expect(markdownText('`a@b` 12:00:00 :smile:')).toBe('`` `a@b` `` 12:00:00 `:smile:`');
    expect(markdownText('a\\@b $5')).toBe('`a`\\\\`@b` &#36;5');
    expect(markdownText('x@y.example')).not.toMatch(/[\u2060&]/u);
  });
});
