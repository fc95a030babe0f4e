import { z } from 'zod';
import { safeText } from './common.js';

/** A probability strictly between 0 and 1: the q-values, priors and posteriors of analyze(). */
const openProbability = z.number().gt(0).lt(1);
const positive = z.number().positive().finite();
const caller = z.string().min(1).max(320);

const timeZone = z
  .string()
  .max(100)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone like Asia/Shanghai', params: { leaktrace: 'invalid_time_zone' } },
  );

/** An IANA time zone name the runtime knows (`Asia/Shanghai`); shared with the report model's schema. */
export const ianaTimeZoneSchema = timeZone;

/**
 * The options of `tracer.analyze()`: every threshold in its meaningful range. A digit count of
 * 0 would join every number of one length; a prior of 1 or a q-value of NaN would convict or
 * acquit everyone.
 */
export const analyzeOptionsSchema = z.strictObject({
  scriptSimilarity: z.number().min(0).max(1).optional(),
  minScriptLength: z.number().int().min(1).max(100_000).optional(),
  blockDigits: z.number().int().min(1).max(4).optional(),
  blockWindowDays: positive.max(3650).optional(),
  freeMailDomains: z.set(z.string().max(253)).max(100_000).optional(),
  labels: z
    .array(
      z.union([
        z.array(caller).max(10_000),
        z.looseObject({ callers: z.array(caller).max(10_000), name: safeText(200).optional() }),
      ]),
    )
    .max(100_000)
    .optional(),
  numberRules: z
    .array(
      z.strictObject({
        flag: safeText(100),
        prefixes: z.array(z.string().min(1).max(32)).max(10_000),
        description: z.string().max(1000),
      }),
    )
    .max(1000)
    .optional(),
  leakQ: openProbability.optional(),
  suspectQ: openProbability.optional(),
  waveGapDays: positive.max(36_500).optional(),
  priorRatePerDay: positive.max(10_000).optional(),
  priorDispersion: z.strictObject({ size: positive, lines: positive }).optional(),
  priorLineDays: z.number().min(0).max(1_000_000).optional(),
  minWeakContacts: z.number().int().min(1).max(1_000_000).optional(),
  leakPrior: openProbability.optional(),
  leakPosterior: openProbability.optional(),
  suspectPosterior: openProbability.optional(),
  leakRatePerDay: positive.max(10_000).optional(),
  nameVariantChance: openProbability.optional(),
  minActorLines: z.number().int().min(1).max(1_000_000).optional(),
  brokerConfidence: z
    .strictObject({
      merge: z.number().min(0).max(1),
      sharedActor: z.number().min(0).max(1),
      singleSource: z.number().min(0).max(1),
    })
    .optional(),
  timeZone: timeZone.optional(),
});
