import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { raisesAlarm } from './alarm.js';
import { sameNumber } from './lures.js';
import { reachMeAt, regionOf } from './personal-mobile.js';
import { DISCOUNT } from './service-asks.js';
import { MOBILE_REGIONS, ownMobileAt, ukDramaMobile } from './staff-mobile.js';
import { numbersIn } from './written-numbers.js';

/**
 * Whether a number a message names the source in gives is a line of the errand the source itself
 * does, or a dealer's line to ring. One rule for every reader of a source's own messages (the
 * errand-specific rules of `own-service.ts` and the general rule's `dealerCue`), so a number is
 * read the same whatever the errand's topic:
 *
 * - In a message that raises money, security or an account problem ({@link raisesAlarm}: an urgent
 *   problem, an account or card to verify, a booking "not guaranteed", a payment or deposit asked),
 *   any number that is not the sender's or a declared one is the dealer's line, wherever it stands:
 *   in a signature block or labelled "my mobile" too (anyone can type a signature). This is the
 *   vishing pattern the UK's NCSC, the FTC and Action Fraud describe: a pretext of alarm and a number
 *   to ring about it.
 * - In a message that prices or discounts something ({@link DISCOUNT}, a currency amount), a number
 *   that is not in its signature block or the writer's own labelled mobile is a line to buy on.
 * - Otherwise a number given for the errand is the source's: in its signature block, the writer's
 *   own labelled mobile (`ownMobileAt`, `reachMeAt`), a line named as its staff's or its desk's
 *   ("our driver … call him on", "call us on", "reception", 司机, 前台, ドライバー, 기사;
 *   {@link ERRAND_LINE}), or a landline or service number (a business's desk). An unlabelled
 *   mobile (a Chinese mobile too) is a person's line, not the desk's: the dealer's.
 */

/**
 * A currency amount (folded text): a price a number to ring would be a line to buy on (a
 * percentage is read by `DISCOUNT`).
 */
const AMOUNT =
  /[€$£¥₽₩₺₫₹]\s*\d|\d\s*(?:[€$£¥₽₩₺₫₹]|zl|kr|kc|eur|euro|euros|usd|rub|tl|chf|pln|元|円|원)(?![a-z])/u;

/**
 * The staff member who does the errand, named in the sentence before a number or the one before
 * it (NFKC, lower case): the driver or chauffeur of a booked transfer ("our driver will meet you
 * … call him on", "your driver Li, mobile …", 司机王师傅电话, ドライバー, 운전기사), a guide, a
 * technician or an engineer on a visit, a host. The commonest transfer and visit texts give that
 * person's own mobile.
 */
