import { createReadStream } from 'node:fs';
import { utf16Of } from './_decode.js';
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

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?';
const ZONE = '(?:[+-]\\d{4}|[A-Z]{2,5}|\\([A-Za-z]{2,5}\\))';
/** asctime (RFC 4155, ctime(3)): `Fri Jul  8 12:08:34 2011`, a zone before or after the year. */
const ASCTIME = `${DAY},? +${MONTH} +\\d{1,2},? +${TIME}(?: +${ZONE})? +\\d{4}(?: +${ZONE})?`;
/** RFC 2822 (5322 §3.3) as some exporters write it: `Mon, 2 Mar 2026 10:00:00 +0000`. */
const RFC2822 = `(?:${DAY},? +)?\\d{1,2} +${MONTH} +\\d{2,4},? +${TIME}(?: +${ZONE}){0,2}`;
/**
 * An envelope line as mbox writers put one: `From ` + sender + date (RFC 4155 §2 names asctime;
 * writers also use RFC 2822 dates, which mutt's `is_from` and Python's `mailbox` accept too):
 * `From MAILER-DAEMON Fri Jul  8 12:08:34 2011`, Thunderbird's `From - Mon Nov 30 …`, Gmail
 * Takeout's `From 1782…@xxx Wed Jan 01 00:00:00 +0000 2026`, `From x@y Mon, 2 Mar 2026 10:00:00
 * +0000`. A body line that merely begins "From " ("From 2026 onwards, …", "From the desk of …",
 * "From Monday, 2 March 2026 10:00") is none: the sender is one word that is not a day's name,
 * and mboxo and mboxcl2 writers leave such body lines unquoted.
 */
const ENVELOPE = new RegExp(`^From (?!${DAY},? )\\S+ +(?:${ASCTIME}|${RFC2822})\\s*$`, 'u');
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

/**
 * A line beginning "From " after a blank line and before a header line that opens a message
 * (`Return-Path:`, `Received:`, `Message-ID:`, …): an envelope line whose date this reader does
 * not know (an exporter's own form). Reading it as body text would fold every later mail into one
 * record, their evidence counted as the first one's; a mail's body practically never holds this
 * shape unquoted (a forward's own header lines say `From:`, with a colon).
 */
const LOOSE_ENVELOPE =
  /\r?\n\r?\n(From [^\r\n]{1,500})\r?\n(?=(?:Return-Path|Received|Delivered-To|X-Original-To|Envelope-To|X-Gmail-Labels|X-GM-THRID|X-Mozilla-Status|Message-ID|Date|From|To|Subject|MIME-Version):)/giu;

/** Offsets (in `bytes`) where an unknown-dated envelope line starts, see {@link LOOSE_ENVELOPE}. */
export function looseEnvelopes(bytes: Buffer): number[] {
  const text = bytes.toString('latin1');
  if (!text.includes('\nFrom ')) return [];
  const starts: number[] = [];
  for (const m of text.matchAll(LOOSE_ENVELOPE)) {
    if (!m[1]!.startsWith('From ')) continue;
    starts.push(m.index + m[0].length - m[1]!.length - (m[0].endsWith('\r\n') ? 2 : 1));
  }
  return starts;
}

/**
 * Whether a declared body length frames the message: the body it declares ends where the message
 * does, before at most the blank line that separates it from the next envelope. mutt checks a
 * `Content-Length` the same way (an envelope line where the declared body ends, else the length
 * is ignored); RFC 4155 §2 notes such lengths are often wrong.
 */
function framesMessage(bytes: Buffer, framing: { start: number; length: number }): boolean {
  const end = framing.start + framing.length;
  if (end > bytes.length || bytes.length - end > 4) return false;
  return /^[\r\n]*$/u.test(bytes.toString('latin1', end));
}

/** Offsets (in `bytes`, past its own first line) where an envelope line starts. */
function envelopeLines(bytes: Buffer): number[] {
  const starts: number[] = [];
  for (let at = bytes.indexOf(SEPARATOR); at >= 0; at = bytes.indexOf(SEPARATOR, at + 1)) {
    const eol = bytes.indexOf(NEWLINE, at + 1);
    if (isEnvelopeLine(bytes.toString('latin1', at + 1, eol < 0 ? bytes.length : eol))) starts.push(at + 1);
  }
  return starts;
}

/** Why a mailbox in UTF-16 is not read (see `utf16Mail` of the mail reader). */
function utf16Mailbox(encoding: 'utf-16le' | 'utf-16be'): string {
  return `the file is ${encoding.toUpperCase()} text (its byte order mark), not the bytes a mailbox is: an editor saved it as "Unicode"; export the mailbox again, or convert it (iconv -f UTF-16 -t UTF-8)`;
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
    // A length past the message bound cannot be a message's: honouring it would make one
    // oversized record of every message after it.
    return declared != null && declared.length <= maxBytes && offset - declared.start < declared.length;
  };
  const append = (bytes: Buffer): void => {
    if (oversized || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxBytes) {
      oversized = true;
      parts = [];
    } else parts.push(bytes);
  };
  const finish = (): MboxMessage[] => {
    if (!started) return [];
    if (oversized) {
      sink.reject({ line: startLine, record }, `the message is longer than ${maxBytes} bytes`);
      return [];
    }
    const bytes = Buffer.concat(parts);
    // With a declared body length that ends where the message ends, the writer's own framing
    // holds; with none, or one that ends elsewhere (a stale or foreign `Content-Length`, which
    // hid the envelope lines after it), every envelope line starts a message, and so does one
    // in an unknown date form.
    const framing = declared === undefined ? declaredBody(bytes) : declared;
    const cuts =
      framing != null && framesMessage(bytes, framing)
        ? []
        : [...new Set([...envelopeLines(bytes), ...looseEnvelopes(bytes)])].sort((a, b) => a - b);
    const messages: MboxMessage[] = [];
    let from = 0;
    let firstLine = startLine;
    for (const cut of [...cuts, bytes.length]) {
      const part = bytes.subarray(from, cut);
      const eol = part.indexOf(NEWLINE);
      if (from > 0) record++;
      messages.push({
        line: firstLine,
        record,
        bytes: unquote(eol < 0 ? Buffer.alloc(0) : withoutSeparatorLine(part.subarray(eol + 1))),
      });
      firstLine += countNewlines(part);
      from = cut;
    }
    return messages;
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
          const utf16 = utf16Of(data);
          sink.reject(
            { line: 1, record: 1 },
            utf16 === undefined ? 'an mbox starts with a "From " line' : utf16Mailbox(utf16),
          );
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
        yield* finish();
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
      // Only the last message is cut: the bytes held may be several (split above by their
      // envelope lines once a declared length proved wrong), and those before it are whole.
      const messages = oversized ? [] : finish();
      const cut = messages.pop() ?? { line: startLine, record };
      yield* messages;
      sink.reject({ line: cut.line, record: cut.record }, 'truncated: the mailbox ends inside a message');
      return;
    }
    yield* finish();
  } finally {
    stream.destroy();
  }
}
