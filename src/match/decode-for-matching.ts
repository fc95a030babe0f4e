/**
 * Decodes the encodings an address or a name wears inside a message body, for matching only
 * (the contact is stored as it came): quoted-printable soft line breaks and `=XX` bytes, HTML
 * character references (`&#43;`, `&#x2B;`, `&plus;`, `&uuml;`), JavaScript/JSON escapes
 * (`\u002b`, `\x2B`, `\u{2B}`), percent-encoding, applied twice over by tracking redirects
 * (`alice.chen%252Btag%2540gmail.com`), and base64 tokens that decode to text holding an
 * address; and phone numbers read aloud (一三九〇〇一三九〇〇一, 幺三九零…, `one three nine …`). Each
 * step is one regex pass with bounded pieces (percent-decoding at most
 * {@link PERCENT_DEPTH} passes), so decoding is linear in the text's length.
 */

// Soft line break of quoted-printable (RFC 2045 §6.7 rule 5): `=` at the end of a line.
const QP_SOFT_BREAK = /=\r?\n/gu;
// A run of `=XX` bytes (upper-case hex, as RFC 2045 requires).
const QP_BYTES = /(?:=[0-9A-F]{2})+/gu;
const PERCENT_BYTES = /(?:%[0-9a-fA-F]{2})+/gu;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/gu;
// ECMAScript escapes (ECMA-262 §12.9.4 string literals; JSON uses the `\uXXXX` form).
const JS_ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/gu;
/** How many layers of percent-encoding are undone: a redirect wrapping a link that was encoded once. */
export const PERCENT_DEPTH = 3;
/** Base64 runs decoded: long enough for `a@b.cd`, at most 1 KiB of decoded text. */
export const BASE64_LENGTH = { min: 8, max: 1368 } as const;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// Numbers read aloud, as speech-to-text writes them: Chinese numerals one per digit (幺 is how 1
// is said in phone numbers, 两 sometimes 2; 〇 and 零 are 0) and English digit words. A run of at
// least seven (the shortest subscriber number) is one number; its separators are dropped, since
// speech-to-text puts them where the speaker paused. Shorter runs (一一, 五六个) stay words.
export const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  兩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const CHINESE_DIGIT_RUN = /[〇零一幺二两兩三四五六七八九](?:[ -]?[〇零一幺二两兩三四五六七八九]){6,}/gu;
const ENGLISH_DIGITS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const DIGIT_WORD = 'zero|oh|one|two|three|four|five|six|seven|eight|nine';
// ASCII only: without the u flag, case-insensitive matching measured 5× faster (no Unicode case folding).
const ENGLISH_DIGIT_RUN = new RegExp(`\\b(?:${DIGIT_WORD})(?:(?:, ?| |-)(?:${DIGIT_WORD})){6,}\\b`, 'gi');

// Chinese numerals by UTF-16 code unit, for a quick look before any regex runs.
const IS_CHINESE_DIGIT = new Uint8Array(0x10000);
for (const char of Object.keys(CHINESE_DIGITS)) IS_CHINESE_DIGIT[char.charCodeAt(0)] = 1;
const MIN_SPOKEN_RUN = 7;

/**
 * Digits read aloud in a run of seven or more, written as ASCII digits.
 *
 * @param text - The text.
 * @param chineseRun - Whether the text holds seven Chinese numerals in a row (found by the
 *   base64 pass's loop: 一 alone is in most Chinese texts, so the regex runs only on a run).
 */
function spokenDigits(text: string, chineseRun: boolean): string {
  let out = text;
  if (chineseRun)
    out = out.replace(CHINESE_DIGIT_RUN, (run) =>
      run.replace(/[ -]/gu, '').replace(/./gu, (c) => CHINESE_DIGITS[c]!),
    );
  ENGLISH_DIGIT_RUN.lastIndex = 0;
  if (ENGLISH_DIGIT_RUN.test(out))
    out = out.replace(ENGLISH_DIGIT_RUN, (run) =>
      run
        .toLowerCase()
        .split(/[, -]+/u)
        .map((word) => ENGLISH_DIGITS[word]!)
        .join(''),
    );
  return out;
}
// What a decoded token may hold to be taken as text: no control character but white space.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/u;

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
  if (out.includes('\\'))
    out = out.replace(JS_ESCAPE, (whole, braced?: string, four?: string, two?: string) => {
      // `\uD83D\uDE00` is a surrogate pair written as two escapes: each half is kept as it is.
      if (four !== undefined) return String.fromCharCode(Number.parseInt(four, 16));
      return codePoint(Number.parseInt(braced ?? two!, 16)) ?? whole;
    });
  for (let depth = 0; depth < PERCENT_DEPTH && out.includes('%'); depth++) {
    const next = out.replace(PERCENT_BYTES, (run) => decodeBytes(run, 3));
    if (next === out) break;
    out = next;
  }
  chineseDigitRun = false;
  if (out.length >= MIN_SPOKEN_RUN) out = decodeBase64Runs(out);
  return spokenDigits(out, chineseDigitRun);
}

