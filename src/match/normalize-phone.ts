import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { own } from '../_internal/own.js';

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

/**
 * Service short codes by region. No phone library treats these as numbers, yet banks (95xxx),
 * carriers (10086) and SMS gateways (106…) call and text from them, so they are recognised here.
 */
const SHORT_CODES: Readonly<Record<string, RegExp>> = {
  // 95xxx/96xxx service lines, 100xx carriers, 12xxx government hotlines (12321, 12315),
  // 106 + 5–17 digits SMS gateways, 110/119/120/122 emergency.
  CN: /^(?:9[56]\d{3,4}|100\d{2}|1001\d|12\d{3}|106\d{5,17}|11[09]|12[02])$/u,
  // Common Short Codes are 5 or 6 digits; N11 services.
  US: /^(?:\d{5,6}|[2-9]11)$/u,
  CA: /^(?:\d{5,6}|[2-9]11)$/u,
  GB: /^(?:\d{5}|999|111|101)$/u,
};

// Characters people write inside numbers: spaces, dashes, dots, brackets, slashes.
const SEPARATORS = /[\s\-.()/\u00a0\u2010-\u2015\u3000]/gu;

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
  const trimmed = input.normalize('NFKC').trim();
  if (trimmed.length === 0 || trimmed.length > 40) return undefined;
  const digits = trimmed.replace(SEPARATORS, '');
  if (/^\d{3,20}$/u.test(digits)) {
    const rule = own(SHORT_CODES, region);
    if (rule?.test(digits)) return { kind: 'short', key: `short:${region}:${digits}`, digits, region };
  }
  const parsed = parsePhoneNumberFromString(trimmed, region as CountryCode);
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

/** The stored form of a phone identity: E.164 or the short-code key. */
export function phoneKey(identity: PhoneIdentity): string {
  return identity.kind === 'number' ? identity.e164 : identity.key;
}

/**
 * The digit strings a number may be written as inside text: national (`13800138000`),
 * with the country code (`8613800138000`, from `+86 …`) and, where a trunk prefix 0 is dialled
 * nationally, with it (`010…` for Beijing lines).
 */
export function phoneTextForms(identity: PhoneIdentity): string[] {
  if (identity.kind === 'short') return [identity.digits];
  const forms = new Set([identity.national, identity.countryCode + identity.national]);
  // China (except mobiles), the UK and most of Europe dial a trunk 0 before area codes.
  if (identity.countryCode !== '1' && !/^1[3-9]\d{9}$/u.test(identity.national))
    forms.add(`0${identity.national}`);
  return [...forms];
}
