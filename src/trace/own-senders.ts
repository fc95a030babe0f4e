import { aliasDomain } from '../identity/email-alias.js';
import { emailKey, mailboxKey, parseEmail } from '../match/normalize-email.js';
import { nationalReadings } from '../match/own-sender.js';
import type { Canary, Subject } from '../types.js';

/**
 * Tells whether a stored sender is one of the protected people themselves: any person's real or
 * pool number (also as stored from a caller id written nationally and read in another region),
 * registered mailbox (a `+tag` or provider spelling of it included), any address of a catch-all
 * domain or subdomain of theirs, and any alias issued to or adopted by them. Built once for an
 * analysis: a set lookup per contact, whatever the number of people.
 *
 * Mail or a call from the person herself — her Sent folder in an mbox, her forward from one of
 * her mailboxes to another, a test text from her own phone — is no third party's contact: it is
 * never clustered into a caller, so it never reaches a block list or a letter as a party the data
 * reached. It stays stored with its verdict (`untraceable`, or a spoofed `leak`), as context.
 *
 * @param subjects - Every person of the store the analysis can see.
 * @param canaries - Their canaries (issued and adopted aliases and pool numbers).
 * @returns A predicate on a contact's `from` (E.164, a `short:` key or an address).
 */
export function ownSenders(
  subjects: readonly Subject[],
  canaries: readonly Canary[],
): (from: string | undefined) => boolean {
  const phones = new Set<string>();
  const emails = new Set<string>();
  const mailboxes = new Set<string>();
  const domains = new Set<string>();
  const regions = new Set<string>();
  for (const s of subjects) {
    regions.add(s.region);
    for (const n of [...s.phones.real, ...s.phones.pool]) phones.add(n);
    for (const m of s.emails) {
      const parts = parseEmail(m.address);
      if (parts === undefined) continue;
      emails.add(emailKey(parts));
      mailboxes.add(mailboxKey(parts));
      const domain = aliasDomain(m);
      if (domain !== undefined) domains.add(domain);
    }
  }
  for (const c of canaries) {
    if (c.phone !== undefined) phones.add(c.phone);
    const parts = c.email === undefined ? undefined : parseEmail(c.email);
    if (parts !== undefined) emails.add(emailKey(parts));
  }
  // Reading a number again in each region costs a parse: only a number ending in the last seven
  // digits of one of theirs can be one of theirs.
  const tails = new Set([...phones].map((n) => n.slice(-7)));
  return (from) => {
    if (from === undefined) return false;
    if (!from.includes('@')) {
      if (phones.has(from)) return true;
      if (!tails.has(from.slice(-7))) return false;
      for (const region of regions)
        if (nationalReadings(from, region).some((k) => phones.has(k))) return true;
      return false;
    }
    const parts = parseEmail(from);
    if (parts === undefined) return false;
    return emails.has(emailKey(parts)) || mailboxes.has(mailboxKey(parts)) || domains.has(parts.domain);
  };
}
