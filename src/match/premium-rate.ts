import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Numbers that charge the caller far above a call's price: premium-rate services, mass-calling
 * (televoting) lines and the international networks billed at satellite rates. A business's
 * service line is none of them, so a message from or naming one that the source did not declare
 * asks the person to ring a line that pays its owner: the call-back scam's lure, whatever name
 * it signs (see `ownServiceMessage`).
 *
 * Sources:
 * - premium rate by each national numbering plan, as libphonenumber's metadata types it
 *   (`PREMIUM_RATE`): Germany 0900 (BNetzA, Nummernplan Premium-Dienste), UK 09 (Ofcom,
 *   National Telephone Numbering Plan, 09 "premium rate services"), France 089 (ARCEP décision
 *   2018-0881, "numéros à valeur ajoutée" 089), US and NANP 900 (NANPA, N11/900 service codes),
 *   Netherlands 0900 (ACM, Nummerplan telefonie), and every other plan libphonenumber covers;
 * - Germany 0137 (BNetzA, Nummernplan für Massenverkehrsdienste, "Rufnummern für
 *   Massenverkehrs-Dienste (0137)": a charge per call, for televoting), which libphonenumber
 *   types as shared cost like 0180, a service number businesses do use;
 * - ITU-T E.164 shared country codes +870 (Inmarsat), +881 (Global Mobile Satellite System),
 *   +882 and +883 (International Networks) (ITU-T E.164 Annex to ITU Operational Bulletin
 *   1125, "List of ITU-T Recommendation E.164 assigned country codes"), charged at their
 *   networks' rates from any country.
 */
const MASS_CALLING: readonly (readonly [CountryCode, RegExp])[] = [['DE', /^137\d{7}$/u]];
const NETWORK_CODES = /^\+(?:870|88[123])\d{4,}$/u;

/**
 * Whether a phone number is premium-rate, a mass-calling line or an international network's
 * (see the module's documentation for the plans).
 *
 * @param number - A number in E.164 (`+499001234567`) or as written in a text with `region`.
 * @param region - The country a nationally written number is read in (ISO 3166-1 alpha-2).
 * @returns Whether ringing it costs a premium.
 */
export function premiumRate(number: string, region?: CountryCode): boolean {
  const compact = number.replace(/[\s().-]/gu, '');
  if (NETWORK_CODES.test(compact)) return true;
  const parsed = parsePhoneNumberFromString(compact, region);
  if (parsed === undefined) return false;
  if (parsed.getType() === 'PREMIUM_RATE') return true;
  return MASS_CALLING.some(
    ([country, national]) => parsed.country === country && national.test(parsed.nationalNumber),
  );
}

/** Phone-number-shaped runs in a text: 7 or more digits with separators, maybe after a `+`. */
const NUMBERS = /\+?\d[\d\s().-]{5,}\d/gu;

/**
 * Whether a message comes from, or names, a premium-rate number the source did not declare
 * (numbers written nationally are read in the first given number's country).
 *
 * @param content - The message.
 * @param own - The numbers it may give to call back: its sender's and the source's declared
 *   ones, E.164.
 * @param declared - The source's declared numbers, E.164: never a lure, whatever their rate.
 * @param fallbackRegions - Countries national numbers are read in besides the given numbers':
 *   the person's (a national number in a text is dialled where the person is) and the tracer's.
 * @returns Whether it asks, or leaves, an undeclared premium-rate line to ring: premium in the
 *   given numbers' countries, or, when it is a valid number in none of them, in a fallback one.
 */
export function premiumCallback(
  content: string,
  own: readonly string[],
  declared: readonly string[],
  fallbackRegions: readonly (string | undefined)[] = [],
): boolean {
  const digits = (n: string): string => n.replace(/\D/gu, '');
  const ownDeclared = new Set(declared.map(digits));
  // The sender's and the declared numbers' countries first: a number valid there is that
  // country's (a Japanese agent's 090 mobile); only one valid in none of them is read where the
  // person may dial it from.
  const given = [...new Set(own.map((n) => parsePhoneNumberFromString(n)?.country))].filter(
    (c): c is CountryCode => c !== undefined,
  );
  const fallback = (fallbackRegions as readonly (CountryCode | undefined)[]).filter(
    (c): c is CountryCode => c !== undefined && !given.includes(c),
  );
  const numbers = [...own, ...[...content.matchAll(NUMBERS)].map((m) => m[0])];
  return numbers.some((n) => {
    if (ownDeclared.has(digits(n))) return false;
    const compact = n.replace(/[\s().-]/gu, '');
    const readings = (regions: readonly (CountryCode | undefined)[]) =>
      regions.map((region) => ({ region, parsed: parsePhoneNumberFromString(compact, region) }));
    const home = readings(given.length === 0 ? [undefined] : given);
    const valid = home.filter((r) => r.parsed?.isValid());
    if (valid.some((r) => ownDeclared.has(digits(r.parsed!.number)))) return false;
    // An ordinary number where it is valid is no lure, whatever another plan makes of its digits.
    if (valid.some((r) => !premiumRate(n, r.region))) return false;
    const chosen = valid.length > 0 || fallback.length === 0 ? home : [...home, ...readings(fallback)];
    return chosen.some(({ region, parsed }) => {
      if (parsed !== undefined && ownDeclared.has(digits(parsed.number))) return false;
      return premiumRate(n, region);
    });
  });
}
