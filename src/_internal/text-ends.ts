/**
 * The ends of a long text, for patterns that read only its opening or its close.
 *
 * A regex anchored at the end (`…[\s.!]*$`) but not at the start is tried from every position:
 * on a 100,000-character run it costs the run's length at each, which is quadratic. What such a
 * pattern reads (a signature, an opt-out notice, a sign-off) sits in the last few hundred
 * characters, so it is run on those alone, and the cost per text is bounded.
 */

/**
 * The last `reach` characters of `text` (or all of it), cut at a white-space character so no word
 * is split and a word boundary at the cut is the one the whole text has there.
 *
 * @param text - The text.
 * @param reach - The most characters kept, 1 or more.
 * @returns The end of the text; the text itself when it is no longer than `reach`.
 * @example
 * endOf('Thanks for staying with us. Regards, Hilton', 12); // ' Hilton' (cut at a space)
 */
export function endOf(text: string, reach: number): string {
  if (text.length <= reach) return text;
  // Forward to the first white space inside the reach; none (one long token): cut as it falls.
  let cut = text.length - reach;
  while (cut < text.length && !/\s/u.test(text[cut]!)) cut++;
  return text.slice(cut === text.length ? text.length - reach : cut);
}
