/**
 * @module leaktrace/importers/android
 *
 * Android "SMS Backup & Restore" backups (`calls.xml`, `sms.xml` with `<mms>` text parts) as
 * contacts, read as a stream.
 */
import { ConfigError } from '../errors.js';
import type { ContactInput } from '../schemas/contact.js';
import { readText } from './_decode.js';
import { decodeXmlText, scanXml, type XmlEvent, XmlTextError, xmlAttributes } from './_xml-scanner.js';
import {
  DEFAULT_MAX_RECORD_BYTES,
  type ImportOptions,
  positiveInt,
  runImport,
  type ScannedRecord,
  type ScanSink,
  stableId,
} from './importer.js';

/** Options of {@link readAndroidBackup}. */
export interface AndroidBackupOptions extends ImportOptions {
  /** The phone number the backup was taken on: the `to` of every contact. */
  readonly owner: string;
}

/** What an Android call-log `type` means (`android.provider.CallLog.Calls`). */
export type AndroidCallKind =
  | 'incoming'
  | 'outgoing'
  | 'missed'
  | 'voicemail'
  | 'rejected'
  | 'blocked'
  | 'answered-externally';

/** Call-log `type` codes. Every kind but `outgoing` is someone reaching the owner. */
export const ANDROID_CALL_TYPES: Readonly<Record<string, AndroidCallKind>> = {
  '1': 'incoming',
  '2': 'outgoing',
  '3': 'missed',
  '4': 'voicemail',
  '5': 'rejected',
  '6': 'blocked',
  '7': 'answered-externally',
};

/** SMS `type` codes (`Telephony.TextBasedSmsColumns`); only `1` (inbox) was received. */
export const ANDROID_SMS_TYPES: Readonly<Record<string, string>> = {
  '1': 'inbox',
  '2': 'sent',
  '3': 'draft',
  '4': 'outbox',
  '5': 'failed',
  '6': 'queued',
};

// MMS address types (PduHeaders): 137 is FROM.
const MMS_FROM = '137';
// Android writes "-1", "-2", "-3" (or nothing) for private, unknown and payphone callers.
const HIDDEN_NUMBER = /^(?:-\d|)$/u;

/** The value of an attribute, decoded; `null` text (SB&R's "no value") becomes undefined. */
function attr(attrs: Map<string, string>, name: string): string | undefined {
  const raw = attrs.get(name);
  if (raw === undefined || raw === 'null') return undefined;
  return decodeXmlText(raw);
}

/** `date` in epoch milliseconds (trusted over `readable_date`, which is device-local text). */
function epochMs(value: string | undefined): number {
  if (value === undefined || !/^\d{1,16}$/u.test(value))
    throw new XmlTextError(`date ${JSON.stringify(value)} is not epoch milliseconds`);
  const n = Number(value);
  // Old MMS rows carry seconds; no phone backup holds a date before 1973 in milliseconds.
  return n < 1e11 ? n * 1000 : n;
}

function knownName(name: string | undefined): string | undefined {
  return name === undefined || name === '' || name === '(Unknown)' ? undefined : name;
}

interface Mms {
  readonly attrs: Map<string, string>;
  readonly line: number;
  readonly record: number;
  readonly texts: string[];
  from?: string;
  bad?: string;
}

