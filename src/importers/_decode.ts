import { isAscii, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { checkReadable, fail, type ScanSink } from './importer.js';

/** The text encodings importers read: UTF-8, GB18030 (a superset of GBK and GB2312), or sniffed. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'auto';

/** A decoded piece of a file and the byte offset it starts at. */
export interface TextChunk {
  readonly text: string;
  readonly byteOffset: number;
}

// Sniffing looks at this much of the file: enough to see a Chinese export's first rows.
const SNIFF_BYTES = 64 * 1024;
const READ_CHUNK = 64 * 1024;

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong
 * forms, surrogates and code points above U+10FFFF included), or -1. Only called once
 * `isUtf8` has said no, so its speed does not matter.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** How many bytes at the end of `bytes` start a sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Whether `bytes` (perhaps ending inside a character) decode as GB18030. */
function gb18030Valid(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function sniff(head: Uint8Array): 'utf-8' | 'gb18030' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const whole = head.subarray(0, head.length - incompleteTail(head));
  if (isUtf8(whole)) return 'utf-8';
  try {
    // GB18030 decodes nearly any byte string; what makes it the answer is that UTF-8 failed
    // and GB18030 did not (a stray 0x80 or 0xFF is invalid in both).
    new TextDecoder('gb18030', { fatal: true }).decode(head, { stream: true });
    return 'gb18030';
  } catch {
    return 'utf-8';
  }
}

// What a line read as UTF-8 holds when it really is UTF-8 Chinese: ASCII, CJK ideographs, CJK
// punctuation and full-width forms only. GB18030 bytes that happen to be valid UTF-8 almost
// never decode to this alone (a 2-byte sequence gives Latin-1/Greek/Cyrillic/Arabic letters,
// and 3-byte ones need lead and trail bytes to line up across characters): about 2 in 100,000
// random three-character GB2312 lines, none of longer ones.
const UTF8_CHINESE = /^[\u0000-\u007f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$/u;

/** Counts the line feeds in `bytes`. */
function countLines(bytes: Uint8Array): number {
  let n = 0;
  let at = bytes.indexOf(0x0a);
  while (at >= 0) {
    n++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return n;
}

/**
 * Streams a file as text in bounded chunks. UTF-8 is validated: the first malformed byte is
 * reported (with its line and offset) and ends the import, so nothing is ever stored as
 * mojibake. GB18030/GBK is decoded when chosen, or when sniffed (`auto`): the head of the file is
 * not UTF-8 but is GB18030 (a head of plain ASCII decides nothing: the first line with other
 * bytes does). A sniffed GB18030 file with a line in UTF-8 Chinese (a row appended by another
 * tool) is refused, naming the line: read either way, one part would be mojibake.
 *
 * @throws ImportError at the first byte that is not valid in the encoding, or at the first line
 *   in another encoding than the file's.
 */
export async function* readText(
  file: string,
  sink: ScanSink,
  encoding: TextEncoding = 'utf-8',
): AsyncGenerator<TextChunk, void, undefined> {
  let chosen: 'utf-8' | 'gb18030' | undefined = encoding === 'auto' ? undefined : encoding;
  const sniffed = encoding === 'auto';
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  // Lines before `offset` (1-based numbers: the line at `offset` is lines + 1).
  let lines = 0;
  // Whether a byte above 0x7F was seen in what was decoded as UTF-8 (before it, the text was ASCII).
  let sawHighByte = false;
  let gb: TextDecoder | undefined;
  // Sniffed GB18030: the bytes of the line not yet ended, to check each whole line.
  let lineCarry: Buffer = Buffer.alloc(0);
  let first = true;
  const checkLines = (bytes: Buffer, last: boolean): void => {
    const all = lineCarry.length > 0 ? Buffer.concat([lineCarry, bytes]) : bytes;
    let start = 0;
    // The carry holds no line feed: it is the start of line `lines + 1`.
    let line = lines + 1;
    const at0 = offset - lineCarry.length;
    for (;;) {
      const end = all.indexOf(0x0a, start);
      if (end < 0 && !last) break;
      const text = all.subarray(start, end < 0 ? all.length : end);
      if (!isAscii(text) && isUtf8(text) && UTF8_CHINESE.test(text.toString('utf8'))) {
        fail(
          file,
          sink,
          { line, offset: at0 + start },
          'mixed encodings: this line is UTF-8 while the file was read as GB18030 from its first bytes; convert the file to one encoding (iconv), or choose encoding gb18030 to read every line as GB18030',
        );
      }
      if (end < 0) break;
      start = end + 1;
      line++;
    }
    lineCarry = Buffer.from(all.subarray(start));
  };
  const decode = function* (bytes: Buffer, last: boolean): Generator<TextChunk> {
    if (chosen === 'gb18030') {
      gb ??= new TextDecoder('gb18030', { fatal: true });
      if (sniffed) checkLines(bytes, last);
      let text: string;
      try {
        text = gb.decode(bytes, { stream: !last });
      } catch {
        fail(file, sink, { offset }, `not valid GB18030 in the ${bytes.length} bytes from this offset`);
      }
      yield { text, byteOffset: offset };
      offset += bytes.length;
      lines += countLines(bytes);
      return;
    }
    const all = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
    const cut = last ? all.length : all.length - incompleteTail(all);
    let start = 0;
    if (first && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) start = 3;
    first = false;
    const body = all.subarray(start, cut);
    if (!isUtf8(body)) {
      const bad = Math.max(firstInvalidUtf8(body), 0);
      // Sniffed from a head of plain ASCII: the first other bytes decide (GBK rows after an
      // English header), when they are GB18030.
      if (sniffed && !sawHighByte && isAscii(body.subarray(0, bad)) && gb18030Valid(all.subarray(start))) {
        chosen = 'gb18030';
        pending = Buffer.alloc(0);
        offset += start;
        yield* decode(Buffer.from(all.subarray(start)), last);
        return;
      }
      fail(
        file,
        sink,
        { line: lines + 1 + countLines(body.subarray(0, bad)), offset: offset + start + bad },
        sniffed
          ? 'not valid UTF-8, while the lines before it were (mixed encodings? convert the file to one encoding, or choose encoding gb18030)'
          : 'not valid UTF-8',
      );
    }
    if (!sawHighByte && !isAscii(body)) sawHighByte = true;
    yield { text: body.toString('utf8'), byteOffset: offset + start };
    offset += cut;
    lines += countLines(body);
    pending = all.subarray(cut);
  };
  await checkReadable(file);
  const stream = createReadStream(file, { highWaterMark: READ_CHUNK });
  let head: Buffer[] | undefined = chosen === undefined ? [] : undefined;
  let headBytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (head) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < SNIFF_BYTES) continue;
        const joined = Buffer.concat(head);
        head = undefined;
        chosen = sniff(joined.subarray(0, SNIFF_BYTES));
        yield* decode(joined, false);
        continue;
      }
      yield* decode(chunk, false);
    }
    if (head) {
      const joined = Buffer.concat(head);
      chosen = sniff(joined);
      yield* decode(joined, true);
    } else yield* decode(Buffer.alloc(0), true);
  } finally {
    stream.destroy();
  }
}
