import { customRandom } from 'nanoid';
import type { RandomSource } from '../_internal/random.js';

/**
 * The tag alphabet: digits and lower-case letters without the look-alikes 0/o and 1/l/i,
 * so a tag read aloud or copied by hand from a form survives. 31 symbols, 4.95 bits each.
 */
export const TAG_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/**
 * Tags must carry at least 40 bits: at 2^40 possibilities a dealer guessing a million
 * aliases a second needs a week and a half on average to hit one, and a guessed alias is
 * classed as forged, never as a leak.
 */
export const MIN_TAG_BITS = 40;

/** The default tag length: 10 symbols, 49.5 bits. */
export const DEFAULT_TAG_LENGTH = 10;

/** Bits of entropy of a tag of `length` symbols from {@link TAG_ALPHABET}. */
export function tagBits(length: number): number {
  return length * Math.log2(TAG_ALPHABET.length);
}

/**
 * Creates a generator of unguessable tags.
 *
 * @param random - The tracer's random source (seeded or cryptographic).
 * @param length - Symbols per tag; must give at least {@link MIN_TAG_BITS} bits.
 * @returns A function returning a fresh tag.
 * @throws RangeError when the length gives fewer than 40 bits.
 */
export function createTagGenerator(random: RandomSource, length = DEFAULT_TAG_LENGTH): () => string {
  if (tagBits(length) < MIN_TAG_BITS) {
    throw new RangeError(
      `a tag of ${length} symbols carries ${tagBits(length).toFixed(1)} bits, below ${MIN_TAG_BITS}`,
    );
  }
  return customRandom(TAG_ALPHABET, length, (size) => random.bytes(size));
}
