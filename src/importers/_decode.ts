import { isUtf8 } from 'node:buffer';
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

/**
 * Streams a file as text in bounded chunks. UTF-8 is validated: the first malformed byte is
 * reported (with its offset) and ends the import, so nothing is ever stored as mojibake.
 * GB18030/GBK is decoded when chosen, or when sniffed (`auto`): the head of the file is not
 * UTF-8 but is GB18030.
 *
 * @throws ImportError at the first byte that is not valid in the encoding.
 */
export async function* readText(
  file: string,
  sink: ScanSink,
  encoding: TextEncoding = 'utf-8',
): AsyncGenerator<TextChunk, void, undefined> {
  let chosen: 'utf-8' | 'gb18030' | undefined = encoding === 'auto' ? undefined : encoding;
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  let gb: TextDecoder | undefined;
  let first = true;
  const decode = function* (bytes: Buffer, last: boolean): Generator<TextChunk> {
    if (chosen === 'gb18030') {
      gb ??= new TextDecoder('gb18030', { fatal: true });
      let text: string;
      try {
        text = gb.decode(bytes, { stream: !last });
      } catch {
        fail(file, sink, { offset }, `not valid GB18030 in the ${bytes.length} bytes from this offset`);
      }
      yield { text, byteOffset: offset };
      offset += bytes.length;
      return;
    }
    const all = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
    const cut = last ? all.length : all.length - incompleteTail(all);
    let start = 0;
    if (first && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) start = 3;
    first = false;
    const body = all.subarray(start, cut);
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body);
      fail(file, sink, { offset: offset + start + Math.max(bad, 0) }, 'not valid UTF-8');
    }
    yield { text: body.toString('utf8'), byteOffset: offset + start };
    offset += cut;
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
