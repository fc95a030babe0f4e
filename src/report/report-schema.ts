import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { ianaTimeZoneSchema } from '../schemas/analyze-options.js';
import { parseInput } from '../schemas/common.js';

/**
 * The report model: one plain, JSON-safe object (dates as ISO 8601 strings, no `Infinity`, no
 * class instances) that every renderer reads. Its zod schema is the single definition: the
 * TypeScript type is inferred from it, `buildReport()` validates against it on the way out, and
 * the JSON Schema shipped in the package (`leaktrace/report/schema.json`) is generated from it.
 */

/**
 * The version of the model's shape. Bumped when a field is removed or changes meaning; adding an
 * optional field (such as `cases`) keeps the version.
 */
export const SCHEMA_VERSION = 1;

const iso = z.iso.datetime().describe('An instant, ISO 8601 in UTC');
const verdict = z.enum(['leak', 'merge', 'legitimate', 'noise', 'forged', 'untraceable', 'unknown']);
const fieldKind = z.enum(['email', 'phone', 'name', 'address', 'custom']);
const locale = z.enum(['en', 'zh-CN']);
const probability = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** A model read from outside must not make a renderer throw a RangeError on an unknown zone. */
const ianaZone = ianaTimeZoneSchema;

const subject = z.object({
  id: z.string(),
  name: z.string(),
  locale,
  region: z.string(),
  createdAt: iso,
  /** Real mailboxes, masked (`zh•••@gmail.com`) unless the report was built with `revealReal`. */
  emails: z.array(z.object({ address: z.string(), strategy: z.enum(['domain', 'subdomain', 'plus']) })),
  phones: z.object({ real: z.array(z.string()), pool: z.array(z.string()) }),
  address: z.string().optional(),
  /**
   * The state of the region the person's address is in (ISO 3166-2, `DE-BE`), where the
   * supervisory authority a complaint goes to depends on it; kept when the address is masked.
   */
  subdivision: z.string().optional(),
  /** The IANA zone the person gave (`addSubject({ timeZone })`): their letters are dated in it. */
  timeZone: ianaZone.optional(),
});

const evidence = z.object({
  kind: z.enum(['decisive', 'merge', 'actor', 'pool-number']),
  actorId: z.string().optional(),
  contactId: z.string(),
  at: iso,
  subjectId: z.string(),
  falseAccusation: probability,
});

const finding = z.object({
  status: z.enum(['leaked', 'suspected', 'clean', 'legitimate-only']),
  firstLeakAt: iso.nullable(),
  lagDays: z.number().int().nullable(),
  subjects: z.object({ leaked: count, total: count }),
  /**
   * Contacts that reached only its pool numbers, and the background's expectation of them: both
   * per line, a number several sources hold counted in full for each (they do not add up
   * across sources to the contacts recorded).
   */
  weakContacts: count,
  expectedBackground: z.number().min(0),
  pValue: probability.nullable(),
  qValue: probability.nullable(),
  posterior: probability.nullable(),
  legitimateContacts: count,
  evidence: z.array(evidence),
  /**
   * Evidence items a `contacts: 'cited'` model left out of `evidence`, counted per person:
   * pool-number items beyond the first ones (see `buildReport`'s `contacts`); absent from a
   * model holding everything.
   */
  omittedEvidence: z
    .array(z.object({ subjectId: z.string(), kind: z.literal('pool-number'), count }))
    .optional(),
  actorIds: z.array(z.string()),
  brokerIds: z.array(z.string()),
});

const source = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  expected: z.object({ phones: z.array(z.string()), emailDomains: z.array(z.string()) }),
  createdAt: iso,
  finding,
});

const canaryField = z.object({
  kind: fieldKind,
  value: z.string(),
  method: z.string(),
  unguessable: z.boolean(),
  entropyBits: z.number().nullable(),
  writtenDistinct: z.boolean().nullable(),
  spokenDistinct: z.boolean().nullable(),
  /**
   * The chance of producing this value without the canary: 2^−bits for a random tag or marker,
   * the name-variant chance for a written-distinct name; `null` when it is not a fixed number
   * (a pool number is weighed against the measured background instead).
   */
  guessChance: probability.nullable(),
});

const canary = z.object({
  id: z.string(),
  subjectId: z.string(),
  sourceId: z.string().nullable(),
  issuedAt: iso,
  /** Adopted without a creation date: `issuedAt` is the adoption, and dates no lag. */
  undated: z.boolean().optional(),
  retiredAt: iso.nullable(),
  fields: z.array(canaryField),
});

