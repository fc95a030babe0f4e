/**
 * What a mailing list's post proves. A club's list sends every member's post on to the address
 * each member subscribed with, the person's alias for the club among them: the writer posted to
 * the list's address, not to the person's, and needed no record of anyone. A post on the list of
 * the source whose alias it reached (its `List-Id` under a mail domain the source declared) is
 * that source's own dealing, whatever a member wrote in it — a holiday-flat ad "for members"
 * included, and names the members call each other by. A post on any other list says only that the
 * address is subscribed to it: by the person, joining with that address, or by someone who held
 * it; the post, asking and selling nothing, cannot tell which. A `List-Id` is a header anyone can
 * write: a list that is not the source's own and whose post sells, asks for a link, payment or
 * code, or carries an impersonator's cue stays evidence, and a source's own list counts only
 * when the receiving server authenticated its domain (where it checked).
 */
import { sells } from '../trace/other-registrant.js';
import type { Hit, Source } from '../types.js';
import { impersonationCue } from './impersonation.js';
import { foldText } from './normalize-text.js';
import { mailSenderDeclared, senderAuthenticated } from './sender-auth.js';
import { ASKS } from './service-asks.js';
import { hasWord } from './word-list.js';

/**
 * The domain a list lives under: a `List-Id`'s namespace (RFC 2919: all after its first label),
 * or a posting address's domain.
 *
 * @param list - `label.namespace` or `list@host`.
 * @returns The domain, lower case.
 */
export function mailingListDomain(list: string): string {
  const at = list.lastIndexOf('@');
  return (at >= 0 ? list.slice(at + 1) : list.slice(list.indexOf('.') + 1)).toLowerCase();
}

/** What a list post proves of the sources it reached (see the module's documentation). */
export type ListPost =
  | { readonly kind: 'own'; readonly owners: readonly string[]; readonly names: readonly string[] }
  | { readonly kind: 'subscribed' };

/**
 * What a mail a mailing list delivered proves (see the module's documentation): `own` when the
 * list is under a declared mail domain of the sources whose addresses it reached (`owners`;
 * `names`: the other sources' name variants a member wrote, which are the members' words),
 * `subscribed` when it is another list and the post asks and sells nothing; `undefined` when it
 * stays evidence (a pitch or an ask on a list not the source's, another source's unguessable
 * identity in the text, no address of a source reached).
 *
 * @param list - The contact's `mailingList`.
 * @param content - The mail's text.
 * @param hits - The hits of the verdict's sources.
 * @param sources - The verdict's sources.
 * @param authenticatedDomains - The contact's authenticated domains, when checked.
 * @returns What it proves, or `undefined`.
 */
export function listPost(
  list: string,
  content: string,
  hits: readonly Hit[],
  sources: readonly Source[],
  authenticatedDomains: readonly string[] | undefined,
): ListPost | undefined {
  const domain = mailingListDomain(list);
  const reached = new Set(
    hits.filter((h) => h.where === 'to' && h.sourceId !== null).map((h) => h.sourceId!),
  );
  if (reached.size === 0) return undefined;
  const owners = sources.filter(
    (s) =>
      reached.has(s.id) &&
      mailSenderDeclared(s, `list@${domain}`) &&
      senderAuthenticated(domain, authenticatedDomains),
  );
  if (owners.length > 0) {
    const ownerIds = new Set(owners.map((s) => s.id));
    const rest = hits.filter((h) => h.sourceId !== null && !ownerIds.has(h.sourceId));
    // A member writes the names the members call each other by; another source's alias or
    // marker in the text is not such a word.
    if (rest.some((h) => h.kind !== 'name')) return undefined;
    return {
      kind: 'own',
      owners: owners.map((s) => s.id),
      names: [...new Set(rest.map((h) => h.value))],
    };
  }
  if (hits.some((h) => h.where !== 'to' && h.unguessable)) return undefined;
  if (sells(content) || hasWord(foldText(content), ASKS)) return undefined;
  if (sources.some((s) => impersonationCue(s, content) !== undefined)) return undefined;
  return { kind: 'subscribed' };
}
