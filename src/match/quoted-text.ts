/**
 * A mail's writer's own text and the messages it quotes. No quote header is standard (RFC 3676
 * `>` lines aside); every client writes one of three shapes, in the user's language:
 *
 * - an attribution line ending in a colon, with a date or time and/or an address, or a bare name
 *   over `>` lines: "On <date>, <Name> <address> wrote:" (Gmail, Apple Mail, Thunderbird), "W dniu
 *   <date>, <Name> pisze:", "Op <date> heeft <Name> het volgende geschreven:", "在 <date>，<Name>
 *   写道：", "Hotel Adlon schrieb:" (over any text when it holds a time and an address in angle
 *   brackets: mail converted from HTML has no `>` marks);
 * - a field list of two to six lines naming the sender: "From:/Von:/De:/Da:/Od:/Van:/差出人:/보낸
 *   사람:/发件人:" with a date or an address (Outlook, Foxmail, Naver), also as a table
 *   ("| 发件人 | … |", 163 Mail);
 * - a line of dashes or underscores with words between ("-----Original Message-----", "----
 *   回复的原邮件 ----", "---------- Messaggio inoltrato ---------") over such a field list.
 *
 * A list of localized wordings complements the shapes. Top-posting puts the quote after the
 * reply: everything from the first header on is quoted, and every `>` line is.
 */
import { foldText } from './normalize-text.js';

/** A mail split into its writer's own text and what it quotes. */
export interface QuotedReply {
  /** The writer's own text: before the first quote header, without `>` lines. */
  readonly own: string;
  /** The quoted text (after a header, and every `>` line). */
  readonly quoted: string;
  /** The address domains the quote headers name (sender and recipients), lower case. */
  readonly quotedDomains: readonly string[];
  /**
   * Whether a quote header names its sender without an address ("Hotel Adlon schrieb:", Foxmail's
   * "From: 希尔顿酒店"): who wrote the quoted message is then only its display name.
   */
  readonly senderUnaddressed: boolean;
  /** The addresses quote headers name as the quoted messages' senders, lower case. */
  readonly quotedSenders: readonly string[];
  /**
   * The text naming the sender of each quote header that gives no address, as written: the field
   * value of Exchange's "From: Olivia Whitfield", or the whole attribution line.
   */
  readonly unaddressedSenders: readonly string[];
}

/** Localized wordings of a quote header line (a complement to the shapes below). */
const HEADER =
  /^[ \t]*(?:(?:on|am|le|el|il|op)\b.{0,160}?(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef).{0,160}?[:：]?|在.{0,160}?写道\s*[:：]?|-{2,}\s*(?:original message|forwarded message|原始邮件|转发的邮件|urspr(?:ü|u)ngliche nachricht|message d'origine)\s*-{2,}|(?:from|发件人|寄件者|von|de)\s*[:：].{0,160}@.{0,160})[ \t]*$/imu;

/**
 * A forward's subject prefix, as mail clients write it at the start of a text: Fwd/Fw (English),
 * WG (German "Weitergeleitet"), TR (French "Transféré"), RV (Spanish "Reenviado"), ENC
 * (Portuguese "Encaminhada"), I (Italian "Inoltrato"), Doorst (Dutch "Doorgestuurd"),
 * 转发/转寄/轉寄/轉發 (Chinese).
 */
export const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|i|doorst|转发|转寄|轉寄|轉發)\s*[:：]/iu;

/** Addresses in a header, `<reservations@hilton.com>`, `[mailto:…]` or bare. */
// Started only where a run of address characters starts (linear on a long run of letters).
const ADDRESS = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu;

/** A date or a time as headers write it: 10:00, 2026, 2.04.26, 2026-04-02, 2026年4月2日, 4월 2일. */
const DATE_OR_TIME =
  /\d{1,2}[:：]\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+\s*[年月日년월일]/u;

/** A time of day, as every client's attribution line writes it (10:00, 10：00). */
const CLOCK = /\d{1,2}[:：]\d{2}/u;

/** The `>` marks and spaces a quoted line starts with. */
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]*)*/u;

/** A line that ends in a colon: an attribution line's end. */
const COLON_END = /[:：][ \t]*$/u;

/** The longest attribution line (two lines when the client wrapped it), in characters. */
const ATTRIBUTION_MAX = 320;
/** A name-only attribution ("Hotel Adlon schrieb:"): at most this many characters and words. */
const NAME_ONLY = { chars: 80, words: 8 } as const;

