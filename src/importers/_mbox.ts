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

/**
 * An envelope line as mbox writers put one (RFC 4155: `From ` + sender + asctime date): `From
 * MAILER-DAEMON Fri Jul  8 12:08:34 2011`, Thunderbird's `From - Mon Nov 30 …`, Gmail Takeout's
 * `From 1782…@xxx Wed Jan 01 00:00:00 +0000 2026`. A body line that merely begins "From " ("From
 * 2026 onwards, …", "From the desk of …") is none: mboxo and mboxcl2 writers leave such lines
 * unquoted.
 */
const ENVELOPE =
  /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* +\d{1,2},? +\d{1,2}:\d{2}(?::\d{2})?(?: +(?:[+-]\d{4}|[A-Z]{2,5}))? +\d{4}\s*$/u;
/** An envelope line is short; a longer "From " line is body text. */
const MAX_ENVELOPE = 512;

/** Tells whether the line in `data[start, end)` is an mbox envelope line. */
export function isEnvelopeLine(line: string): boolean {
  return line.length <= MAX_ENVELOPE && ENVELOPE.test(line.replace(/\r$/u, ''));
}

/** Where the body starts and how long `Content-Length` says it is (mboxcl/mboxcl2), if it says. */
function declaredBody(message: Buffer): { start: number; length: number } | null | undefined {
  const crlf = message.indexOf('\r\n\r\n');
  const lf = message.indexOf('\n\n');
  const end = lf >= 0 && (crlf < 0 || lf < crlf) ? lf + 2 : crlf >= 0 ? crlf + 4 : -1;
  if (end < 0) return undefined;
  const m = /^content-length:[ \t]*(\d{1,12})[ \t]*\r?$/imu.exec(message.subarray(0, end).toString('latin1'));
  return m ? { start: end, length: Number(m[1]) } : null;
}

function countNewlines(bytes: Buffer, from = 0, to = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE, from); i >= 0 && i < to; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * A message without the blank line that ends it in a mailbox: RFC 4155 makes that line part of
 * the separator before the next envelope, so the message is the bytes an .eml of it holds.
 */
function withoutSeparatorLine(bytes: Buffer): Buffer {
  const n = bytes.length;
  if (n >= 4 && bytes.toString('latin1', n - 4) === '\r\n\r\n') return bytes.subarray(0, n - 2);
  if (n >= 2 && bytes[n - 1] === NEWLINE && bytes[n - 2] === NEWLINE) return bytes.subarray(0, n - 1);
  return bytes;
}

/** Undoes mboxrd quoting: `>From ` at a line start loses one `>`. */
function unquote(bytes: Buffer): Buffer {
  if (bytes.indexOf('\n>') < 0 && bytes[0] !== 0x3e) return bytes;
  // latin1 maps bytes to code units one to one, so 8-bit bodies survive the round trip.
  return Buffer.from(bytes.toString('latin1').replace(/(^|\n)>(>*From )/gu, '$1$2'), 'latin1');
}

/**
 * Splits an mbox file into messages as a stream (postal-mime parses one message at a time and
 * streams nothing). A message ends before the next envelope line (`From sender date`, see
 * {@link isEnvelopeLine}), never at a body line that merely begins "From ", nor inside the body
 * length a `Content-Length` header declares (mboxcl, mboxcl2); a message over
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
  // The current message's declared body: unknown until its headers end, null without one.
  let declared: { start: number; length: number } | null | undefined;
  const insideDeclaredBody = (head: Buffer, offset: number): boolean => {
    if (declared === undefined && !oversized) declared = declaredBody(Buffer.concat([...parts, head]));
    return declared != null && offset - declared.start < declared.length;
  };
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
    return {
      ...message,
      bytes: unquote(eol < 0 ? Buffer.alloc(0) : withoutSeparatorLine(bytes.subarray(eol + 1))),
    };
  };
  const begin = (): void => {
    record++;
    started = true;
    parts = [];
    size = 0;
    oversized = false;
    declared = undefined;
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
      let search = pos;
      let pending = -1;
      for (let at = data.indexOf(SEPARATOR, search); at >= 0; at = data.indexOf(SEPARATOR, search)) {
        const eol = data.indexOf(NEWLINE, at + 1);
        if (eol < 0 && data.length - at <= MAX_ENVELOPE) {
          // The line goes on in the next chunk: decide then.
          pending = at;
          break;
        }
        const envelope =
          eol >= 0 &&
          isEnvelopeLine(data.subarray(at + 1, eol).toString('latin1')) &&
          !insideDeclaredBody(data.subarray(pos, at + 1), size + (at + 1 - pos));
        if (!envelope) {
          search = at + 1;
          continue;
        }
        append(data.subarray(pos, at + 1));
        line += countNewlines(data, pos, at + 1);
        const message = finish();
        if (message) yield message;
        begin();
        pos = at + 1;
        search = pos;
      }
      // Keep a tail that may hold the start of the next separator.
      const keep = pending >= 0 ? pending : Math.max(pos, data.length - (SEPARATOR.length - 1));
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
