import { z } from 'zod';
import { idSchema, instantSchema } from './common.js';

/** The input of `tracer.analyze()`: a subject and a period, all optional. */
export const analyzeRequestSchema = z.strictObject({
  subjectId: idSchema.optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
});

/** What `analyze()` accepts besides its options. */
export type AnalyzeRequest = z.input<typeof analyzeRequestSchema>;
