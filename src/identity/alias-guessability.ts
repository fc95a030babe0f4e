import { z } from 'zod';
import { parseInput } from '../schemas/common.js';

/** Whether an existing alias could be guessed, and why. */
export interface AliasGuessability {
  /** Someone who saw another alias, or who guesses common words, could produce this one. */
  readonly guessable: boolean;
  /** Why, in a few words. */
  readonly reason: string;
}

// Local parts anyone spraying a catch-all domain tries first.
const COMMON = new Set(
  'info,news,newsletter,shop,shopping,spam,junk,mail,email,contact,hello,hi,test,admin,sales,support,online,web,login,signup,register,account,accounts,me,user,office,service,bank,hotel,travel,games,social'.split(
    ',',
  ),
);
// Labels of a host that say nothing about the site.
const GENERIC_LABELS = new Set([
  'www',
  'com',
  'net',
  'org',
  'co',
  'cn',
  'uk',
  'de',
  'io',
  'app',
  'login',
  'account',
  'accounts',
  'mail',
  'secure',
  'my',
  'm',
]);
const LETTERS_ONLY = /^\p{L}+$/u;

function compact(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words that name a site: its host's distinctive labels and the words of its name. */
function siteWords(site: {
  readonly name?: string | undefined;
  readonly domain?: string | undefined;
}): string[] {
  const labels = (site.domain ?? '')
    .toLowerCase()
    .split('.')
    .filter((l) => l.length >= 3 && !GENERIC_LABELS.has(l));
  const words = (site.name ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
  return [
    ...new Set([...labels, ...words].map(compact).filter((w) => w.length >= 3 && !GENERIC_LABELS.has(w))),
  ];
}

const ADDRESS = z.string().max(1000);
const SITE = z.object({ name: z.string().max(1000).optional(), domain: z.string().max(1000).optional() });

/**
 * Assesses whether an alias someone already uses could be guessed: a readable alias that names
 * its site (`amazon@me.example`, `me+amazon@gmail.com`) lets anyone who saw it mint another
 * site's alias and frame that site; a common word or a short letters-only local part is what
 * spam to a catch-all domain reaches by chance. Random-looking local parts (`x7k2m9p1`,
 * `cold.plate1234`) are not guessable.
 *
 * @param address - The alias.
 * @param site - The site it was given to: its name and domain, when known.
 * @returns Whether it is guessable, and why.
 * @throws ValidationError when `address` is not a string (at most 1,000 characters) or `site`
 * not an object of optional `name` and `domain` strings.
 * @example
 * ```ts
 * assessAliasGuessability('amazon@me.example', { domain: 'amazon.com' }); // → { guessable: true, … }
 * ```
 */
export function assessAliasGuessability(
  address: string,
  site: { readonly name?: string | undefined; readonly domain?: string | undefined } = {},
): AliasGuessability {
  address = parseInput(ADDRESS, address, 'address');
  site = parseInput(SITE, site, 'site');
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at < 0 ? undefined : at);
  const plus = local.indexOf('+');
  const tag = compact(plus >= 0 ? local.slice(plus + 1) : local);
  const named = siteWords(site).find((w) => tag.includes(w));
  if (named) return { guessable: true, reason: `it names the site ("${named}")` };
  if (COMMON.has(tag)) return { guessable: true, reason: 'it is a common word' };
  if (tag.length < 6) return { guessable: true, reason: 'it is shorter than 6 letters or digits' };
  if (tag.length <= 8 && LETTERS_ONLY.test(tag)) return { guessable: true, reason: 'it is a short word' };
  return { guessable: false, reason: 'it does not name the site and is not a common or short word' };
}
