import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A mobile number written in a message, in any country's plan, as libphonenumber's metadata types
 * it (`MOBILE`: 090 in Japan, 010 in Korea, 07 in the UK, 015x–017x in Germany, 06/07 in France,
 * 6xx in Spain, 3xx in Italy …; a number typed `FIXED_LINE_OR_MOBILE`, as the North American plan
 * types every number, is not told apart and is not one). A business's desk rings from and gives a
 * landline or a service number; a mobile given in a message naming the business, not the
 * sender's own and not labelled as its writer's (see `staff-mobile.ts` and {@link reachMeAt}), is
 * the line an impersonator wants the call on.
 */

/** The country a number written without `+` is read in: the first number given that has one. */
export function regionOf(numbers: readonly string[]): CountryCode | undefined {
  for (const n of numbers) {
    if (!n.startsWith('+')) continue;
    const country = parsePhoneNumberFromString(n.replace(/[\s().-]/gu, ''))?.country;
    if (country !== undefined) return country;
  }
  return undefined;
}

/**
 * Whether a number as written is a valid mobile number: with `+`, in its country's plan; without,
 * in `region`'s (unknown without one).
 *
 * @param written - The number as written ("090-1234-5678", "+81 90 1234 5678").
 * @param region - The country a national number is read in (ISO 3166-1 alpha-2).
 * @returns Whether it is a mobile.
 */
export function mobileNumber(written: string, region: CountryCode | undefined): boolean {
  const compact = written.replace(/[\s().-]/gu, '');
  if (!compact.startsWith('+') && region === undefined) return false;
  const parsed = parsePhoneNumberFromString(compact, region);
  return parsed?.isValid() === true && parsed.getType() === 'MOBILE';
}

/**
 * The writer asking to be reached in person right before a number, in the same sentence (folded
 * by NFKC and lower case): "call me on", "reach me at", "erreichen Sie mich direkt unter", "me
 * joindre au", "chiamarmi al", "llamarme al", "ligar-me para", "bel me op", "zadzwoń do mnie":
 * the staff member's own line, as `staff-mobile.ts` reads "my mobile".
 */
const REACH_ME =
  /(?:(?:call|text|reach|contact|ring|phone|message|whatsapp) me(?: directly| personally)?(?: on| at)?|(?:erreichen|anrufen|kontaktieren) sie mich(?: direkt| personlich| persönlich)?(?: unter| auf)?|mich(?: direkt| persönlich)? unter|me (?:joindre|contacter|appeler)(?: directement)?(?: au| sur)?|(?:chiamarmi|contattarmi|raggiungermi)(?: direttamente)?(?: al)?|(?:llamarme|contactarme|localizarme)(?: directamente)?(?: al| en el)?|(?:ligar-me|contactar-me)(?: diretamente)?(?: para| no)?|(?:bel|app|bereik) me(?: gerust| direct)?(?: op| via)?|(?:zadzwo[nń]|napisz) do mnie(?: pod)?(?: numer(?:em)?)?)\s*[:：]?\s*$/u;

/**
 * Whether the number at `index` follows the writer asking to be reached in person (see
 * {@link REACH_ME}).
 *
 * @param content - The message as written.
 * @param index - Where the number starts.
 * @returns Whether it does.
 */
export function reachMeAt(content: string, index: number): boolean {
  const before = content
    .slice(Math.max(0, index - 48), index)
    .normalize('NFKC')
    .toLowerCase();
  return REACH_ME.test(before);
}
