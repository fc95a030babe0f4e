import type { Actor } from '../trace/actors.js';
import type { Analysis } from '../trace/analyze.js';

/**
 * The actors worth blocking: those tied to a leaked source (they placed a contact that is
 * decisive, merge or campaign evidence against it, or a broker supplies them) and those seen on
 * more than one line (numbers and senders together: a campaign rotating lines). A one-off
 * random caller on a pool number is neither: blocking a thousand of those blocks nothing that
 * calls again.
 */
export function notableActors(analysis: Analysis): Actor[] {
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
  return analysis.actors.filter(
    (a) =>
      tied.has(a.id) || a.numbers.length + a.senders.length > 1 || a.contactIds.some((c) => contacts.has(c)),
  );
}
