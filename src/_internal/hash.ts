const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * SHA-256 of a string as lower-case hex, through Web Crypto (Node ≥ 20 and browsers),
 * so the core imports nothing from `node:`.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  let out = '';
  for (const byte of digest) out += HEX[byte];
  return out;
}
