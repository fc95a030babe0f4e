/**
 * Decodes the encodings an address or a name wears inside a message body, for matching only
 * (the contact is stored as it came): quoted-printable soft line breaks and `=XX` bytes, HTML
 * character references (`&#43;`, `&#x2B;`, `&plus;`, `&uuml;`) and percent-encoding
 * (`alice.chen%2Btag%40gmail.com` in an unsubscribe link). Each step is one regex pass with
 * bounded pieces, so decoding is linear in the text's length.
 */

// Soft line break of quoted-printable (RFC 2045 §6.7 rule 5): `=` at the end of a line.
const QP_SOFT_BREAK = /=\r?\n/gu;
// A run of `=XX` bytes (upper-case hex, as RFC 2045 requires).
const QP_BYTES = /(?:=[0-9A-F]{2})+/gu;
const PERCENT_BYTES = /(?:%[0-9a-fA-F]{2})+/gu;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/gu;

// Named references an address or a name uses; Latin letters with accents are composed below.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  plus: '+',
  commat: '@',
  period: '.',
  hyphen: '-',
  dash: '-',
  lowbar: '_',
  percnt: '%',
  equals: '=',
  colon: ':',
  sol: '/',
  middot: '·',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
};
// `&uuml;`, `&Eacute;`, `&ccedil;`: a base letter and a combining mark, composed by NFC.
const MARK_SUFFIXES: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

function namedEntity(name: string): string | undefined {
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  const base = name[0]!;
  const suffix = name.slice(1);
  if (/^[A-Za-z]$/u.test(base) && Object.hasOwn(MARK_SUFFIXES, suffix))
    return `${base}${MARK_SUFFIXES[suffix]}`.normalize('NFC');
  return undefined;
}

function codePoint(value: number): string | undefined {
  return value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
    ? String.fromCodePoint(value)
    : undefined;
}

const utf8 = new TextDecoder('utf-8');
function decodeBytes(run: string, width: 3): string {
  const bytes = new Uint8Array(run.length / width);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(run.slice(i * width + 1, i * width + 3), 16);
  return utf8.decode(bytes);
}

/**
 * The text as a reader sees it once transfer and markup encodings are undone.
 *
 * @param text - A message body, a transcript or an address line.
 * @returns The decoded text, or the same string when nothing was encoded.
 */
export function decodeForMatching(text: string): string {
  let out = text;
  if (out.includes('=')) out = out.replace(QP_SOFT_BREAK, '').replace(QP_BYTES, (run) => decodeBytes(run, 3));
  if (out.includes('&'))
    out = out.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return codePoint(Number.parseInt(dec, 10)) ?? whole;
      if (hex !== undefined) return codePoint(Number.parseInt(hex, 16)) ?? whole;
      return namedEntity(name!) ?? whole;
    });
  if (out.includes('%')) out = out.replace(PERCENT_BYTES, (run) => decodeBytes(run, 3));
  return out;
}