const hit = z.object({
  canaryId: z.string().nullable(),
  sourceId: z.string().nullable(),
  kind: fieldKind,
  value: z.string(),
  where: z.enum(['to', 'content', 'addressedAs']),
  how: z.enum(['exact', 'normalized', 'phonetic', 'mistyped']),
  real: z.boolean(),
  unguessable: z.boolean(),
});

const contact = z.object({
  id: z.string(),
  channel: z.enum(['call', 'sms', 'email', 'mail', 'other']),
  at: iso,
  to: z.string().optional(),
  from: z.string().optional(),
  fromName: z.string().optional(),
  content: z.string().optional(),
  addressedAs: z.string().optional(),
  verdict,
  confidence: probability,
  subjectId: z.string().nullable(),
  reason: z.string(),
  sources: z.array(z.object({ sourceId: z.string(), canaryId: z.string(), fields: z.array(fieldKind) })),
  hits: z.array(hit),
});

const actor = z.object({
  id: z.string(),
  numbers: z.array(z.string()),
  senders: z.array(z.string()),
  contactIds: z.array(z.string()),
  subjectIds: z.array(z.string()),
  sourceIds: z.array(z.string()),
  firstSeen: iso,
  lastSeen: iso,
  topic: z.string(),
  flags: z.array(z.string()),
  links: z.array(z.string()),
  names: z.array(z.string()),
});

const broker = z.object({
  id: z.string(),
  sourceIds: z.array(z.string()),
  actorIds: z.array(z.string()),
  confidence: probability,
  evidence: z.array(z.object({ kind: z.enum(['merge', 'shared-actor', 'single-source']), id: z.string() })),
});

const edge = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(['source-broker', 'broker-actor', 'actor-number']),
  firstSeen: iso,
  evidence: count,
});

const timelineEvent = z.object({
  sourceId: z.string(),
  at: iso,
  kind: z.enum(['first-leak', 'new-actor', 'wave']),
  actorId: z.string().optional(),
});

const merge = z.object({
  contactId: z.string(),
  at: iso,
  subjectId: z.string(),
  contributors: z.array(
    z.object({
      sourceId: z.string(),
      fields: z.array(z.string()),
      /** −log₂ of the false-accusation chance; `null` when that chance is 0 (infinite bits). */
      bits: z.number().nullable(),
      falseAccusation: probability,
    }),
  ),
});

const background = z.object({
  ratePerDay: z.number().min(0),
  /** The negative binomial size; `null` for a plain Poisson background (infinite size). */
  size: z.number().positive().nullable(),
  lines: count,
  lineDays: z.number().min(0),
  /** Whether the rate was measured (enough line-days watched), not the assumed prior; absent in older models. */
  measured: z.boolean().optional(),
});

const verdictCounts = z.object({
  leak: count,
  merge: count,
  legitimate: count,
  noise: count,
  forged: count,
  untraceable: count,
  unknown: count,
});

/**
 * A case: one leak followed from the finding to an answer (letters sent, replies, the next hops
 * of the chain), as it stood at the report's date. The cases module fills it; the renderers draw
 * it and the regulator letter quotes it. Every case of the report's subject is kept, whatever
 * its target: a source outside the report's sources (a party a reply named) or the contacting
 * party itself (`sourceId: null`, `target.kind: 'actor'`).
 */
