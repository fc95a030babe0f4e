import { validationError } from '../errors.js';
import { emailKey, parseEmail } from '../match/normalize-email.js';
import { compactKey } from '../match/normalize-text.js';
import type { Canary, CanaryField, Source, Subject } from '../types.js';
import { assessAliasGuessability } from './alias-guessability.js';
import type { SubjectLedger } from './subject-ledger.js';

/** What adopting an alias needs. */
export interface AdoptContext {
  readonly subject: Subject;
  readonly source: Source;
  readonly ledger: SubjectLedger;
  readonly id: string;
  readonly issuedAt: Date;
  /** The alias's creation date is unknown: `issuedAt` is when it was adopted. */
  readonly undated?: boolean;
}

/**
 * Makes a canary of an alias the subject already handed to a source (an alias service's or
 * a password vault's per-site address), issued at its creation time, or `undated` at the time of
 * adoption when that is unknown. A guessable alias is a
 * weak field: a contact through it alone is evidence only above chance, never decisive.
 *
 * @param request - The alias and, when known, whether it is guessable (assessed otherwise).
 * @param ctx - The subject, the source, the subject's ledger, the new id and time.
 * @returns The canary; the caller stores it and records it in the ledger.
 * @throws ValidationError when the address is invalid, a real mailbox, or already issued.
 */
export function adoptCanary(
  request: { readonly email: string; readonly guessable?: boolean | undefined },
  ctx: AdoptContext,
): Canary {
  const parts = parseEmail(request.email);
  if (!parts)
    throw validationError(
      'email',
      'invalid_email',
      `${JSON.stringify(request.email)} is not an email address`,
    );
  const value = `${parts.local}@${parts.domain}`;
  const key = emailKey(parts);
  if (ctx.subject.emails.some((m) => m.address === value))
    throw validationError('email', 'real_mailbox', "is one of the subject's real mailboxes, not an alias");
  if (ctx.ledger.emails.has(key))
    throw validationError('email', 'conflict', `${value} is already a canary of this subject`);
  const assessed = assessAliasGuessability(value, {
    name: ctx.source.name,
    domain: ctx.source.expected.emailDomains[0],
    person: { name: ctx.subject.name, phones: ctx.subject.phones.real },
  });
  // A caller may call a guessable alias guessable, never the reverse: a role address or the
  // person's own number is guessable whatever an importer's looser assessment said.
  const guessable = request.guessable === true || assessed.guessable;
  const field: CanaryField = {
    kind: 'email',
    value,
    exactKey: key,
    textKeys: [compactKey(value)],
    phoneticKeys: [],
    unguessable: !guessable,
    method: guessable ? 'adopted-guessable' : 'adopted',
  };
  return {
    id: ctx.id,
    subjectId: ctx.subject.id,
    sourceId: ctx.source.id,
    issuedAt: ctx.issuedAt,
    ...(ctx.undated ? { undated: true as const } : {}),
    email: value,
    fields: [field],
  };
}
