import type { Actor } from '../trace/actors.js';
import type { Analysis } from '../trace/analyze.js';

/**
 * Whether an actor is tied to a leaked source: it placed a contact that is decisive, merge or
 * campaign evidence against it, or a broker supplies it.
 *
 * @param analysis - The analysis the actors are from.
 * @returns A predicate on the analysis's actors.
 */
export function tiedToLeak(analysis: Analysis): (actor: Actor) => boolean {
  const tied = new Set<string>(analysis.brokers.flatMap((b) => b.actorIds));
  const contacts = new Set<string>();
  for (const source of analysis.sources) {
    if (source.status !== 'leaked') continue;
    for (const e of source.evidence) {
      if (e.kind === 'pool-number') continue;
      contacts.add(e.contactId);
      if (e.actorId !== undefined) tied.add(e.actorId);
    }
  }
  return (a) => tied.has(a.id) || a.contactIds.some((c) => contacts.has(c));
}

/**
 * The actors worth blocking: those tied to a leaked source ({@link tiedToLeak}), first, then
 * those seen on more than one line (numbers and senders together: a campaign rotating lines).
 * A one-off random caller on a pool number is neither: blocking a thousand of those blocks
 * nothing that calls again.
 */
export function notableActors(analysis: Analysis): Actor[] {
  const leak = tiedToLeak(analysis);
  const notable = analysis.actors.filter((a) => leak(a) || a.numbers.length + a.senders.length > 1);
  // Leak-tied first: a random caller seen on two lines is worth blocking too, but it must not
  // head a list whose first rows a reader takes for the campaigns that used a leak.
  return [...notable.filter(leak), ...notable.filter((a) => !leak(a))];
}
