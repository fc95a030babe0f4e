import { createReadStream } from 'node:fs';
import { checkReadable, type ScanSink } from './importer.js';

/** One message of a mailbox, its bytes without the `From ` envelope line. */
export interface MboxMessage {
  readonly bytes: Buffer;
  /** The 1-based line of its `From ` line. */
  readonly line: number;
  /** The 1-based message number. */
  readonly record: number;
}

const SEPARATOR = Buffer.from('\nFrom ');
const NEWLINE = 0x0a;

function countNewlines(bytes: Buffer, from = 0, to = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE, from); i >= 0 && i < to; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** Undoes mboxrd quoting: `>From ` at a line start loses one `>`. */
function unquote(bytes: Buffer): Buffer {
  if (bytes.indexOf('\n>') < 0 && bytes[0] !== 0x3e) return bytes;
  // latin1 maps bytes to code units one to one, so 8-bit bodies survive the round trip.
  return Buffer.from(bytes.toString('latin1').replace(/(^|\n)>(>*From )/gu, '$1$2'), 'latin1');
}

/**
 * Splits an mbox file into messages as a stream (postal-mime parses one message at a time and
 * streams nothing). A message is anything between two lines starting `From `; a message over
 * `maxBytes` is skipped unbuffered and rejected; a last message cut off without its final
 * newline is rejected as truncated.
 */
export async function* splitMbox(
  path: string,
  sink: ScanSink,
  maxBytes: number,
): AsyncGenerator<MboxMessage, void, undefined> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let record = 0;
  let line = 1;
  let startLine = 1;
  let started = false;
  let carry: Buffer = Buffer.alloc(0);
  let lastByte = -1;
  const append = (bytes: Buffer): void => {
    if (oversized || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxBytes) {
      oversized = true;
      parts = [];
    } else parts.push(bytes);
  };
  const finish = (): MboxMessage | undefined => {
    if (!started) return undefined;
    const message = { line: startLine, record };
    if (oversized) {
      sink.reject(message, `the message is longer than ${maxBytes} bytes`);
      return undefined;
    }
    const bytes = Buffer.concat(parts);
    const eol = bytes.indexOf(NEWLINE);
    return { ...message, bytes: unquote(eol < 0 ? Buffer.alloc(0) : bytes.subarray(eol + 1)) };
  };
  const begin = (): void => {
    record++;
    started = true;
    parts = [];
    size = 0;
    oversized = false;
    startLine = line;
  };
  await checkReadable(path);
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1]!;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      let pos = 0;
      if (!started) {
        if (data.length < 5) {
          carry = data;
          continue;
        }
        if (data.subarray(0, 5).toString('latin1') !== 'From ') {
          sink.reject({ line: 1, record: 1 }, 'an mbox starts with a "From " line');
          return;
        }
        begin();
      }
      for (let at = data.indexOf(SEPARATOR, pos); at >= 0; at = data.indexOf(SEPARATOR, pos)) {
        append(data.subarray(pos, at + 1));
        line += countNewlines(data, pos, at + 1);
        const message = finish();
        if (message) yield message;
        begin();
        pos = at + 1;
      }
      // Keep a tail that may hold the start of the next separator.
      const keep = Math.max(pos, data.length - (SEPARATOR.length - 1));
      append(data.subarray(pos, keep));
      line += countNewlines(data, pos, keep);
      carry = Buffer.from(data.subarray(keep));
    }
    append(carry);
    if (started && lastByte !== NEWLINE) {
      sink.reject({ line: startLine, record }, 'truncated: the mailbox ends inside a message');
      return;
    }
    const message = finish();
    if (message) yield message;
  } finally {
    stream.destroy();
  }
}
