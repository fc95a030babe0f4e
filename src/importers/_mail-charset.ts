/**
 * @module leaktrace/importers/_mail-charset
 *
 * The charset a mail's text is read in where the mail does not say it faithfully: a text part
 * with no charset (RFC 822 mail without any `Content-Type`, still common in bulk spam), one
 * labelled `unknown-8bit` / `x-unknown` (what MTAs write for undeclared 8-bit text), and header
 * lines holding raw 8-bit bytes. Mail clients read such bytes as UTF-8 when they are UTF-8 and
 * else in a fallback charset (Thunderbird's "default text encoding", Windows-1252 in Western
 * locales); the message is rewritten here so that its parser reads them the same way, instead of
 * turning them into U+FFFD and losing the contact. Windows-1252 as the WHATWG Encoding Standard
 * reads it maps every byte to one code point, so the bytes are recoverable from the text kept.
 */
import { isUtf8 } from 'node:buffer';
import { latin1AsWindows1252, legacyCjk, looksWindows1252 } from './_decode.js';

/** What undeclared 8-bit text is read as. */
export type UndeclaredEncoding = 'utf-8' | 'windows-1252' | 'gb18030' | 'big5';

/**
 * The encoding undeclared 8-bit bytes are read in: UTF-8 when they are UTF-8; Windows-1252 when
 * they look Western (lone accented bytes, {@link looksWindows1252}); GB18030 or Big5 when they
 * read as plain Chinese in exactly one of them ({@link legacyCjk}); Windows-1252 otherwise, the
 * mail clients' default, which loses no byte.
 */
export function undeclaredEncoding(bytes: Uint8Array): UndeclaredEncoding {
  if (isUtf8(bytes)) return 'utf-8';
  if (looksWindows1252(bytes)) return 'windows-1252';
  const cjk = legacyCjk(bytes);
  return cjk === 'gb18030' || cjk === 'big5' ? cjk : 'windows-1252';
}

/** Decodes bytes in one of the undeclared encodings (Windows-1252 as WHATWG reads it). */
function decodeAs(bytes: Uint8Array, encoding: UndeclaredEncoding): string {
  if (encoding === 'windows-1252') return latin1AsWindows1252(Buffer.from(bytes).toString('latin1'));
  return new TextDecoder(encoding).decode(bytes);
}

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Where a header block ends (the offset of its blank line) and where the body starts. */
function headerEnd(bytes: Buffer, start: number, end: number): { head: number; body: number } {
  // A part with no headers opens with its blank line.
  if (bytes[start] === 0x0a) return { head: start, body: start + 1 };
  if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) return { head: start, body: start + 2 };
  const lf = bytes.indexOf('\n\n', start);
  const crlf = bytes.indexOf('\r\n\r\n', start);
  const candidates = [
    lf >= 0 && lf < end ? { head: lf + 1, body: lf + 2 } : undefined,
    crlf >= 0 && crlf < end ? { head: crlf + 2, body: crlf + 4 } : undefined,
  ].filter((c) => c !== undefined);
  if (candidates.length === 0) return { head: end, body: end };
  return candidates.reduce((a, b) => (a.head <= b.head ? a : b));
}

/** One header field of a block: its name, its unfolded value and its byte range. */
interface Field {
  readonly name: string;
  readonly value: string;
  readonly start: number;
  /** The offset of the line ending of the field's last line. */
  readonly valueEnd: number;
}

const LINE = /[^\n]*\n?/gu;

/** The header fields of a block (read byte for character), with their offsets. */
function fields(bytes: Buffer, start: number, end: number): Field[] {
  const text = bytes.toString('latin1', start, end);
  const out: { name: string; value: string; start: number; valueEnd: number }[] = [];
  let offset = start;
  for (const [line] of text.matchAll(LINE)) {
    if (line === '') break;
    const body = line.replace(/\r?\n$/u, '');
    const last = out.at(-1);
    if (/^[ \t]/u.test(line) && last) {
      last.value += ` ${body.trim()}`;
      last.valueEnd = offset + body.length;
    } else {
      const colon = body.indexOf(':');
      if (colon > 0)
        out.push({
          name: body.slice(0, colon).trim().toLowerCase(),
          value: body.slice(colon + 1).trim(),
          start: offset,
          valueEnd: offset + body.length,
        });
    }
    offset += line.length;
  }
  return out;
}

const PARAM = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'iu');

