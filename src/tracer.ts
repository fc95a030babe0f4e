import { type ClockOption, createClock } from './_internal/clock.js';
import { customAlphabet } from './_internal/ids.js';
import { createRandom } from './_internal/random.js';
import { createSerialQueue } from './_internal/serial-queue.js';
import { createCaseService } from './cases/case-service.js';
import { createEventHub } from './cases/events.js';
import { type TracerCases, tracerCases } from './cases/tracer-cases.js';
import { ConfigError, LeaktraceError, StoreError, validationError } from './errors.js';
import { adoptCanary } from './identity/adopt-canary.js';
import { composeCanary } from './identity/issue-canary.js';
import { createLedger, ledgerAdd, type SubjectLedger } from './identity/subject-ledger.js';
import { createTagGenerator, DEFAULT_TAG_LENGTH } from './identity/tag.js';
import { CanaryIndex } from './match/canary-index.js';
import { matchContact } from './match/match-contact.js';
import { senderAuthenticated, senderIsExpected } from './match/sender-auth.js';
import { decideVerdict } from './match/verdict.js';
import { type RecordManyOptions, recordMany } from './record-many.js';
import { type AdoptRequest, adoptRequestSchema } from './schemas/adopt-request.js';
import { analyzeOptionsSchema } from './schemas/analyze-options.js';
import { type AnalyzeRequest, analyzeRequestSchema, contactQuerySchema } from './schemas/analyze-request.js';
import { type CanaryRequest, canaryRequestSchema, retireOptionsSchema } from './schemas/canary-request.js';
import { idSchema, instantSchema, parseConfig, parseInput } from './schemas/common.js';
import {
  type ContactInput,
  contentHashId,
  DEFAULT_CONTENT_LIMIT,
  type PreparedContact,
  prepareContact,
} from './schemas/contact.js';
import { type LabelInput, parseLabelInput } from './schemas/label.js';
import { parseSourceInput, type SourceInput, sourceNameKey } from './schemas/source.js';
import { parseSubjectInput, type SubjectInput } from './schemas/subject.js';
import { tracerOptionsSchema } from './schemas/tracer-options.js';
import { memoryStore } from './stores/memory.js';
import type { Store, StoredContact } from './stores/store.js';
import { type Analysis, type AnalysisOptions, analyzeContacts } from './trace/analyze.js';
import type { BackgroundScope } from './trace/analyze-input.js';
import type { Canary, Contact, Label, RecordManySummary, RecordResult, Source, Subject } from './types.js';

export type { RecordManyOptions } from './record-many.js';

/** Options of {@link createTracer}. */
export interface TracerOptions {
  /** The store; an in-memory store when omitted. */
  readonly store?: Store;
  /** The clock: a fixed instant or a function; the system clock when omitted. */
  readonly now?: ClockOption;
  /** The seed that makes ids and issuance reproducible; cryptographic randomness when omitted. */
  readonly seed?: string | number;
  /** The region numbers written without `+` are read in (ISO 3166 alpha-2); `CN` when omitted. */
  readonly defaultRegion?: string;
  /** The symbols per email tag, at least 9 (40 bits); 10 when omitted. */
  readonly tagLength?: number;
  /** The most characters of `content` a contact may carry; 100,000 when omitted. */
  readonly contentLimit?: number;
}

