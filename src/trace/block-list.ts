import { blockListActorsSchema } from '../schemas/block-list.js';
import { parseInput } from '../schemas/common.js';
import type { Actor } from './actors.js';

/**
 * Block lists of the actors' numbers and senders, for phones and mail filters: what users of
 * alias services ask for most ("block this sender across all my identities").
 */

const E164 = /^\+\d{6,15}$/u;

/**
 * Neutralises a CSV cell against formula injection (`=`, `+`, `-`, `@`, tab, CR at the start
 * make spreadsheets evaluate it) by a leading apostrophe, and quotes it. A bare E.164 number is
 * left as it is: `+` followed by digits only is a number to a spreadsheet, not a formula.
 */
export function csvCell(value: string): string {
  const safe = !E164.test(value) && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
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

/**
 * The block list as vCards, one contact per actor holding all its numbers and senders: import
 * them and block each contact to block every line the actor rotates through.
 *
 * @param actors - The actors of an analysis.
 * @returns vCard 3.0 text (CRLF line ends).
 * @throws ValidationError naming the field when `actors` is not a list of actors.
 */
export function blockListVCard(actors: readonly Actor[]): string {
  parseInput(blockListActorsSchema, actors, 'actors');
  const cards = actors
    .filter((a) => a.numbers.length + a.senders.length > 0)
    .map((actor) => {
      const name = vcardText(
        actor.names.length > 0
          ? `Blocked ${actor.names.join(' / ')}`
          : `Blocked ${actor.topic} caller ${actor.id}`,
      );
      const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:${name};;;;`];
      for (const number of actor.numbers) {
        lines.push(
          `TEL;TYPE=VOICE:${vcardText(number.startsWith('short:') ? number.split(':')[2]! : number)}`,
        );
      }
      for (const sender of actor.senders) lines.push(`EMAIL;TYPE=INTERNET:${vcardText(sender)}`);
      lines.push(
        `NOTE:${vcardText(`leaktrace actor; flags: ${actor.flags.join(' ') || 'none'}`)}`,
        'END:VCARD',
      );
      return lines.join('\r\n');
    });
  return cards.length > 0 ? `${cards.join('\r\n')}\r\n` : '';
}
