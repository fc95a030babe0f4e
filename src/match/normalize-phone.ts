import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { asciiDigits } from './normalize-text.js';
import { CN_CARRIER_PREFIXES, SERVICE_NUMBER_COUNTRY_CODES, serviceNumberRule } from './service-numbers.js';

/** A phone identifier read from user input: a full number, or a service short code. */
export type PhoneIdentity =
  | {
      readonly kind: 'number';
      /** The number in E.164, e.g. `+8613800138000`. */
      readonly e164: string;
      /** The national significant number, e.g. `13800138000`. */
      readonly national: string;
      /** The country calling code without `+`, e.g. `86`. */
      readonly countryCode: string;
      /** The ISO region the number belongs to, when known. */
      readonly region: string | undefined;
      /** libphonenumber's type (`MOBILE`, `FIXED_LINE`, `SHARED_COST`, …), when known. */
      readonly type: string | undefined;
    }
  | {
      readonly kind: 'short';
      /** The key a short code is stored under, e.g. `short:CN:95555`. */
      readonly key: string;
      /** The digits. */
      readonly digits: string;
      /** The region whose short-code plan it belongs to. */
      readonly region: string;
    };

// Characters people write inside numbers: spaces, dashes, dots, brackets, slashes.
const SEPARATORS = /[\s\-.()/\u00a0\u2010-\u2015\u3000]/gu;

/**
 * Bidi formatting characters (Unicode Bidirectional Algorithm, UAX #9 §2): the marks LRM, RLM
 * and ALM (U+200E, U+200F, U+061C), the embeddings and overrides (U+202A–U+202E) and the isolates
 * (U+2066–U+2069). Phones in Arabic, Hebrew and Persian locales wrap a number in them (Android's
 * `BidiFormatter` writes LRE…PDF or LRI…PDI), and copies and spreadsheet exports keep them. They
 * carry no digit and change no digit's place in the text, only how it is displayed.
 */
const BIDI_FORMATTING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * What a number is read from: bidi marks and every other invisible format character (Unicode
 * category Cf: zero-width space, joiners, soft hyphen, word joiner, BOM, which copies from web
 * pages and chat apps carry into a number) dropped, compatibility forms and digits folded to
 * ASCII.
 */
function numberText(input: string): string {
  return asciiDigits(input.replace(INVISIBLE_IN_NUMBER, '').normalize('NFKC')).trim();
}

// Invisible format characters (Unicode Cf), the bidi marks among them: no digit, no separator.
const INVISIBLE_IN_NUMBER = /\p{Cf}/gu;

/**
 * A phone number wrapped in or interleaved with bidi formatting characters, with them removed:
 * `\u202A+447700907001\u202C` → `+447700907001`. Undefined when the text holds none, or is no
 * number once they are removed (free text, where they can make one thing display as another,
 * CVE-2021-42574, keeps them and is refused where controls are).
 *
 * @param value - The text as written.
 * @returns The number's text without its bidi marks, or undefined.
 */
export function bidiWrappedNumber(value: string): string | undefined {
  BIDI_FORMATTING.lastIndex = 0;
  if (!BIDI_FORMATTING.test(value)) return undefined;
  const text = value.replace(BIDI_FORMATTING, '');
  return PHONE_SHAPED.test(asciiDigits(text.normalize('NFKC')).trim()) ? text : undefined;
}

/**
 * Reads a phone number or short code.
 *
 * @param input - What the user or the importer wrote, e.g. `138 0013 8000`, `+1 415-555-0100`, `95555`.
 * @param region - The ISO region a number without `+` is read in.
 * @returns The identity, or `undefined` when it is neither a valid number nor a known short code.
 */
