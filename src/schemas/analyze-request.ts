import { z } from 'zod';
import { idSchema, instantSchema } from './common.js';

/** The input of `tracer.analyze()`: a subject and a period, all optional. */
export const analyzeRequestSchema = z.strictObject({
  subjectId: idSchema.optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
});

/** The query of `tracer.listContacts()`: the same subject and period. */
export const contactQuerySchema = analyzeRequestSchema;

/** What `analyze()` accepts besides its options. */
export type AnalyzeRequest = z.input<typeof analyzeRequestSchema>;