const reportCase = z.object({
  id: z.string(),
  /** The source the case is addressed to; `null` for a case on the contacting party. */
  sourceId: z.string().nullable(),
  /** Whom it is addressed to, by name: the source's, or the company an actor named. */
  target: z
    .object({
      kind: z.enum(['source', 'actor']),
      name: z.string(),
      /** The numbers and senders an actor case rests on. */
      callers: z.array(z.string()),
    })
    .optional(),
  subjectId: z.string(),
  law: z.enum(['PIPL', 'GDPR', 'CCPA']),
  requests: z.array(z.string()),
  openedAt: iso,
  /** Where it stood at the report's date. */
  status: z.enum(['open', 'awaiting', 'answered', 'overdue', 'escalated', 'closed']).optional(),
  /** The IANA zone its days are counted in (the subject's). */
  timeZone: z.string().optional(),
  /** When the law's reply window ends, counted from the request's receipt. */
  deadline: iso.nullable(),
  /** The due day, `yyyy-MM-dd` in the case's zone. */
  dueDate: z.string().nullable().optional(),
  /** The provision the deadline comes from. */
  rule: z.string().nullable().optional(),
  /** The deadline was extended by a timely `extension` reply. */
  extended: z.boolean().optional(),
  /** The end of the erasure or stop-marketing window; uses after it are non-compliance. */
  watchFrom: iso.nullable().optional(),
  /** The first answer came after the deadline. */
  answeredLate: z.boolean().optional(),
  /** How many calendar days after the due day the first answer came; `null` when not late. */
  lateDays: z.number().int().positive().nullable().optional(),
  /** The case whose reply named this target, and how: `recipient` or `source` of it. */
  parentCaseId: z.string().nullable().optional(),
  hop: z.enum(['recipient', 'source']).nullable().optional(),
  /** The cases opened on the parties its replies named. */
  childCaseIds: z.array(z.string()).optional(),
  closedAt: iso.nullable().optional(),
  letters: z.array(
    z.object({ at: iso, kind: z.string(), to: z.string().optional(), via: z.string().optional() }),
  ),
  replies: z.array(
    z.object({
      at: iso,
      /** The claims, comma-separated (e.g. `never-shared, deleted`). */
      summary: z.string().optional(),
      claims: z.array(z.string()).optional(),
      namesRecipients: z.array(z.string()),
      namesSources: z.array(z.string()).optional(),
      /** The next hops it opened: each named party's source and case. */
      next: z
        .array(
          z.object({
            name: z.string(),
            sourceId: z.string(),
            caseId: z.string(),
            hop: z.enum(['recipient', 'source']),
          }),
        )
        .optional(),
      /** The reply contradicts the canary evidence (e.g. "nothing leaked"). */
      contradicts: z.boolean(),
      note: z.string().optional(),
    }),
  ),
  /** Claims the canary evidence contradicts, with the contacts that prove otherwise. */
  contradictions: z
    .array(
      z.object({
        claim: z.string(),
        claimedAt: iso,
        kind: z.enum(['decisive-use', 'still-used', 'own-contact']),
        contactIds: z.array(z.string()),
        firstAt: iso,
      }),
    )
    .optional(),
  /** Uses of the data after the erasure or stop-marketing window. */
  nonCompliance: z
    .array(
      z.object({
        contactId: z.string(),
        at: iso,
        windowEnd: iso,
        by: z.enum(['target', 'third-party']),
        canaryId: z.string(),
      }),
    )
    .optional(),
});

/** The zod schema of the report model. */
export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.literal('leaktrace'),
  generatedAt: iso,
  /** The locale renderers use unless told otherwise. */
  locale,
  /** The IANA time zone dates and weeks are shown in (the subject's). */
  timeZone: ianaZone,
  /** The analysis window; `null` ends are open. */
  window: z.object({ from: iso.nullable(), to: iso.nullable() }),
  /** The subject the report is about, or `null` for every subject of the tracer. */
  subjectId: z.string().nullable(),
  /** Real identifiers are masked. */
  masked: z.boolean(),
  summary: z.object({
    contacts: count,
    verdicts: verdictCounts,
    statuses: z.object({ leaked: count, suspected: count, clean: count, legitimateOnly: count }),
    actors: count,
    /** Inferred data dealers: brokers holding two or more sources' records. */
    brokers: count,
    firstLeakAt: iso.nullable(),
  }),
  subjects: z.array(subject),
  sources: z.array(source),
  canaries: z.array(canary),
  contacts: z.array(contact),
  actors: z.array(actor),
  brokers: z.array(broker),
  edges: z.array(edge),
  timeline: z.array(timelineEvent),
  /** Contacts per week (weeks start on Monday in `timeZone`), by verdict. */
  weeks: z.array(
    z.object({
      start: iso,
      counts: verdictCounts,
      /**
       * Of the week's `leak` contacts, those that reached only pool numbers (no alias, name
       * variant or marker): weak contacts, each tested against the background, not proof alone.
       * Absent in models built before it existed (where it counted every weak leak).
       */
      poolOnly: count.optional(),
      /**
       * Of the week's `leak` contacts, the other weak ones: a canary other than a pool number
       * reached without an unguessable use (an alias quoted in a mail to the person's own
       * inbox), tested against the background too. Absent in models built before it existed.
       */
      weak: count.optional(),
    }),
  ),
  merges: z.array(merge),
  baseline: z.object({
    phone: background,
    email: background,
    leak: z.object({ prior: probability, ratePerDay: z.number().min(0), measuredOn: count }),
  }),
  /** The thresholds the analysis ran with. */
  analysisOptions: z.object({
    leakQ: probability,
    suspectQ: probability,
    waveGapDays: z.number(),
    leakPrior: probability,
    leakPosterior: probability,
    suspectPosterior: probability,
    leakRatePerDay: z.number().nullable(),
    nameVariantChance: probability,
    minActorLines: z.number(),
    brokerConfidence: z.object({ merge: probability, sharedActor: probability, singleSource: probability }),
    timeZone: z.string(),
  }),
  /** The cases of the report's subjects, when any (optional: added by the cases module). */
  cases: z.array(reportCase).optional(),
  /**
   * What a `contacts: 'cited'` model left out, counted: contacts cited by nothing it prints,
   * and one-off callers tied to nothing (absent from a model holding everything).
   */
  omitted: z.object({ contacts: count, actors: count }).optional(),
});

