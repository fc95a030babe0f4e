import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { foldText } from './normalize-text.js';
import { numbersIn } from './written-numbers.js';

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

/**
 * The words that give a number to ring, by language (folded), and the countries a number after
 * them is dialled in: a text in Italian asks for an Italian number, whoever sent it. Sources: the
 * national numbering plans' premium ranges as libphonenumber types them (Italy's 89x per AGCOM
 * delibera 8/15/CIR; Spain's 803/806/807 per CNMC; Portugal's 60x/646/707 per ANACOM; Poland's
 * 70x per UKE; and the plans of the module's documentation).
 */
const CALL_CUES: readonly (readonly [RegExp, readonly CountryCode[]])[] = [
  [
    /(?<![a-z])(?:numero|chiami|richiami|chiamare|telefoni|contatti|ci contatti)(?![a-z])/u,
    ['IT', 'SM', 'VA'],
  ],
  [
    /(?<![a-z])(?:nummer|rufnummer|anrufen|rufen sie|hotline|melden sie sich unter)(?![a-z])/u,
    ['DE', 'AT', 'CH'],
  ],
  [/(?<![a-z])(?:numero|appelez|rappelez|appeler|composez|contactez)(?![a-z])/u, ['FR', 'BE', 'CH', 'LU']],
  [
    /(?<![a-z])(?:numero|llame|llamenos|llamar|marque|contacte)(?![a-z])/u,
    ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'],
  ],
  [/(?<![a-z])(?:numero|ligue|ligar|telefone)(?![a-z])/u, ['PT', 'BR']],
  [/(?<![a-z])(?:nummer|bel|bellen)(?![a-z])/u, ['NL', 'BE']],
  [/(?<![a-z])(?:numer|zadzwon|oddzwon|dzwon)[a-z]*(?![a-z])/u, ['PL']],
  [/(?<![a-z])(?:cislo|zavolejte)(?![a-z])/u, ['CZ', 'SK']],
  [/(?<![a-z])(?:numar|numarul|sunati)(?![a-z])/u, ['RO']],
  [/(?<![a-z])(?:telefonszam|hivja)[a-z]*(?![a-z])/u, ['HU']],
  [/(?<![a-z])(?:numara|numaradan|arayin|arayiniz)(?![a-z])/u, ['TR']],
  [/(?<![a-z])(?:nummer|ring|nummeret|numret)(?![a-z])/u, ['SE', 'DK', 'NO']],
  [/(?<![a-z])(?:numeroon|soita)(?![a-z])/u, ['FI']],
  [/(?<![a-z])(?:number|call|ring|phone|dial)(?![a-z])/u, ['GB', 'IE', 'US', 'CA', 'AU', 'NZ']],
];

/** How far before a number its cue is read, in characters. */
const CUE_REACH = 40;

/**
 * Whether a number written after a cue of {@link CALL_CUES} is premium in that language's
 * countries, read in the first of them (its main one first) where it is valid: a Spanish landline
 * is Spain's, not a Chilean or an Austrian line.
 */
function premiumWhereCued(number: string, before: string, declared: ReadonlySet<string>): boolean {
  const compact = number.replace(/[\s().-]/gu, '');
  return CALL_CUES.some(([cue, regions]) => {
    if (!cue.test(before)) return false;
    // The first of the language's countries, in order, where the number is valid reads it.
    const first = regions.find((region) => parsePhoneNumberFromString(compact, region)?.isValid());
    if (first === undefined) return false;
    const parsed = parsePhoneNumberFromString(compact, first)!;
    return !declared.has(parsed.number.replace(/\D/gu, '')) && premiumRate(compact, first);
  });
}

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
  const written = numbersIn(content);
  const numbers = [...own, ...written.map((n) => n.plain)];
  // A number written after the words that give a line to ring in a language ("ci richiami al
  // numero 899 123 456") is read in that language's countries too when it is valid in none of the
  // given ones.
  if (
    written.some(
      (m) =>
        !ownDeclared.has(m.digits) &&
        !given.some((region) =>
          parsePhoneNumberFromString(m.plain.replace(/[\s().-]/gu, ''), region)?.isValid(),
        ) &&
        premiumWhereCued(
          m.plain,
          foldText(content.slice(Math.max(0, m.index - CUE_REACH), m.index)),
          ownDeclared,
        ),
    )
  )
    return true;
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
