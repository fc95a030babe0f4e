import { z } from 'zod';
import { validationError } from '../errors.js';
import type { SubjectDetails } from '../identity/subject-history.js';
import type { Subject } from '../types.js';
import { IssueList, instantSchema, parseInput, regionSchema, safeText, timeZoneSchema } from './common.js';
import { normalizeSubjectPhones, SUBJECT_LIMITS } from './subject.js';

const phoneText = safeText(40);

/**
 * The input of `tracer.updateSubject()`: what changes, from when. A list given replaces the
 * subject's list (`phones.real: []` gives up every real number); `null` removes a zone, an
 * address or the sub-numbers; what is not given stays.
 */
export const subjectUpdateSchema = z.strictObject({
  /** When the change takes effect: contacts from then are read with the new details. */
  at: instantSchema,
  region: regionSchema.optional(),
  timeZone: timeZoneSchema.nullable().optional(),
  address: safeText(500, { multiline: true }).nullable().optional(),
  phones: z
    .strictObject({
      real: z.array(phoneText).max(SUBJECT_LIMITS.realPhones).optional(),
      pool: z.array(phoneText).max(SUBJECT_LIMITS.pool).optional(),
      subNumbers: z.array(phoneText.nullable()).max(3).nullable().optional(),
    })
    .optional(),
});

/** What `updateSubject()` accepts. */
export type SubjectUpdate = z.input<typeof subjectUpdateSchema>;

/** A validated update: the instant and the details in force from then. */
export interface ParsedSubjectUpdate {
  readonly at: Date;
  readonly details: SubjectDetails;
}

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === b?.[i]);

/**
 * Validates an update of `subject` and works out its details from `at`: numbers read in the new
 * region (the latest when none is given) and normalised to E.164, lists replaced, sub-numbers
 * kept only while still in the pool (a sub-number given must be in it). All issues are reported
 * together.
 *
 * @param subject - The subject as stored.
 * @param input - The update as given.
 * @returns The instant and the new details.
 * @throws ValidationError naming every offending field: `at` (`required`, `out_of_order`: not after the
 *   subject's last change), `phones.pool[i]` etc. (`invalid_phone`, `duplicate_phone`),
 *   `phones.subNumbers[i]` (`not_in_pool`), `''` (`no_change`: nothing would change).
 */
export function parseSubjectUpdate(subject: Subject, input: unknown): ParsedSubjectUpdate {
  if (Object.prototype.toString.call(input) === '[object Object]' && !('at' in (input as object)))
    throw validationError('at', 'required', 'a change needs the instant it takes effect (at)');
  const data = parseInput(subjectUpdateSchema, input);
  const issues = new IssueList();
  const last = subject.history?.[subject.history.length - 1]?.until;
  if (last !== undefined && data.at.getTime() <= last.getTime())
    issues.add(
      'at',
      'out_of_order',
      `the subject's last change took effect ${last.toISOString()}: a change must take effect after it`,
    );
  const region = data.region ?? subject.region;
  const given = data.phones ?? {};
  // Numbers kept from the latest details are E.164 already; new ones are read in `region`.
  const phones = normalizeSubjectPhones(
    {
      real: given.real ?? subject.phones.real,
      pool: given.pool ?? subject.phones.pool,
      subNumbers: given.subNumbers === null ? undefined : (given.subNumbers ?? undefined),
    },
    region,
    issues,
  );
  // Sub-numbers not given stay while their line is still in the pool.
  const subNumbers =
    given.subNumbers === undefined
      ? subject.phones.subNumbers?.map((n) => (n !== null && phones.pool.includes(n) ? n : null))
      : phones.subNumbers;
  // A zone given for the old region is not the new one's: moving without naming a zone takes
  // the new region's own.
  const zoneKept = data.region === undefined || data.region === subject.region ? subject.timeZone : undefined;
  const timeZone = data.timeZone === undefined ? zoneKept : (data.timeZone ?? undefined);
  const address = data.address === undefined ? subject.address : data.address?.trim() || undefined;
  const details: SubjectDetails = {
    region,
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(address === undefined ? {} : { address }),
    phones: {
      real: phones.real,
      pool: phones.pool,
      ...(subNumbers === undefined || subNumbers.every((n) => n === null) ? {} : { subNumbers }),
    },
  };
  issues.throwIfAny();
  const unchanged =
    details.region === subject.region &&
    details.timeZone === subject.timeZone &&
    details.address === subject.address &&
    sameList(details.phones.real, subject.phones.real) &&
    sameList(details.phones.pool, subject.phones.pool) &&
    sameList(details.phones.subNumbers, subject.phones.subNumbers);
  if (unchanged)
    issues.add('', 'no_change', 'the update changes nothing: give a new region, zone, address or numbers');
  issues.throwIfAny();
  return { at: data.at, details };
}
