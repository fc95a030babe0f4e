import type { Contact, Subject } from '../types.js';
import { emailKey, mailboxKey, parseEmail } from './normalize-email.js';

/**
 * Tells whether a contact was sent by the subject: from one of their real numbers or mailboxes
 * (a `+tag` or provider spelling of a mailbox included). A booking confirmation the subject
 * forwards to herself, or a test text from her own phone to a pool line, reveals canaries
 * without any third party.
 *
 * @param contact - The stored contact (`from` as E.164, a short-code key or an address).
 * @param subject - The subject it reached.
 * @returns `true` when `from` is the subject's own.
 */
export function sentBySubject(contact: Contact, subject: Subject): boolean {
  const from = contact.from;
  if (from === undefined) return false;
  if (!from.includes('@')) return subject.phones.real.includes(from);
  const parts = parseEmail(from);
  if (!parts) return false;
  const key = emailKey(parts);
  const mailbox = mailboxKey(parts);
  return subject.emails.some((m) => {
    const own = parseEmail(m.address);
    return own !== undefined && (emailKey(own) === key || mailboxKey(own) === mailbox);
  });
}
