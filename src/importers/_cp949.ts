/**
 * A decoder for Korean Windows' code page 949 (Unified Hangul Code): EUC-KR (KS X 1001) plus the
 * 8,822 Hangul syllables KS X 1001 leaves out (똠, 쌰, 햏…), which Node's `euc-kr` decoder drops
 * silently (`8C 63`, 똠, comes out as `c`).
 *
 * Source: the WHATWG Encoding Standard's index-euc-kr, which is windows-949: the added syllables
 * are every Hangul syllable (U+AC00–U+D7A3) KS X 1001 does not encode, in code point order, at
 * lead bytes 81–A0 with trail bytes 41–5A, 61–7A and 81–FE (178 a lead), then at lead bytes A1–C6
 * with trail bytes 41–5A, 61–7A and 81–A0 (84 a lead; C6 up to C6 52). KS X 1001's own pairs
 * (lead and trail A1–FE) are read by Node's decoder, which has them right.
 */

// The syllables CP949 adds, in order (built once, from KS X 1001's Hangul rows B0–C8).
let added: string[] | undefined;
// KS X 1001's pairs (lead << 8 | trail) and their characters.
let ks: Map<number, string> | undefined;

function tables(): { added: string[]; ks: Map<number, string> } {
  if (added && ks) return { added, ks };
  const decoder = new TextDecoder('euc-kr', { fatal: true });
  ks = new Map();
  for (let lead = 0xa1; lead <= 0xfe; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length > 0 && ch !== '\ufffd') ks.set((lead << 8) | trail, ch);
      } catch {
        // Unassigned in KS X 1001.
      }
    }
  const encoded = new Set(ks.values());
  added = [];
  for (let cp = 0xac00; cp <= 0xd7a3; cp++) {
    const ch = String.fromCharCode(cp);
    if (!encoded.has(ch)) added.push(ch);
  }
  return { added, ks };
}

/** The index among the added syllables of a lead and trail byte, or undefined. */
function addedIndex(lead: number, trail: number): number | undefined {
  let t: number;
  if (trail >= 0x41 && trail <= 0x5a) t = trail - 0x41;
  else if (trail >= 0x61 && trail <= 0x7a) t = trail - 0x61 + 26;
  else if (trail >= 0x81 && trail <= 0xfe) t = trail - 0x81 + 52;
  else return undefined;
  if (lead >= 0x81 && lead <= 0xa0) return (lead - 0x81) * 178 + t;
  if (lead >= 0xa1 && lead <= 0xc6 && t < 84) {
    const index = 32 * 178 + (lead - 0xa1) * 84 + t;
    return index < 8822 ? index : undefined;
  }
  return undefined;
}

/**
 * A streaming CP949 decoder with `TextDecoder`'s `decode(bytes, { stream })`: a lead byte at the
 * end of a chunk waits for the next.
 *
 * @throws TypeError at a byte that is not CP949 (always fatal: never a replacement character).
 */
export class Cp949Decoder {
  private lead: number | undefined;

  decode(bytes: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const { added, ks } = tables();
    let out = '';
    for (const b of bytes) {
      const lead = this.lead;
      if (lead === undefined) {
        if (b < 0x80) out += String.fromCharCode(b);
        else if (b >= 0x81 && b <= 0xfe) this.lead = b;
        else throw new TypeError(`not valid CP949: byte 0x${b.toString(16)}`);
        continue;
      }
      this.lead = undefined;
      const index = addedIndex(lead, b);
      const ch = index === undefined ? ks.get((lead << 8) | b) : added[index];
      if (ch === undefined)
        throw new TypeError(`not valid CP949: bytes 0x${lead.toString(16)} 0x${b.toString(16)}`);
      out += ch;
    }
    if (!options.stream && this.lead !== undefined) {
      this.lead = undefined;
      throw new TypeError('not valid CP949: a lead byte at the end');
    }
    return out;
  }
}
