import { createRequire } from 'node:module';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  escapeHtml,
  fromMarkdownText,
  fromVisible,
  markdownText,
  renderJson,
  renderMarkdown,
} from '../../src/report/index.js';
import { csvCell } from '../../src/trace/block-list.js';
import { day } from '../helpers/world.js';
import { leakWorld } from './report-world.js';

/** parse5 (a WHATWG-conformant HTML parser; it ships without type declarations). */
const { parseFragment } = createRequire(import.meta.url)('parse5') as {
  parseFragment(html: string): unknown;
};

/** A parse5 node, as far as these checks read it. */
interface Node {
  readonly nodeName: string;
  readonly value?: string;
  readonly childNodes?: readonly Node[];
}

function elements(node: Node, out: string[] = []): string[] {
  for (const child of node.childNodes ?? []) {
    if (!child.nodeName.startsWith('#')) out.push(child.nodeName);
    elements(child, out);
  }
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/** The text a code host post-processes: every text node outside code blocks and spans. */
function proseOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === 'pre' || node.nodeName === 'code') return ' ';
  return (node.childNodes ?? []).map(proseOf).join('');
}

function find(node: Node, name: string): Node[] {
  const out: Node[] = [];
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === name) out.push(child);
    out.push(...find(child, name));
  }
  return out;
}

/**
 * What a code host finds in rendered text after Markdown: `@user` mentions, `#123` and `GH-123`
 * references, `:emoji:` shortcodes (the patterns of GitHub's filters, applied to text nodes).
 */
const POST_PROCESSED = /(?:^|[^\w`])@[a-z0-9]|#\d|\bGH-\d|:(?:[\w+-]*[a-z][\w+-]*|100|1234|[+-]1):/iu;

/** Pieces of text that mean something to a Markdown renderer or a code host. */
const HOSTILE = [
  'https://paypa1-login.example/verify?u=1',
  'http://x.example',
  'ftp://x.example',
  'www.bank-secure.example',
  'WWW.x.example',
  'a@b.example',
  'mailto:a@b.example',
  '@octocat',
  '#123',
  'GH-12',
  'owner/repo#7',
  ':smile:',
  '$$x^2$$',
  '$5',
  '*em*',
  '**strong**',
  '_u_',
  '~~del~~',
  '`code`',
  '```',
  '|',
  '| a | b |',
  '<b>',
  '</td>',
  '<script>alert(1)</script>',
  '<!-- c -->',
  '&amp;',
  '&#58;',
  "'=1+1",
  '=SUM(A1)',
  '[x](javascript:alert(1))',
  '![i](https://t.example/p.png)',
  '[^1]',
  '<https://x.example>',
  '\\',
  '\n',
  '\r\n',
  '\t',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '# ',
  '    ',
  '===',
  '---',
  '<U+202E>',
  '\u202e',
  '\u2060',
  '\u3000',
  '\u00a0',
  ' ',
  'x',
  '中文',
  '12:00:00',
];

const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { maxLength: 10 })
    .map((parts) => parts.join('')),
);

/** The text as a one-line rendering shows it: line breaks as spaces, no whitespace at either end. */
const oneLine = (text: string): string => text.replace(/\r\n|[\r\n\t]/gu, ' ').trim();

describe('contact text is shown as it came and does nothing', () => {
  it('Markdown: a table cell and a paragraph read back the same text, with no element, link, mention, reference or math (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = markdownText(text);
        const source = `| h |\n| --- |\n| ${cell} |\n\n- item (${cell})\n\nsee (${cell})\n`;
        const rendered = marked.parse(source, { gfm: true, async: false }) as string;
        const doc = parseFragment(rendered) as unknown as Node;
        const tags = new Set(elements(doc));
        for (const tag of tags)
          expect(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'p', 'code']).toContain(tag);
        const [td] = find(doc, 'td');
        expect(fromMarkdownText(textOf(td!))).toBe(oneLine(text));
        const [li] = find(doc, 'li');
        expect(fromMarkdownText(textOf(li!))).toBe(`item (${oneLine(text)})`);
        const paragraphs = find(doc, 'p');
        expect(fromMarkdownText(textOf(paragraphs.at(-1)!))).toBe(`see (${oneLine(text)})`);
        for (const node of [td!, li!, paragraphs.at(-1)!]) expect(proseOf(node)).not.toMatch(POST_PROCESSED);
        // Copied from the rendering, the text is the text: no invisible character was added.
        expect(textOf(td!).replace(/<U\+[0-9A-F]{4}>/gu, '')).not.toMatch(
          /[\u200b-\u200f\u2060-\u2064\ufeff]/u,
        );
        // Math is found in the Markdown source: no raw dollar sign is left there.
        expect(cell).not.toContain('$');
      }),
      { numRuns: 1000 },
    );
  });

  it('Markdown: a phishing link, www host, mention, reference and math in a sender name and content stay inert in the report', async () => {
    const world = await leakWorld();
    await world.tracer.record({
      id: 'phish',
      channel: 'email',
      at: day(41),
      to: world.hotelCanary.email!,
      from: 'a@b.example',
      fromName: 'Your Bank www.paypa1-login.example @octocat',
      content:
        'Verify now: https://paypa1-login.example/verify?u=1 or www.bank-secure.example $$x^2$$ @octocat #123 :smile: *now*',
    });
    const report = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
    });
    for (const locale of ['en', 'zh-CN'] as const) {
      const rendered = marked.parse(renderMarkdown(report, { locale }), {
        gfm: true,
        async: false,
      }) as string;
      const doc = parseFragment(rendered) as unknown as Node;
      expect(find(doc, 'a')).toEqual([]);
      expect(find(doc, 'em')).toEqual([]);
      const text = textOf(doc);
      expect(proseOf(doc).match(POST_PROCESSED)).toBeNull();
      // Read back, the evidence is all there.
      expect(fromMarkdownText(text)).toContain(
        'Verify now: https://paypa1-login.example/verify?u=1 or www.bank-secure.example $$x^2$$ @octocat #123 :smile: *now*',
      );
    }
  });

  it('HTML: escaped text parses back to the same text and creates no element (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = parseFragment(
          `<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`,
        ) as unknown as Node;
        expect(elements(doc)).toEqual(['p']);
        expect(fromVisible(textOf(doc))).toBe(text);
        const attrs = (doc.childNodes![0] as unknown as { attrs: { name: string; value: string }[] }).attrs;
        expect(attrs.map((a) => a.name)).toEqual(['title']);
        expect(fromVisible(attrs[0]!.value)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV: a cell parses back to the same text, and a spreadsheet evaluates none (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const [[cell] = []] = parseCsv(`${csvCell(text)}\r\n`, { relax_quotes: false }) as string[][];
        const formula = !/^\+\d{6,15}$/u.test(text) && /^[=+\-@\t\r']/u.test(text);
        expect(cell).toBe(formula ? `'${text}` : text);
        // Reversible: one leading apostrophe off a cell that starts with one.
        expect(cell!.startsWith("'") ? cell!.slice(1) : cell).toBe(text);
        if (!/^\+\d{6,15}$/u.test(cell!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON: contact text survives a round trip exactly (property)', async () => {
    const world = await leakWorld();
    const base = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(90), now: day(90) });
    fc.assert(
      fc.property(hostileText, (text) => {
        const report = {
          ...base,
          contacts: base.contacts.map((c, i) => (i === 0 ? { ...c, content: text, fromName: text } : c)),
        };
        const back = JSON.parse(renderJson(report)) as typeof report;
        expect(back.contacts[0]!.content).toBe(text);
        expect(back.contacts[0]!.fromName).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
