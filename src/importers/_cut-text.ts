/**
 * @module leaktrace/importers/_cut-text
 *
 * A mail's text cut to a content limit with the cut recorded in it: a long newsletter is kept as
 * a contact (the alias it reached is the evidence) instead of being refused whole.
 */

/** The note written where text was left out: the counts are characters (UTF-16 code units). */
export function cutNote(left: number, total: number, limit: number): string {
  const n = (x: number) => x.toLocaleString('en');
  return `\n\n[… ${n(left)} characters left out here: the text is ${n(total)} characters, over the content limit of ${n(limit)} …]\n\n`;
}

// A cut never splits a surrogate pair (an emoji) in two.
function safeEnd(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
function safeStart(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

/**
 * `text` when it fits in `limit` characters; else its first two thirds and its last third of
 * what fits, with {@link cutNote} between them: a mail's greeting (the name it was sent to) and
 * its footer ("this mail was sent to …", the unsubscribe link) both stay. A limit too small to
 * hold the note keeps only the text's start.
 *
 * @param text - The whole text.
 * @param limit - The most characters (UTF-16 code units) the result may hold, ≥ 1.
 * @returns The text, cut, and whether it was cut.
 */
export function cutToLimit(text: string, limit: number): { text: string; cut: boolean } {
  if (text.length <= limit) return { text, cut: false };
  const note = cutNote(text.length, text.length, limit);
  if (limit < note.length * 2) return { text: text.slice(0, safeEnd(text, limit)), cut: true };
  // The note's own numbers are written for the final count, which is no longer than this one.
  const room = limit - note.length;
  const head = safeEnd(text, Math.floor((room * 2) / 3));
  const tail = safeStart(text, text.length - (room - head));
  const left = tail - head;
  return { text: text.slice(0, head) + cutNote(left, text.length, limit) + text.slice(tail), cut: true };
}