export function parsePhone(input: string, region: string): PhoneIdentity | undefined {
  const key = `${region}|${input}`;
  if (cache.has(key)) return cache.get(key);
  const parsed = parseUncached(input, region);
  // The same few numbers (the subject's own, busy callers) recur in every import: libphonenumber
  // costs ~10 µs a parse, so results are kept, and the cache is dropped whole when full.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, parsed);
  return parsed;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, PhoneIdentity | undefined>();

function parseUncached(input: string, region: string): PhoneIdentity | undefined {
  // Full-width digits by NFKC, every other script's decimal digits (١٣٩, ۱۳۹, १३९) by their value,
  // bidi marks dropped.
  const trimmed = numberText(input);
  if (trimmed.length === 0 || trimmed.length > 40) return undefined;
  const digits = trimmed.replace(SEPARATORS, '');
  if (/^\d{3,20}$/u.test(digits) && serviceNumberRule(digits, region)) return shortCode(digits, region);
  const number = validNumber(trimmed, region) ?? behindExitCode(digits, region);
  if (number) return number;
  // A service number behind a country code, as roaming phones and carriers show it:
  // +86 95555, 0086-95555, +8610690000123, and 8695555 read in China.
  const prefixed = /^(?:\+|00)(\d+)$/u.exec(digits)?.[1];
  const international = prefixed ?? (region === 'CN' ? digits : undefined);
  if (international !== undefined) {
    for (const [code, codeRegion] of SERVICE_NUMBER_COUNTRY_CODES) {
      // Without + or 00, only China's own code is taken as one (8695555 read in China).
      if (!international.startsWith(code) || (prefixed === undefined && code !== '86')) continue;
      const rest = international.slice(code.length);
      if (serviceNumberRule(rest, codeRegion)) return shortCode(rest, codeRegion);
    }
  }
  // An IP-call prefix a Chinese carrier put in front (17951 13800138000).
  if (region === 'CN' || digits.startsWith('+86')) {
    const national = digits.replace(/^(?:\+86|0086)/u, '');
    const prefix = CN_CARRIER_PREFIXES.find((p) => national.startsWith(p));
    if (prefix) return validNumber(national.slice(prefix.length), 'CN');
  }
  return undefined;
}

/**
 * The number a digit string stands for when the `+` before its country code was lost, as a
 * spreadsheet drops it from `+8613900139001` (a leading `+` makes a cell a formula or a positive
 * number) and many CSV exports and SMS gateways write E.164 without it: the digits read with `+`,
 * when they are a valid number. Only a string of digits and separators with no trunk `0` or
 * international prefix before it, 8–15 digits (E.164's maximum, ITU-T E.164 §6); the caller
 * decides whether to take it (only where the national reading was invalid, and only for a line
 * it knows), since a national number mistyped may also read as some foreign number.
 *
 * @param input - The number as written, e.g. `8613900139001`, `44 20 7946 0958`.
 * @returns The number read as international, or undefined.
 */
export function plusLostNumber(input: string): Extract<PhoneIdentity, { kind: 'number' }> | undefined {
  const text = numberText(input);
  if (text.length > 40 || !/^[1-9][\d\s().\-/\u00a0\u2010-\u2015\u3000]*$/u.test(text)) return undefined;
  const digits = text.replace(SEPARATORS, '');
  if (!/^[1-9]\d{7,14}$/u.test(digits)) return undefined;
  const number = validNumber(`+${digits}`, 'ZZ');
  return number?.kind === 'number' ? number : undefined;
}

/**
 * A number written behind an international prefix that is not the region's own: `00` (ITU-T
 * E.164's recommended prefix, dialled in most of the world) from a US subject's `0014155550124`,
 * or `00852 51234568` where libphonenumber knows only Hong Kong's `001`. Read like `+`, only when
 * the number was not valid as written in the region.
 */
function behindExitCode(digits: string, region: string): PhoneIdentity | undefined {
  if (!/^\d+$/u.test(digits)) return undefined;
  for (const exit of EXIT_CODES) {
    if (!digits.startsWith(exit)) continue;
    const number = validNumber(`+${digits.slice(exit.length)}`, region);
    if (number) return number;
  }
  return undefined;
}

function shortCode(digits: string, region: string): PhoneIdentity {
  return { kind: 'short', key: `short:${region}:${digits}`, digits, region };
}

function validNumber(text: string, region: string): PhoneIdentity | undefined {
  const parsed = parsePhoneNumberFromString(text, region as CountryCode);
  if (!parsed?.isValid()) return undefined;
  return {
    kind: 'number',
    e164: parsed.number,
    national: parsed.nationalNumber,
    countryCode: parsed.countryCallingCode,
    region: parsed.country,
    type: parsed.getType(),
  };
}

// Only what a phone writes a number with: digits, a leading + and the usual separators.
const PHONE_SHAPED = /^\+?[\d\s().\-/]+$/u;

/**
 * The E.164 form of a caller ID that is written as a number of a plan's possible length but that
 * the plan calls invalid (a spoofed or unallocated ID, Ofcom's 07700 900xxx drama range):
 * `+447700900777` for `07700 900777` read in GB, `(0)` after a country code dropped
 * (`+44 (0) 7700 900555`). libphonenumber's "possible" check (the lengths of the region's plan)
 * keeps junk such as `12345` out; a bare digit string with neither `+` nor a leading 0 is left as
 * written. Such a caller is still one caller in one form, so it is
 * counted, clustered and blocked whatever way it was written; it never counts as a valid number
 * of the plan (see {@link parsePhone}, which refuses it).
 *
 * @param input - The caller ID as written.
 * @param region - The region a number without a country code is read in.
 * @returns The `+`-form, or undefined when the text is no possible number.
 */
export function possibleNumberKey(input: string, region: string): string | undefined {
  const text = numberText(input);
  if (text.length > 40 || !PHONE_SHAPED.test(text)) return undefined;
  // Only a number written as dialled from anywhere (a country code, or the plan's trunk 0): a
  // bare digit string may be a declared line's extension (6512345601 for 010-65123456 ext. 01),
  // kept as written for the declared numbers to be compared with.
  if (!/^[\s(]*[+0]/u.test(text)) return undefined;
  const parsed = parsePhoneNumberFromString(text, region as CountryCode);
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** The stored form of a phone identity: E.164 or the short-code key. */
export function phoneKey(identity: PhoneIdentity): string {
  return identity.kind === 'number' ? identity.e164 : identity.key;
}

// International call prefixes written glued to the country code: 00 (ITU-T E.164 recommended
// prefix, most of the world), 011 (North America), 0011 (Australia), 010 (Japan).
const EXIT_CODES = ['00', '011', '0011', '010'];

/**
 * The digit strings a number may be written as inside text: national (`13800138000`),
 * with the country code (`8613800138000`, from `+86 …`), with an international prefix glued
 * on (`008613800138000`, `01186…`) and, where a trunk prefix 0 is dialled nationally, with it
 * (`010…` for Beijing lines).
 */
export function phoneTextForms(identity: PhoneIdentity): string[] {
  if (identity.kind === 'short') return [identity.digits];
  const international = identity.countryCode + identity.national;
  const forms = new Set([identity.national, international, ...EXIT_CODES.map((x) => x + international)]);
  // China (except mobiles), the UK and most of Europe dial a trunk 0 before area codes.
  if (
    identity.countryCode !== '1' &&
    !(identity.countryCode === '86' && /^1[3-9]\d{9}$/u.test(identity.national))
  )
    forms.add(`0${identity.national}`);
  return [...forms];
}

/** Positions (bit `p` = between digit `p - 1` and `p`) where a formatted number puts a break. */
function groupBreaks(formatted: string, skip: number): number {
  let mask = 0;
  let digits = 0;
  let gap = false;
  for (const char of formatted) {
    if (char >= '0' && char <= '9') {
      if (gap && digits > skip) mask |= 1 << (digits - skip);
      digits++;
      gap = false;
    } else if (digits > 0) gap = true;
  }
  return mask;
}

const cutsCache = new Map<string, Map<string, number>>();

/**
 * Where each text form of a number may be broken by a separator, as a bit mask over positions:
 * between the international prefix, the country code, a trunk 0 and the national number, and
 * between the digit groups of the number's national and international formats (libphonenumber's
 * metadata: `139 0013 9001`, `(415) 555-0124`, `+86 10 1234 5678`). Digit groups broken
 * elsewhere (`13900 13900 1`, `1390:01:39:001`) are separate numbers, not this one.
 *
 * @param value - A stored phone value (E.164 or a short-code key).
 * @returns Form → mask; a form not in the map may be broken anywhere (short codes).
 */
export function phoneFormCuts(value: string): Map<string, number> {
  const cached = cutsCache.get(value);
  if (cached) return cached;
  const out = new Map<string, number>();
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  if (parsed) {
    const nsn = parsed.nationalNumber as string;
    const cc = parsed.countryCallingCode as string;
    const national = parsed.formatNational();
    const nationalDigits = national.replace(/\D/gu, '');
    const trunk = nationalDigits.length === nsn.length + 1 && nationalDigits.endsWith(nsn);
    const groups =
      groupBreaks(parsed.formatInternational(), cc.length) | groupBreaks(national, trunk ? 1 : 0);
    const shifted = (by: number): number => (groups << by) | (1 << by);
    out.set(nsn, groups);
    out.set(`0${nsn}`, shifted(1) | (trunk ? groupBreaks(national, 0) : 0));
    out.set(cc + nsn, shifted(cc.length));
    for (const exit of EXIT_CODES)
      out.set(exit + cc + nsn, shifted(exit.length + cc.length) | (1 << exit.length));
  }
  if (cutsCache.size > 100_000) cutsCache.clear();
  cutsCache.set(value, out);
  return out;
}

/**
 * The most sub-numbers one China Mobile 和多号 (multi-number) line carries: three, dialled
 * and shown as `12583` + the sub-number's position 1–3 + the other party's number (China Mobile's
 * 和多号 dialling rule: "使用副号1拨打13800138000，应输入12583113800138000"; calls and texts to
 * sub-number N reach the main phone with caller id `12583N<caller>`).
 */
export const SUB_NUMBER_LINES = 3;

const SUB_NUMBER_CALL = /^(?:\+86|0086|86)?12583([1-3])(\d{3,20})$/u;

/**
 * Reads a caller id a China Mobile 和多号 sub-number put on the main phone: `12583` + the
 * sub-number's position (1–3) + the caller (`12583113712345678` is sub-number 1 called by
 * 13712345678; spaces and a `+86` in front allowed). The rest must read as a phone number or
 * a service number in China, or the text is not such a caller id.
 *
 * @param from - The caller id as shown or logged.
 * @returns The sub-number's position and the caller as written after the prefix, or `undefined`.
 * @example
 * subNumberCaller('12583113712345678') // { line: 1, caller: '13712345678' }
 * subNumberCaller('13712345678') // undefined
 */
export function subNumberCaller(from: string): { line: number; caller: string } | undefined {
  const digits = numberText(from).replace(SEPARATORS, '');
  const match = SUB_NUMBER_CALL.exec(digits);
  if (!match) return undefined;
  const caller = match[2]!;
  return parsePhone(caller, 'CN') ? { line: Number(match[1]), caller } : undefined;
}
