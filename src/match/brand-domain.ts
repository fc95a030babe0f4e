/**
 * A source's other brand domains. A business mails from more domains than the person can list
 * when adding it: Hilton from hilton.com and hiltonhonors.com, a shop from its loyalty club's
 * domain. A mail authenticated for a domain whose first label begins with the label of one the
 * source declared (`hiltonhonors.com` for `hilton.com`), asking for nothing an impersonator asks
 * for, is most likely the source's own, not a third party's use of its identity; the reason asks
 * the person to add the domain. A lookalike written with a hyphen or digits (`hilton-secure`,
 * `hi1ton`) is not taken for a brand domain.
 */
import { FRAUD_CUE_THRESHOLD, topicScores } from '../trace/topics.js';
import { foldText } from './normalize-text.js';
import { HARD_ASKS, HIDDEN_LINK } from './service-asks.js';
import { hasWord } from './word-list.js';

/** The shortest declared label a brand domain may extend (`hp` is too short to tell anything). */
const MIN_LABEL = 4;

/**
 * The declared domain whose brand a mail's sender domain carries, when the mail is authenticated
 * for it and asks for nothing (see the module's documentation).
 *
 * @param fromDomain - The sender's domain, lower case.
 * @param authenticated - Whether the sender's domain passed authentication.
 * @param declared - The source's declared mail domains.
 * @param content - The mail's text.
 * @returns The declared domain, or `undefined`.
 */
export function brandDomainOf(
  fromDomain: string,
  authenticated: boolean,
  declared: readonly string[],
  content: string,
): string | undefined {
  if (!authenticated) return undefined;
  const label = fromDomain.split('.').at(-2) ?? '';
  if (!/^[a-z]+$/u.test(label)) return undefined;
  const match = declared.find((d) => {
    const own = d.split('.').at(-2) ?? '';
    return own.length >= MIN_LABEL && label !== own && label.startsWith(own);
  });
  if (match === undefined) return undefined;
  const text = foldText(content);
  if (hasWord(text, HARD_ASKS) || HIDDEN_LINK.test(content)) return undefined;
  if ((topicScores([content]).find(([t]) => t === 'fraud')?.[1] ?? 0) >= FRAUD_CUE_THRESHOLD)
    return undefined;
  return match;
}
