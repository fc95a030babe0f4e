import type { RandomSource } from '../_internal/random.js';
import { validationError } from '../errors.js';
import { parsePhone, phoneTextForms } from '../match/normalize-phone.js';
import { compactKey } from '../match/normalize-text.js';
import type { FieldRequest } from '../schemas/canary-request.js';
import type { Canary, CanaryField, EmailStrategy, Subject, SubjectEmail } from '../types.js';
import { drawMarkerCode, markAddress } from './address-marker.js';
import { assessCustomValue, CUSTOM_VALUE_MIN_BITS } from './custom-value.js';
import { AliasError, mintEmailAlias } from './email-alias.js';
import { chanceBits, DECISIVE_CHANCE } from './name-odds.js';
import { nameRefusal, pickNameVariant, singleWordName } from './name-variant.js';
import { choosePoolNumber, type PoolRefusal } from './phone-assignment.js';
import type { SubjectLedger } from './subject-ledger.js';

/** A field request in object form. */
type FieldSpec =
  | { readonly kind: 'email'; readonly mailbox?: string | undefined; readonly prefix?: string | undefined }
  | { readonly kind: 'phone'; readonly number?: string | undefined }
  | { readonly kind: 'name' | 'address' }
  | { readonly kind: 'custom'; readonly value: string };

/** What composing a canary needs. */
export interface IssueContext {
  readonly subject: Subject;
  readonly sourceId: string | null;
  readonly ledger: SubjectLedger;
  readonly random: RandomSource;
  readonly nextTag: () => string;
  readonly id: string;
  readonly issuedAt: Date;
}

const POOL_MESSAGES: Record<PoolRefusal, string> = {
  pool_empty: 'the subject has no pool numbers to issue',
  pool_exhausted:
    'every pool number is held by a control, which is never issued to a source; add numbers to the pool',
  not_in_pool: 'the number is not in the subject pool',
  number_is_control: 'the number is a control and is never issued to a source',
  number_in_use: 'a control needs a number never issued to anyone',
};

// Redraws before giving up on a unique random value (a tag collision at 49 bits is a
// one-in-10^14 event; markers at 25 bits collide more often with many canaries).
const MAX_DRAWS = 64;

/**
 * How hard an alias of each strategy is to strip back to the person's mailbox: a dealer drops a
 * plus tag (`name+tag@` → `name@`) in one step, while a subdomain or a catch-all domain alias has
 * nothing to strip. Without a mailbox asked for, the strongest is used (the first of the
 * strongest kind, in the subject's order).
 */
const STRATEGY_STRENGTH: Record<EmailStrategy, number> = { domain: 2, subdomain: 2, plus: 0 };

function strongestMailbox(emails: readonly SubjectEmail[]): SubjectEmail | undefined {
  let best: SubjectEmail | undefined;
  for (const e of emails)
    if (!best || STRATEGY_STRENGTH[e.strategy] > STRATEGY_STRENGTH[best.strategy]) best = e;
  return best;
}

function emailField(
  request: { mailbox?: string | undefined; prefix?: string | undefined },
  ctx: IssueContext,
  path: string,
): CanaryField {
  const wanted = request.mailbox?.toLowerCase();
  const mailbox =
    wanted === undefined
      ? strongestMailbox(ctx.subject.emails)
      : ctx.subject.emails.find((e) => e.address === wanted);
  if (!mailbox) {
    throw wanted === undefined
      ? validationError('emails', 'no_mailbox', 'the subject has no mailbox to mint aliases from')
      : validationError(
          `${path}.mailbox`,
          'unknown_mailbox',
          `${wanted} is not one of the subject's mailboxes`,
        );
  }
  const prefix = request.prefix;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    try {
      const field = mintEmailAlias(mailbox, ctx.nextTag(), prefix);
      if (!ctx.ledger.emails.has(field.exactKey!)) return field;
    } catch (error) {
      if (error instanceof AliasError) throw validationError(path, error.code, error.message);
      throw error;
    }
  }
  throw validationError(path, 'tag_collision', 'could not draw an unused tag');
}

function phoneField(
  request: { number?: string | undefined },
  ctx: IssueContext,
  path: string,
  unique: boolean,
): CanaryField {
  let requested: string | undefined;
  if (request.number !== undefined) {
    const parsed = parsePhone(request.number, ctx.subject.region);
    if (parsed?.kind !== 'number')
      throw validationError(`${path}.number`, 'invalid_phone', 'is not a valid phone number');
    requested = parsed.e164;
  }
  const choice = choosePoolNumber(
    ctx.subject.phones.pool,
    ctx.ledger.numbers,
    { control: ctx.sourceId === null, requested },
    ctx.random,
  );
  if ('refusal' in choice) {
    const where =
      choice.refusal === 'pool_empty' || choice.refusal === 'pool_exhausted'
        ? 'phones.pool'
        : `${path}.number`;
    const message =
      choice.refusal === 'pool_exhausted' && ctx.sourceId === null
        ? 'every pool number has already been handed out (to a source or a control), and a control needs one never handed out: add a number to the pool, or issue the control without a phone (fields: email)'
        : POOL_MESSAGES[choice.refusal];
    throw validationError(where, choice.refusal, message, 'pool_exhausted');
  }
  const usage = ctx.ledger.numbers.get(choice.number);
  const shared =
    (usage?.sources.size ?? 0) > 0 && !(usage?.sources.size === 1 && usage.sources.has(ctx.sourceId ?? ''));
  if (shared && !unique) {
    throw validationError(
      'fields',
      'tuple_not_unique',
      `pool number ${choice.number} is already issued to another source; ask for 'name' or 'email' too so the canary stays unique`,
    );
  }
  const identity = parsePhone(choice.number, ctx.subject.region)!;
  return {
    kind: 'phone',
    value: choice.number,
    exactKey: choice.number,
    textKeys: phoneTextForms(identity),
    phoneticKeys: [],
    // Random dialling reaches pool numbers too: a hit is evidence only above the background.
    unguessable: false,
    method: shared ? 'pool-shared' : 'pool',
  };
}

