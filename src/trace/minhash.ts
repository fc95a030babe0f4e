import { foldText } from '../match/normalize-text.js';

/**
 * MinHash signatures of call scripts and message texts, so texts that share most of their
 * character shingles are found without comparing every pair.
 *
 * Shingles are 3 characters of the folded text with separators removed and digits masked:
 * CJK text has no spaces to split words on, speech-to-text garbles single characters, and
 * amounts, dates and callback numbers change from one message of a campaign to the next.
 * Three characters keep a Chinese script's phrases (您好我们是…) while one garbled character
 * only spoils three shingles.
 */
export const SHINGLE_SIZE = 3;

/** Hash functions per signature; 64 estimate a Jaccard similarity to about ±0.06. */
export const SIGNATURE_SIZE = 64;

const PRIME = 2_147_483_647; // 2^31 − 1

/** The distinct shingles of a text, as 32-bit hashes in ascending order. */
export function shingleHashes(text: string): Uint32Array {
  const chars = Array.from(
    foldText(text)
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .replace(/\p{N}/gu, '0'),
  );
  if (chars.length < SHINGLE_SIZE)
    return chars.length === 0 ? new Uint32Array(0) : Uint32Array.of(fnv1a(chars.join('')));
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= chars.length; i++)
    out.add(fnv1a(chars.slice(i, i + SHINGLE_SIZE).join('')));
  return Uint32Array.from(out).sort();
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * @internal The coefficients a of the universal hash functions (a·x + b mod p), fixed so
 * signatures are stable across runs (exported for the property test).
 */
export const COEFFICIENT_A = new Float64Array(SIGNATURE_SIZE);
/** @internal The coefficients b of the same hash functions. */
export const COEFFICIENT_B = new Float64Array(SIGNATURE_SIZE);
for (let i = 0; i < SIGNATURE_SIZE; i++) {
  COEFFICIENT_A[i] = (fnv1a(`a${i}`) % (PRIME - 1)) + 1;
  COEFFICIENT_B[i] = fnv1a(`b${i}`) % PRIME;
}

const TWO_31 = 2_147_483_648;
const INVERSE_TWO_31 = 1 / TWO_31;

/**
 * `v mod (2³¹ − 1)` for an integer 0 ≤ v < 2⁵³, by the Mersenne reduction v = q·2³¹ + r ≡ q + r
 * (Knuth, TAOCP vol. 2, §4.3.2): multiplications by powers of two and a floor are exact in
 * doubles, and much cheaper than the floating-point remainder.
 */
function modPrime(v: number): number {
  let q = Math.floor(v * INVERSE_TWO_31);
  let r = v - q * TWO_31 + q;
  while (r >= PRIME) {
    q = Math.floor(r * INVERSE_TWO_31);
    r = r - q * TWO_31 + q;
    if (r === PRIME) r = 0;
  }
  return r;
}

/**
 * The MinHash signature of a text.
 *
 * @returns {@link SIGNATURE_SIZE} minima, or `undefined` for a text without a shingle.
 */
export function signature(text: string): Uint32Array | undefined {
  return signatureOf(shingleHashes(text));
}

/** The MinHash signature of a text's shingles ({@link shingleHashes}). */
export function signatureOf(shingles: Uint32Array): Uint32Array | undefined {
  if (shingles.length === 0) return undefined;
  const out = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    // a·x < 2⁶² is not exact in a double: split x into 16-bit halves, a·x = (a·high)·2¹⁶ + a·low.
    const x = shingles[s]! % PRIME;
    const high = Math.floor(x / 65_536);
    const low = x - high * 65_536;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const a = COEFFICIENT_A[i]!;
      const h = modPrime(modPrime(modPrime(a * high) * 65_536 + a * low) + COEFFICIENT_B[i]!);
      if (h < out[i]!) out[i] = h;
    }
  }
  return out;
}

/** The Jaccard similarity two signatures estimate. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * Locality-sensitive hashing: the keys of a signature's bands. Two signatures sharing a key are
 * candidates. With 16 bands of 4 rows, pairs at Jaccard 0.6 collide with probability 0.88 and
 * pairs at 0.2 with 0.03, so candidates are few and the threshold check does the rest.
 *
 * A key is a 53-bit hash of the band's index and rows (cyrb53's mixing, bryc, public domain), a
 * number rather than a string: building a string key for each of 16 bands of every text cost
 * more than the rest of the bucketing. Two different bands share a key with probability 2⁻⁵³, and
 * a shared key only makes two texts candidates, which the similarity check then confirms or not.
 */
export function bandKeys(sig: Uint32Array, bands = 16): number[] {
  const rows = sig.length / bands;
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let h1 = 0xdeadbeef ^ band;
    let h2 = 0x41c6ce57 ^ band;
    for (let r = 0; r < rows; r++) {
      const value = sig[band * rows + r]!;
      h1 = Math.imul(h1 ^ value, 2654435761);
      h2 = Math.imul(h2 ^ value, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    keys.push(4294967296 * (2097151 & h2) + (h1 >>> 0));
  }
  return keys;
}

/**
 * The weighted Jaccard similarity of two sorted shingle sets: the weight of the shingles they
 * share over the weight of all their shingles. With inverse document frequencies as weights, a
 * template that every caller of an industry reads weighs little, and what tells two campaigns
 * apart (company, product, agent) weighs most.
 *
 * @returns The similarity in [0, 1] and the number of shingles shared.
 */
export function weightedSimilarity(
  a: Uint32Array,
  b: Uint32Array,
  weight: (shingle: number) => number,
): { readonly similarity: number; readonly shared: number } {
  let i = 0;
  let j = 0;
  let both = 0;
  let all = 0;
  let shared = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      const w = weight(x);
      both += w;
      all += w;
      shared++;
      i++;
      j++;
    } else if (x < y) {
      all += weight(x);
      i++;
    } else {
      all += weight(y);
      j++;
    }
  }
  return { similarity: all > 0 ? both / all : 0, shared };
}
