/**
 * The signature block a mail or a long text ends with: the writer's name, title, business,
 * address, phone and site on short lines of their own after the message, often opened by a
 * sign-off ("Kind regards,", "Mit freundlichen Grüßen", "Cordialement", "Pozdrawiam", 此致敬礼,
 * よろしくお願いいたします, 감사합니다). A clerk writing from her own mailbox signs so:
 *
 * ```text
 * Dear Ms Wang, … your room is confirmed, booking 48213.
 *
 * Kind regards,
 * Anna Schmidt
 * Reservations Manager
 * Hotel Adlon
 * Unter den Linden 77, 10117 Berlin
 * Tel. +49 30 22610
 * ```
 *
 * A line of the block is no sentence: it is short and does not end a sentence (a full stop, a
 * question or an exclamation mark, 。！？), so the message's last sentence ends the body. The block
 * is read only after a body: a text made of short lines alone has no signature apart from it.
 * Every pattern works on folded text (`foldText`).
 */
import { foldText } from './normalize-text.js';

/** The signature block of a text: its lines (as written, trimmed) and where it starts. */
export interface SignatureBlock {
  /** Offset of the block's first line in the text. */
  readonly start: number;
  /** The block's non-empty lines, the sign-off's included, trimmed. */
  readonly lines: readonly string[];
}

/**
 * The most lines a signature block holds (name, title, department, business, two address lines,
 * phone, fax, site, mail): a longer run of short lines is a list, not a signature.
 */
const MAX_LINES = 10;
/** The longest line of a signature block, in characters (an address line with its postcode). */
const MAX_LINE = 80;

/**
 * Sign-offs opening a signature block, folded (en de fr it es pt nl pl zh ja ko): the whole line
 * is one, with a comma or nothing after it.
 */
const SIGN_OFF = new RegExp(
  `^(?:${[
    '(?:kind |best |warm |warmest |with kind )?regards',
    'best(?: wishes)?',
    'sincerely(?: yours)?',
    'yours (?:sincerely|faithfully|truly)',
    'thanks?(?: you)?(?: again)?',
    'many thanks',
    'cheers',
    'mit (?:den )?(?:besten|freundlichen) grussen',
    '(?:viele|beste|liebe|herzliche|freundliche) grusse',
    'herzlichst',
    '(?:bien |tres )?cordialement',
    '(?:meilleures|sinceres) salutations',
    'bien a vous',
    '(?:cordiali|distinti) saluti',
    'un (?:cordiale )?saluto',
    'saluti',
    '(?:un )?(?:cordial )?saludos?(?: cordiales)?',
    'atentamente',
    'atenciosamente',
    '(?:com os )?(?:melhores )?cumprimentos',
    'met vriendelijke groet(?:en)?',
    '(?:hartelijke )?groet(?:en)?',
    'z powazaniem',
    'pozdrawiam(?: serdecznie)?',
    '(?:serdecznie )?pozdrawiamy',
    'z wyrazami szacunku',
    '此致(?:敬礼)?',
    '敬礼',
    '祝好',
    '顺祝商祺',
    '谢谢',
    'よろしくお願いいたします',
    'よろしくお願い申し上げます',
    '敬具',
    '감사합니다',
    '고맙습니다',
  ]
    .map((s) => foldText(s))
    .join('|')})[\\s,.!:;~-]*$`,
  'u',
);

/** A line that ends a sentence: the body's last line, never a signature's. */
const SENTENCE_END = /[.!?。！？]\s*$/u;
/** A line holding nothing but a signature's dashes ("--", "——"). */
const DASHES = /^[-\u2010-\u2015~_*=]+$/u;

/**
 * Finds the signature block a text ends with (see the module's documentation).
 *
 * @param content - The text, its lines as written (a mail's writer's own text, quotes removed).
 * @returns The block, or `undefined` when the text ends with a sentence or has no body before it.
 * @example
 * signatureBlock('Your room is confirmed.\n\nKind regards,\nAnna Schmidt\nHotel Adlon')
 * // → { start: 25, lines: ['Kind regards,', 'Anna Schmidt', 'Hotel Adlon'] }
 */
export function signatureBlock(content: string): SignatureBlock | undefined {
  const lines = content.split('\n');
  let offset = content.length;
  let start = -1;
  const block: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    offset -= line.length + (i < lines.length - 1 ? 1 : 0);
    const trimmed = line.trim();
    if (trimmed === '' || DASHES.test(trimmed)) continue;
    const signOff = SIGN_OFF.test(foldText(trimmed));
    if (!signOff && (trimmed.length > MAX_LINE || SENTENCE_END.test(trimmed) || block.length >= MAX_LINES)) {
      // The body's last line: the block, if any, follows it.
      return block.length > 0 ? { start, lines: block.reverse() } : undefined;
    }
    block.push(trimmed);
    start = offset;
    // A sign-off opens the block; the body ends before it.
    if (signOff)
      return lines.slice(0, i).some((l) => l.trim() !== '') ? { start, lines: block.reverse() } : undefined;
  }
  // Short lines alone: no body to sign.
  return undefined;
}