/** The report model: what `buildReport()` returns and every renderer reads. */
export type Report = z.infer<typeof reportSchema>;
/** A source of the report with its finding. */
export type ReportSource = Report['sources'][number];
/** A contact of the report's log with its verdict and hits. */
export type ReportContact = Report['contacts'][number];
/** A canary of the report with each field's guess chance. */
export type ReportCanary = Report['canaries'][number];
/** An actor of the report. */
export type ReportActor = Report['actors'][number];
/** A case of the report. */
export type ReportCase = NonNullable<Report['cases']>[number];
/** A law letters are written under. */
export type Law = ReportCase['law'];

/**
 * The JSON Schema (draft 2020-12) of the report model, generated from its zod schema. The same
 * document ships as `leaktrace/report/schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * import { reportJsonSchema } from 'leaktrace/report';
 * await writeFile('report-schema.json', JSON.stringify(reportJsonSchema(), null, 2));
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    title: `leaktrace report, schema version ${SCHEMA_VERSION}`,
    ...(z.toJSONSchema(reportSchema) as Record<string, unknown>),
  };
}

/**
 * Validates a report model read back from outside: `renderJson()`'s text as it is, or that text
 * already parsed.
 *
 * @param value - The JSON text `renderJson()` wrote, or the value `JSON.parse` made of it.
 * @returns The report, typed.
 * @throws ValidationError whose `issues` name each bad field, e.g. `contacts[3].at`; text that is
 *   no JSON is the issue `invalid_json` at path `''`.
 * @example
 * ```ts
 * const report = parseReport(await readFile('report.json', 'utf8'));
 * const html = await renderHtml(report, { locale: 'en' });
 * ```
 */
export function parseReport(value: unknown): Report {
  return parseInput(reportSchema, typeof value === 'string' ? parseJsonText(value) : value);
}

/** Parses the JSON text of a model, refusing text that is no JSON as a {@link ValidationError}. */
function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([{ code: 'invalid_json', path: '', message: `is no JSON: ${reason}` }]);
  }
}

/** How many items of each long list {@link checkBuiltReport} validates: an even sample. */
const SAMPLE = 1_000;

/** At most `SAMPLE` items of a list, evenly spread, the first and the last included. */
function sampled<T>(items: readonly T[]): T[] {
  if (items.length <= SAMPLE) return [...items];
  const out: T[] = [];
  const step = (items.length - 1) / (SAMPLE - 1);
  for (let i = 0; i < SAMPLE; i++) out.push(items[Math.round(i * step)]!);
  return out;
}

/**
 * Checks a model `buildReport()` has just built, at a cost that does not grow with the log:
 * every bounded part in full (summary, subjects, sources, baseline, options, cases), and an
 * even sample of each long list (canaries, contacts, actors, brokers, edges, timeline, weeks,
 * merges, each source's evidence). Each long list is made by one loop over typed data, so a bug
 * in that loop shows on any item of the sample. The model is returned as it was built (zod's
 * copy is discarded): a million contacts are not copied a second time.
 *
 * `parseReport()`, which reads models from outside, still checks every item.
 *
 * @param model - The model just built.
 * @returns The same object.
 * @throws ValidationError naming the first bad field (paths index the sample, not the list).
 */
export function checkBuiltReport(model: Report): Report {
  parseInput(reportSchema, {
    ...model,
    canaries: sampled(model.canaries),
    sources: model.sources.map((s) => ({
      ...s,
      finding: { ...s.finding, evidence: sampled(s.finding.evidence) },
    })),
    contacts: sampled(model.contacts),
    actors: sampled(model.actors),
    brokers: sampled(model.brokers),
    edges: sampled(model.edges),
    timeline: sampled(model.timeline),
    weeks: sampled(model.weeks),
    merges: sampled(model.merges),
  });
  return model;
}
