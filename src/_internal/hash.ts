import { ConfigError } from '../errors.js';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * SHA-256 of a string as lower-case hex, through Web Crypto (Node ≥ 20 and browsers),
 * so the core imports nothing from `node:`.
 *
 * @throws ConfigError (`web_crypto_unavailable`) where `crypto.subtle` is missing: a browser
 * page that is not a secure context (plain `http://` other than localhost) has none.
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (typeof subtle?.digest !== 'function') {
    const message =
      'crypto.subtle is not available (a page served over plain http is not a secure context), so a contact id cannot be derived: give each contact an `id`, or serve the page over https or from localhost';
    throw new ConfigError(message, {
      issues: [{ code: 'web_crypto_unavailable', path: 'crypto.subtle', message }],
    });
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let out = '';
  for (const byte of digest) out += HEX[byte];
  return out;
}
