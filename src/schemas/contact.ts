import { z } from 'zod';
import { sha256Hex } from '../_internal/hash.js';
import { isWithheldCaller } from '../_internal/withheld.js';
import { validationError } from '../errors.js';
import type { NormalizedContact } from '../match/match-contact.js';
import { emailKey, parseEmail, writtenAddress } from '../match/normalize-email.js';
import {
  bidiWrappedNumber,
  parsePhone,
  phoneKey,
  plusLostNumber,
  possibleNumberKey,
  subNumberCaller,
} from '../match/normalize-phone.js';
import type { Contact } from '../types.js';
import { evidenceText, idSchema, instantSchema, parseInput, safeText } from './common.js';

/**
 * Default bound on `content`: 100,000 characters holds a long email body or an hour of call
 * transcript; anything longer is refused rather than scanned, since spammers write it.
 */
export const DEFAULT_CONTENT_LIMIT = 100_000;

/** The input of `tracer.record()`. */
export function contactInputSchema(contentLimit: number) {
  return z.strictObject({
    id: idSchema.optional(),
    channel: z.enum(['call', 'sms', 'email', 'mail', 'other']),
    at: instantSchema,
    // A number wrapped in bidi marks (as phones in Arabic, Hebrew and Persian locales write it)
    // is a number: kept as written, read without them.
    to: safeText(1000, { multiline: true, checked: numberMarksDropped }).optional(),
    from: safeText(320, { allowInvisible: true, checked: numberMarksDropped }).optional(),
    // What came from the contact is evidence: kept as it came, bounded in size only.
    fromName: evidenceText(1000).optional(),
    content: evidenceText(contentLimit).optional(),
    addressedAs: evidenceText(1000).optional(),
    subjectId: idSchema.optional(),
    /** The domains the receiving server authenticated (SPF, DKIM, DMARC) for an email. */
    authenticatedDomains: z.array(safeText(253).pipe(z.string().toLowerCase())).max(20).optional(),
    /** For an email: the `List-Id` of the mailing list that delivered it (posted to the list). */
    mailingList: safeText(253).pipe(z.string().toLowerCase()).optional(),
  });
}

/** A phone number's text without the bidi marks around or inside it; other text as it is. */
function numberMarksDropped(value: string): string {
  return bidiWrappedNumber(value) ?? value;
}

// Building a zod schema costs far more than parsing with it: one per content limit.
const schemas = new Map<number, ReturnType<typeof contactInputSchema>>();
function cachedSchema(contentLimit: number): ReturnType<typeof contactInputSchema> {
  let schema = schemas.get(contentLimit);
  if (!schema) {
    schema = contactInputSchema(contentLimit);
    schemas.set(contentLimit, schema);
  }
  return schema;
}

/** What `record()` accepts. */
export type ContactInput = z.input<ReturnType<typeof contactInputSchema>>;

/** A validated contact: what is stored, and what matching reads. */
export interface PreparedContact {
  /** The contact as stored, without its id when none was given. */
  readonly contact: Omit<Contact, 'id'> & { readonly id?: string | undefined };
  /** The normalised form for matching. */
  readonly normalized: NormalizedContact;
  /** The mail domain of `from`, when it reads as an address. */
  readonly fromDomain?: string | undefined;
}

/** A caller as read: its key, and the mail domain when it reads as an address. */
interface Caller {
  readonly key: string;
  readonly domain?: string | undefined;
}

function readCaller(from: string, region: string): Caller {
  const text = from.trim();
  const mail = parseEmail(writtenAddress(text));
  if (mail) return { key: `${mail.local}@${mail.domain}`, domain: mail.domain };
  const phone = parsePhone(text, region);
  // An invalid but possible number (a spoofed caller ID) in its one `+` form, as it was dialled.
  // Bidi marks around a number are display hints: the caller is the number without them.
  return {
    key: phone ? phoneKey(phone) : (possibleNumberKey(text, region) ?? bidiWrappedNumber(text) ?? text),
  };
}

/**
 * The key a caller is known by: E.164 or a short-code key for a number (the `+` form of an
 * invalid number of a possible length too, a spoofed ID: `possibleNumberKey`), a lower-case
 * address for a mailbox (`Name <addr@host>` accepted), and the trimmed text otherwise (callers
 * hide).
 *
 * @param from - The caller as written.
 * @param region - The region national numbers are read in.
 */
export function callerKey(from: string, region: string): string {
  return readCaller(from, region).key;
}

/**
 * The id of a contact recorded without one: `h:` and 32 hex digits of the SHA-256 of what it
 * says, so recording the same contact twice stores it once, with or without `subjectId` (a hint:
 * the subject is a function of `to`). A contact with no `to` (a paper letter) is identified by
 * the subject it was recorded for too, so the same letter recorded for two people is two.
 */
export async function contentHashId(
  contact: PreparedContact['contact'],
  subjectId: string | undefined,
): Promise<string> {
  const fields: unknown[] = [
    contact.channel,
    contact.at.toISOString(),
    contact.to,
    contact.from,
    contact.fromName,
    contact.content,
    contact.addressedAs,
  ];
  // Appended only when nothing else says whom it reached; the ids of contacts recorded without a
  // subject stay as before.
  if (subjectId !== undefined && contact.to === undefined) fields.push(subjectId);
  const digest = await sha256Hex(JSON.stringify(fields));
  return `h:${digest.slice(0, 32)}`;
}

