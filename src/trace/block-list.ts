import { en } from '../report/locales/en.js';
import { zhCN } from '../report/locales/zh-CN.js';
import { blockListActorsSchema } from '../schemas/block-list.js';
import { parseInput } from '../schemas/common.js';
import type { Locale } from '../types.js';
import type { Actor } from './actors.js';

/**
 * Block lists of the actors' numbers and senders, for phones and mail filters: what users of
 * alias services ask for most ("block this sender across all my identities").
 */

const E164 = /^\+\d{6,15}$/u;

/**
 * Neutralises a CSV cell against formula injection (`=`, `+`, `-`, `@`, tab, CR at the start
 * make spreadsheets evaluate it) by a leading apostrophe, and quotes it. A bare E.164 number is
 * left as it is: `+` followed by digits only is a number to a spreadsheet, not a formula. A cell
 * that begins with an apostrophe gets one more, so the text comes back exactly: take one leading
 * apostrophe off any cell that starts with one (`'=1+1` and `=1+1` no longer export alike).
 */
export function csvCell(value: string): string {
  const safe = !E164.test(value) && /^[=+\-@\t\r']/u.test(value) ? `'${value}` : value;
  return /[",\r\n']/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The block list as CSV: one row per number or sender, with its actor, kind, topic, flags and
 * the user's name for the actor.
 *
 * @param actors - The actors of an analysis.
 * @returns CSV text with a header row and CRLF line ends (RFC 4180).
 * @throws ValidationError naming the field when `actors` is not a list of actors.
 */
export function blockListCsv(actors: readonly Actor[]): string {
  parseInput(blockListActorsSchema, actors, 'actors');
  const rows = [['value', 'kind', 'actor', 'topic', 'flags', 'first_seen', 'last_seen', 'name']];
  for (const actor of actors) {
    const base = [
      actor.id,
      actor.topic,
      actor.flags.join(' '),
      actor.firstSeen.toISOString(),
      actor.lastSeen.toISOString(),
      actor.names.join('; '),
    ];
    for (const number of actor.numbers)
      rows.push([number.startsWith('short:') ? number.split(':')[2]! : number, 'phone', ...base]);
    for (const sender of actor.senders) rows.push([sender, 'email', ...base]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Escapes a vCard 3.0 text value (RFC 2426 §4: backslash, comma, semicolon, newline). */
function vcardText(value: string): string {
  return value.replace(/[\\,;]/gu, (c) => `\\${c}`).replace(/\r\n|\r|\n/gu, '\\n');
}

/** Options of {@link blockListVCard}. */
export interface BlockListVCardOptions {
  /** The language of the cards' names and notes: `en` (the default) or `zh-CN`. */
  readonly locale?: Locale;
}

/** A line as a phone shows it: `short:CN:95123` is `95123`. */
function lineText(line: string): string {
  return line.startsWith('short:') ? line.split(':')[2]! : line;
}

/**
 * The block list as vCards, one contact per actor holding all its numbers and senders: import
 * them and block each contact to block every line the actor rotates through. A card is named as
 * the phone's contact list shows it, in the person's language: the user's label for the actor,
 * else its topic and first line ("Blocked loans caller +8616512345678", "骚扰-贷款
 * +8616512345678"), never an internal id; its flags are in words.
 *
 * @param actors - The actors of an analysis.
 * @param options - The locale (the report's topic and flag words).
 * @returns vCard 3.0 text (CRLF line ends).
 * @throws ValidationError naming the field when `actors` is not a list of actors.
 * @example
 * ```ts
 * await writeFile('block.vcf', blockListVCard(analysis.actors, { locale: 'zh-CN' }));
 * ```
 */
export function blockListVCard(actors: readonly Actor[], options: BlockListVCardOptions = {}): string {
  parseInput(blockListActorsSchema, actors, 'actors');
  const words = (options.locale === 'zh-CN' ? zhCN : en).report;
  const zh = options.locale === 'zh-CN';
  const cards = actors
    .filter((a) => a.numbers.length + a.senders.length > 0)
    .map((actor) => {
      const topic = words.topic[actor.topic] ?? actor.topic;
      const first = lineText([...actor.numbers, ...actor.senders][0]!);
      const label =
        actor.names.length > 0
          ? zh
            ? `骚扰-${actor.names.join(' / ')}`
            : `Blocked ${actor.names.join(' / ')}`
          : zh
            ? `骚扰-${topic} ${first}`
            : `Blocked ${topic} caller ${first}`;
      const name = vcardText(label);
      const flags = actor.flags.map((f) => words.flag[f] ?? f);
      const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:${name};;;;`];
      for (const number of actor.numbers) {
        lines.push(`TEL;TYPE=VOICE:${vcardText(lineText(number))}`);
      }
      for (const sender of actor.senders) lines.push(`EMAIL;TYPE=INTERNET:${vcardText(sender)}`);
      const note = zh
        ? `leaktrace 来电方；标记：${flags.join('、') || '无'}`
        : `leaktrace caller; flags: ${flags.join(', ') || 'none'}`;
      lines.push(`NOTE:${vcardText(note)}`, 'END:VCARD');
      return lines.join('\r\n');
    });
  return cards.length > 0 ? `${cards.join('\r\n')}\r\n` : '';
}
