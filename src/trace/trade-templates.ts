/**
 * The notices registrants send as their own from their declared senders ("<name>您好，您在本店的
 * 预约已确认，如有疑问请回电", "Hi <name>, your appointment is confirmed"): the templates of the
 * booking and order systems a trade shares, word for word but for the name. A source that moved
 * to a line it never declared (a new landline, a new SMS port) goes on sending the same notice to
 * its own customers; from there its notice reads as a stranger's use of the name variant it was
 * given. Such a text, from a sender whose every contact reached this one source's canaries and
 * asking for nothing (see `OwnScripts.asksNothing`), is the source's own: a buyer reads its own
 * script, and one that passes as a business adds what it came for (a link, a number, an offer).
 */
import type { StoredContact } from '../stores/store.js';
import { shingleHashes } from './minhash.js';
import { OWN_SCRIPT_SIMILARITY } from './own-script.js';

/** The shortest text compared (as `own-script.ts`): a few characters say nothing of a template. */
const MIN_TEXT = 12;

/** The most distinct own texts kept to compare with (the first ones by time). */
const MAX_TEXTS = 200;

/** The registrants' own notices, and the test of a text against them. */
export interface TradeTemplates {
  /** Whether a text repeats one of the notices (Jaccard over shingles ≥ `OWN_SCRIPT_SIMILARITY`). */
  readonly repeats: (content: string | undefined) => boolean;
}

/**
 * Collects the texts registrants sent from their declared senders.
 *
 * @param legitimate - The contacts `record()` called `legitimate`, in any order.
 * @param declared - Whether a contact came from a sender its source declared.
 * @returns The comparison; empty when no registrant wrote from a declared sender.
 */
export function tradeTemplates(
  legitimate: readonly StoredContact[],
  declared: (contact: StoredContact) => boolean,
): TradeTemplates {
  const sizes: number[] = [];
  const index = new Map<number, number[]>();
  const seen = new Set<string>();
  // The first texts by time (then id), whatever order the contacts come in.
  const candidates = legitimate
    .filter((c) => (c.contact.content?.length ?? 0) >= MIN_TEXT && declared(c))
    .sort(
      (a, b) => a.contact.at.getTime() - b.contact.at.getTime() || (a.contact.id < b.contact.id ? -1 : 1),
    );
  for (const stored of candidates) {
    if (sizes.length >= MAX_TEXTS) break;
    const content = stored.contact.content!;
    if (seen.has(content)) continue;
    seen.add(content);
    const shingles = shingleHashes(content);
    if (shingles.length === 0) continue;
    const text = sizes.push(shingles.length) - 1;
    for (const shingle of shingles) {
      const list = index.get(shingle);
      if (list === undefined) index.set(shingle, [text]);
      else list.push(text);
    }
  }
  return {
    repeats(content) {
      if (content === undefined || content.length < MIN_TEXT || sizes.length === 0) return false;
      const shingles = shingleHashes(content);
      const shared = new Map<number, number>();
      for (const shingle of shingles)
        for (const text of index.get(shingle) ?? []) shared.set(text, (shared.get(text) ?? 0) + 1);
      for (const [text, both] of shared)
        if (both / (shingles.length + sizes[text]! - both) >= OWN_SCRIPT_SIMILARITY) return true;
      return false;
    },
  };
}
