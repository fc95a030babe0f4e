/**
 * A source's own messages from a number it did not declare. Staff call and text customers from
 * their own mobiles: a booking confirmation from a hotel clerk's phone reaches the name variant
 * issued to the hotel, from a number nobody declared, and looks like a leak. What tells it apart
 * is the text: it reads like the messages the source sent from its declared numbers, word for
 * word but for the name. A buyer reads its own script; one who copies the source's to pass as
 * it adds what it came for (a link, a callback number, an offer), which changes the text.
 */
import type { StoredContact } from '../stores/store.js';
import { shingleHashes, weightedSimilarity } from './minhash.js';

/**
 * The similarity (Jaccard over the texts' shingles) from which a text is one of the source's
 * own: the threshold that makes two texts one script when clustering callers (0.7, see
 * `scriptSimilarity`).
 */
export const OWN_SCRIPT_SIMILARITY = 0.7;

/** The shortest text compared: a few characters say nothing of whose script it is. */
const MIN_TEXT = 12;

/** The most of a source's own texts kept to compare with (the first ones by time). */
const MAX_OWN_TEXTS = 50;

/** Which sources' own scripts a contact's text repeats. */
export interface OwnScripts {
  /** Whether `content` reads like one of `sourceId`'s messages from its declared senders. */
  readonly repeats: (sourceId: string, content: string | undefined) => boolean;
}

/**
 * Collects each source's texts from its declared senders (the contacts `record()` called
 * `legitimate`), to compare the contacts that reached its identities with.
 *
 * @param contacts - The contacts analysed, in any order.
 * @returns The comparison; sources that sent nothing from a declared sender repeat nothing.
 */
export function ownScripts(contacts: readonly StoredContact[]): OwnScripts {
  const texts = new Map<string, Uint32Array[]>();
  for (const { contact, result } of contacts) {
    if (result.verdict !== 'legitimate' || (contact.content ?? '').length < MIN_TEXT) continue;
    const shingles = shingleHashes(contact.content!);
    if (shingles.length === 0) continue;
    for (const { sourceId } of result.sources) {
      const list = texts.get(sourceId) ?? [];
      if (list.length < MAX_OWN_TEXTS) list.push(shingles);
      texts.set(sourceId, list);
    }
  }
  const one = () => 1;
  return {
    repeats(sourceId, content) {
      const own = texts.get(sourceId);
      if (own === undefined || content === undefined || content.length < MIN_TEXT) return false;
      const shingles = shingleHashes(content);
      return own.some((text) => weightedSimilarity(shingles, text, one).similarity >= OWN_SCRIPT_SIMILARITY);
    },
  };
}
