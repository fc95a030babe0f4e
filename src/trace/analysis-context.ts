/**
 * What every stage of the analysis reads, built once: the input in a canonical order, the
 * settings, the period, and the indexes of canaries by source and by value.
 */

import { DAY_MS } from '../_internal/clock.js';
import { pushTo } from '../_internal/collections.js';
import type { StoredContact } from '../stores/store.js';
import type { Canary } from '../types.js';
import { type FieldHolders, fieldHolders } from './accusation.js';
import {
  type AnalysisOptions,
  type AnalysisSettings,
  checkedZone,
  resolveOptions,
} from './analysis-options.js';
import type { Stored } from './analyze-input.js';

/** The shared, read-only input of every stage. */
export interface AnalysisContext {
  readonly input: Stored;
  /**
   * The contacts by time, then id: the order they were stored or handed in never changes a
   * result (clustering and first-seen times read them in this order).
   */
  readonly contacts: readonly StoredContact[];
  /**
   * The same contacts by what `record()` said, each list in the same order: a stage reads the
   * part it needs instead of passing over all of them (a pass over a million contacts is mostly
   * memory traffic, whatever it does with each).
   */
  readonly byVerdict: ContactsByVerdict;
  /** Each contact by its id. */
  readonly contactById: ReadonlyMap<string, StoredContact>;
  /** The options as given (actor clustering and background priors read them). */
  readonly options: AnalysisOptions;
  /** The options with every default filled in. */
  readonly settings: AnalysisSettings;
  readonly zone: ReturnType<typeof checkedZone>;
  /** The start of the period in ms (−∞ without `from`) and its end. */
  readonly fromMs: number;
  readonly untilMs: number;
  readonly canaryById: ReadonlyMap<string, Canary>;
  readonly canariesOf: ReadonlyMap<string, readonly Canary[]>;
  /** Every source holding a canary, sorted. */
  readonly sourceIds: readonly string[];
  readonly holders: FieldHolders;
  /**
   * Per pool number, each holding source and the instant (ms) its exposure on that number starts:
   * the first issue to it, or the start of the period when later.
   */
  readonly lineHolders: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per source, its pool-number canary-days within the period. */
  readonly exposure: ReadonlyMap<string, number>;
}

/** The contacts of one analysis by verdict, each list in canonical order. */
export interface ContactsByVerdict {
  /** `legitimate`: from a source's declared senders. */
  readonly legitimate: readonly StoredContact[];
  /** Every other verdict: what actors are clustered from. */
  readonly unexpected: readonly StoredContact[];
  /** `leak` and `merge`: the contacts that carry evidence against sources. */
  readonly leaks: readonly StoredContact[];
  /** `legitimate`, `leak` and `merge`: what a source's evidence and own contacts are read from. */
  readonly attributed: readonly StoredContact[];
  /** `noise`: a line nobody had been given. */
  readonly noise: readonly StoredContact[];
}

/**
 * Builds the context every stage reads.
 *
 * @throws {ConfigError} When `timeZone` is not an IANA time zone.
 */
export function buildContext(input: Stored, options: AnalysisOptions): AnalysisContext {
  const settings = resolveOptions(options);
  const zone = checkedZone(settings.timeZone);
  const fromMs = input.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const untilMs = input.until.getTime();
  const contacts = inCanonicalOrder(input.contacts);
  const canariesOf = new Map<string, Canary[]>();
  for (const c of input.canaries) if (c.sourceId !== null) pushTo(canariesOf, c.sourceId, c);
  const lineHolders = new Map<string, Map<string, number>>();
  const exposure = new Map<string, number>();
  for (const [sourceId, held] of canariesOf) {
    let days = 0;
    for (const c of held) {
      if (c.phone === undefined) continue;
      const start = Math.max(c.issuedAt.getTime(), fromMs);
      days += Math.max(0, (untilMs - start) / DAY_MS);
      const byHolder = lineHolders.get(c.phone) ?? new Map<string, number>();
      byHolder.set(sourceId, Math.min(start, byHolder.get(sourceId) ?? start));
      lineHolders.set(c.phone, byHolder);
    }
    exposure.set(sourceId, days);
  }
  return {
    input,
    contacts,
    ...partition(contacts),
    options,
    settings,
    zone,
    fromMs,
    untilMs,
    canaryById: new Map(input.canaries.map((c) => [c.id, c])),
    canariesOf,
    sourceIds: [...canariesOf.keys()].sort(),
    holders: fieldHolders(input.canaries),
    lineHolders,
    exposure,
  };
}

function before(a: StoredContact, b: StoredContact): number {
  const dt = a.contact.at.getTime() - b.contact.at.getTime();
  if (dt !== 0) return dt;
  return a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0;
}

/** The contacts by time, then id; stores list them so already, and then nothing is copied. */
function inCanonicalOrder(contacts: readonly StoredContact[]): readonly StoredContact[] {
  for (let i = 1; i < contacts.length; i++)
    if (before(contacts[i - 1]!, contacts[i]!) > 0) return [...contacts].sort(before);
  return contacts;
}

/** The contacts by verdict and by id, in one pass. */
function partition(contacts: readonly StoredContact[]): Pick<AnalysisContext, 'byVerdict' | 'contactById'> {
  const legitimate: StoredContact[] = [];
  const unexpected: StoredContact[] = [];
  const leaks: StoredContact[] = [];
  const attributed: StoredContact[] = [];
  const noise: StoredContact[] = [];
  const contactById = new Map<string, StoredContact>();
  for (const c of contacts) {
    contactById.set(c.contact.id, c);
    const verdict = c.result.verdict;
    if (verdict === 'legitimate') {
      legitimate.push(c);
      attributed.push(c);
      continue;
    }
    unexpected.push(c);
    if (verdict === 'leak' || verdict === 'merge') {
      leaks.push(c);
      attributed.push(c);
    } else if (verdict === 'noise') noise.push(c);
  }
  return { byVerdict: { legitimate, unexpected, leaks, attributed, noise }, contactById };
}