function nameField(ctx: IssueContext, path: string): CanaryField {
  // Subjects stored before names were checked may still carry a degenerate name.
  const refusal = nameRefusal(ctx.subject.name);
  if (refusal) throw validationError('name', refusal.code, `the subject's name ${refusal.message}`);
  if (singleWordName(ctx.subject.name))
    throw validationError(
      path,
      'name_single_word',
      "a one-word name has no part to carry a mark that would not spell a word or another name; give the subject's full name",
    );
  const variant = pickNameVariant(
    ctx.subject.name,
    ctx.ledger.names,
    ctx.random,
    undefined,
    ctx.subject.region,
  );
  if (!variant)
    throw validationError(
      path,
      'names_exhausted',
      'no unused name variant is left for this subject',
      'pool_exhausted',
    );
  // A variant anyone of that name, or the subject's circle, writes by chance is weak evidence.
  return {
    kind: 'name',
    value: variant.value,
    textKeys: variant.textKeys,
    phoneticKeys: variant.spokenDistinct ? variant.phoneticKeys : [],
    unguessable: variant.odds.chance <= DECISIVE_CHANCE,
    entropyBits: chanceBits(variant.odds.chance),
    writtenDistinct: variant.writtenDistinct,
    spokenDistinct: variant.spokenDistinct,
    method: variant.method,
  };
}

function addressField(ctx: IssueContext, path: string): CanaryField {
  if (!ctx.subject.address)
    throw validationError('address', 'no_address', 'the subject has no address to mark');
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const field = markAddress(
      ctx.subject.address,
      drawMarkerCode(ctx.random),
      ctx.subject.locale,
      ctx.subject.region,
    );
    if (!field.textKeys.some((k) => ctx.ledger.markers.has(k))) return field;
  }
  throw validationError(path, 'marker_collision', 'could not draw an unused address marker');
}

/**
 * A custom value is evidence only when ordinary text does not hold it: a word, a date, a year,
 * a URL part or a short run of digits would match strangers' messages (every text with a link
 * or a date), so it is refused; the bits the value carries are kept (see `assessCustomValue`).
 */
function customField(value: string, ctx: IssueContext, path: string): CanaryField {
  const key = compactKey(value);
  if (key.length < 4)
    throw validationError(`${path}.value`, 'too_short', 'must hold at least 4 letters or digits');
  const { bits, reason } = assessCustomValue(value);
  if (reason !== undefined)
    throw validationError(
      `${path}.value`,
      'guessable_value',
      `${reason}: ordinary messages would match it; use a random code such as 7KQ4M9X2 (at least ${CUSTOM_VALUE_MIN_BITS} bits, this has ${bits})`,
    );
  if (ctx.ledger.markers.has(key))
    throw validationError(`${path}.value`, 'duplicate_value', 'is already issued to this subject');
  return {
    kind: 'custom',
    value,
    textKeys: [key],
    phoneticKeys: [],
    unguessable: true,
    method: 'custom',
    entropyBits: bits,
  };
}

/**
 * Composes a canary from the requested fields, each unique for the subject.
 *
 * @param fields - The validated field requests.
 * @param ctx - The subject, its ledger and the random sources.
 * @returns The canary; nothing is recorded in the ledger (the caller does so after storing it).
 * @throws ValidationError naming the field when a value cannot be issued.
 */
export function composeCanary(fields: readonly FieldRequest[], ctx: IssueContext): Canary {
  const requests = fields.map((f) => (typeof f === 'string' ? { kind: f } : f) as FieldSpec);
  // A tuple is unique when it has a field that is unique by construction.
  const unique = requests.some((r) => r.kind !== 'phone');
  const out = requests.map((request, i): CanaryField => {
    const path = `fields[${i}]`;
    switch (request.kind) {
      case 'email':
        return emailField(request, ctx, path);
      case 'phone':
        return phoneField(request, ctx, path, unique);
      case 'name':
        return nameField(ctx, path);
      case 'address':
        return addressField(ctx, path);
      default:
        return customField(request.value, ctx, path);
    }
  });
  const canary: Canary = {
    id: ctx.id,
    subjectId: ctx.subject.id,
    sourceId: ctx.sourceId,
    issuedAt: ctx.issuedAt,
    fields: out,
  };
  // The top-level shortcuts (`canary.email`, …) of the public Canary type.
  return Object.assign(canary, Object.fromEntries(out.map((f) => [f.kind, f.value])));
}