function param(value: string, name: string): string | undefined {
  const m = PARAM(name).exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A body's bytes with its `Content-Transfer-Encoding` undone (base64, quoted-printable). */
function transferDecoded(bytes: Buffer, encoding: string): Buffer {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(bytes.toString('latin1').replace(/[^A-Za-z0-9+/]/gu, ''), 'base64');
  if (e !== 'quoted-printable') return bytes;
  return Buffer.from(
    bytes
      .toString('latin1')
      .replace(/=\r?\n/gu, '')
      .replace(/=([0-9A-Fa-f]{2})/gu, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

// How deep multiparts are walked: postal-mime refuses deeper nesting itself.
const MAX_DEPTH = 64;

/** Options of the walk: which declared labels are read as declared. */
interface Walk {
  /** Whether a part declaring `label` reads faithfully in it: a known charset its bytes are valid in. */
  readonly readsAs: (label: string, body: Uint8Array) => boolean;
  readonly edits: Edit[];
}

/** Collects the edits of one part (and of the parts inside a multipart). */
function walkPart(
  bytes: Buffer,
  start: number,
  end: number,
  depth: number,
  walk: Walk,
  inDigest: boolean,
): void {
  const { head, body } = headerEnd(bytes, start, end);
  const header = fields(bytes, start, head);
  fixHeaderLines(bytes, start, head, walk);
  const contentType = header.find((f) => f.name === 'content-type');
  const type = (contentType?.value.split(';')[0] ?? (inDigest ? 'message/rfc822' : 'text/plain'))
    .trim()
    .toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = contentType ? param(contentType.value, 'boundary') : undefined;
    if (boundary === undefined || depth >= MAX_DEPTH) return;
    for (const [from, to] of partsOf(bytes, body, end, boundary))
      walkPart(bytes, from, to, depth + 1, walk, type === 'multipart/digest');
    return;
  }
  if (!type.startsWith('text/') || body >= end) return;
  const label = contentType ? param(contentType.value, 'charset') : undefined;
  const cte = header.find((f) => f.name === 'content-transfer-encoding')?.value ?? '7bit';
  const decoded = transferDecoded(bytes.subarray(body, end), cte);
  if (label !== undefined && walk.readsAs(label, decoded)) return;
  const chosen = undeclaredEncoding(decoded);
  if (label === undefined && chosen === 'utf-8') return;
  if (contentType === undefined) {
    walk.edits.push({ at: start, remove: 0, insert: `Content-Type: text/plain; charset=${chosen}\r\n` });
  } else if (label === undefined) {
    walk.edits.push({ at: contentType.valueEnd, remove: 0, insert: `; charset=${chosen}` });
  } else {
    // Replace the unknown label where it is written.
    const text = bytes.toString('latin1', contentType.start, contentType.valueEnd);
    const m = /(charset\s*=\s*"?)([^\s";]+)/iu.exec(text);
    if (m)
      walk.edits.push({
        at: contentType.start + m.index + m[1]!.length,
        remove: m[2]!.length,
        insert: chosen,
      });
  }
}

/** The byte ranges of a multipart body's parts (RFC 2046 §5.1.1 delimiter lines). */
function partsOf(bytes: Buffer, start: number, end: number, boundary: string): [number, number][] {
  const delimiter = `--${boundary}`;
  const ranges: [number, number][] = [];
  let open: number | undefined;
  let at = start;
  while (at < end) {
    const found = bytes.indexOf(delimiter, at);
    if (found < 0 || found >= end) break;
    const lineStart = found === start || bytes[found - 1] === 0x0a;
    const lineEnd = bytes.indexOf('\n', found);
    const next = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
    if (lineStart) {
      if (open !== undefined) {
        // The line ending before the delimiter belongs to the delimiter.
        let close = found;
        if (bytes[close - 1] === 0x0a) close--;
        if (bytes[close - 1] === 0x0d) close--;
        ranges.push([open, Math.max(open, close)]);
      }
      if (bytes.toString('latin1', found + delimiter.length, found + delimiter.length + 2) === '--')
        return ranges;
      open = next;
    }
    at = next;
  }
  // A last part whose closing delimiter never came runs to the end.
  if (open !== undefined && open < end) ranges.push([open, end]);
  return ranges;
}

/** Header lines holding bytes that are not UTF-8, rewritten as UTF-8 of their likely reading. */
function fixHeaderLines(bytes: Buffer, start: number, end: number, walk: Walk): void {
  if (isUtf8(bytes.subarray(start, end))) return;
  let offset = start;
  while (offset < end) {
    const nl = bytes.indexOf('\n', offset);
    const stop = nl < 0 || nl >= end ? end : nl;
    const line = bytes.subarray(offset, stop);
    if (!isUtf8(line)) {
      const text = decodeAs(line, undeclaredEncoding(line));
      walk.edits.push({ at: offset, remove: line.length, insert: text });
    }
    offset = stop + 1;
  }
}

/**
 * The message with each text part that declares no charset, one `readsAs` refuses (a label the
 * parser does not know) or one its bytes are not valid in (a Latin-1 `ü` in a part labelled
 * UTF-8, routine in bulk mail, and which the parser would turn into U+FFFD) labelled with the
 * encoding its bytes are in ({@link undeclaredEncoding}; a UTF-8 part without a label is left
 * alone, its parser's default), and each header line holding non-UTF-8 bytes rewritten in UTF-8
 * as that reading; the same bytes when nothing needs it. Inserted labels and rewritten header
 * text are UTF-8 bytes; the bodies are never touched, and every reading chosen keeps every byte
 * (Windows-1252 maps each byte to a code point).
 *
 * @param bytes - One raw message (RFC 5322).
 * @param readsAs - Whether a text part declaring a charset label reads faithfully in it: the label
 *   names an encoding the parser decodes and the part's body (transfer encoding undone) is valid
 *   in it.
 * @returns The message to parse, and whether anything was changed.
 */
export function withUndeclaredCharsets(
  bytes: Buffer,
  readsAs: (label: string, body: Uint8Array) => boolean,
): { bytes: Buffer; changed: boolean } {
  const walk: Walk = { readsAs, edits: [] };
  walkPart(bytes, 0, bytes.length, 0, walk, false);
  if (walk.edits.length === 0) return { bytes, changed: false };
  const pieces: Buffer[] = [];
  let at = 0;
  for (const edit of [...walk.edits].sort((a, b) => a.at - b.at)) {
    if (edit.at < at) continue;
    pieces.push(bytes.subarray(at, edit.at), Buffer.from(edit.insert, 'utf8'));
    at = edit.at + edit.remove;
  }
  pieces.push(bytes.subarray(at));
  return { bytes: Buffer.concat(pieces), changed: true };
}
