import { z } from 'zod';
import { idSchema, instantSchema, regionSchema, safeText, timeZoneSchema } from '../schemas/common.js';
import {
  CASE_REQUESTS,
  CASE_STATUSES,
  type CaseRequest,
  type CaseStatus,
  LAWS,
  type Law,
  LETTER_KINDS,
  type LetterKind,
  REPLY_CLAIMS,
  type ReplyClaim,
} from './case-model.js';

type Tuple<T> = readonly [T, ...T[]];

const name = safeText(200).pipe(z.string().trim().min(1, { message: 'must not be empty' }));
const note = (max: number) => safeText(max, { multiline: true });

export { timeZoneSchema } from '../schemas/common.js';

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** A law leaktrace writes letters under. */
export const lawSchema = z.enum(LAWS as Tuple<Law>, { message: `must be one of ${LAWS.join(', ')}` });

/** The input of `tracer.openCase()`. */
export const openCaseSchema = z
  .strictObject({
    id: idSchema.optional(),
    /** The source the case is addressed to. */
    sourceId: idSchema.optional(),
    /** Or the contacting party: its company's name and the contacts it placed. */
    actor: z
      .strictObject({
        name,
        contactIds: z
          .array(idSchema)
          .min(1, { message: 'must name at least one contact' })
          .max(1000, { message: 'must name at most 1000 contacts' }),
      })
      .optional(),
    /** The subject whose data it is about (one), or… */
    subjectId: idSchema.optional(),
    /** …the subjects (a group: one letter for many people's records). */
    subjectIds: z
      .array(idSchema)
      .min(1, { message: 'must name at least one subject' })
      .max(10_000, { message: 'must name at most 10000 subjects' })
      .refine(unique, { message: 'must not repeat a subject', params: { leaktrace: 'duplicate' } })
      .optional(),
    law: lawSchema,
    requests: z
      .array(z.enum(CASE_REQUESTS as Tuple<CaseRequest>))
      .min(1, { message: 'must ask for at least one thing' })
      // Bounded first: a sparse array of 2**32-1 holes must be refused, not walked.
      .max(CASE_REQUESTS.length, { message: `must ask for at most ${CASE_REQUESTS.length} things` })
      .refine(unique, { message: 'must not repeat a request', params: { leaktrace: 'duplicate' } }),
    /** The IANA time zone dates are counted in; from the subject's region when omitted. */
    timeZone: timeZoneSchema.optional(),
    /** When the case is opened; now when omitted. */
    at: instantSchema.optional(),
    note: note(5000).optional(),
    /**
     * Open it even when a case on the same target, subject and law is still open (refused
     * otherwise, with a `CaseExistsError` naming it).
     */
    allowDuplicate: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.sourceId === undefined) === (value.actor === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['sourceId'],
        message: 'give either sourceId or actor',
        params: { leaktrace: 'target_required' },
      });
    if (value.subjectId !== undefined && value.subjectIds !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['subjectIds'],
        message: 'give subjectId or subjectIds, not both',
        params: { leaktrace: 'conflict' },
      });
  });

/** What `openCase()` accepts. */
export type OpenCaseInput = z.input<typeof openCaseSchema>;

/** The input of `tracer.logLetter()`. */
export const logLetterSchema = z.strictObject({
  kind: z.enum(LETTER_KINDS as Tuple<LetterKind>),
  /** When it was sent; now when omitted. */
  at: instantSchema.optional(),
  /** When the target received it; the reply period runs from this day when given. */
  receivedAt: instantSchema.optional(),
  via: safeText(100).optional(),
  to: safeText(200).optional(),
  body: note(100_000).optional(),
});

/** What `logLetter()` accepts. */
export type LogLetterInput = z.input<typeof logLetterSchema>;

const party = z.union([
  name,
  z.strictObject({
    name,
    /** An existing source this party is; found by name, or added, when omitted. */
    sourceId: idSchema.optional(),
    /** The category of a source added for it; `data dealer` when omitted. */
    category: safeText(100).optional(),
  }),
]);

/** A party a reply names: a name, or `{ name, sourceId?, category? }`. */
export type NamedPartyInput = z.input<typeof party>;

const parties = z.array(party).max(100, { message: 'must name at most 100 parties' }).default([]);

/** The input of `tracer.logReply()`. */
export const logReplySchema = z.strictObject({
  /** When it arrived; now when omitted. */
  at: instantSchema.optional(),
  claims: z
    .array(z.enum(REPLY_CLAIMS as Tuple<ReplyClaim>))
    .max(REPLY_CLAIMS.length, { message: `must make at most ${REPLY_CLAIMS.length} claims` })
    .refine(unique, { message: 'must not repeat a claim', params: { leaktrace: 'duplicate' } })
    .default([]),
  namesSources: parties,
  namesRecipients: parties,
  note: note(20_000).optional(),
});

/** What `logReply()` accepts. */
export type LogReplyInput = z.input<typeof logReplySchema>;

/** The input of `tracer.closeCase()`. */
export const closeCaseSchema = z.strictObject({
  at: instantSchema.optional(),
  reason: safeText(500).optional(),
});

/** What `closeCase()` accepts. */
export type CloseCaseInput = z.input<typeof closeCaseSchema>;

/** How to select cases in `listCases()`, and the instant their status is told at. */
export const caseQuerySchema = z.strictObject({
  sourceId: idSchema.optional(),
  subjectId: idSchema.optional(),
  status: z.enum(CASE_STATUSES as Tuple<CaseStatus>).optional(),
  /** The instant statuses are told at; now when omitted. */
  at: instantSchema.optional(),
});

/** What `listCases()` accepts. */
export type CaseQuery = z.input<typeof caseQuerySchema>;

/** The options of `getCase()` and `checkCases()`: the instant asked about. */
export const asOfSchema = z.strictObject({
  /** The instant; now when omitted. */
  at: instantSchema.optional(),
});

const count = z.number().int().min(0).max(10_000);

/** A period of `months`, `days` or `businessDays` (one of them, a whole number up to 10,000). */
export const periodSchema = z.union([
  z.strictObject({ months: count }),
  z.strictObject({ days: count }),
  z.strictObject({ businessDays: count }),
]);

/**
 * What `caseDeadline()` reads of a case: its law, zone, requests, letters and replies (the rest
 * of a `CaseRecord` is passed through unread).
 */
export const deadlineCaseSchema = z.looseObject({
  law: lawSchema,
  timeZone: timeZoneSchema,
  requests: z.array(z.enum(CASE_REQUESTS as Tuple<CaseRequest>)).max(CASE_REQUESTS.length),
  letters: z
    .array(
      z.looseObject({
        kind: z.enum(LETTER_KINDS as Tuple<LetterKind>),
        at: z.date(),
        receivedAt: z.date().optional(),
      }),
    )
    .max(10_000),
  replies: z
    .array(
      z.looseObject({ at: z.date(), claims: z.array(z.enum(REPLY_CLAIMS as Tuple<ReplyClaim>)).max(100) }),
    )
    .max(10_000),
});

/** The arguments of `caseTimeZone()`. */
export const caseTimeZoneSchema = z.tuple([
  lawSchema,
  timeZoneSchema.optional(),
  z.looseObject({ timeZone: timeZoneSchema.optional(), region: regionSchema }),
]);
