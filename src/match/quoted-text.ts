/**
 * A mail's writer's own text and the messages it quotes. Quote headers are the ones mail clients
 * write (RFC 3676 `>` lines aside, none is standard): Gmail and Apple Mail "On <date>, <Name>
 * <address> wrote:", Gmail in Chinese "在 <date>，<Name> <address> 写道：", German "Am <date> schrieb
 * <Name> <address>:", French "Le <date>, <Name> <address> a écrit :", Outlook's "-----Original
 * Message-----" / "From: … Sent: …" block (in Chinese "发件人: … 发送时间: …"), QQ Mail's
 * "------------------ 原始邮件 ------------------", and forwards ("---------- Forwarded message
 * ---------", "转发的邮件"). Top-posting puts the quote after the reply: everything from the first
 * header on is quoted.
 */
import { foldText } from './normalize-text.js';

/** A mail split into its writer's own text and what it quotes. */
export interface QuotedReply {
  /** The writer's own text: before the first quote header, without `>` lines. */
  readonly own: string;
  /** The quoted text (after a header, and every `>` line). */
  readonly quoted: string;
  /** The address domains the quote headers attribute the quoted messages to, lower case. */
  readonly quotedDomains: readonly string[];
}

/** A line that opens a quoted message, by the clients' wordings. */
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
const ADDRESS = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu;

/**
 * Splits a mail into its writer's own text and the messages it quotes, with the domains the quote
 * headers name as their senders (the header line and the next three, where Outlook puts `From:`
 * and Gmail wraps a long name).
 *
 * @param content - The mail's text.
 * @returns The split; `quotedDomains` is empty when no header names a sender.
 * @example
 * ```ts
 * quotedReply('Great!\n\nOn 28 Feb 2026, Hilton <reservations@hilton.com> wrote:\n> Dear Anna')
 * // → { own: 'Great!\n', quoted: '…', quotedDomains: ['hilton.com'] }
 * ```
 */
export function quotedReply(content: string): QuotedReply {
  const lines = content.split(/\r?\n/u);
  const ownLines: string[] = [];
  const quotedLines: string[] = [];
  const domains = new Set<string>();
  let inQuote = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Gmail wraps a long header before the address: `… Hilton Reservations <` / `x@y> wrote:`.
    if (!inQuote && (HEADER.test(line) || (i + 1 < lines.length && HEADER.test(`${line} ${lines[i + 1]}`)))) {
      inQuote = true;
      for (const next of lines.slice(i, i + 4))
        for (const m of next.matchAll(ADDRESS)) domains.add(foldText(m[1]!).toLowerCase());
    }
    if (inQuote || /^[ \t]*>/u.test(line)) quotedLines.push(line);
    else ownLines.push(line);
  }
  return { own: ownLines.join('\n'), quoted: quotedLines.join('\n'), quotedDomains: [...domains] };
}
