import {
  EMAIL_LIMITS,
  type EmailParts,
  emailKey,
  parseEmail,
  subaddressSeparator,
} from '../match/normalize-email.js';
import { compactKey } from '../match/normalize-text.js';
import type { CanaryField, SubjectEmail } from '../types.js';
import { tagBits } from './tag.js';

/** Why an alias could not be minted. */
export class AliasError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Mailboxes are few and parsed on every alias: keep the parts.
const mailboxes = new Map<string, EmailParts | undefined>();
function parsedMailbox(address: string): EmailParts | undefined {
  if (!mailboxes.has(address)) {
    if (mailboxes.size > 10_000) mailboxes.clear();
    mailboxes.set(address, parseEmail(address));
  }
  return mailboxes.get(address);
}

/**
 * The domain aliases of a mailbox are delivered to, for the `domain` and `subdomain`
 * strategies: a catch-all domain (`me.example`) or the mailbox's subdomain
 * (`alice@example.org` → `alice.example.org`, as Fastmail delivers `*@alice.example.org`).
 */
export function aliasDomain(mailbox: SubjectEmail): string | undefined {
  const parts = parseEmail(mailbox.address);
  if (!parts) return undefined;
  if (mailbox.strategy === 'domain') return parts.domain;
  if (mailbox.strategy === 'subdomain') return `${parts.local}.${parts.domain}`;
  return undefined;
}

/**
 * Mints an email alias.
 *
 * Hint: `plus` aliases are the weakest: dealers strip `+tag`, and the stripped address is
 * the real mailbox, so what reaches it is untraceable. The report says so.
 *
 * @param mailbox - The subject's mailbox and strategy.
 * @param tag - An unguessable tag from `createTagGenerator`.
 * @param prefix - An optional readable prefix (`shop` → `shop.k3x9…@`); it proves nothing.
 * @returns The email field of a canary.
 * @throws AliasError when the alias would break RFC 5321 limits.
 */
export function mintEmailAlias(mailbox: SubjectEmail, tag: string, prefix?: string): CanaryField {
  const parts = parsedMailbox(mailbox.address);
  if (!parts) throw new AliasError('invalid_email', `${mailbox.address} is not a valid address`);
  const localTag = prefix ? `${prefix}.${tag}` : tag;
  // Yahoo's disposable addresses take `-`; providers without sub-addressing are refused earlier.
  const separator = subaddressSeparator(parts.domain) ?? '+';
  const local = mailbox.strategy === 'plus' ? `${parts.local}${separator}${localTag}` : localTag;
  const domain = mailbox.strategy === 'plus' ? parts.domain : aliasDomain(mailbox)!;
  const value = `${local}@${domain}`;
  if (
    local.length > EMAIL_LIMITS.local ||
    value.length > EMAIL_LIMITS.address ||
    domain.length > EMAIL_LIMITS.domain
  ) {
    throw new AliasError('too_long', `alias ${value} exceeds the RFC 5321 length limits`);
  }
  // Tag and prefix come from [a-z0-9] and the mailbox was validated: the alias needs no re-parse.
  return {
    kind: 'email',
    value,
    exactKey: emailKey({ local, domain }),
    // The tag alone is searched in content: it is unguessable, and it survives an address
    // written out as "k3x9… at me dot example".
    textKeys: [compactKey(tag)],
    phoneticKeys: [],
    unguessable: true,
    method: mailbox.strategy,
    entropyBits: Math.round(tagBits(tag.length) * 10) / 10,
  };
}
