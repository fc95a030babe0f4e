/**
 * A source of random bytes: cryptographic by default, or a seeded generator when the
 * tracer is given a `seed` (reproducible issuance for tests, examples and simulations).
 */
export interface RandomSource {
  /** Fills and returns `size` random bytes. */
  bytes(size: number): Uint8Array;
  /** A uniform integer in [0, max). */
  int(max: number): number;
}

/** Hashes a seed string to four 32-bit words (cyrb128), the state of {@link sfc32}. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32: a small, fast PRNG with a 128-bit state; plenty for reproducible tests. */
function sfc32(seed: string): () => number {
  let [a, b, c, d] = seedWords(seed);
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
}

function uniformInt(bytes: (size: number) => Uint8Array, max: number): number {
  if (max <= 1) return 0;
  if (!Number.isSafeInteger(max)) throw new RangeError(`max must be a safe integer, got ${max}`);
  // Rejection sampling keeps the result free of modulo bias: 32-bit draws for small ranges,
  // 53-bit draws (7 bytes, top 3 bits dropped) above 2^32.
  const wide = max > 0x1_0000_0000;
  const span = wide ? 2 ** 53 : 0x1_0000_0000;
  const limit = Math.floor(span / max) * max;
  for (;;) {
    const b = bytes(wide ? 7 : 4);
    let value = 0;
    for (const byte of b) value = value * 256 + byte;
    if (wide) value = Math.floor(value / 8);
    if (value < limit) return value % max;
  }
}

/**
 * Creates the tracer's random source.
 *
 * @param seed - A seed for reproducible output; without it, `crypto.getRandomValues` is used.
 * @returns The random source.
 */
export function createRandom(seed?: string): RandomSource {
  let bytes: (size: number) => Uint8Array;
  if (seed === undefined) {
    bytes = (size) => globalThis.crypto.getRandomValues(new Uint8Array(size));
  } else {
    const next = sfc32(seed);
    bytes = (size) => {
      const out = new Uint8Array(size);
      for (let i = 0; i < size; i += 4) {
        const word = next();
        for (let j = 0; j < 4 && i + j < size; j++) out[i + j] = (word >>> (j * 8)) & 0xff;
      }
      return out;
    };
  }
  return { bytes, int: (max) => uniformInt(bytes, max) };
}
