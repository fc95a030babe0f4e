/**
 * @module leaktrace/importers/android
 *
 * Android "SMS Backup & Restore" backups (`calls.xml`, `sms.xml` with `<mms>` text parts) as
 * contacts, read as a stream.
 */

import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { parsePhone, phoneKey } from '../match/normalize-phone.js';
import type { ContactInput } from '../schemas/contact.js';
import { readText, xmlEncoding } from './_decode.js';
import { isSpamLabel } from './_spam-labels.js';
import { decodeXmlText, scanXml, type XmlEvent, XmlTextError, xmlAttributes } from './_xml-scanner.js';
import {
  checkOptions,
  DEFAULT_MAX_RECORD_BYTES,
  type ImportOptions,
  importOptionsShape,
  positiveInt,
  runImport,
  type ScannedRecord,
  type ScanSink,
  stableId,
} from './importer.js';

/** Options of {@link readAndroidBackup}. */
export interface AndroidBackupOptions extends ImportOptions {
  /**
   * The line each record reached. A number: the phone has one SIM (a backup whose records name
   * two SIMs is refused). A map from the SIM's id as the backup writes it (`subscription_id` on
   * `<call>`, `sub_id` on `<sms>`/`<mms>`) to its number: a dual-SIM phone, each record filed
   * under the line it came in on. A record that names its line (`phone_account_address`) is
   * filed under that number.
   */
  readonly owner: string | Readonly<Record<string, string>>;
  /**
   * Keep records from the person's own circle: a caller saved in the phone's address book
   * (`contact_name`) or one the owner called or texted, in the same backup, before it first
   * reached the owner (a call back or an unsubscribe reply does not count). Skipped when omitted:
   * they are not strangers reaching an identity.
   */
  readonly keepCircle?: boolean;
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

/**
 * The name the phone saved a number under, when it names someone: not "(Unknown)", and not a
 * warning label the person gave a nuisance caller ("贷款骚扰", "Spam – don't answer"): such a
 * caller is a stranger, kept as evidence, never the person's circle.
 */
function knownName(name: string | undefined): string | undefined {
  return name === undefined || name === '' || name === '(Unknown)' || isSpamLabel(name) ? undefined : name;
}

interface Mms {
  readonly attrs: Map<string, string>;
  readonly line: number;
  readonly record: number;
  readonly texts: string[];
  from?: string;
  bad?: string;
}

/** A SIM id as the backup writes it, or undefined when it names none (`-1`, empty, `null`). */
function simOf(attrs: Map<string, string>, name: 'call' | 'sms' | 'mms'): string | undefined {
  const raw = attr(attrs, name === 'call' ? 'subscription_id' : 'sub_id')?.trim();
  return raw === undefined || raw === '' || /^-\d+$/u.test(raw) ? undefined : raw;
}

// Replies that unsubscribe from a text campaign (China's 回T退订, "STOP" elsewhere).
const UNSUBSCRIBE = /^(?:t|td|n|r|0000|00000|退订|退|取消|stop|unsubscribe|quit|end|cancel|stopall)$/iu;

// A line written as a number (`phone_account_address` is sometimes an account id instead).
const PHONE_LIKE = /^\+?[\d\s()-]{5,20}$/u;

/** What a first pass over the backup tells: the SIMs it holds and the numbers the owner wrote to. */
interface Survey {
  /** SIM ids of records that do not name their line. */
  readonly sims: Set<string>;
  /** How many received records name no SIM and no line. */
  unnamed: number;
  /** Numbers (keys) the owner called or texted, with the first time (not an unsubscribe reply). */
  readonly firstOut: Map<string, number>;
  /** Numbers (keys) that reached the owner, with the first time. */
  readonly firstIn: Map<string, number>;
  /** Numbers (keys) the owner reached before they reached the owner: the person's circle. */
  readonly called: Set<string>;
}

async function survey(path: string, region: string, maxChars: number): Promise<Survey> {
  const out: Survey = {
    sims: new Set(),
    unnamed: 0,
    firstOut: new Map(),
    firstIn: new Map(),
    called: new Set(),
  };
  const quiet: ScanSink = { reject: () => undefined, skip: () => undefined };
  const events = scanXml(readText(path, quiet, await xmlEncoding(path)), path, quiet, maxChars);
  try {
    for await (const event of events) {
      try {
        surveyEvent(event, out, region);
      } catch (error) {
        if (!(error instanceof XmlTextError)) throw error;
      }
    }
  } catch {
    // A broken file: the reading pass reports where, after the records before it.
  }
  for (const [number, at] of out.firstOut)
    if (at < (out.firstIn.get(number) ?? Number.POSITIVE_INFINITY)) out.called.add(number);
  return out;
}

function surveyEvent(event: XmlEvent, out: Survey, region: string): void {
  if (event.type !== 'open') return;
  const kind = event.name;
  if (kind !== 'call' && kind !== 'sms' && kind !== 'mms') return;
  const attrs = xmlAttributes(event.attributes);
  const type = kind === 'mms' ? attrs.get('msg_box') : attrs.get('type');
  const sent = kind === 'call' ? type === '2' : type === '2' || type === '4';
  const at = Number(attrs.get('date'));
  const numbers = (attr(attrs, kind === 'call' ? 'number' : 'address') ?? '')
    .split('~')
    .filter(Boolean)
    .map((n) => numberKey(n, region));
  // The owner reaching a number first makes it the circle; a call back or an unsubscribe reply
  // ("T", "TD", "退订", "STOP") to an unsolicited text does not.
  const firsts = sent ? out.firstOut : out.firstIn;
  if (!(sent && kind === 'sms' && UNSUBSCRIBE.test(attr(attrs, 'body')?.trim() ?? '')))
    for (const n of numbers) firsts.set(n, Math.min(at, firsts.get(n) ?? Number.POSITIVE_INFINITY));
  if (sent) return;
  const line = attr(attrs, 'phone_account_address')?.trim();
  if (line && PHONE_LIKE.test(line)) return;
  const sim = simOf(attrs, kind);
  if (sim === undefined) out.unnamed++;
  else out.sims.add(sim);
}

function numberKey(value: string, region: string): string {
  const phone = parsePhone(value, region);
  return phone ? phoneKey(phone) : value.trim();
}

/**
 * The line a record reached, from `owner` and the SIM the record names.
 *
 * @throws ConfigError (before anything is read) when the backup holds SIMs `owner` does not name.
 */
function lineResolver(
  owner: AndroidBackupOptions['owner'],
  found: Survey,
): (attrs: Map<string, string>, kind: 'call' | 'sms' | 'mms') => string {
  const sims = [...found.sims].sort();
  if (typeof owner === 'string') {
    if (sims.length > 1)
      throw new ConfigError(
        `owner: the backup holds records of ${sims.length} SIMs (ids ${sims.join(', ')}); say which number each is: owner: { ${sims.map((s) => `'${s}': '<number>'`).join(', ')} } (CLI: --owner ${sims.map((s) => `${s}=<number>`).join(',')})`,
        { issues: [{ code: 'several_sims', path: 'owner', message: 'the backup holds several SIMs' }] },
      );
  } else {
    const missing = sims.filter((s) => owner[s] === undefined);
    if (missing.length > 0)
      throw new ConfigError(
        `owner: the backup holds SIM ${missing.join(', ')}, which owner does not name (it names ${Object.keys(owner).join(', ')})`,
        {
          issues: [
            { code: 'unknown_sim', path: `owner.${missing[0]}`, message: 'a SIM of the backup is not named' },
          ],
        },
      );
    const lines = Object.values(owner);
    if (found.unnamed > 0 && new Set(lines).size > 1)
      throw new ConfigError(
        `owner: ${found.unnamed} records do not say which SIM they came in on, so they cannot be filed under one of ${lines.join(', ')}; give a single number for this backup`,
        { issues: [{ code: 'unnamed_sim', path: 'owner', message: 'records without a SIM id' }] },
      );
  }
  return (attrs, kind) => {
    const line = attr(attrs, 'phone_account_address')?.trim();
    if (line && PHONE_LIKE.test(line)) return line;
    if (typeof owner === 'string') return owner;
    const sim = simOf(attrs, kind);
    return (sim === undefined ? Object.values(owner)[0] : owner[sim]) as string;
  };
}

async function* scanBackup(
  path: string,
  options: AndroidBackupOptions,
  sink: ScanSink,
): AsyncGenerator<ScannedRecord, void, undefined> {
  const region = options.region ?? 'CN';
  const maxChars = positiveInt('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_RECORD_BYTES);
  let record = 0;
  let root: string | undefined;
  let rootClosed = false;
  let mms: Mms | undefined;
  const found = await survey(path, region, maxChars);
  const lineOf = lineResolver(options.owner, found);
  // The person's circle: a caller the phone has a name for, or one the owner called or texted.
  const circle = (item: ScannedRecord | undefined): ScannedRecord | undefined => {
    if (!item || options.keepCircle) return item;
    const { from, fromName } = item.contact;
    const code =
      fromName !== undefined
        ? 'saved_contact'
        : from !== undefined && found.called.has(numberKey(from, region))
          ? 'called_by_owner'
          : undefined;
    if (code === undefined) return item;
    sink.skip({
      file: path,
      ...(item.line === undefined ? {} : { line: item.line }),
      code,
      ...(from === undefined ? {} : { from }),
      ...(fromName === undefined ? {} : { name: fromName }),
    });
    return undefined;
  };
  // The person's own call out or text sent (a draft, a failed or queued one too): skipped, and
  // said, so that every record read is accounted for.
  const own = (line: number, attrs: Map<string, string>, kind: 'call' | 'sms' | 'mms'): void => {
    const other = attr(attrs, kind === 'call' ? 'number' : 'address')?.split('~')[0];
    sink.skip({
      file: path,
      line,
      code: 'outgoing',
      ...(other === undefined || HIDDEN_NUMBER.test(other) ? {} : { from: other }),
    });
  };
  const received = (done: Mms): ScannedRecord | undefined => {
    const item = mmsContact(done, lineOf(done.attrs, 'mms'));
    if (item === undefined) own(done.line, done.attrs, 'mms');
    return item;
  };
  const events: AsyncIterable<XmlEvent> = scanXml(
    readText(path, sink, await xmlEncoding(path)),
    path,
    sink,
    maxChars,
  );
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
          const item = circle(received(done));
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
        const line = lineOf(attrs, event.name);
        const contact = event.name === 'call' ? callContact(attrs, line) : smsContact(attrs, line);
        if (contact === undefined) own(at.line, attrs, event.name);
        const item = contact && circle({ ...at, contact });
        if (item) yield item;
      } else if (event.name === 'mms') {
        mms = { attrs, line: event.line, record: ++record, texts: [] };
        if (event.selfClosing) {
          const item = circle(received(mms));
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

const ownerNumber = z.string().trim().min(1, 'must be a phone number');
const androidOptionsSchema = z.object({
  ...importOptionsShape,
  owner: z.union(
    [
      ownerNumber,
      z
        .record(z.string().min(1), ownerNumber)
        .refine((m) => Object.keys(m).length > 0, 'must name at least one SIM'),
    ],
    { error: 'the phone number the backup was taken on is required (or a map SIM id → number)' },
  ),
  keepCircle: z.boolean().optional(),
});

function parseAndroidOptions(options: unknown): AndroidBackupOptions {
  return checkOptions<AndroidBackupOptions>(androidOptionsSchema, options);
}

/**
 * Reads an SMS Backup & Restore `calls.xml` or `sms.xml` (with `<mms>` text parts) as
 * contacts: incoming, missed, rejected, blocked and voicemail calls and received texts.
 * Outgoing calls and sent texts (drafts, failed and queued ones too) are never contacts: each
 * goes to `onSkip` (code `outgoing`), so every record read is a contact, a rejection or a skip. Each record is filed under the line it came
 * in on (`phone_account_address`, else its SIM id through `owner`); a dual-SIM backup read with
 * one number is refused, since calls to the real SIM would be read as reaching the other.
 * Records from the person's own circle (a saved contact name, a number the owner called or
 * texted) are skipped unless `keepCircle` (source: SMS Backup & Restore's field list,
 * synctech.com.au/sms-backup-restore/fields-in-xml-backup-files).
 *
 * Hint: the file is streamed (memory stays bounded on a 1 GB backup); a DTD is refused, so
 * external entities and entity expansion cannot happen; emoji written as surrogate character
 * references (`&#55357;&#56832;`) are decoded; `date` (epoch ms) is trusted over
 * `readable_date`. Each record gets a stable id from what the backup holds (never from
 * `owner`): importing the file again, with any options, adds nothing.
 *
 * @param path - The backup file.
 * @param options - `owner` (the phone's number, or a map SIM id → number), `keepCircle`,
 * `onSkip`, `onReject`, `strict`.
 * @returns The contacts, for `tracer.recordMany()`.
 * @throws ConfigError when `owner` is missing, or (on iteration, before any record) when the
 * backup holds SIMs `owner` does not name.
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
  options = parseAndroidOptions(options);
  return runImport(path, options, (sink) => scanBackup(path, options, sink));
}
