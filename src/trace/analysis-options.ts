/**
 * The options of `analyze()`: every threshold, its default and the reason for it. The names are
 * part of the public surface (a schema validates them at the tracer's boundary).
 */
import { tz } from '@date-fns/tz';
import { ConfigError } from '../errors.js';
import type { ActorOptions } from './actors.js';

/** Thresholds of the analysis, each with its reason. */
export interface AnalysisOptions extends ActorOptions {
  /** q-value under which weak evidence alone makes a source `leaked`: 0.01. */
  readonly leakQ?: number;
  /** q-value under which a source is `suspected`: 0.1. */
  readonly suspectQ?: number;
  /** Days without a new actor after which a new one starts a resale wave: 30. */
  readonly waveGapDays?: number;
  /** Background contacts per line-day assumed before any control is watched: 1/8 (US honeypot study). */
  readonly priorRatePerDay?: number;
  /**
   * The prior negative binomial size of the background (0.5: storms and silences) and its weight
   * in lines (10): a few calm controls must not make a storm on one source's line look like a leak.
   */
  readonly priorDispersion?: { readonly size: number; readonly lines: number };
  /**
   * The weight of `priorRatePerDay` in line-days: 30 (one line watched for a month). The
   * background rate is (contacts + prior × 30) / (line-days + 30): a store watched for minutes
   * neither measures a background of zero (every call would look like a leak) nor one of
   * hundreds a day (one call in three minutes), and a store watched for months reads its own.
   * It is also the fewest watched line-days (controls, pool numbers before their issue) a
   * background needs for pool-number calls alone to make a source `leaked`: below it the rate is
   * more prior than measurement, and the source is at most `suspected`.
   */
  readonly priorLineDays?: number;
  /**
   * The fewest pool-number contacts that can make a source `leaked` or `suspected` on their own: 3.
   * One or two calls to a number are a misdial, a caller of the number's previous owner or a
   * storm's first calls as often as a leak, whatever a test's tail says; the tail is only as good
   * as the background model, and with one or two events the model's error is the larger.
   * Nor does a campaign's coverage resting on one or two such contacts make a source `suspected`
   * (two texts of one script: a coincidence, or the source's own line it did not declare).
   */
  readonly minWeakContacts?: number;
  /**
   * P(a source leaks) before its evidence: 0.1. Most registrants never leak; this is the
   * shrinkage that keeps a storm on one line from convicting its source.
   */
  readonly leakPrior?: number;
  /**
   * The posterior a source needs to be `leaked` on weak evidence alone, besides q < `leakQ`:
   * 0.9. Below it the source is at most `suspected`.
   */
  readonly leakPosterior?: number;
  /** The posterior at which a source with weak contacts is `suspected` whatever its q: 0.5. */
  readonly suspectPosterior?: number;
  /**
   * The buyers' contacts per canary-day on a leaked source's pool numbers. Measured on the
   * sources that leaked decisively when there are any; 1/7 (a call a week) otherwise.
   */
  readonly leakRatePerDay?: number;
  /** The chance a written name variant arises without its canary: 1/1000. */
  readonly nameVariantChance?: number;
  /**
   * The fewest distinct lines of one source an actor must reach for its calls to point at that
   * source: 2. One number reached proves nothing a random dialer could not do.
   */
  readonly minActorLines?: number;
  /**
   * How sure a broker is, by its strongest evidence: a merged record proves one holder of both
   * sources' records (0.9); an actor using both suggests it, though it may buy from two dealers
   * (0.7); a lone leaked source may sell straight to callers, so its broker may be itself (0.5).
   */
  readonly brokerConfidence?: BrokerConfidence;
  /** The IANA time zone whose calendar counts `lagDays` (full days): `UTC`. */
  readonly timeZone?: string;
  /**
   * The largest false-accusation chance an `actor` evidence item may carry and still count
   * towards a conviction: 0.5. Above it the campaign's lines point at a rival holder at least as
   * well as at this source, so the item favours neither (a chance near 1 is no evidence at all).
   */
  readonly actorEvidenceChance?: number;
}

/** A broker's confidence by its strongest kind of evidence. */
export interface BrokerConfidence {
  readonly merge: number;
  readonly sharedActor: number;
  readonly singleSource: number;
}

type StatisticsOptionKey =
  | 'leakQ'
  | 'suspectQ'
  | 'waveGapDays'
  | 'leakPrior'
  | 'leakPosterior'
  | 'suspectPosterior'
  | 'leakRatePerDay'
  | 'nameVariantChance'
  | 'minActorLines'
  | 'brokerConfidence'
  | 'timeZone'
  | 'actorEvidenceChance'
  | 'minWeakContacts';

/** Defaults of the thresholds above, exported so reports can quote them. */
export const ANALYSIS_DEFAULTS: Readonly<Required<Pick<AnalysisOptions, StatisticsOptionKey>>> = {
  leakQ: 0.01,
  suspectQ: 0.1,
  waveGapDays: 30,
  leakPrior: 0.1,
  leakPosterior: 0.9,
  suspectPosterior: 0.5,
  leakRatePerDay: 1 / 7,
  nameVariantChance: 1 / 1000,
  minActorLines: 2,
  brokerConfidence: { merge: 0.9, sharedActor: 0.7, singleSource: 0.5 },
  timeZone: 'UTC',
  actorEvidenceChance: 0.5,
  minWeakContacts: 3,
};

/** The options with every default filled in. */
export type AnalysisSettings = Readonly<typeof ANALYSIS_DEFAULTS> & AnalysisOptions;

/** The options given, over the defaults; keys set to `undefined` keep their default. */
export function resolveOptions(options: AnalysisOptions): AnalysisSettings {
  // Spreading `{ leakQ: undefined }` over the defaults would erase them.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...ANALYSIS_DEFAULTS, ...given } as AnalysisSettings;
}

/**
 * The calendar `lagDays` are counted in.
 *
 * @throws {ConfigError} When `timeZone` is not an IANA time zone.
 */
export function checkedZone(timeZone: string): ReturnType<typeof tz> {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch (error) {
    throw new ConfigError(`timeZone: ${JSON.stringify(timeZone)} is not an IANA time zone`, { cause: error });
  }
  return tz(timeZone);
}