/**
 * Validates a contact and normalises what identifies it: `to` must be a phone number for calls
 * and texts and an email address for email; `from` becomes E.164, a short-code key or a
 * lower-case address when it reads as one, and is kept as written otherwise (callers hide). A
 * withheld-number placeholder (`Anonymous`, `+266696687`, `-2`) is no caller for a call or text. A
 * China Mobile 和多号 caller id `12583N<caller>` is read as `<caller>` calling sub-number N, which
 * becomes `to` when `subNumbersOf` names it (the subject's `phones.subNumbers`).
 *
 * @param input - The contact as given to `record()`.
 * @param regionOf - The region national numbers are read in, or how to find it from the subject
 *   and the contact's time (a subject who moved reads them in the region of that time).
 * @param contentLimit - The most characters `content` may hold.
 * @param subNumbersOf - The sub-numbers 1–3 of the subject a contact reached (by `to` or id).
 * @returns The contact as stored and its normalised form.
 * @throws ValidationError naming the field.
 */
export function prepareContact(
  input: unknown,
  regionOf:
    | string
    | ((
        subjectId: string | undefined,
        to?: { readonly channel: string; readonly value?: string | undefined },
        at?: Date,
      ) => string),
  contentLimit: number,
  subNumbersOf?: (
    to: string,
    subjectId: string | undefined,
    at: Date,
  ) => readonly (string | null)[] | undefined,
  heldLine?: (e164: string, at: Date) => boolean,
): PreparedContact {
  const data = parseInput(cachedSchema(contentLimit), input);
  // A known subject's numbers are read in the subject's region ((415) 555-0124 for a US subject).
  const region =
    typeof regionOf === 'string'
      ? regionOf
      : regionOf(data.subjectId, { channel: data.channel, value: data.to }, data.at);
  let toKey: string | undefined;
  let to = data.to?.trim();
  if (data.channel === 'call' || data.channel === 'sms') {
    if (to === undefined)
      throw validationError('to', 'required', `a ${data.channel} needs the number it reached`);
    // A number not valid in the region, whose digits with a `+` before them are a line of a
    // person of this store: an export that lost the `+` of E.164 (`8613900139001`).
    const national = parsePhone(to, region);
    const plusLost = national === undefined ? plusLostNumber(to) : undefined;
    const parsed = national ?? (plusLost && heldLine?.(plusLost.e164, data.at) ? plusLost : undefined);
    if (!parsed)
      throw validationError(
        'to',
        'invalid_phone',
        /^(?:\+|＋|00)/u.test(to)
          ? `${JSON.stringify(to)} is not a valid phone number`
          : `${JSON.stringify(to)} is not a valid phone number in ${region}, where a number without a country code was read (pass the region, or write it with +)`,
      );
    toKey = phoneKey(parsed);
    to = toKey;
  } else if (data.channel === 'email') {
    if (to === undefined) throw validationError('to', 'required', 'an email needs the address it reached');
    const parts = parseEmail(writtenAddress(to));
    if (!parts)
      throw validationError('to', 'invalid_email', `${JSON.stringify(to)} is not a valid email address`);
    to = `${parts.local}@${parts.domain}`;
    toKey = emailKey(parts);
  }
  let from = data.from?.trim();
  // A withheld number's placeholder (`Anonymous`, Twilio's +266696687, Android's -2) names no
  // caller: each such call stays its own unknown caller, never one actor or one block entry.
  if ((data.channel === 'call' || data.channel === 'sms') && from !== undefined && isWithheldCaller(from))
    from = undefined;
  // A China Mobile 和多号 caller id (`12583N<caller>`): the caller is the rest, and the contact
  // reached the subject's Nth sub-number when they declared it (see `subNumberCaller`).
  const viaSubNumber =
    (data.channel === 'call' || data.channel === 'sms') && from !== undefined && to !== undefined
      ? subNumberCaller(from)
      : undefined;
  if (viaSubNumber && to !== undefined) {
    from = viaSubNumber.caller;
    const line = subNumbersOf?.(to, data.subjectId, data.at)?.[viaSubNumber.line - 1];
    if (line) to = toKey = line;
  }
  let fromDomain: string | undefined;
  if (from !== undefined && from.length > 0) ({ key: from, domain: fromDomain } = readCaller(from, region));
  const contact = {
    ...(data.id === undefined ? {} : { id: data.id }),
    channel: data.channel,
    at: data.at,
    ...(to === undefined ? {} : { to }),
    ...(from === undefined || from.length === 0 ? {} : { from }),
    ...(data.fromName === undefined ? {} : { fromName: data.fromName }),
    ...(data.content === undefined ? {} : { content: data.content }),
    ...(data.addressedAs === undefined ? {} : { addressedAs: data.addressedAs }),
    ...(data.authenticatedDomains === undefined ? {} : { authenticatedDomains: data.authenticatedDomains }),
    ...(data.mailingList === undefined || data.channel !== 'email' ? {} : { mailingList: data.mailingList }),
  };
  return {
    contact,
    fromDomain,
    normalized: {
      channel: data.channel,
      at: data.at.getTime(),
      toKey,
      to,
      content: data.content,
      addressedAs: data.addressedAs,
      subjectId: data.subjectId,
    },
  };
}
