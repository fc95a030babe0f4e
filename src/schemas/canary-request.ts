import { z } from 'zod';
import { idSchema, instantSchema, safeText } from './common.js';

const emailField = z.strictObject({
  kind: z.literal('email'),
  /** Which of the subject's mailboxes; the first when omitted. */
  mailbox: safeText(254).optional(),
  /** A readable prefix before the tag, letters and digits only. */
  prefix: z
    .string()
    .regex(/^[a-z0-9]{1,20}$/u, { message: 'must be 1–20 lower-case letters or digits' })
    .optional(),
});
const phoneField = z.strictObject({ kind: z.literal('phone'), number: safeText(40).optional() });
const customField = z.strictObject({
  kind: z.literal('custom'),
  value: safeText(200).pipe(z.string().trim().min(4, { message: 'must be at least 4 characters' })),
});
const simpleField = z.strictObject({ kind: z.enum(['name', 'address']) });

/** One requested field: a kind, or an object with options for that kind. */
export const fieldRequestSchema = z.union([
  z.enum(['email', 'phone', 'name', 'address']),
  z.discriminatedUnion('kind', [emailField, phoneField, customField, simpleField]),
]);

/** The input of `tracer.issue()`. */
export const canaryRequestSchema = z.strictObject({
  subjectId: idSchema,
  sourceId: idSchema.nullable(),
  fields: z
    .array(fieldRequestSchema)
    .min(1, { message: 'must ask for at least one field' })
    .max(5)
    .refine(
      (fields) => new Set(fields.map((f) => (typeof f === 'string' ? f : f.kind))).size === fields.length,
      {
        message: 'must not ask for a kind twice',
        params: { leaktrace: 'duplicate_field' },
      },
    ),
  at: instantSchema.optional(),
});

/** What `issue()` accepts. */
export type CanaryRequest = z.input<typeof canaryRequestSchema>;
/** A requested field after validation. */
export type FieldRequest = z.output<typeof fieldRequestSchema>;

/** The options of `tracer.retire()`. */
export const retireOptionsSchema = z.strictObject({ at: instantSchema.optional() });
