/**
 * The original sender of a mail that an alias service forwarded. SimpleLogin, Firefox Relay and
 * addy.io deliver every forwarded mail from an address of their own, so that replies go back
 * through the alias, and say who wrote it in the display name, the address or a header:
 *
 * - SimpleLogin: `From: "Hilton Reservations - reservations at hilton.com"
 *   <reservations_at_hilton_com_xyz@simplelogin.co>` (a reverse alias), and the header
 *   `X-SimpleLogin-Original-From: Hilton Reservations <reservations@hilton.com>`;
 * - Firefox Relay: `From: "reservations@hilton.com [via Relay]" <…@mozmail.com>` (older:
 *   `replies@relay.firefox.com`), the original `From:` with its name before `[via Relay]`;
 * - addy.io (formerly AnonAddy): `From: "Hilton Reservations 'reservations@hilton.com'"
 *   <alias+reservations=hilton.com@anonaddy.me>`, and `X-AnonAddy-Original-Sender` (newer
 *   `X-Addy-Original-Sender`).
 *
 * Judged on the relay's own address, a site's own newsletter through an alias it was given is "a
 * third party used an identity issued only to the site". Judged on the original sender, it is the
 * site's own mail; the relay's authentication covers only the relay, so the original sender's
 * domain is unauthenticated and a forger asking for card details stays evidence.
 */
import { parseEmail } from './normalize-email.js';

/** The domains each alias service sends forwarded mail from (its reverse aliases and masks). */
export const ALIAS_RELAY_DOMAINS: Readonly<Record<'simplelogin' | 'relay' | 'addy', readonly string[]>> = {
  // SimpleLogin's reverse-alias domain and the alias domains it (and Proton Pass) offers.
  simplelogin: [
    'simplelogin.co',
    'simplelogin.com',
    'simplelogin.fr',
    'slmail.me',
    'aleeas.com',
    '8alias.com',
    '8shield.net',
    'dralias.com',
    'silomails.com',
    'passinbox.com',
    'passmail.net',
    'passmail.com',
  ],
  relay: ['mozmail.com', 'relay.firefox.com'],
  addy: ['anonaddy.me', 'anonaddy.com', 'addy.io', 'addymail.com'],
};

// Started only where a run of address characters starts (linear on a long run of letters).
const ADDRESS = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/iu;
/** SimpleLogin writes the sender's address as `local at domain` in the display name. */
const AT_WORDS = /([a-z0-9._%+-]+) at ((?:[a-z0-9-]+\.)+[a-z]{2,})\s*$/iu;

const serviceOf = (domain: string): keyof typeof ALIAS_RELAY_DOMAINS | undefined =>
  (Object.keys(ALIAS_RELAY_DOMAINS) as (keyof typeof ALIAS_RELAY_DOMAINS)[]).find((service) =>
    ALIAS_RELAY_DOMAINS[service].some((d) => domain === d || domain.endsWith(`.${d}`)),
  );

/**
 * Tells whether an address is one an alias service forwards mail from.
 *
 * @param address - A `From:` address.
 * @returns Whether its domain is one of {@link ALIAS_RELAY_DOMAINS}.
 */
export function isRelayAddress(address: string): boolean {
  const parts = parseEmail(address);
  return parts !== undefined && serviceOf(parts.domain) !== undefined;
}

/**
 * The original sender of a mail an alias service forwarded, read from the relay's `From:` address
 * and display name, as each service writes them (see the module's documentation).
 *
 * @param from - The `From:` address (a relay's reverse alias or mask).
 * @param fromName - The `From:` display name.
 * @returns The original sender's address, lower case, or `undefined` when `from` is no relay's or
 *   its wording names no sender.
 * @example
 * ```ts
 * relayedSender('ra+k7q2xw@simplelogin.co', 'Hilton Reservations - reservations at hilton.com');
 * // → 'reservations@hilton.com'
 * ```
 */
export function relayedSender(from: string | undefined, fromName: string | undefined): string | undefined {
  const parts = from === undefined ? undefined : parseEmail(from);
  if (parts === undefined) return undefined;
  const service = serviceOf(parts.domain.toLowerCase());
  if (service === undefined) return undefined;
  const name = (fromName ?? '').trim();
  if (service === 'relay') {
    const at = name.toLowerCase().lastIndexOf('[via relay]');
    return at < 0 ? undefined : ADDRESS.exec(name.slice(0, at))?.[0].toLowerCase();
  }
  if (service === 'simplelogin') {
    const words = AT_WORDS.exec(name);
    return words ? `${words[1]}@${words[2]}`.toLowerCase() : ADDRESS.exec(name)?.[0].toLowerCase();
  }
  // addy.io: `alias+local=domain@…`, or the address quoted in the display name.
  const local = parts.local;
  const plus = local.lastIndexOf('+');
  const encoded = plus < 0 ? '' : local.slice(plus + 1);
  const eq = encoded.lastIndexOf('=');
  if (eq > 0 && /\./u.test(encoded.slice(eq + 1)))
    return `${encoded.slice(0, eq)}@${encoded.slice(eq + 1)}`.toLowerCase();
  return ADDRESS.exec(name)?.[0].toLowerCase();
}

/**
 * The headers alias services add with the original sender, most specific first: SimpleLogin's
 * `X-SimpleLogin-Original-From`, addy.io's `X-AnonAddy-Original-Sender` and `X-Addy-Original-Sender`.
 */
export const ORIGINAL_SENDER_HEADERS: readonly string[] = [
  'x-simplelogin-original-from',
  'x-anonaddy-original-sender',
  'x-addy-original-sender',
];