/** A tracer: issues canaries, records contacts and says who leaked. */
export interface Tracer extends TracerCases {
  /**
   * Adds a protected person.
   * @throws ValidationError naming the field, e.g. `phones.pool[2]`; nothing is written.
   */
  addSubject(input: SubjectInput): Promise<Subject>;
  /**
   * Adds a registrant, shared by all subjects. `expected.phones` written without a country code
   * are read in `expected.region`; without it, in the tracer's default region, and they also
   * match a caller with the same national number in any country. A name another source has
   * (compared without case, width or extra spaces) is refused: one registrant is one source,
   * or `issue` by name and the analysis would split it; `allowDuplicateName: true` allows it.
   * @throws ValidationError naming the field (`name_taken` with the existing source's id for a
   * duplicate name); nothing is written.
   */
  addSource(input: SourceInput): Promise<Source>;
  /**
   * Issues a canary identity to a source, or a control (`sourceId: null`).
   * @throws ValidationError naming the field (code `pool_exhausted` when the pool cannot serve).
   */
  issue(request: CanaryRequest): Promise<Canary>;
  /**
   * Adopts an alias the subject already gave a source (an alias service's or a password
   * vault's per-site address) as that source's canary, issued at `at` (its creation time).
   * `guessable` is assessed when omitted: an alias that names its site is weak evidence.
   * @throws ValidationError when the subject or source is unknown or the alias is already a canary.
   */
  adopt(request: AdoptRequest): Promise<Canary>;
  /**
   * Retires a canary: it is no longer handed out, yet contacts to it stay evidence.
   * @throws ValidationError when the canary does not exist, or `at` is before its issue time.
   */
  retire(canaryId: string, options?: { at?: Date | string | number }): Promise<Canary>;
  /**
   * Records one contact and says what it means. Idempotent by `id` (or content hash).
   * @throws ValidationError naming the field; nothing is written.
   */
  record(input: ContactInput): Promise<RecordResult>;
  /**
   * Records many contacts; bad items are rejected one by one and the rest kept.
   * @throws ValidationError when `items` is not iterable; ConfigError for a bad option.
   * @throws RecordManyError when the input fails half-way (what was read is stored first and
   *   `error.summary` says how much) or `onProgress` throws (nothing is lost).
   */
  recordMany(
    items: Iterable<ContactInput> | AsyncIterable<ContactInput>,
    options?: RecordManyOptions,
  ): Promise<RecordManySummary>;
  /**
   * Traces the chain: actors behind the contacts, each source's status against the background,
   * the brokers in between, the chain graph and the timeline.
   * @throws ValidationError naming the field; an unknown `subjectId` is refused.
   */
  analyze(request?: AnalyzeRequest, options?: AnalysisOptions): Promise<Analysis>;
  /**
   * Records the user's word that some callers are one actor (joined in every analysis), or
   * their name for a caller. Numbers are read as `record()` reads `from`.
   * @throws ValidationError naming the field; nothing is written.
   */
  label(input: LabelInput): Promise<Label>;
  /**
   * Removes a label; later analyses no longer join its callers.
   * @returns Whether the label existed.
   */
  unlabel(labelId: string): Promise<boolean>;
  /** Every label, oldest first. */
  listLabels(): Label[];
  /** One subject, if it exists. */
  getSubject(id: string): Subject | undefined;
  /**
   * Every subject (protected person): those stored first, in the store's order, then those added.
   * @returns The subjects; empty for a new store.
   * @example
   * ```ts
   * const [me] = tracer.listSubjects();
   * ```
   */
  listSubjects(): Subject[];
  /** One source, if it exists. */
  getSource(id: string): Source | undefined;
  /** Every source. */
  listSources(): Source[];
  /** Every canary, of one subject when given, in issue order. */
  listCanaries(subjectId?: string): Canary[];
  /**
   * Every stored contact with its result, in time order; `from`/`to` are read as `record()`
   * reads `at`.
   * @throws ValidationError (on iteration) naming the field.
   */
  listContacts(query?: {
    subjectId?: string;
    from?: Date | string | number;
    to?: Date | string | number;
  }): AsyncIterable<StoredContact>;
  /** Closes the store. */
  close(): Promise<void>;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Reads the `now` option's value (or what its function returned) as an instant. */
function readClock(reading: unknown): Date {
  const parsed = instantSchema.safeParse(reading);
  if (parsed.success) return parsed.data;
  const what = reading instanceof Error ? `threw ${reading.message}` : `gave ${String(reading)}`;
  throw new ConfigError(`now: the clock ${what}, not a valid instant`, {
    cause: reading instanceof Error ? reading : undefined,
    issues: [{ code: 'invalid_date', path: 'now', message: `the clock ${what}, not a valid instant` }],
  });
}

/**
 * Creates a tracer over a store, rebuilding its matcher from the stored canaries so a
 * restart changes no verdict.
 *
 * @param options - Store, clock, seed, default region and limits.
 * @returns The tracer.
 * @throws ConfigError when an option is invalid.
 * @example
 * ```ts
 * const tracer = await createTracer({ seed: 'demo', now: new Date('2026-01-01T00:00:00Z') });
 * const me = await tracer.addSubject({ name: 'Alice Chen', emails: [{ address: 'me@alice.example', strategy: 'domain' }] });
 * const shop = await tracer.addSource({ name: 'Shop' });
 * const canary = await tracer.issue({ subjectId: me.id, sourceId: shop.id, fields: ['email'] });
 * ```
 */
export async function createTracer(options?: TracerOptions): Promise<Tracer> {
  const config = parseConfig(tracerOptionsSchema, options === undefined ? {} : options);
  const defaultRegion = config.defaultRegion ?? 'CN';
  const contentLimit = config.contentLimit ?? DEFAULT_CONTENT_LIMIT;
  const store = (config.store as Store | undefined) ?? memoryStore();
  const clock = createClock(config.now as ClockOption | undefined, readClock);
  const random = createRandom(config.seed === undefined ? undefined : String(config.seed));
  let nextTag: () => string;
  try {
    nextTag = createTagGenerator(random, config.tagLength ?? DEFAULT_TAG_LENGTH);
  } catch (error) {
    throw new ConfigError(`tagLength: ${(error as Error).message}`, {
      issues: [{ code: 'too_small', path: 'tagLength', message: (error as Error).message }],
    });
  }
  const newId = customAlphabet(ID_ALPHABET, 16, random);

  const subjects = new Map<string, Subject>();
  const sources = new Map<string, Source>();
  const canaries = new Map<string, Canary>();
  const labels = new Map<string, Label>();
  const ledgers = new Map<string, SubjectLedger>();
  const index = new CanaryIndex();
  const poolOwners = new Map<string, string>();

  const addSubjectToMemory = (subject: Subject): void => {
    subjects.set(subject.id, subject);
    ledgers.set(subject.id, createLedger(subject));
    index.addSubject(subject);
    for (const number of subject.phones.pool) poolOwners.set(number, subject.id);
  };
  const addCanaryToMemory = (canary: Canary): void => {
    canaries.set(canary.id, canary);
    ledgerAdd(ledgers.get(canary.subjectId)!, canary);
    index.addCanary(canary);
  };

  for (const subject of await store.listSubjects()) addSubjectToMemory(subject);
  for (const source of await store.listSources()) sources.set(source.id, source);
  for (const canary of await store.listCanaries()) addCanaryToMemory(canary);
  for (const label of await store.listLabels()) labels.set(label.id, label);
  index.build();

  // Mutations of the ledgers run one at a time, so two concurrent issues never pick one value.
  const serial = createSerialQueue();

  const senderExpected = (contact: Contact, fromDomain: string | undefined, sourceId: string): boolean => {
    const source = sources.get(sourceId);
    if (!source || contact.from === undefined) return false;
    if (contact.channel === 'email' && fromDomain !== undefined)
      return (
        senderAuthenticated(fromDomain, contact.authenticatedDomains) &&
        source.expected.emailDomains.some((d) => fromDomain === d || fromDomain.endsWith(`.${d}`))
      );
    return senderIsExpected(source, contact.from);
  };

  const evaluate = (contact: Contact, prepared: PreparedContact): StoredContact['result'] => {
    const match = matchContact(prepared.normalized, index);
    const verdict = decideVerdict(match.hits, {
      forged: match.forged,
      premature: match.premature,
      expectedBy: (sourceId) => senderExpected(contact, prepared.fromDomain, sourceId),
    });
    return { ...verdict, subjectId: match.subjectId, hits: match.hits };
  };

  const prepare = async (input: unknown): Promise<{ contact: Contact; prepared: PreparedContact }> => {
    const prepared = prepareContact(
      input,
      (subjectId) => (subjectId === undefined ? undefined : subjects.get(subjectId)?.region) ?? defaultRegion,
      contentLimit,
    );
    const { subjectId } = prepared.normalized;
    if (subjectId !== undefined && !subjects.has(subjectId)) {
      throw validationError('subjectId', 'not_found', `no subject ${subjectId}`);
    }
    const id = prepared.contact.id ?? (await contentHashId(prepared.contact, subjectId));
    return { contact: { ...prepared.contact, id }, prepared };
  };

  const storeFailure = (error: unknown): never => {
    if (error instanceof LeaktraceError) throw error;
    throw new StoreError(store.name, (error as Error)?.message ?? String(error), { cause: error });
  };

  const events = createEventHub();
  const cases = createCaseService({
    store,
    clock,
    newId,
    getSubject: (id) => subjects.get(id),
    getSource: (id) => sources.get(id),
    listSources: () => [...sources.values()],
    listCanaries: () => [...canaries.values()],
    addSource: (input) => tracer.addSource(input),
    // Stored senders are normalised: an email sender is a lower-case address.
    senderExpected: (contact, sourceId) =>
      senderExpected(
        contact,
        contact.channel === 'email' ? contact.from?.split('@').pop() : undefined,
        sourceId,
      ),
    events,
    storeFailure,
  });

  /** Sources proven leaked (by strong evidence) on subjects other than `subjectId`, with when; `settings` carry the labels. */
  function leakersProvenOnOthers(
    subjectId: string,
    contacts: readonly StoredContact[],
    window: { from?: Date | undefined; to?: Date | undefined },
    settings: AnalysisOptions,
  ): Map<string, number> {
    const proven = new Map<string, number>();
    const others = [...subjects.values()].filter((s) => s.id !== subjectId);
    if (others.length === 0) return proven;
    const analysis = analyzeContacts(
      {
        subjects: others,
        sources: [...sources.values()],
        canaries: [...canaries.values()].filter((c) => c.subjectId !== subjectId),
        contacts,
        from: window.from,
        until: window.to ?? clock(),
      },
      settings,
    );
    for (const s of analysis.sources) {
      const strong = s.evidence.some((e) => e.kind === 'decisive' || e.kind === 'actor');
      if (s.status === 'leaked' && strong && s.firstLeakAt) proven.set(s.sourceId, s.firstLeakAt.getTime());
    }
    return proven;
  }

  const tracer: Tracer = {
    ...tracerCases(cases, events),
    addSubject: (input) =>
      serial(async () => {
        const data = parseSubjectInput(input, defaultRegion);
        const id = data.id ?? `sub_${newId()}`;
        if (subjects.has(id)) throw validationError('id', 'conflict', `subject ${id} already exists`);
        const taken = data.phones.pool.findIndex((n) => poolOwners.has(n));
        if (taken >= 0) {
          throw validationError(
            `phones.pool[${taken}]`,
            'phone_taken',
            "is already in another subject's pool",
          );
        }
        const subject: Subject = { ...data, id, createdAt: clock() };
        await store.putSubject(subject).catch(storeFailure);
        addSubjectToMemory(subject);
        return subject;
      }),

    addSource: (input) =>
      serial(async () => {
        const { allowDuplicateName, ...data } = parseSourceInput(input, defaultRegion);
        const id = data.id ?? `src_${newId()}`;
        if (sources.has(id)) throw validationError('id', 'conflict', `source ${id} already exists`);
        const key = sourceNameKey(data.name);
        const same = allowDuplicateName
          ? undefined
          : [...sources.values()].find((s) => sourceNameKey(s.name) === key);
        if (same) {
          throw validationError(
            'name',
            'name_taken',
            `source ${same.id} is already named ${JSON.stringify(same.name)}: use it, or pass allowDuplicateName: true`,
          );
        }
        const source: Source = { ...data, id, createdAt: clock() };
        await store.putSource(source).catch(storeFailure);
        sources.set(id, source);
        return source;
      }),

    issue: (request) =>
      serial(async () => {
        const data = parseInput(canaryRequestSchema, request);
        const subject = subjects.get(data.subjectId);
        if (!subject) throw validationError('subjectId', 'not_found', `no subject ${data.subjectId}`);
        if (data.sourceId !== null && !sources.has(data.sourceId)) {
          throw validationError('sourceId', 'not_found', `no source ${data.sourceId}`);
        }
        const canary = composeCanary(data.fields, {
          subject,
          sourceId: data.sourceId,
          ledger: ledgers.get(subject.id)!,
          random,
          nextTag,
          id: `can_${newId()}`,
          issuedAt: data.at ?? clock(),
        });
        await store.putCanary(canary).catch(storeFailure);
        addCanaryToMemory(canary);
        return canary;
      }),

    adopt: (request) =>
      serial(async () => {
        const data = parseInput(adoptRequestSchema, request);
        const subject = subjects.get(data.subjectId);
        if (!subject) throw validationError('subjectId', 'not_found', `no subject ${data.subjectId}`);
        const source = sources.get(data.sourceId);
        if (!source) throw validationError('sourceId', 'not_found', `no source ${data.sourceId}`);
        const canary = adoptCanary(data, {
          subject,
          source,
          ledger: ledgers.get(subject.id)!,
          id: `can_${newId()}`,
          issuedAt: data.at ?? clock(),
        });
        await store.putCanary(canary).catch(storeFailure);
        addCanaryToMemory(canary);
        return canary;
      }),

    retire: (canaryId, retireOptions) =>
      serial(async () => {
        const id = parseInput(idSchema, canaryId, 'canaryId');
        const { at: given } = parseInput(
          retireOptionsSchema,
          retireOptions === undefined ? {} : retireOptions,
          'options',
        );
        const canary = canaries.get(id);
        if (!canary) throw validationError('canaryId', 'not_found', `no canary ${id}`);
        const at = given ?? clock();
        if (at.getTime() < canary.issuedAt.getTime()) {
          throw validationError(
            'options.at',
            'before_issue',
            `${at.toISOString()} is before the canary was issued (${canary.issuedAt.toISOString()})`,
          );
        }
        const retired: Canary = { ...canary, retiredAt: at };
        await store.putCanary(retired).catch(storeFailure);
        canaries.set(id, retired);
        return retired;
      }),

    async record(input) {
      const { contact, prepared } = await prepare(input);
      const existing = await store.getContact(contact.id).catch(storeFailure);
      if (existing) return { contact: existing.contact, duplicate: true, ...existing.result };
      const result = evaluate(contact, prepared);
      const [inserted] = await store.appendContacts([{ contact, result }]).catch(storeFailure);
      if (!inserted) {
        const stored = (await store.getContact(contact.id).catch(storeFailure))!;
        return { contact: stored.contact, duplicate: true, ...stored.result };
      }
      await cases.onContacts([{ contact, result }]);
      return { contact, duplicate: false, ...result };
    },

    recordMany: (items, manyOptions) =>
      recordMany(
        {
          store,
          storeFailure,
          onInserted: (records) => cases.onContacts(records),
          prepare: async (item) => {
            const { contact, prepared } = await prepare(item);
            return { contact, result: evaluate(contact, prepared) };
          },
        },
        items,
        manyOptions,
      ),

    label: (input) =>
      serial(async () => {
        const data = parseLabelInput(input, defaultRegion);
        const id = data.id ?? `lbl_${newId()}`;
        if (labels.has(id)) throw validationError('id', 'conflict', `label ${id} already exists`);
        const label: Label = {
          id,
          callers: data.callers,
          ...(data.name === undefined ? {} : { name: data.name }),
          createdAt: clock(),
        };
        await store.putLabel(label).catch(storeFailure);
        labels.set(id, label);
        return label;
      }),

    unlabel: (labelId) =>
      serial(async () => {
        const id = parseInput(idSchema, labelId);
        const existed = await store.deleteLabel(id).catch(storeFailure);
        labels.delete(id);
        return existed;
      }),

    listLabels: () => [...labels.values()],

    async analyze(request, analysisOptions) {
      const query = parseInput(analyzeRequestSchema, request === undefined ? {} : request);
      const settings = parseConfig(
        analyzeOptionsSchema,
        analysisOptions === undefined ? {} : analysisOptions,
      ) as AnalysisOptions;
      if (query.subjectId !== undefined && !subjects.has(query.subjectId)) {
        throw validationError('subjectId', 'not_found', `no subject ${query.subjectId}`);
      }
      const inScope = (subjectId: string): boolean =>
        query.subjectId === undefined || subjectId === query.subjectId;
      const withLabels = { ...settings, labels: [...labels.values(), ...(settings.labels ?? [])] };
      // One subject's analysis still measures the background on every subject's lines, and
      // takes as known causes the sources proven leaked on the other subjects: one read of the
      // period's contacts serves all three.
      const { subjectId: _subject, ...period } = query;
      const contacts: StoredContact[] = [];
      const noise: StoredContact[] = [];
      const others: StoredContact[] = [];
      for await (const c of store.listContacts(period)) {
        if (query.subjectId === undefined || c.result.subjectId === query.subjectId) contacts.push(c);
        else others.push(c);
        if (c.result.verdict === 'noise') noise.push(c);
      }
      let backgroundScope: BackgroundScope | undefined;
      let provenElsewhere: Map<string, number> | undefined;
      if (query.subjectId !== undefined) {
        backgroundScope = {
          subjects: [...subjects.values()],
          canaries: [...canaries.values()],
          contacts: noise,
        };
        provenElsewhere = leakersProvenOnOthers(query.subjectId, others, query, withLabels);
      }
      const analysis = analyzeContacts(
        {
          subjects: [...subjects.values()].filter((s) => inScope(s.id)),
          sources: [...sources.values()],
          canaries: [...canaries.values()].filter((c) => inScope(c.subjectId)),
          contacts,
          from: query.from,
          until: query.to ?? clock(),
          backgroundScope,
          provenElsewhere,
        },
        withLabels,
      );
      await cases.onAnalysis(analysis, query.to ?? clock());
      return analysis;
    },
    getSubject: (id) => subjects.get(id),
    listSubjects: () => [...subjects.values()],
    getSource: (id) => sources.get(id),
    listSources: () => [...sources.values()],
    listCanaries: (subjectId) =>
      [...canaries.values()].filter((c) => subjectId === undefined || c.subjectId === subjectId),
    async *listContacts(query) {
      yield* store.listContacts(parseInput(contactQuerySchema, query === undefined ? {} : query));
    },
    close: () => store.close(),
  };
  return tracer;
}
