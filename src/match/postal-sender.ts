import { foldText } from './normalize-text.js';

/**
 * Return addresses a source declares for its own letters (`expected.postalSenders`), compared with
 * the sender a letter gives (`from`, `fromName`) tolerant of how addresses are written: case,
 * accents and punctuation aside (`foldText`), street words and their abbreviations as one
 * (`Hauptstraße` = `Hauptstr.`, `Street` = `St.`, `Avenue` = `Ave.` = `Av.`), the parts in any
 * order (`Hauptstr. 5, 10115 Berlin` = `10115 Berlin Hauptstraße 5`), and legal forms (GmbH, Ltd),
 * country names and lone letters (`D-10115`) left out. Every remaining word of the declared
 * address must be on the letter; an address in an unspaced script (上海市徐汇区漕溪北路88号) is
 * compared without its spaces and punctuation, and must be found whole.
 */

/**
 * Street words and their abbreviations, each to one key. The key is the same for the word and its
 * abbreviations on both sides, so an abbreviation that means something else too (`St.` for
 * Saint, `Dr.` for a doctor) only ever matches itself. Sources: Deutsche Post's address guide
 * (Str., Pl.), USPS Publication 28 Appendix C1 (street suffix abbreviations), La Poste's
 * abbreviation list (Av., Bd), Poste Italiane (V.le, P.za), CTT (Av., R.).
 */
const STREET_WORDS: ReadonlyMap<string, string> = new Map([
  ['strasse', 'str'],
  ['str', 'str'],
  ['street', 'st'],
  ['st', 'st'],
  ['road', 'rd'],
  ['rd', 'rd'],
  ['avenue', 'av'],
  ['ave', 'av'],
  ['av', 'av'],
  ['avenida', 'av'],
  ['avda', 'av'],
  ['boulevard', 'bd'],
  ['blvd', 'bd'],
  ['bd', 'bd'],
  ['bvd', 'bd'],
  ['lane', 'ln'],
  ['ln', 'ln'],
  ['drive', 'dr'],
  ['dr', 'dr'],
  ['platz', 'pl'],
  ['place', 'pl'],
  ['pl', 'pl'],
  ['piazza', 'pza'],
  ['pza', 'pza'],
  ['viale', 'vle'],
  ['vle', 'vle'],
  ['suite', 'ste'],
  ['ste', 'ste'],
  ['floor', 'fl'],
  ['fl', 'fl'],
  ['postfach', 'pobox'],
  ['pf', 'pobox'],
]);

/** Words a return address may carry or leave out: legal forms, country names, "number". */
const OPTIONAL_WORDS: ReadonlySet<string> = new Set([
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ev',
  'co',
  'ltd',
  'limited',
  'inc',
  'llc',
  'plc',
  'corp',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'lda',
  'nr',
  'no',
  'germany',
  'deutschland',
  'france',
  'italy',
  'italia',
  'spain',
  'espana',
  'portugal',
  'china',
  'austria',
  'osterreich',
  'switzerland',
  'schweiz',
  'suisse',
  'usa',
  'uk',
]);

/** The address's words, each in its key form (see {@link STREET_WORDS}, {@link OPTIONAL_WORDS}). */
function wordsOf(address: string): string[] {
  const words: string[] = [];
  for (const raw of foldText(address).split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0 || OPTIONAL_WORDS.has(raw)) continue;
    // A lone letter: a country prefix (D-10115), an initial, or a piece of an abbreviation.
    if (raw.length === 1 && /\p{L}/u.test(raw)) continue;
    const key = STREET_WORDS.get(raw);
    if (key !== undefined) words.push(key);
    // German street names are compounds: Hauptstraße, Hauptstr. and Haupt-Str. are one street.
    else if (/^\p{L}{2,}(?:strasse|str)$/u.test(raw)) words.push(raw.replace(/(?:strasse|str)$/u, ''), 'str');
    else words.push(raw);
  }
  return words;
}

/** The address with nothing but its letters and digits, for an unspaced script. */
const compactOf = (address: string): string => foldText(address).replace(/[^\p{L}\p{N}]+/gu, '');

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Why a declared return address cannot tell the source's letters apart, or `undefined` when it
 * can: it needs a number (a house number, a postcode or a PO box) and one word more, so a city
 * alone (`Berlin`) or a name alone is refused.
 *
 * @param address - The return address as declared.
 * @returns The reason, or `undefined`.
 */
export function postalSenderRefusal(address: string): string | undefined {
  const words = wordsOf(address);
  if (UNSPACED.test(address)) {
    const compact = compactOf(address);
    return /\p{N}/u.test(compact) && compact.length >= 6
      ? undefined
      : 'a return address needs its street and number (or a PO box), not only a name or a place';
  }
  return words.some((w) => /\p{N}/u.test(w)) && words.length >= 2
    ? undefined
    : 'a return address needs its street and number (or a PO box), not only a name or a place';
}

/**
 * Tells whether a letter's sender is one of the source's declared return addresses (see the
 * module comment for how they are compared).
 *
 * @param declared - The source's `expected.postalSenders`.
 * @param sender - What the letter gives as its sender: `fromName` and `from`, joined.
 * @returns Whether one declared address is on the letter.
 */
export function postalSenderDeclared(declared: readonly string[], sender: string): boolean {
  if (declared.length === 0 || sender.trim() === '') return false;
  const words = new Set(wordsOf(sender));
  const compact = compactOf(sender);
  return declared.some((address) => {
    if (postalSenderRefusal(address) !== undefined) return false;
    if (UNSPACED.test(address)) return compact.includes(compactOf(address));
    const own = wordsOf(address);
    return own.every((w) => words.has(w)) || compact.includes(compactOf(address));
  });
}

/**
 * A letter's letterhead, read as its return address when the contact gives no sender: the short
 * lines before its first blank line (one to six lines of at most 100 characters: the business's
 * name, its street and town, as DIN 5008 and the Royal Mail's addressing guide place them at the
 * top), joined with ", ". A letter that opens with its text has none.
 *
 * @param content - The letter's text, as transcribed or scanned.
 * @returns The letterhead, or `undefined`.
 */
export function letterhead(content: string | undefined): string | undefined {
  if (content === undefined) return undefined;
  const head = content.replace(/^\s*\n/u, '').split(/\r?\n\s*\r?\n/u)[0] ?? '';
  const lines = head
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0 || lines.length > 6 || lines.some((line) => line.length > 100)) return undefined;
  // Two or more lines, or one line holding a number (a street, a postcode): an address.
  if (lines.length === 1 && !/\p{N}/u.test(lines[0]!)) return undefined;
  return lines.join(', ');
}

/**
 * The name a letter's printed letterhead opens with: the first of its lines (see {@link
 * letterhead}) when there are two or more and it holds no number and ends with no comma, colon or
 * semicolon (a salutation, "Dear Anna,", opens the letter's text, not a letterhead).
 *
 * @param content - The letter's text, as transcribed or scanned.
 * @returns The letterhead's first line, or `undefined`.
 */
export function letterheadName(content: string | undefined): string | undefined {
  const head = letterhead(content);
  if (head === undefined) return undefined;
  const lines = content!
    .replace(/^\s*\n/u, '')
    .split(/\r?\n/u)
    .map((line) => line.trim());
  const first = lines[0]!;
  if (lines.length < 2 || lines[1] === '' || /\p{N}|[,:;]$/u.test(first)) return undefined;
  return first;
}
