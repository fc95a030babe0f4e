import { visible } from '../visible.js';

/**
 * HTML built by construction: {@link html} is the only way to make markup, it escapes every
 * interpolated value, and its result is a branded {@link SafeHtml} that only it and {@link raw}
 * can produce. A string from a contact can therefore never reach the page unescaped: a renderer
 * that forgets to escape does not compile. `raw()` is the one audited opt-out; `grep -n "raw("
 * src/report` lists every use.
 */

const BRAND: unique symbol = Symbol('SafeHtml');

/** Markup that is safe to place in an HTML or SVG document. Made only by `html` and `raw`. */
export interface SafeHtml {
  readonly [BRAND]: true;
  /** The markup. */
  readonly value: string;
}

/** What may be interpolated: text (escaped), numbers, safe markup, lists of these, or nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  // An HTML parser turns a raw CR (and CR LF) into LF: as a reference it stays what it was.
  '\r': '&#13;',
};

/**
 * Escapes text for HTML and SVG text and attribute values (quoted), after showing invisible
 * and direction-changing characters as `<U+202E>`: parsed, it gives back exactly that text
 * (a carriage return included) and creates no element.
 *
 * @param text - Any text.
 * @returns The escaped text.
 * @throws ValidationError when `text` is not a string.
 */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"'`\r]/gu, (c) => ENTITIES[c]!);
}

function safe(value: string): SafeHtml {
  return { [BRAND]: true, value };
}

/**
 * Tells safe markup from anything else.
 *
 * @param value - Any value.
 * @returns Whether it was made by `html` or `raw`.
 */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as SafeHtml)[BRAND] === true;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  if (isSafeHtml(value)) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value as readonly HtmlValue[]) out += render(item);
    return out;
  }
  // Anything else that slipped past the types (an object shaped like SafeHtml) is text.
  return escapeHtml(String(value));
}

/**
 * The escaping template tag: literal parts are markup, every interpolation is escaped text
 * unless it is already {@link SafeHtml}.
 *
 * @param strings - The template's literal parts.
 * @param values - The interpolated values.
 * @returns Safe markup.
 * @example
 * ```ts
 * html`<td>${contact.content}</td>`.value; // '<td>&lt;script&gt;…</td>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return safe(out);
}

/**
 * AUDITED OPT-OUT: marks a string as markup without escaping it. Only for markup this library
 * wrote itself (the stylesheet, numbers formatted by us); never for anything that came from a
 * contact, a source or a user.
 *
 * @param markup - Trusted markup.
 * @returns It, branded.
 */
export function raw(markup: string): SafeHtml {
  return safe(markup);
}

/**
 * Joins pieces of safe markup.
 *
 * @param parts - The pieces.
 * @param separator - Markup between them.
 * @returns One piece.
 */
export function join(parts: readonly SafeHtml[], separator: SafeHtml = safe('')): SafeHtml {
  return safe(parts.map((p) => p.value).join(separator.value));
}
