import { own } from '../_internal/own.js';

/** An email address split and lower-cased. */
export interface EmailParts {
  /** The local part, lower case. */
  readonly local: string;
  /** The domain, lower case, without a trailing dot. */
  readonly domain: string;
}

/** RFC 5321 limits: local part ≤ 64 octets, domain ≤ 253, whole path ≤ 254. */
export const EMAIL_LIMITS = { local: 64, domain: 253, address: 254 } as const;

// Dot-atom local parts only (no quoted strings: no registrant's form accepts them).
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^(?:[a-z0-9\p{L}](?:[a-z0-9\p{L}-]{0,61}[a-z0-9\p{L}])?)$/u;

/**
 * Splits and validates an email address.
 *
 * @param address - Any string.
 * @returns The parts, or `undefined` when it is not a deliverable dot-atom address.
 */
export function parseEmail(address: string): EmailParts | undefined {
  const value = address.trim().toLowerCase();
  if (value.length > EMAIL_LIMITS.address) return undefined;
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).replace(/\.$/u, '');
  if (local.length > EMAIL_LIMITS.local || domain.length > EMAIL_LIMITS.domain) return undefined;
  if (!LOCAL.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  return { local, domain };
}

/** What a mail provider does with an address, for matching. */
interface ProviderRule {
  /** The provider ignores dots in the local part (Gmail). */
  readonly ignoresDots: boolean;
  /** The provider delivers `name+tag@` to `name@`. */
  readonly plus: boolean;
  /** The canonical domain of an alias domain (`googlemail.com` → `gmail.com`). */
  readonly canonical?: string;
}

const PROVIDERS: Readonly<Record<string, ProviderRule>> = {
  'gmail.com': { ignoresDots: true, plus: true },
  'googlemail.com': { ignoresDots: true, plus: true, canonical: 'gmail.com' },
  'outlook.com': { ignoresDots: false, plus: true },
  'hotmail.com': { ignoresDots: false, plus: true },
  'live.com': { ignoresDots: false, plus: true },
  'icloud.com': { ignoresDots: false, plus: true },
  'me.com': { ignoresDots: false, plus: true },
  'fastmail.com': { ignoresDots: false, plus: true },
  'proton.me': { ignoresDots: false, plus: true },
  'protonmail.com': { ignoresDots: false, plus: true },
  // These providers reject or drop `+tag` addresses: plus aliases would bounce.
  'qq.com': { ignoresDots: false, plus: false },
  '163.com': { ignoresDots: false, plus: false },
  '126.com': { ignoresDots: false, plus: false },
  'sina.com': { ignoresDots: false, plus: false },
  'yahoo.com': { ignoresDots: false, plus: false },
};

/**
 * Tells whether a domain is known not to deliver plus addresses.
 *
 * @param domain - A lower-case domain.
 * @returns `true` when `name+tag@domain` would not reach `name@domain`.
 */
export function rejectsPlus(domain: string): boolean {
  return own(PROVIDERS, domain)?.plus === false;
}

/**
 * The key an address is looked up by: lower case, the provider's alias domain folded, and
 * dots dropped where the provider ignores them (`J.Smith@googlemail.com` → `jsmith@gmail.com`).
 * Plus tags are kept: they are what identifies a plus alias.
 */
export function emailKey(parts: EmailParts): string {
  const rule = own(PROVIDERS, parts.domain);
  const domain = rule?.canonical ?? parts.domain;
  const local = rule?.ignoresDots ? parts.local.replaceAll('.', '') : parts.local;
  return `${local}@${domain}`;
}

/** The key of the mailbox an address is delivered to: {@link emailKey} without any `+tag`. */
export function mailboxKey(parts: EmailParts): string {
  const plus = parts.local.indexOf('+');
  return emailKey({ local: plus > 0 ? parts.local.slice(0, plus) : parts.local, domain: parts.domain });
}

/** The `+tag` of an address, when there is one. */
export function plusTag(parts: EmailParts): string | undefined {
  const plus = parts.local.indexOf('+');
  return plus > 0 ? parts.local.slice(plus + 1) : undefined;
}
