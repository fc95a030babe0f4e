import type { Contact, Subject } from '../types.js';
import type { CanaryIndex } from './canary-index.js';
import { emailKey, mailboxKey, parseEmail } from './normalize-email.js';
import { parsePhone, phoneKey } from './normalize-phone.js';

/**
 * Tells whether a contact was sent by the subject: from one of their real numbers or mailboxes
 * (a `+tag` or provider spelling of a mailbox included), from one of their own pool numbers, from
 * any address of their own alias space (a catch-all domain or subdomain: she writes from `me@`,
 * `billing@` as well as the listed one) or from an alias issued to them (alias services send a
 * reply "from the alias"). A booking confirmation the subject forwards to herself, or a test text
 * from her own phone to a pool line, reveals canaries without any third party. A number stored
 * from a caller id written nationally was read in the tracer's default region: it is read again in
 * the subject's region (a German's `0151…` read in China is another number).
 *
 * @param contact - The stored contact (`from` as E.164, a short-code key or an address).
 * @param subject - The subject it reached.
 * @param index - The canary index, for the subject's alias space and issued aliases.
 * @returns `true` when `from` is the subject's own.
 */
export function sentBySubject(contact: Contact, subject: Subject, index?: CanaryIndex): boolean {
  const from = contact.from;
  if (from === undefined) return false;
  if (!from.includes('@')) {
    const own = [...subject.phones.real, ...subject.phones.pool];
    if (own.includes(from)) return true;
    return nationalReadings(from, subject.region).some((key) => own.includes(key));
  }
  const parts = parseEmail(from);
  if (!parts) return false;
  const key = emailKey(parts);
  const mailbox = mailboxKey(parts);
  if (index !== undefined) {
    if (index.aliasSpaceOwner(key) === subject.id) return true;
    if (index.lookup(key).some((o) => o.subjectId === subject.id && o.kind === 'email')) return true;
  }
  return subject.emails.some((m) => {
    const own = parseEmail(m.address);
    return own !== undefined && (emailKey(own) === key || mailboxKey(own) === mailbox);
  });
}

/**
 * The keys a stored caller reads as in the subject's region when it was written nationally:
 * its national number with and without the trunk 0, or the text as stored when it read as no
 * number.
 */
export function nationalReadings(from: string, region: string): string[] {
  const stored = from.startsWith('+') ? parsePhone(from, 'ZZ') : undefined;
  const texts =
    stored?.kind === 'number'
      ? [`0${stored.national}`, stored.national]
      : from.startsWith('short:')
        ? []
        : [from];
  const out: string[] = [];
  for (const text of texts) {
    const read = parsePhone(text, region);
    if (read !== undefined) out.push(phoneKey(read));
  }
  return out;
}