// Base64 and base64url characters (RFC 4648 §4, §5) by ASCII code: 1, or 2 for the characters
// without which no decoded byte can be `@` (0x40). Its sextets, by the byte's place in a 3-byte
// group: `Q` first; or a third sextet of A–D; or a fourth sextet of `A`. A run without one of
// A, B, C, D, Q (every lower-case word) cannot hold an address and is not decoded.
const BASE64_CLASS = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_')
  BASE64_CLASS[char.charCodeAt(0)] = 'ABCDQ'.includes(char) ? 2 : 1;

/** The text with every base64 run that decodes to an address replaced; the same string when none does. */
// Set by decodeBase64Runs: the text holds seven Chinese numerals in a row (a space or hyphen
// allowed between), read in the same loop so ordinary texts are walked once.
let chineseDigitRun = false;

function decodeBase64Runs(text: string): string {
  // One loop over code units, runs found whole: a regex pass or a replace with a callback cost
  // several times more on ordinary texts, which have long words and no base64.
  let out = '';
  let last = 0;
  let numerals = 0;
  const length = text.length;
  for (let i = 0; i < length; ) {
    let c = text.charCodeAt(i);
    if (c >= 128 || BASE64_CLASS[c] === 0) {
      if (IS_CHINESE_DIGIT[c] === 1) {
        if (++numerals >= MIN_SPOKEN_RUN) chineseDigitRun = true;
      } else if (
        !((c === 0x20 || c === 0x2d) && numerals > 0 && IS_CHINESE_DIGIT[text.charCodeAt(i + 1)] === 1)
      )
        numerals = 0;
      i++;
      continue;
    }
    numerals = 0;
    const start = i;
    let atPossible = false;
    for (; i < length; i++) {
      c = text.charCodeAt(i);
      const kind = c < 128 ? BASE64_CLASS[c]! : 0;
      if (kind === 0) break;
      if (kind === 2) atPossible = true;
    }
    if (!atPossible || i - start < BASE64_LENGTH.min) continue;
    for (let pad = 0; pad < 2 && text.charCodeAt(i) === 0x3d; pad++) i++;
    const run = text.slice(start, i);
    const decoded = decodeBase64Run(run);
    if (decoded === run) continue;
    out += text.slice(last, start) + decoded;
    last = i;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * A run of base64 characters decoded whole, or else each `/`-separated piece on its own: `/` is
 * both a base64 character and a path separator (`/u/YWxpY2U…` in a tracking link).
 */
function decodeBase64Run(run: string): string {
  const whole = decodeBase64Token(run);
  if (whole !== run || !run.includes('/')) return whole;
  return run.split('/').map(decodeBase64Token).join('/');
}

/**
 * A base64 (or base64url) token replaced by the text it encodes when that text is UTF-8 with no
 * control characters and holds an `@` (an address, or a payload carrying one); otherwise the
 * token as it was. A word of letters that happens to be valid base64 decodes to bytes that are
 * rarely UTF-8 and almost never hold an `@`.
 */
function decodeBase64Token(token: string): string {
  let bodyLength = token.length;
  while (bodyLength > 0 && token.charCodeAt(bodyLength - 1) === 0x3d) bodyLength--;
  const body = bodyLength === token.length ? token : token.slice(0, bodyLength);
  if (body.length < BASE64_LENGTH.min || body.length > BASE64_LENGTH.max || body.length % 4 === 1)
    return token;
  if (token.length > body.length && token.length % 4 !== 0) return token;
  let binary: string;
  try {
    binary = atob(body.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return token;
  }
  if (!binary.includes('@')) return token;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return token;
  }
  return CONTROL.test(text) ? token : ` ${text} `;
}
