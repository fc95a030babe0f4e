import { senderDomain } from '../match/normalize-email.js';
import type { Actor } from '../trace/actors.js';
import type { Analysis } from '../trace/analyze.js';
import type { Tracer } from '../tracer.js';

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

/**
 * The actors a block list must never hold, whatever else it takes: a source's own declared
 * number or mail domain (`legitimate` by the user's own word, and the source's next booking
 * confirmation would be blocked), and the person's circle — a caller not tied to a leak whose
 * contacts include one that reached only the person's real number or mailbox (`untraceable`),
 * with no pitch (topic `other`) and no risk flag among them: a mother texting the real number
 * and, once, a pool number she was given by mistake is not a campaign. An actor with no number
 * or mail sender (a letter's sender) has nothing a block list could hold and is left out too.
 *
 * @param tracer - The tracer the analysis is from (its sources and stored contacts).
 * @param analysis - The analysis.
 * @param actors - The candidates.
 * @returns `actors` without those, in their order.
 */
export async function blockable(
  tracer: Pick<Tracer, 'listSources' | 'listContacts'>,
  analysis: Analysis,
  actors: readonly Actor[],
): Promise<Actor[]> {
  const sources = tracer.listSources();
  const declared = new Set(sources.flatMap((s) => s.expected.phones));
  const national = sources.flatMap((s) => s.expected.nationalPhones ?? []);
  const domains = new Set(sources.flatMap((s) => s.expected.emailDomains));
  const isDeclared = (a: Actor) =>
    a.numbers.some((n) => declared.has(n) || national.some((d) => n.startsWith('+') && n.endsWith(d))) ||
    a.senders.some((s) => domains.has(senderDomain(s)));
  const leak = tiedToLeak(analysis);
  const candidates = actors.filter((a) => !leak(a) && a.topic === 'other' && a.flags.length === 0);
  const circle = new Set<string>();
  if (candidates.length > 0) {
    const contactActor = new Map<string, string>();
    for (const a of candidates) for (const c of a.contactIds) contactActor.set(c, a.id);
    for await (const stored of tracer.listContacts()) {
      const actorId = contactActor.get(stored.contact.id);
      if (actorId !== undefined && stored.result.verdict === 'untraceable') circle.add(actorId);
    }
  }
  // A letter's sender has no line a phone or a mail filter can block: it is no entry.
  const lines = (a: Actor) => a.numbers.length + a.senders.length;
  return actors.filter((a) => lines(a) > 0 && !circle.has(a.id) && !isDeclared(a));
}
