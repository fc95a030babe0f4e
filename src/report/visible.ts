import { checkText } from './options.js';

/**
 * Characters that change how text around them is shown, or that cannot be seen: C0/C1 controls
 * (but tab, LF and CR), bidi embeddings, overrides, isolates and marks (the "Trojan Source"
 * trick: U+202E makes `gpj.exe` read `exe.jpg`), zero-width characters, the BOM, line and
 * paragraph separators, and lone surrogates. Contact text keeps them — they are evidence — and
 * every rendering shows them as `<U+202E>` instead of obeying them.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** A `<` that would read as one of the markers below: escaped itself, so the marking can be undone. */
const MARKER_LIKE = /<(?=U\+[0-9A-F]{4}>)/gu;

/** A code unit as `U+202E`. */
function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Replaces every invisible or direction-changing character by a visible `<U+XXXX>` marker, in
 * every rendering (HTML, Markdown, CSV, letters). Reversible: a `<` that already starts such a
 * marker in the text is written `<U+003C>`, so {@link fromVisible} gives back the text exactly.
 * Linear in the text's length.
 *
 * @param text - Any text, e.g. a contact's content.
 * @returns The text with such characters made visible.
 * @throws ValidationError when `text` is not a string.
 * @example
 * ```ts
 * visible('invoice\u202Egpj.exe'); // 'invoice<U+202E>gpj.exe'
 * ```
 */
export function visible(text: string): string {
  checkText(text);
  return text.replace(MARKER_LIKE, '<U+003C>').replace(INVISIBLE, (c) => `<${codePoint(c)}>`);
}

const MARKER = /<U\+([0-9A-F]{4})>/gu;

/**
 * Undoes {@link visible}: every `<U+XXXX>` marker becomes its character again, so a CSV or
 * Markdown cell gives back the evidence exactly as it came.
 *
 * @param text - Text written by `visible()`.
 * @returns The original text.
 * @throws ValidationError when `text` is not a string.
 * @example
 * ```ts
 * fromVisible(visible(content)) === content; // true
 * ```
 */
export function fromVisible(text: string): string {
  checkText(text);
  return text.replace(MARKER, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Cuts a text to at most `max` characters (whole code points), saying how many were left out.
 *
 * @param text - The text.
 * @param max - The most characters kept.
 * @param more - Words for the cut, given the number of characters left out.
 * @returns The text, or its start and the note.
 */
export function clip(text: string, max: number, more: (left: number) => string): string {
  if (text.length <= max) return text;
  // Cut at a code point, never between the halves of a surrogate pair.
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}… ${more(text.length - end)}`;
}
