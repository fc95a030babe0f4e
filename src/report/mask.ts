/**
 * Masks for the subject's real identifiers: a report is shared with sources, regulators and
 * journalists, and the real number or mailbox is exactly what the canaries protect. Enough is
 * kept for the subject to recognise their own identifier.
 */

const DOT = '•';

/**
 * Masks a mailbox, keeping the first two characters of the local part and the domain.
 *
 * @param address - The address, e.g. `zhang.wei@gmail.com`.
 * @returns The masked address, e.g. `zh•••@gmail.com`.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return DOT.repeat(3);
  return `${Array.from(address.slice(0, at)).slice(0, 2).join('')}${DOT.repeat(3)}${address.slice(at)}`;
}

/**
 * Masks a phone number, keeping the country code and first digits and the last two digits.
 *
 * @param number - The number, E.164.
 * @returns The masked number, e.g. `+86138•••••00`.
 */
export function maskPhone(number: string): string {
  const chars = Array.from(number);
  if (chars.length <= 6) return DOT.repeat(chars.length);
  return `${chars.slice(0, 6).join('')}${DOT.repeat(chars.length - 8)}${chars.slice(-2).join('')}`;
}