async function* scanBackup(
  path: string,
  options: AndroidBackupOptions,
  sink: ScanSink,
): AsyncGenerator<ScannedRecord, void, undefined> {
  const owner = options.owner;
  const maxChars = positiveInt('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_RECORD_BYTES);
  let record = 0;
  let root: string | undefined;
  let rootClosed = false;
  let mms: Mms | undefined;
  const events: AsyncIterable<XmlEvent> = scanXml(readText(path, sink, 'utf-8'), path, sink, maxChars);
  for await (const event of events) {
    if (event.type === 'eof') {
      if (mms) sink.reject({ line: mms.line, record: mms.record }, 'truncated: the file ends inside <mms>');
      else if (event.truncated)
        sink.reject({ line: event.line, record: record + 1 }, 'truncated: the file ends inside a record');
      else if (root && !rootClosed) sink.reject({ line: event.line }, `truncated: <${root}> is never closed`);
      else if (!root)
        sink.reject({ line: event.line }, 'no <calls> or <smses> element: not an SMS Backup & Restore file');
      break;
    }
    if (event.type === 'oversized') {
      // An MMS image part is skipped (only text is evidence here); a whole record is rejected.
      if (event.name === 'part' && mms) continue;
      sink.reject(
        { line: event.line, record: ++record },
        `<${event.name}> is longer than ${maxChars} characters`,
      );
      continue;
    }
    if (event.type === 'close') {
      if (event.name === root) rootClosed = true;
      if (event.name === 'mms' && mms) {
        const done = mms;
        mms = undefined;
        if (done.bad) sink.reject({ line: done.line, record: done.record }, done.bad);
        else {
          const item = mmsContact(done, owner);
          if (item) yield item;
        }
      }
      continue;
    }
    if (!root) {
      if (event.name !== 'calls' && event.name !== 'smses') {
        sink.reject(
          { line: event.line },
          `<${event.name}> is not <calls> or <smses>: not an SMS Backup & Restore file`,
        );
        return;
      }
      root = event.name;
      continue;
    }
    const attrs = xmlAttributes(event.attributes);
    try {
      if (event.name === 'call' || event.name === 'sms') {
        const at = { line: event.line, record: ++record };
        const contact = event.name === 'call' ? callContact(attrs, owner) : smsContact(attrs, owner);
        if (contact) yield { ...at, contact };
      } else if (event.name === 'mms') {
        mms = { attrs, line: event.line, record: ++record, texts: [] };
        if (event.selfClosing) {
          const item = mmsContact(mms, owner);
          mms = undefined;
          if (item) yield item;
        }
      } else if (mms && event.name === 'part') {
        if (attrs.get('ct') === 'text/plain') {
          const text = attr(attrs, 'text');
          if (text !== undefined) mms.texts.push(text);
        }
      } else if (mms && event.name === 'addr' && attrs.get('type') === MMS_FROM) {
        const from = attr(attrs, 'address');
        if (from !== undefined) mms.from = from;
      }
    } catch (error) {
      if (!(error instanceof XmlTextError)) throw error;
      if (mms && event.name !== 'mms') mms.bad ??= error.message;
      else sink.reject({ line: event.line, record }, error.message);
    }
  }
}

function callContact(attrs: Map<string, string>, owner: string): ContactInput | undefined {
  const type = attrs.get('type') ?? '';
  const kind = ANDROID_CALL_TYPES[type];
  if (!kind) throw new XmlTextError(`unknown call type ${JSON.stringify(type)}`);
  if (kind === 'outgoing') return undefined;
  const number = attr(attrs, 'number') ?? '';
  const date = epochMs(attrs.get('date'));
  const name = knownName(attr(attrs, 'contact_name'));
  return {
    id: stableId('android-call', [number, date, type, attrs.get('duration')]),
    channel: 'call',
    at: date,
    to: owner,
    ...(HIDDEN_NUMBER.test(number) ? {} : { from: number }),
    ...(name === undefined ? {} : { fromName: name }),
  };
}

function smsContact(attrs: Map<string, string>, owner: string): ContactInput | undefined {
  const type = attrs.get('type') ?? '';
  if (!ANDROID_SMS_TYPES[type]) throw new XmlTextError(`unknown sms type ${JSON.stringify(type)}`);
  if (type !== '1') return undefined;
  const address = attr(attrs, 'address') ?? '';
  const date = epochMs(attrs.get('date'));
  const body = attr(attrs, 'body');
  const subject = attr(attrs, 'subject');
  const name = knownName(attr(attrs, 'contact_name'));
  const content = [subject, body].filter((t) => t !== undefined).join('\n');
  return {
    id: stableId('android-sms', [address, date, type, body]),
    channel: 'sms',
    at: date,
    to: owner,
    ...(address === '' ? {} : { from: address }),
    ...(name === undefined ? {} : { fromName: name }),
    ...(content === '' ? {} : { content }),
  };
}

function mmsContact(mms: Mms, owner: string): ScannedRecord | undefined {
  const box = mms.attrs.get('msg_box');
  if (box !== '1') return undefined;
  const at = { line: mms.line, record: mms.record };
  const date = epochMs(mms.attrs.get('date'));
  const from = mms.from ?? attr(mms.attrs, 'address')?.split('~')[0];
  const subject = attr(mms.attrs, 'sub');
  const name = knownName(attr(mms.attrs, 'contact_name'));
  const content = [subject, ...mms.texts].filter((t) => t !== undefined).join('\n');
  return {
    ...at,
    contact: {
      id: stableId('android-mms', [from, date, attr(mms.attrs, 'm_id'), content]),
      channel: 'sms',
      at: date,
      to: owner,
      ...(from === undefined || HIDDEN_NUMBER.test(from) ? {} : { from }),
      ...(name === undefined ? {} : { fromName: name }),
      ...(content === '' ? {} : { content }),
    },
  };
}

/**
 * Reads an SMS Backup & Restore `calls.xml` or `sms.xml` (with `<mms>` text parts) as
 * contacts: incoming, missed, rejected, blocked and voicemail calls and received texts.
 * Outgoing calls and sent texts are never contacts.
 *
 * Hint: the file is streamed (memory stays bounded on a 1 GB backup); a DTD is refused, so
 * external entities and entity expansion cannot happen; emoji written as surrogate character
 * references (`&#55357;&#56832;`) are decoded; `date` (epoch ms) is trusted over
 * `readable_date`. Each record gets a stable id from what the backup holds (never from
 * `owner`): importing the file again, with any options, adds nothing.
 *
 * @param path - The backup file.
 * @param options - `owner` (the phone's own number, every contact's `to`), `onReject`, `strict`.
 * @returns The contacts, for `tracer.recordMany()`.
 * @throws ConfigError when `owner` is missing.
 * @throws ImportError on a DTD, bytes that are not UTF-8, or (strict) any bad record.
 * @example
 * ```ts
 * import { readAndroidBackup } from 'leaktrace/importers/android';
 * const summary = await tracer.recordMany(
 *   readAndroidBackup('sms.xml', { owner: '+8613900139001', onReject: (r) => console.warn(r) }),
 * );
 * ```
 */
export function readAndroidBackup(path: string, options: AndroidBackupOptions): AsyncIterable<ContactInput> {
  if (typeof options?.owner !== 'string' || options.owner.trim() === '')
    throw new ConfigError('owner: the phone number the backup was taken on is required');
  return runImport(path, options, (sink) => scanBackup(path, options, sink));
}
