/**
 * @module leaktrace/importers/twilio
 *
 * Twilio voice and messaging webhooks as contacts: signature verification, parsing, and a
 * ready `node:http` request handler that records the contact and answers TwiML.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigError, isValidationError } from '../errors.js';
import { parsePhone, phoneKey } from '../match/normalize-phone.js';
import type { ContactInput } from '../schemas/contact.js';
import type { Tracer } from '../tracer.js';
import type { RecordResult } from '../types.js';
import { readOptions } from './importer.js';

/** Webhook form parameters: each name with its values in the order sent. */
export type TwilioParams = Readonly<Record<string, string | readonly string[]>>;

function entries(params: TwilioParams | URLSearchParams): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([k, v]) =>
    typeof v === 'string' ? [[k, v] as [string, string]] : v.map((x) => [k, x] as [string, string]),
  );
}

/**
 * Computes `X-Twilio-Signature`: HMAC-SHA1 keyed with the auth token over the full URL
 * followed by every POST parameter name and value, sorted by name, base64-encoded.
 *
 * @param authToken - The account's auth token.
 * @param url - The full URL Twilio requested (scheme, host, path and query).
 * @param params - The form parameters of a POST; none for a GET.
 * @returns The expected signature.
 * @example
 * ```ts
 * twilioSignature(token, 'https://hooks.example/voice', { CallSid: 'CA1', From: '+8617012345678' });
 * ```
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: TwilioParams | URLSearchParams = {},
): string {
  requireText('authToken', authToken);
  requireText('url', url);
  const sorted = readParams(params).sort(([a, x], [b, y]) =>
    a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0,
  );
  const hmac = createHmac('sha1', authToken).update(url);
  for (const [k, v] of sorted) hmac.update(k + v);
  return hmac.digest('base64');
}

/**
 * Verifies `X-Twilio-Signature` in constant time.
 *
 * @param authToken - The account's auth token.
 * @param url - The full URL Twilio requested.
 * @param params - The form parameters.
 * @param signature - The header's value; missing is never valid.
 * @returns Whether the request comes from Twilio with this auth token.
 * @example
 * ```ts
 * if (!verifyTwilioSignature(token, url, params, req.headers['x-twilio-signature'])) res.writeHead(403);
 * ```
 */
export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: TwilioParams | URLSearchParams,
  signature: string | readonly string[] | undefined,
): boolean {
  if (typeof signature !== 'string' || signature.length === 0) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A non-empty string argument, or a ConfigError naming it. */
function requireText(path: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.length === 0)
    throw new ConfigError(`${path}: must be a non-empty string`, {
      issues: [{ code: 'invalid_type', path, message: 'must be a non-empty string' }],
    });
}

/** The name–value pairs of webhook parameters (a URLSearchParams or a plain object of strings). */
function readParams(params: unknown): [string, string][] {
  const refuse = (message: string): ConfigError =>
    new ConfigError(`params: ${message}`, { issues: [{ code: 'invalid_type', path: 'params', message }] });
  if (params instanceof URLSearchParams) return [...params];
  if (params === null || typeof params !== 'object' || Array.isArray(params))
    throw refuse('must be a URLSearchParams or an object of strings');
  try {
    return entries(params as TwilioParams);
  } catch (error) {
    throw refuse(`could not be read: ${(error as Error).message}`);
  }
}

/** Options of {@link twilioContact}. */
export interface TwilioContactOptions {
  /** When the webhook arrived; now when omitted (webhooks carry no time of their own). */
  readonly at?: Date | number;
}