/**
 * A field line, `Label: value` or a table row `| Label | value |`: a label of at most three words
 * without digits or sentence marks, then a value.
 */
const FIELD =
  /^[ \t>|]*([^\s\d:：|<>@.!?,，。][^\d:：|<>@.!?,，。\n]{0,24}?)[ \t]*(?:[:：]|\|)[ \t]*(\S.*)$/u;

/**
 * The sender's label in a header's field list, lower case (Outlook, Gmail's and Thunderbird's
 * forwards, Foxmail, 163, Naver, Yahoo, Roundcube, Zimbra in their languages): a complement to
 * the field list's shape, which says which field names the sender.
 */
const SENDER_LABEL =
  /^(?:from|von|de|de la|da|od|van|fra|fran|från|от|от кого|kimden|gonderen|gönderen|felado|feladó|odesilatel|odesílatel|expediteur|expéditeur|remitente|mittente|afzender|nadawca|lahettaja|lähettäjä|αποστολεας|αποστολέας|发件人|寄件者|寄件人|发信人|差出人|送信者|送信元|보낸 사람|보낸사람|보낸이)$/u;

/** A line of dashes, underscores or equals signs, with words between or none (a long rule). */
const RULE_LINE = /^[ \t>]*(?:[-_=*]{2,}[ \t]*[^-_=*\n]{1,60}?[ \t]*[-_=*]{2,}|[-_]{8,})[ \t]*$/u;

/** Lines a field list may hold (Outlook's From, Sent, To, Cc, Subject and a blank-free wrap). */
const FIELD_LIST_MAX = 6;

/** Fields a list naming no address holds at least: From, Date, To, Subject (Foxmail, Exchange). */
const UNADDRESSED_FIELDS = 4;

/** A header found at a line: the lines it spans and the text that names its sender. */
interface Header {
  /** The first line after the header. */
  readonly end: number;
  /** The header's text (for the domains it names). */
  readonly text: string;
  /** The part naming the sender (the attribution line, or the sender's field). */
  readonly sender: string;
}

const unquote = (line: string): string => line.replace(QUOTE_MARKS, '');
const isQuoted = (line: string | undefined): boolean => line !== undefined && /^[ \t]*>/u.test(line);

/** The index of the first non-blank line from `from` on, or `lines.length`. */
function nextFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

/** The field list starting at `start`: its field lines (label folded) up to {@link FIELD_LIST_MAX}. */
function fieldList(
  lines: readonly string[],
  start: number,
): { label: string; value: string; line: string }[] {
  const fields: { label: string; value: string; line: string }[] = [];
  for (let i = start; i < lines.length && fields.length < FIELD_LIST_MAX; i++) {
    const m = FIELD.exec(lines[i]!);
    if (!m || m[1]!.trim().split(/\s+/u).length > 3) break;
    fields.push({ label: m[1]!.trim().normalize('NFKC').toLowerCase(), value: m[2]!, line: lines[i]! });
  }
  return fields;
}

/**
 * The first line after the field list a header's sender field starts at `start` ("From: Olivia
 * Whitfield" over Sent, To and Subject), or `start` when that line is no field.
 */
export function fieldListEnd(lines: readonly string[], start: number): number {
  return start + fieldList(lines, start).length;
}

/**
 * Whether a field's value can name a sender: an address, or a name with letters and no digits
 * (a date or a price is no sender).
 */
function namesSender(value: string): boolean {
  if (/@/u.test(value)) return true;
  return /\p{L}/u.test(value) && !/\d/u.test(value);
}

/** A field list that names its sender and holds a date or an address, from `start` on. */
function senderFields(lines: readonly string[], start: number): Header | undefined {
  const fields = fieldList(lines, start);
  const sender = fields.find((f) => SENDER_LABEL.test(f.label));
  if (sender === undefined || !namesSender(sender.value)) return undefined;
  const addressed = fields.some((f) => /@/u.test(f.value));
  const dated = fields.some((f) => DATE_OR_TIME.test(f.value));
  // Without an address, a name, a date, a recipient and a subject (Foxmail, Exchange): "Von:
  // 12.04. / Bis: 14.04." or "Da: Roma / A: Milano / Data: …" is a booking's dates or a ticket's
  // route, not a header.
  if (
    addressed ? fields.length < 2 && !/@/u.test(sender.value) : !dated || fields.length < UNADDRESSED_FIELDS
  )
    return undefined;
  return { end: start + fields.length, text: fields.map((f) => f.line).join('\n'), sender: sender.value };
}

