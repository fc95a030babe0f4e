import type { TextChunk } from './_decode.js';
import { fail, type ScanSink } from './importer.js';

/** One tag of the document, in order. */
export type XmlEvent =
  | {
      readonly type: 'open';
      readonly name: string;
      /** The raw attribute text; read it with {@link xmlAttributes}. */
      readonly attributes: string;
      readonly selfClosing: boolean;
      readonly line: number;
    }
  | { readonly type: 'close'; readonly name: string; readonly line: number }
  | { readonly type: 'oversized'; readonly name: string; readonly line: number }
  | { readonly type: 'eof'; readonly truncated: boolean; readonly line: number };

const NAME = /^[A-Za-z_][\w.:-]*/u;
const TAG_DELIMITERS = /["'>]/gu;

/** Where a tag ends (the index of its `>`), or the quote still open at the end of the text. */
function tagEnd(
  text: string,
  from: number,
  quote: string | null,
): { end: number } | { quote: string | null } {
  let i = from;
  let open = quote;
  for (;;) {
    if (open !== null) {
      const close = text.indexOf(open, i);
      if (close < 0) return { quote: open };
      open = null;
      i = close + 1;
      continue;
    }
    TAG_DELIMITERS.lastIndex = i;
    const m = TAG_DELIMITERS.exec(text);
    if (!m) return { quote: null };
    if (m[0] === '>') return { end: m.index };
    open = m[0];
    i = m.index + 1;
  }
}

/**
 * Markup whose start is buffered but whose end has not arrived yet, with where its scan
 * stopped: the next chunk is searched alone, so a long tag is read once, not once a chunk.
 */
type Waiting =
  | { readonly kind: 'tag'; readonly quote: string | null; readonly name: string }
  | { readonly kind: 'markup'; readonly close: string };

/** Buffered text, kept as pieces and joined once (joining each chunk would copy it once a chunk). */
interface Pending {
  readonly pieces: string[];
  length: number;
  waiting: Waiting;
  /** The line the buffered markup starts on. */
  readonly line: number;
}

/**
 * Where the waiting markup ends in the buffered text followed by `next`: the index of a tag's
 * `>` or of a comment's closing delimiter, counted from the buffer's start; or the state to
 * carry when it does not end in `next` either. Reads `next` and at most the last two buffered
 * characters, never the rest again.
 */
function resumeEnd(pending: Pending, next: string): { end: number } | { waiting: Waiting } {
  const { waiting } = pending;
  if (waiting.kind === 'tag') {
    const found = tagEnd(next, 0, waiting.quote);
    return 'end' in found
      ? { end: pending.length + found.end }
      : { waiting: { ...waiting, quote: found.quote } };
  }
  // A closing delimiter may straddle the chunk boundary: keep its first characters in view.
  // Never before the third character, where the original search started (`<!-->` is closed).
  const from = Math.max(2, pending.length - (waiting.close.length - 1));
  let tail = '';
  for (let i = pending.pieces.length - 1, start = pending.length; i >= 0 && start > from; i--) {
    const piece = pending.pieces[i]!;
    start -= piece.length;
    tail = piece.slice(Math.max(0, from - start)) + tail;
  }
  const at = (tail + next).indexOf(waiting.close);
  return at < 0 ? { waiting } : { end: from + at };
}

/**
 * A streaming scanner for the plain XML phone backups are written in: elements and attributes
 * only. It never reads a DTD: a `<!DOCTYPE` or `<!ENTITY` ends the import, so external
 * entities (XXE) and entity expansion ("billion laughs") cannot happen. Memory stays bounded:
 * a tag longer than `maxChars` is skipped unbuffered and reported as `oversized`. Time stays
 * linear: markup spanning chunks is searched a chunk at a time, each character once.
 *
 * @throws ImportError on a DTD or a markup error that makes the rest unreadable.
 */
export async function* scanXml(
  chunks: AsyncIterable<TextChunk>,
  file: string,
  sink: ScanSink,
  maxChars: number,
): AsyncGenerator<XmlEvent, void, undefined> {
  // Text too short to tell what markup starts there (a lone `<`, a `<!` shorter than `<![CDATA[`).
  let buf = '';
  let pending: Pending | undefined;
  let line = 1;
  // Skipping an oversized tag: its name, first line and the quote open at the buffer's end.
  let skipping: { name: string; line: number; quote: string | null } | undefined;
  const countLines = (text: string, from: number, to: number): void => {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) line++;
  };
  for await (const chunk of chunks) {
    let text: string;
    // The end of the markup at the text's start, when the scan of earlier chunks found it.
    let knownEnd: number | undefined;
    if (skipping) {
      const found = tagEnd(chunk.text, 0, skipping.quote);
      if ('quote' in found) {
        countLines(chunk.text, 0, chunk.text.length);
        skipping = { ...skipping, quote: found.quote };
        continue;
      }
      countLines(chunk.text, 0, found.end);
      yield { type: 'oversized', name: skipping.name, line: skipping.line };
      skipping = undefined;
      text = chunk.text.slice(found.end + 1);
    } else if (pending) {
      const found = resumeEnd(pending, chunk.text);
      if ('waiting' in found) {
        pending.pieces.push(chunk.text);
        pending.length += chunk.text.length;
        pending.waiting = found.waiting;
        if (pending.length > maxChars) {
          if (found.waiting.kind === 'markup')
            fail(file, sink, { line: pending.line }, `markup longer than ${maxChars} characters`);
          skipping = { name: found.waiting.name, line: pending.line, quote: found.waiting.quote };
          for (const piece of pending.pieces) countLines(piece, 0, piece.length);
          pending = undefined;
        }
        continue;
      }
      text = pending.pieces.join('') + chunk.text;
      knownEnd = found.end;
      pending = undefined;
    } else text = buf + chunk.text;
    buf = '';
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        countLines(text, pos, text.length);
        pos = text.length;
        break;
      }
      countLines(text, pos, lt);
      pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      const resumed = lt === 0 ? knownEnd : undefined;
      knownEnd = undefined;
      if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
        // Not enough text yet to tell a comment from a declaration: wait for the next chunk.
        if (next === 0x21 && text.length - lt < 9) break;
        const rest = text.slice(lt, lt + 9);
        let close: string;
        if (next === 0x3f) close = '?>';
        else if (rest.startsWith('<!--')) close = '-->';
        else if (rest.startsWith('<![CDATA[')) close = ']]>';
        else
          fail(
            file,
            sink,
            { line },
            `refused ${rest.replace(/\s.*$/su, '')}: a DTD or entity declaration can smuggle external entities or entity expansion`,
          );
        const end = resumed ?? text.indexOf(close, lt + 2);
        if (end < 0) {
          if (text.length - lt > maxChars)
            fail(file, sink, { line }, `markup longer than ${maxChars} characters`);
          pending = {
            pieces: [text.slice(lt)],
            length: text.length - lt,
            waiting: { kind: 'markup', close },
            line,
          };
          pos = text.length;
          break;
        }
        countLines(text, lt, end);
        pos = end + close.length;
        continue;
      }
      const closing = next === 0x2f; /* / */
      const nameStart = closing ? lt + 2 : lt + 1;
      const found = resumed === undefined ? tagEnd(text, nameStart, null) : { end: resumed };
      if ('quote' in found) {
        const name = NAME.exec(text.slice(nameStart, nameStart + 100))?.[0] ?? '?';
        if (text.length - lt > maxChars) {
          skipping = { name, line, quote: found.quote };
          countLines(text, lt, text.length);
        } else
          pending = {
            pieces: [text.slice(lt)],
            length: text.length - lt,
            waiting: { kind: 'tag', quote: found.quote, name },
            line,
          };
        pos = text.length;
        break;
      }
      const inner = text.slice(nameStart, found.end);
      const name = NAME.exec(inner)?.[0];
      if (!name) fail(file, sink, { line }, `malformed tag ${JSON.stringify(text.slice(lt, lt + 20))}`);
      const tagLine = line;
      countLines(text, lt, found.end);
      pos = found.end + 1;
      if (closing) yield { type: 'close', name, line: tagLine };
      else {
        const selfClosing = inner.endsWith('/');
        yield {
          type: 'open',
          name,
          attributes: inner.slice(name.length, selfClosing ? -1 : undefined),
          selfClosing,
          line: tagLine,
        };
      }
    }
    buf = text.slice(pos);
  }
  const truncated = skipping !== undefined || pending !== undefined || buf.trim().length > 0;
  yield { type: 'eof', truncated, line: skipping?.line ?? pending?.line ?? line };
}