function first(params: URLSearchParams, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = params.get(name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}

/** The statuses of a message the number received (Twilio's Messaging webhook, `SmsStatus`). */
const RECEIVED_STATUSES = new Set(['received', 'receiving']);

/**
 * Why a webhook is no contact the person received, or undefined when it is one: a call or
 * message the account placed or sent (`Direction` `outbound-api`, `outbound-dial` — a `<Dial>`
 * leg forwarding to the person's phone — or `outbound-reply`), or the status callback of a
 * message sent (`SmsStatus`/`MessageStatus` `queued`, `sent`, `delivered`, `failed`…: only
 * `received` is one that came in). Twilio posts these to whatever URL is configured, often the
 * same endpoint; recorded, they would file the person's own pool number as a caller. The
 * statuses are Twilio's (Messaging webhooks: "SmsStatus"; Voice: "Direction").
 *
 * @param params - The webhook's form parameters.
 * @returns The reason, or undefined for an incoming call or message.
 */
export function twilioNotReceived(params: URLSearchParams | TwilioParams): string | undefined {
  if (!(params instanceof URLSearchParams)) params = new URLSearchParams(readParams(params));
  const direction = first(params, 'Direction')?.toLowerCase();
  if (direction?.startsWith('outbound')) return `Direction ${direction}: placed or sent by the account`;
  const status = first(params, 'SmsStatus', 'MessageStatus')?.toLowerCase();
  if (status !== undefined && first(params, 'MessageSid', 'SmsSid') && !RECEIVED_STATUSES.has(status))
    return `message status ${status}: a callback of a message sent`;
  return undefined;
}

/** `[2 attachments: image/jpeg <url>, …]` for an MMS's media (`NumMedia`, `MediaContentTypeN`, `MediaUrlN`). */
function mediaNote(params: URLSearchParams): string | undefined {
  const count = Number(params.get('NumMedia') ?? '0');
  if (!Number.isInteger(count) || count <= 0) return undefined;
  const items: string[] = [];
  for (let i = 0; i < Math.min(count, 10); i++) {
    const type = first(params, `MediaContentType${i}`) ?? 'unknown type';
    const url = first(params, `MediaUrl${i}`);
    items.push(url ? `${type} <${url}>` : type);
  }
  return `[${count} attachment${count === 1 ? '' : 's'}: ${items.join(', ')}]`;
}

/**
 * The line a forwarded call was dialled on (`ForwardedFrom`, Twilio's Voice webhook parameter
 * for "the phone number that forwarded the call", as the caller's carrier passes it): the
 * person's pool number forwarding into the Twilio number is the number the caller knew, so it
 * is the contact's `to`, not the Twilio number. A carrier writing it without the country code
 * (`4155550199`) is read in the country of `To`, the Twilio number; kept as written when that
 * reading is no valid number.
 */
function forwardedFrom(params: URLSearchParams): string | undefined {
  const forwarded = first(params, 'ForwardedFrom');
  if (forwarded === undefined || forwarded.startsWith('+')) return forwarded;
  const twilio = parsePhone(first(params, 'To', 'Called') ?? '', 'US');
  const region = twilio?.kind === 'number' ? twilio.region : undefined;
  const read = region === undefined ? undefined : parsePhone(forwarded, region);
  return read?.kind === 'number' ? phoneKey(read) : forwarded;
}

/**
 * Reads a voice or messaging webhook's parameters as a contact: `From`, `To` (`ForwardedFrom`
 * instead when the call was forwarded into the Twilio number), `CallerName`,
 * the text (`Body`, `SpeechResult` or `TranscriptionText`; an MMS's media noted after it as
 * `[1 attachment: image/jpeg <MediaUrl0>]`), and the Sid as a stable id, so a replayed webhook
 * is recorded once. A call or message the account placed or sent, and the status callback of
 * a message sent, are no contact (see {@link twilioNotReceived}).
 *
 * @param params - The form parameters.
 * @param options - `at`, when the webhook arrived.
 * @returns The contact, or undefined when there is no `CallSid`, `MessageSid` or `SmsSid`, or
 *   the webhook is outgoing.
 * @example
 * ```ts
 * const contact = twilioContact(new URLSearchParams(body));
 * ```
 */
export function twilioContact(
  params: URLSearchParams,
  options: TwilioContactOptions = {},
): ContactInput | undefined {
  if (!(params instanceof URLSearchParams)) params = new URLSearchParams(readParams(params));
  options = readOptions<TwilioContactOptions>(options);
  if (
    options.at !== undefined &&
    !(
      (options.at instanceof Date && !Number.isNaN(options.at.getTime())) ||
      (typeof options.at === 'number' && Number.isFinite(options.at))
    )
  )
    throw new ConfigError('at: must be a valid Date or epoch milliseconds', {
      issues: [{ code: 'invalid_date', path: 'at', message: 'must be a valid Date or epoch milliseconds' }],
    });
  const callSid = first(params, 'CallSid');
  const messageSid = first(params, 'MessageSid', 'SmsSid');
  const sid = messageSid ?? callSid;
  if (!sid || twilioNotReceived(params) !== undefined) return undefined;
  const from = first(params, 'From', 'Caller');
  const to = forwardedFrom(params) ?? first(params, 'To', 'Called');
  const name = first(params, 'CallerName');
  const text = first(params, 'Body', 'SpeechResult', 'TranscriptionText');
  const media = mediaNote(params);
  const content = text && media ? `${text}\n${media}` : (text ?? media);
  const at = options.at ?? Date.now();
  return {
    id: `twilio:${sid}`,
    channel: messageSid ? 'sms' : 'call',
    at: typeof at === 'number' ? at : at.getTime(),
    ...(to ? { to } : {}),
    ...(from ? { from } : {}),
    ...(name ? { fromName: name } : {}),
    ...(content ? { content } : {}),
  };
}

/**
 * Records one webhook's contact. Twilio posts several webhooks for one call with its `CallSid`:
 * the ring, the status callback, then `<Record>`'s transcription (`TranscriptionText`) or
 * `<Gather>`'s speech (`SpeechResult`). A later one that brings text the stored call lacks
 * replaces it (the ring's time kept, the texts joined), so the transcript naming a canary is
 * judged instead of dropped as a replay; a replay adding nothing is recorded once.
 */
async function recordEvent(
  tracer: TwilioHandlerOptions['tracer'],
  contact: ContactInput,
): Promise<RecordResult> {
  const result = await tracer.record(contact);
  const text = contact.content;
  if (
    !result.duplicate ||
    contact.channel !== 'call' ||
    text === undefined ||
    tracer.recordMany === undefined
  )
    return result;
  const stored = result.contact;
  if (stored.content?.includes(text)) return result;
  const merged: ContactInput = {
    ...contact,
    at: stored.at.getTime(),
    ...(stored.to === undefined ? {} : { to: stored.to }),
    ...(contact.from === undefined && stored.from !== undefined ? { from: stored.from } : {}),
    ...(contact.fromName === undefined && stored.fromName !== undefined ? { fromName: stored.fromName } : {}),
    content: stored.content === undefined ? text : `${stored.content}\n${text}`,
  };
  try {
    await tracer.recordMany([merged], { replace: true });
  } catch (error) {
    // A store that cannot replace contacts keeps the first reading.
    if (error instanceof ConfigError) return result;
    throw error;
  }
  return { ...(await tracer.record(merged)), duplicate: false };
}

/** Options of {@link createTwilioHandler}. */
export interface TwilioHandlerOptions {
  /**
   * The tracer contacts are recorded in. With `recordMany` (a full tracer), a later webhook of
   * a call already recorded that brings its text (the transcription or speech callback, same
   * `CallSid`) updates the stored call; with `record` alone it is recorded once, as a replay.
   */
  readonly tracer: Pick<Tracer, 'record'> & Partial<Pick<Tracer, 'recordMany'>>;
  /** The account's auth token (the HMAC key). */
  readonly authToken: string;
  /**
   * The public origin Twilio calls (`https://hooks.example`), joined with the request path:
   * behind a proxy the local URL is not the one Twilio signed. The full webhook URL Twilio is
   * configured with (`https://hooks.example/twilio`) is accepted too: its origin is then joined
   * with the request path as well. Taken from `Host` when omitted.
   */
  readonly publicUrl?: string;
  /** The TwiML answered to a call; a polite hang-up when omitted. */
  readonly voiceTwiml?: string;
  /** The largest request body read; 64 KiB when omitted (Twilio sends a few KB). */
  readonly maxBodyBytes?: number;
  /** The function called after each recorded contact. */
  readonly onRecord?: (result: RecordResult) => void;
  /** The clock; now when omitted. */
  readonly now?: () => Date;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
const HANGUP_TWIML =
  '<?xml version="1.0" encoding="UTF-8"?><Response><Say>The number you have called is not available.</Say><Hangup/></Response>';

function answer(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The handler's options read once into a plain object (the tracer kept as it is). */
function handlerOptions(options: unknown): TwilioHandlerOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new ConfigError('options: must be an object with tracer and authToken', {
      issues: [{ code: 'invalid_type', path: 'options', message: 'must be an object' }],
    });
  try {
    const o = options as TwilioHandlerOptions;
    const { tracer, authToken, publicUrl, voiceTwiml, maxBodyBytes, onRecord, now } = o;
    return { tracer, authToken, publicUrl, voiceTwiml, maxBodyBytes, onRecord, now } as TwilioHandlerOptions;
  } catch (error) {
    throw new ConfigError(`options: could not be read: ${(error as Error).message}`, {
      issues: [{ code: 'unreadable', path: 'options', message: (error as Error).message }],
    });
  }
}

/**
 * The origins a request path is joined to for the signed URL: `publicUrl` as given (a base the
 * proxy mounts the handler under), and, when it holds a path, its origin alone, so the full
 * webhook URL Twilio is configured with (`https://hook.example/twilio`) works as well.
 *
 * @throws ConfigError when `publicUrl` is not an http(s) URL.
 */
function publicBases(publicUrl: unknown): string[] | undefined {
  if (publicUrl === undefined) return undefined;
  let url: URL;
  try {
    if (typeof publicUrl !== 'string') throw new Error('not a string');
    url = new URL(publicUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw new ConfigError('publicUrl: must be the http(s) URL Twilio calls, e.g. https://hooks.example', {
      issues: [{ code: 'invalid_url', path: 'publicUrl', message: 'must be an http(s) URL' }],
    });
  }
  const given = publicUrl.replace(/\/+$/u, '');
  return given === url.origin ? [given] : [given, url.origin];
}

/**
 * A `node:http` request handler for Twilio voice and messaging webhooks, sent as POST (the
 * parameters in the body) or GET (in the query string; 405 for any other method): it verifies
 * `X-Twilio-Signature` (403 when missing or wrong, nothing recorded), records the contact
 * (a replay of the same Sid is recorded once) and answers TwiML: `voiceTwiml` to a call, an
 * empty `<Response>` to a message.
 *
 * @param options - The tracer, the auth token, the public URL and the TwiML.
 * @returns The handler, for `http.createServer(handler)`.
 * @throws ConfigError when `authToken` is empty.
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createTwilioHandler } from 'leaktrace/importers/twilio';
 * createServer(createTwilioHandler({ tracer, authToken: process.env.TWILIO_AUTH_TOKEN!, publicUrl: 'https://hooks.example' })).listen(8080);
 * ```
 */
export function createTwilioHandler(
  options: TwilioHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  options = handlerOptions(options);
  if (typeof options.authToken !== 'string' || options.authToken.length === 0)
    throw new ConfigError('authToken: the Twilio auth token is required', {
      issues: [{ code: 'required', path: 'authToken', message: 'the Twilio auth token is required' }],
    });
  const tracer = options.tracer as unknown;
  if (tracer === null || typeof tracer !== 'object' || typeof (tracer as Tracer).record !== 'function')
    throw new ConfigError('tracer: must be a tracer (with record())', {
      issues: [{ code: 'invalid_type', path: 'tracer', message: 'must be a tracer (with record())' }],
    });
  const bases = publicBases(options.publicUrl);
  const max = options.maxBodyBytes ?? 64 * 1024;
  return async (req, res) => {
    try {
      // A webhook configured with HTTP GET brings its parameters in the query string, signed
      // as part of the URL with no body parameters (Twilio's webhook security documentation).
      if (req.method !== 'POST' && req.method !== 'GET') return answer(res, 405, 'POST or GET only');
      const get = req.method === 'GET';
      const body = get ? '' : await readBody(req, max);
      if (body === undefined) return answer(res, 413, 'request body too large');
      const url = req.url ?? '/';
      const signed = new URLSearchParams(body);
      const params = get ? new URL(url, 'http://localhost').searchParams : signed;
      // Twilio signs the exact URL it was given: the public origin and the path with its query.
      const origins = bases ?? [`https://${req.headers.host ?? 'localhost'}`];
      const signature = req.headers['x-twilio-signature'];
      if (!origins.some((o) => verifyTwilioSignature(options.authToken, o + url, signed, signature)))
        return answer(res, 403, 'bad or missing X-Twilio-Signature');
      // A call placed or a message sent by the account, or a sent message's status callback:
      // nothing recorded; a call gets TwiML that does nothing, a callback no content.
      if (twilioNotReceived(params) !== undefined)
        return params.has('CallSid') && !params.has('MessageSid') && !params.has('SmsSid')
          ? answer(res, 200, EMPTY_TWIML, 'text/xml; charset=utf-8')
          : answer(res, 204, '');
      const contact = twilioContact(params, { at: options.now?.() ?? new Date() });
      if (!contact) return answer(res, 400, 'no CallSid or MessageSid');
      const result = await recordEvent(options.tracer, contact);
      options.onRecord?.(result);
      const twiml = contact.channel === 'call' ? (options.voiceTwiml ?? HANGUP_TWIML) : EMPTY_TWIML;
      return answer(res, 200, twiml, 'text/xml; charset=utf-8');
    } catch (error) {
      if (isValidationError(error)) return answer(res, 400, error.message);
      return answer(res, 500, 'could not record the contact');
    }
  };
}
