import type { NormalizedSubject } from '../schemas/subject.js';
import type { Subject } from '../types.js';
import { aliasDomain } from './email-alias.js';

/**
 * Why a new subject may not share a line or a mail space with another: a contact to a number
 * or an alias space two subjects hold cannot be told apart, so one person's pool number being
 * another's real number would turn every call to it into the wrong person's `untraceable`, and
 * two subjects on one catch-all domain would make each other's aliases `forged`. Every phone
 * number (real or pool) and every mail space (a mailbox; the catch-all domain or subdomain its
 * aliases go to) belongs to one subject. The tracer checks this against the subjects its store
 * holds when it adds one; two processes adding overlapping subjects at the same instant are not
 * refused by the store (only pool numbers are store claims).
 */

/** An overlap found: the offending field, the code and a message naming the other subject. */
export interface SubjectOverlap {
  readonly path: string;
  readonly code: 'phone_taken' | 'email_taken';
  readonly message: string;
}

/** Whether one alias domain lies within another (`a.me.example` within `me.example`), either way. */
function nested(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * Finds the first number or mail space of a new subject that another subject already holds: a
 * number among its real or pool numbers, a mailbox, or an alias domain equal to, within or
 * around one of theirs.
 *
 * @param data - The new subject, validated.
 * @param others - The subjects already stored.
 * @returns The overlap, or `undefined` when there is none.
 */
export function subjectOverlap(
  data: NormalizedSubject,
  others: Iterable<Subject>,
): SubjectOverlap | undefined {
  const numbers = new Map<string, string>();
  const mailboxes = new Map<string, string>();
  const domains: [string, string][] = [];
  for (const other of others) {
    if (other.id === data.id) continue;
    for (const n of [...other.phones.real, ...other.phones.pool]) numbers.set(n, other.id);
    for (const mailbox of other.emails) {
      mailboxes.set(mailbox.address, other.id);
      const domain = aliasDomain(mailbox);
      if (domain) domains.push([domain, other.id]);
    }
  }
  for (const group of ['real', 'pool'] as const) {
    const list = data.phones[group];
    for (let i = 0; i < list.length; i++) {
      const owner = numbers.get(list[i]!);
      if (owner)
        return {
          path: `phones.${group}[${i}]`,
          code: 'phone_taken',
          message: `${list[i]} is already a number of subject ${owner}: each number belongs to one person`,
        };
    }
  }
  for (let i = 0; i < data.emails.length; i++) {
    const mailbox = data.emails[i]!;
    const path = `emails[${i}].address`;
    const owner = mailboxes.get(mailbox.address);
    if (owner)
      return {
        path,
        code: 'email_taken',
        message: `${mailbox.address} is already a mailbox of subject ${owner}`,
      };
    const domain = aliasDomain(mailbox);
    const shared = domain === undefined ? undefined : domains.find(([d]) => nested(d, domain));
    if (domain && shared)
      return {
        path,
        code: 'email_taken',
        message: `aliases on ${domain} would share ${shared[0]} with subject ${shared[1]}: each catch-all domain belongs to one person`,
      };
  }
  return undefined;
}