// A name starts after white space and is taken whole (the lookahead-and-backreference idiom
// makes `[^\s=]+` atomic): no backtracking over a long token, so a hostile 4 MB tag stays linear.
const ATTRIBUTE = /(?:^|\s)(?=([^\s=]+))\1\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/** The raw (still escaped) attribute values of a tag. */
export function xmlAttributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set(m[1]!, m[2] ?? m[3] ?? '');
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Why an attribute value could not be decoded. */
export class XmlTextError extends Error {}

/**
 * Decodes the five XML entities and character references. References are decoded as UTF-16
 * code units, so the surrogate pairs SMS Backup & Restore writes for emoji
 * (`&#55357;&#56832;`) become one character (😀) — the step common XML parsers get wrong.
 *
 * A surrogate reference left unpaired (a cut emoji) is kept as the lone code unit it names.
 *
 * @throws XmlTextError on an unknown entity or a bare `&`.
 */
export function decodeXmlText(value: string): string {
  if (!value.includes('&')) return value;
  let out = '';
  let pos = 0;
  for (let amp = value.indexOf('&'); amp >= 0; amp = value.indexOf('&', pos)) {
    out += value.slice(pos, amp);
    const semi = value.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) throw new XmlTextError(`a bare '&' at character ${amp}`);
    const ref = value.slice(amp + 1, semi);
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff || ref.length < 2)
        throw new XmlTextError(`a bad character reference &${ref};`);
      out += code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
    } else {
      const named = NAMED[ref];
      if (named === undefined) throw new XmlTextError(`an undeclared entity &${ref}; (never expanded)`);
      out += named;
    }
    pos = semi + 1;
  }
  // A surrogate left unpaired (a cut emoji: a long text that lost a segment) is kept as it came,
  // as `record()` keeps it: evidence is never refused for it.
  return out + value.slice(pos);
}
