import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildReport, fromMarkdownText, markdownText, renderMarkdown } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakWorld } from './report-world.js';

/**
 * An address GitHub-flavoured Markdown's autolink extension links in a text node (bare,
 * `mailto:`, `xmpp:`): it runs on the text after entities are decoded, so `&#64;` does not
 * stop it; a code span does (the extension and a code host's filters skip code).
 */
const AUTOLINKED_ADDRESS = /[A-Za-z0-9._+-]@[A-Za-z0-9]/u;

/** The text of rendered HTML, entities decoded. */
function decodedText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, '')
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/gu, '&');
}

/** The text nodes outside code of rendered HTML, entities decoded (what the autolink extension reads). */
function proseText(html: string): string {
  return decodedText(html.replace(/<code>[^<]*<\/code>/gu, ' '));
}

describe('addresses in Markdown are shown, never linked', () => {
  it.each([
    'victim@paypa1.example',
    'mailto:victim@paypa1.example',
    'xmpp:support@paypa1.example',
    'write to 客服@paypa1.example or a.b+c@x-y.example',
  ])('%s: no autolinkable address in the text, and it reads back as it came', (text) => {
    const cell = markdownText(text);
    const rendered = marked.parse(`see ${cell}\n`, { gfm: true, async: false }) as string;
    expect(rendered).not.toContain('<a ');
    expect(proseText(rendered)).not.toMatch(AUTOLINKED_ADDRESS);
    // Copied, the address is the address: no invisible character inside it.
    expect(decodedText(rendered)).not.toMatch(/[\u200b-\u200f\u2060-\u2064\ufeff]/u);
    expect(fromMarkdownText(decodedText(rendered).trim())).toBe(`see ${text}`);
  });

  it('a sender address and addresses in a contact stay inert in the whole report (evidence log and sentences)', async () => {
    const world = await leakWorld();
    await world.tracer.record({
      id: 'phish-address',
      channel: 'email',
      at: day(41),
      to: world.hotelCanary.email!,
      from: 'victim@paypa1.example',
      content: 'Reply to mailto:help@paypa1.example or xmpp:desk@paypa1.example',
    });
    const report = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
    });
    for (const locale of ['en', 'zh-CN'] as const) {
      const html = marked.parse(renderMarkdown(report, { locale }), { gfm: true, async: false }) as string;
      expect(html).not.toContain('<a ');
      expect(proseText(html)).not.toMatch(AUTOLINKED_ADDRESS);
      expect(html).not.toMatch(/[\u2060&]#32;|\u2060/u);
      expect(decodedText(html)).toContain('victim@paypa1.example');
    }
  });
});
