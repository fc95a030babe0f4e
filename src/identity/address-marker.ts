import type { RandomSource } from '../_internal/random.js';
import { compactKey } from '../match/normalize-text.js';
import type { CanaryField, Locale } from '../types.js';

// Upper-case letters and digits without look-alikes: markers are copied by hand from forms.
const MARKER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * Five symbols give 24.8 bits: too few to resist deliberate guessing, but a stranger's letter
 * carrying the exact marker by chance is a one-in-30-million event, so a hit is decisive.
 */
export const MARKER_LENGTH = 5;

/** Draws a marker code. */
export function drawMarkerCode(random: RandomSource): string {
  let code = '';
  for (let i = 0; i < MARKER_LENGTH; i++) code += MARKER_ALPHABET[random.int(MARKER_ALPHABET.length)];
  // A marker must contain a letter and a digit, or it reads as a plain number or word.
  return /\d/u.test(code) && /[A-Z]/u.test(code) ? code : drawMarkerCode(random);
}

/**
 * Puts a marker on an address line, written as real data a clerk types without question:
 * a desk/unit line in English, a room number in Chinese.
 *
 * @param address - The subject's real address.
 * @param code - A code from {@link drawMarkerCode}.
 * @param locale - The subject's locale.
 * @returns The address field of a canary.
 */
export function markAddress(address: string, code: string, locale: Locale): CanaryField {
  const value = locale === 'zh-CN' ? `${address}${code}室` : `Unit ${code}, ${address}`;
  return {
    kind: 'address',
    value,
    textKeys: [compactKey(code)],
    phoneticKeys: [],
    unguessable: true,
    method: locale === 'zh-CN' ? 'room' : 'unit',
    entropyBits: Math.round(MARKER_LENGTH * Math.log2(MARKER_ALPHABET.length) * 10) / 10,
  };
}
