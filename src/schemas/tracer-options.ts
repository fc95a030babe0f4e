import { z } from 'zod';
import { instantSchema, regionSchema } from './common.js';

/** The methods a store must have; checked when a tracer is created. */
const STORE_METHODS = [
  'putSubject',
  'listSubjects',
  'putSource',
  'listSources',
  'putCanary',
  'listCanaries',
  'appendContacts',
  'getContact',
  'listContacts',
  'putLabel',
  'listLabels',
  'deleteLabel',
  'close',
] as const;

const storeSchema = z.custom<object>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    STORE_METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function'),
  { message: `must be a store with the methods ${STORE_METHODS.join(', ')}` },
);

/** The options of `createTracer()`. The store and clock functions are checked for shape only. */
export const tracerOptionsSchema = z.strictObject({
  store: storeSchema.optional(),
  now: z
    .union([
      instantSchema,
      z.custom<() => unknown>((value) => typeof value === 'function', { message: 'must be a function' }),
    ])
    .optional(),
  seed: z.union([z.string().max(1000), z.number().finite()]).optional(),
  defaultRegion: regionSchema.optional(),
  tagLength: z.number().int().min(1).max(64).optional(),
  contentLimit: z.number().int().min(1).max(10_000_000).optional(),
});
