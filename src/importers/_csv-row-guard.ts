/**
 * The text csv-parse reads in place of a row longer than the limit: one quoted field holding this
 * marker and the row's own line breaks, so every later row keeps its line number.
 */
export const OVERSIZED_ROW = '\u0000oversized-row\u0000';

const SPECIAL = /["\r\n]/gu;

/**
 * Keeps rows longer than `maxChars` characters out of a CSV stream, so that csv-parse (whose
 * `max_record_size` error ends the whole parse) never sees them: each is replaced by one
 * {@link OVERSIZED_ROW} field and the rows after it are read as usual. Memory is bounded by one row
 * of `maxChars` characters.
 *
 * Rows are split as RFC 4180 §2 splits them, and as csv-parse does without `relax_quotes`: a quote
 * opens a quoted field only at the field's start (after the delimiter, a line break or the file's
 * start), `""` inside one is a quote, and a line break inside one belongs to the field. A stray
 * quote inside an unquoted field changes nothing here; csv-parse reports that row itself.
 *
 * Feed it the decoded text in order with {@link push} and finish with {@link end}; the text they
 * return, joined, is the input with each oversized row replaced.
 */
export class CsvRowGuard {
  #row = '';
  #length = 0;
  #oversized = false;
  /** The line breaks inside the oversized row, kept so later rows keep their line numbers. */
  #breaks = '';
  #quoted = false;
  /** The last quote closed a quoted field: a quote right after it is an escaped one. */
  #closed = false;
  #previous = '';

  /**
   * @param delimiter - The file's delimiter (a field starts after it).
   * @param maxChars - The longest row kept, in UTF-16 code units (characters of the decoded text).
   */
  constructor(
    private readonly delimiter: string,
    private readonly maxChars: number,
  ) {}

  /** Takes the next piece of text; returns the complete rows it ended, oversized ones replaced. */
  push(text: string): string {
    let out = '';
    let from = 0;
    SPECIAL.lastIndex = 0;
    for (let match = SPECIAL.exec(text); ; match = SPECIAL.exec(text)) {
      const at = match === null ? text.length : match.index;
      if (at > from) {
        this.#add(text.slice(from, at));
        this.#previous = text[at - 1]!;
        this.#closed = false;
      }
      if (match === null) break;
      const char = text[at]!;
      if (char === '"') this.#quote();
      else if (this.#quoted) {
        this.#breaks += char;
        this.#add(char);
      } else out += this.#finishRow(char);
      this.#previous = char;
      from = at + 1;
    }
    return out;
  }

  /** Ends the text; returns the last row (an oversized one replaced and ended with a line break). */
  end(): string {
    if (this.#oversized) return `${this.#replacement()}\n`;
    const rest = this.#row;
    this.#row = '';
    return rest;
  }

  #quote(): void {
    const fieldStart =
      this.#previous === '' ||
      this.#previous === this.delimiter ||
      this.#previous === '\n' ||
      this.#previous === '\r' ||
      this.#previous === '\uFEFF';
    if (this.#quoted) {
      this.#quoted = false;
      this.#closed = true;
    } else if ((this.#closed && this.#previous === '"') || fieldStart) {
      this.#quoted = true;
      this.#closed = false;
    }
    this.#add('"');
  }

  #add(text: string): void {
    this.#length += text.length;
    if (this.#oversized) return;
    if (this.#length > this.maxChars) {
      this.#oversized = true;
      this.#row = '';
      return;
    }
    this.#row += text;
  }

  #finishRow(lineBreak: string): string {
    const row = this.#oversized ? this.#replacement() : this.#row;
    this.#row = '';
    this.#length = 0;
    this.#oversized = false;
    this.#breaks = '';
    this.#closed = false;
    return row + lineBreak;
  }

  #replacement(): string {
    return `"${OVERSIZED_ROW}${this.#breaks}"`;
  }
}
