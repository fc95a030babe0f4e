import { describe, expect, it } from 'vitest';
import { escapeHtml, html, isSafeHtml, raw } from '../../src/report/html/escape.js';
import { clip, visible } from '../../src/report/visible.js';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `"><img src=x onerror="alert(1)"><script>alert('x')</script>\``;
    const out = html`<td title="${hostile}">${hostile}</td>`.value;
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/"[^"]*onerror="/u);
    expect(out).toBe(`<td title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</td>`);
    expect(escapeHtml(hostile)).toBe(
      '&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#96;',
    );
  });

  it('keeps nested safe markup and escapes strings inside lists', () => {
    const rows = ['<a>', 'b&c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${rows}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b&amp;c</li></ul>');
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${0}${1.5}`.value).toBe('01.5');
  });

  it('brands only what html and raw make', () => {
    expect(isSafeHtml(html`x`)).toBe(true);
    expect(isSafeHtml(raw('<b>'))).toBe(true);
    expect(isSafeHtml({ value: '<script>' })).toBe(false);
    expect(html`${{ value: '<script>' } as never}`.value).not.toContain('<script>');
  });

  it('shows bidi overrides and control characters instead of obeying them', () => {
    const out = html`<p>${'invoice\u202Egpj.exe\u0000\u200B'}</p>`.value;
    expect(out).toBe('<p>invoice&lt;U+202E&gt;gpj.exe&lt;U+0000&gt;&lt;U+200B&gt;</p>');
    expect(out).not.toMatch(/[\u202e\u0000\u200b]/u);
  });
});

describe('visible', () => {
  it('keeps tabs, line breaks and ordinary text, including CJK and emoji', () => {
    expect(visible('张伟\t先生\r\n😀 Müller')).toBe('张伟\t先生\r\n😀 Müller');
  });

  it('marks lone surrogates and every bidi control', () => {
    expect(visible('a\uD800b')).toBe('a<U+D800>b');
    expect(visible('\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C')).toBe(
      '<U+2066><U+2067><U+2068><U+2069><U+202A><U+202B><U+202C><U+202D><U+200E><U+200F><U+061C>',
    );
  });

  it('is linear in the length of the text', () => {
    const long = '\u202E'.repeat(200_000);
    const start = performance.now();
    expect(visible(long).length).toBe(200_000 * 8);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('clip', () => {
  it('cuts long text, saying how much was left out, never inside a surrogate pair', () => {
    expect(clip('abc', 5, () => 'x')).toBe('abc');
    expect(clip('abcdef', 3, (n) => `(${n} more)`)).toBe('abc… (3 more)');
    expect(clip('a😀b', 2, (n) => `${n}`)).toBe('a… 3');
  });
});