const ERRAND_ROLE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:driver|chauffeur|guide|technician|engineer|fitter|installer|host|fahrer[\p{L}]*|techniker[\p{L}]*|monteur[\p{L}]*|conducteur|technicien|conductor|chofer|chófer|tecnico|técnico|autista|kierowc[\p{L}]*|technik[\p{L}]*|montażyst[\p{L}]*|sofor[\p{L}]*|şoför[\p{L}]*|motorista|chauffeur|водител[\p{L}]*)(?![\p{L}])`,
    '司机|司機|师傅|師傅|ドライバー|運転手|기사',
  ].join('|'),
  'u',
);

/** A sentence's end before a number: a label before it belongs to another sentence. */
const SENTENCE_END = /[.!?。！？\n](?=[^.!?。！？\n]*$)/u;

/** What a number is read against. */
export interface LineReading {
  /** The message as written. */
  readonly content: string;
  /** The message folded (`foldText`), as the alarm and the price are read in. */
  readonly folded: string;
  /** Where the number starts in {@link content}. */
  readonly index: number;
  /** The number as written. */
  readonly written: string;
  /** The sender's number or ID, when known (its country reads a national number). */
  readonly from?: string | undefined;
  /** The sender's and the source's declared numbers (their country reads a national number). */
  readonly own: readonly string[];
  /** Where the source's signature block starts in {@link content}, when it has one. */
  readonly signatureAt?: number | undefined;
  /**
   * Countries (ISO 3166-1 alpha-2) a number written nationally is dialled in when the sender's
   * and the declared numbers name none (a mail's sender): the person's and the tracer's default.
   */
  readonly regions?: readonly (string | undefined)[] | undefined;
}

/**
 * Whether a number a message gives, which is not the sender's, a declared one, a reference, an
 * amount or an opt-out line, is a dealer's line to ring rather than a line of the source's own
 * errand (see the module's documentation).
 *
 * @param reading - The number and the message it stands in.
 * @returns Whether it is a dealer's line.
 */
export function dealersLine(reading: LineReading): boolean {
  const { content, folded, index, written, from, own, signatureAt } = reading;
  if (raisesAlarm(folded)) return true;
  const signed = signatureAt !== undefined && index >= signatureAt;
  const region = regionOf([from ?? '', ...own]);
  const kind = ukDramaMobile(written.replace(/[\s().-]/gu, ''), [region, ...(reading.regions ?? [])])
    ? 'mobile'
    : lineKind(written, region ?? dialledIn(written, reading.regions));
  // A Chinese mobile is a person's line unless its role in the errand is named (see
  // `own-service.ts`: a number of that form in a message naming the source is an impersonator's).
  if (kind === 'cn-mobile') return !errandRole(content, index);
  if (kind === 'premium' || kind === 'unknown') return !signed;
  if (signed || ownMobileAt(content, index, written, from) || reachMeAt(content, index)) return false;
  if (DISCOUNT.test(folded) || AMOUNT.test(folded)) return true;
  return kind === 'mobile' && !errandRole(content, index);
}

/**
 * The first personal line a message asks the person to ring: a mobile (a UK drama mobile, a
 * Chinese mobile too) that is not the sender's or a declared number, and is not labelled as its
 * writer's own ("my mobile", "call me on") or its errand's staff's (the driver's). A business's
 * desk is a landline or a service number it declares; its own texts from a declared line never
 * send the person to an unnamed mobile, the pattern of a spoofed caller ID ("your policy has
 * lapsed, call us on 07700 900123").
 *
 * @param content - The message as written.
 * @param own - The sender's and the source's declared numbers.
 * @param regions - Countries a national number is dialled in when `own` names none.
 * @returns The number as written, or `undefined`.
 */
export function personalLineToRing(
  content: string,
  own: readonly string[],
  regions: readonly (string | undefined)[] = [],
): string | undefined {
  const region = regionOf([...own]);
  for (const n of numbersIn(content)) {
    if (own.some((o) => o !== '' && sameNumber(o.replace(/\D/gu, ''), n.digits))) continue;
    const compact = n.plain.replace(/[\s().-]/gu, '');
    const kind = ukDramaMobile(compact, [region, ...regions])
      ? 'mobile'
      : lineKind(n.plain, region ?? dialledIn(n.plain, regions));
    if (kind !== 'mobile' && kind !== 'cn-mobile') continue;
    if (
      ownMobileAt(content, n.index, n.plain, own[0]) ||
      reachMeAt(content, n.index) ||
      errandRole(content, n.index)
    )
      continue;
    return n.plain.trim();
  }
  return undefined;
}

/**
 * The first of the person's countries a number written nationally is valid in: where she would
 * dial it, as a clerk writing to her writes it ("call us on 0121 456 7890" to a person in the UK is
 * a Birmingham landline, not the Korean mobile the same digits make).
 */
function dialledIn(written: string, regions: LineReading['regions']): CountryCode | undefined {
  const compact = written.replace(/[\s().-]/gu, '');
  if (compact.startsWith('+')) return undefined;
  return (regions ?? []).find(
    (r): r is CountryCode =>
      r !== undefined && isSupportedCountry(r) && parsePhoneNumberFromString(compact, r)?.isValid() === true,
  );
}

/**
 * What line a number is, as libphonenumber's metadata types it: read in the sender's country
 * (else the person's, `dialledIn`) when it is valid there (or written with `+`), else in the
 * national plans of `MOBILE_REGIONS`
 * (a mobile in one and a premium line in none is a mobile; a valid landline or service number in
 * one is a desk). A number valid nowhere (a fictional or mistyped one) is `unknown`.
 */
function lineKind(
  written: string,
  region: CountryCode | undefined,
): 'cn-mobile' | 'mobile' | 'desk' | 'premium' | 'unknown' {
  const compact = written.replace(/[\s().-]/gu, '');
  if (chineseMobile(compact)) return 'cn-mobile';
  const typeOf = (parsed: PhoneNumber | undefined) =>
    parsed?.isValid() === true ? parsed.getType() : undefined;
  const home = typeOf(
    compact.startsWith('+')
      ? parsePhoneNumberFromString(compact)
      : parsePhoneNumberFromString(compact, region),
  );
  const types =
    home !== undefined ? [home] : MOBILE_REGIONS.map((r) => typeOf(parsePhoneNumberFromString(compact, r)));
  if (types.includes('PREMIUM_RATE')) return 'premium';
  if (types.includes('MOBILE')) return 'mobile';
  return types.some((t) => t !== undefined) || home !== undefined ? 'desk' : 'unknown';
}

/**
 * Whether a number as written is a Chinese mobile (with or without +86): a person's phone, never a
 * reference, whatever words stand around it.
 */
export function chineseMobile(written: string): boolean {
  return /^(?:\+?0{0,2}86)?1[3-9]\d{9}$/u.test(written.replace(/[\s().-]/gu, ''));
}

/** Whether the sentence before a number, or the one before it, names its errand's staff member. */
function errandRole(content: string, index: number): boolean {
  const before = content
    .slice(Math.max(0, index - 100), index)
    .normalize('NFKC')
    .toLowerCase();
  const end = SENTENCE_END.exec(before);
  const sentence = end === null ? before : before.slice(end.index + 1);
  // "Our driver will meet you at arrivals. If delayed call him on …": the role in the sentence
  // before, the person in this one.
  return (
    ERRAND_ROLE.test(sentence) ||
    (/(?<![\p{L}])(?:him|her|ihn|sie|le|la|lo|lui|jego|ją)(?![\p{L}])|他|她/u.test(sentence) &&
      ERRAND_ROLE.test(before))
  );
}