/** An attribution line at `i` (joined with the next when the client wrapped it). */
function attribution(lines: readonly string[], i: number): Header | undefined {
  for (const span of [1, 2]) {
    if (i + span > lines.length) break;
    const text = lines
      .slice(i, i + span)
      .map(unquote)
      .join(' ')
      .trim();
    if (text.length === 0 || text.length > ATTRIBUTION_MAX || !COLON_END.test(text)) continue;
    const overQuote = isQuoted(lines[nextFilled(lines, i + span)]);
    const dated = DATE_OR_TIME.test(text) || /@/u.test(text);
    const nameOnly =
      text.length <= NAME_ONLY.chars &&
      text.split(/\s+/u).length <= NAME_ONLY.words &&
      !/[.!?。！？][^:：]/u.test(text);
    // Mail converted from HTML loses the `>` marks: a client's line with a time and an address in
    // angle brackets ("02.04.2026, 10:00, "Hotel Adlon" <…>:") is a header over any text.
    const clientLine = CLOCK.test(text) && /<[^<>\s]+@[^<>\s]+>/u.test(text);
    if ((overQuote && (dated || nameOnly)) || clientLine) return { end: i + span, text, sender: text };
  }
  return undefined;
}

/** The quote header starting at line `i`, by its shape or its wording. */
function headerAt(lines: readonly string[], i: number): Header | undefined {
  const line = lines[i]!;
  if (RULE_LINE.test(line)) {
    const start = nextFilled(lines, i + 1);
    const fields = start - i <= 2 ? (senderFields(lines, start) ?? anyFields(lines, start)) : undefined;
    if (fields) return { ...fields, text: `${line}\n${fields.text}` };
  }
  const fields = senderFields(lines, i);
  if (fields) return fields;
  const attributed = attribution(lines, i);
  if (attributed) return attributed;
  // Gmail wraps a long header before the address: `… Hilton Reservations <` / `x@y> wrote:`.
  for (const text of [line, `${line} ${lines[i + 1] ?? ''}`])
    if (HEADER.test(text)) {
      const block = lines.slice(i, i + 4).join('\n');
      return { end: i + 1, text: block, sender: block };
    }
  return undefined;
}

/** Under a rule line, a field list in a language not listed: its first field names the sender. */
function anyFields(lines: readonly string[], start: number): Header | undefined {
  const fields = fieldList(lines, start);
  if (fields.length < 2 || !fields.some((f) => DATE_OR_TIME.test(f.value) || /@/u.test(f.value)))
    return undefined;
  if (!namesSender(fields[0]!.value)) return undefined;
  return { end: start + fields.length, text: fields.map((f) => f.line).join('\n'), sender: fields[0]!.value };
}

/**
 * Splits a mail into its writer's own text and the messages it quotes, with the domains the quote
 * headers name (see the module's shapes).
 *
 * @param content - The mail's text.
 * @returns The split; `quotedDomains` is empty when no header names an address.
 * @example
 * ```ts
 * quotedReply('Great!\n\nOn 28 Feb 2026, Hilton <reservations@hilton.com> wrote:\n> Dear Anna')
 * // → { own: 'Great!\n', quoted: '…', quotedDomains: ['hilton.com'], senderUnaddressed: false,
 *  //     quotedSenders: ['reservations@hilton.com'], unaddressedSenders: [] }
 * ```
 */
export function quotedReply(content: string): QuotedReply {
  const lines = content.split(/\r?\n/u);
  const ownLines: string[] = [];
  const quotedLines: string[] = [];
  const domains = new Set<string>();
  let senderUnaddressed = false;
  const senders = new Set<string>();
  const unaddressed: string[] = [];
  let inQuote = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = inQuote ? undefined : headerAt(lines, i);
    if (header) {
      inQuote = true;
      for (const m of header.text.matchAll(ADDRESS)) domains.add(foldText(m[1]!).toLowerCase());
      if (!/@/u.test(header.sender)) {
        senderUnaddressed = true;
        unaddressed.push(header.sender);
      }
      for (const m of header.sender.matchAll(ADDRESS)) senders.add(foldText(m[0]).toLowerCase());
    }
    if (inQuote || isQuoted(line)) quotedLines.push(line);
    else ownLines.push(line);
  }
  return {
    own: ownLines.join('\n'),
    quoted: quotedLines.join('\n'),
    quotedDomains: [...domains],
    senderUnaddressed,
    quotedSenders: [...senders],
    unaddressedSenders: unaddressed,
  };
}
