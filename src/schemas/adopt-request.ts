import { z } from 'zod';
import { idSchema, instantSchema, safeText } from './common.js';

/** The input of `tracer.adopt()`: an alias the subject already gave a source. */
export const adoptRequestSchema = z.strictObject({
  subjectId: idSchema,
  sourceId: idSchema,
  email: safeText(254).pipe(z.string().trim().min(3)),
  at: instantSchema.optional(),
  guessable: z.boolean().optional(),
});

/** What `adopt()` accepts. */
export type AdoptRequest = z.input<typeof adoptRequestSchema>;
