import { type ClockOption, createClock, FUTURE_TOLERANCE_MS } from './_internal/clock.js';
import { customAlphabet } from './_internal/ids.js';
import { createRandom } from './_internal/random.js';
import { createSerialQueue } from './_internal/serial-queue.js';
import { createCaseService } from './cases/case-service.js';
import { createEventHub } from './cases/events.js';
import { type TracerCases, tracerCases } from './cases/tracer-cases.js';
import {
  ConfigError,
  type ConflictError,
  isConflictError,
  isStoreError,
  LeaktraceError,
  StoreError,
  validationError,
} from './errors.js';
import { adoptCanary } from './identity/adopt-canary.js';
import { composeCanary } from './identity/issue-canary.js';
import { subjectAt, withChange } from './identity/subject-history.js';
import { subjectOverlap } from './identity/subject-overlap.js';
import { createTagGenerator, DEFAULT_TAG_LENGTH } from './identity/tag.js';
import { addressesSomeoneElse } from './match/addressee.js';
import { relayedSender } from './match/alias-relay.js';
import { brandDomainOf } from './match/brand-domain.js';
import type { FieldOwner } from './match/canary-index.js';
import { hearSourceNames } from './match/heard-names.js';
import { impersonationCue, undeclaredSitesOnly } from './match/impersonation.js';
import { writeKatakanaNames } from './match/katakana-names.js';
import { listPost } from './match/mailing-list.js';
import { matchContact } from './match/match-contact.js';
import { emailKey, parseEmail, senderDomain, writtenAddress } from './match/normalize-email.js';
import { parsePhone, phoneKey } from './match/normalize-phone.js';
import { offersForAnotherFirm } from './match/other-firm-offer.js';
import { sentBySubject } from './match/own-sender.js';
import {
  dealerCueOf,
  namesSource,
  type OwnServiceMessage,
  ownServiceMessage,
  serviceTopics,
  writesAsSource,
} from './match/own-service.js';
import { letterhead, letterheadName, postalSenderDeclared } from './match/postal-sender.js';
import { repliesToOwnMail, repliesToPersonsMail } from './match/quoted-reply.js';
import { FORWARD_SUBJECT } from './match/quoted-text.js';
import { mailSenderDeclared, senderAuthenticated, senderIsExpected } from './match/sender-auth.js';
import { senderId } from './match/sender-id.js';
import { sourceNames } from './match/source-names.js';
import { CONFIDENCE, decideVerdict } from './match/verdict.js';
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
import { parseSourceUpdate, type SourceUpdate, type SourceUpdateResult } from './schemas/source-update.js';
import { parseSubjectInput, type SubjectInput } from './schemas/subject.js';
import { parseSubjectUpdate, type SubjectUpdate } from './schemas/subject-update.js';
import { tracerOptionsSchema } from './schemas/tracer-options.js';
import { memoryStore } from './stores/memory.js';
import type { ChangeToken, Store, StoredContact, WriteGuard, WriteResult } from './stores/store.js';
import { type Analysis, type AnalysisOptions, analyzeContacts, type SourceStatus } from './trace/analyze.js';
import type { BackgroundScope } from './trace/analyze-input.js';
import { declaredSenders, partnerMessage, sells } from './trace/other-registrant.js';
import { checksSignatures, signedBy } from './trace/own-script.js';
import {
  canaryClaimRefusal,
  loadState,
  stateAddCanary,
  stateAddSubject,
  type TracerState,
} from './tracer-state.js';
import type {
  Canary,
  Contact,
  Hit,
  Label,
  RecordManySummary,
  RecordResult,
  Source,
  SourceAttribution,
  Subject,
} from './types.js';

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
   * Records a change of a protected person's region, time zone, postal address or numbers (a
   * move abroad, a new mobile, a number added to the pool), effective at `update.at`: contacts
   * before it are read with the earlier details and contacts from then with the new ones
   * (numbers written without a country code in the region of the time; a real number given up is
   * not the person's after it; a pool number added is watched, and its background counted, from
   * it). Lists given replace the subject's (`phones: { real: ['+49…'] }`); `null` removes a zone,
   * an address or the sub-numbers; moving to another region without a zone takes the new
   * region's own. Contacts recorded before the update keep the reading they had: re-read those
   * after `at` with `recordMany(…, { replace: true })`.
   *
   * @param id - The subject's id.
   * @param update - `{ at, region?, timeZone?, address?, phones?: { real?, pool?, subNumbers? } }`.
   * @returns The subject with its latest details and the earlier ones in `history`.
   * @throws ValidationError naming the field, nothing written: `id` (`not_found`), `at`
   *   (`out_of_order`: not after the last change, `in_future`), `phones.pool[i]` (`phone_taken`:
   *   another person's), `''` (`no_change`), or any field's format.
   * @throws ConfigError when the store cannot update subjects.
   * @example
   * ```ts
   * await tracer.updateSubject(me.id, { at: new Date('2026-07-01'), region: 'DE', phones: { real: ['+4915112345678'] } });
   * ```
   */
  updateSubject(id: string, update: SubjectUpdate): Promise<Subject>;
  /**
   * Adds a registrant, shared by all subjects. `expected.phones` written without a country code
   * are read in `expected.region`; without it, in the tracer's default region, and they also
   * match a caller with the same national number in any country. A name another source has as
   * its name or one of its other names (compared without case, width or extra spaces) is
   * refused: one registrant is one source,
   * or `issue` by name and the analysis would split it; `allowDuplicateName: true` allows it.
   * @throws ValidationError naming the field (`name_taken` with the existing source's id for a
   * duplicate name); nothing is written.
   */
  addSource(input: SourceInput): Promise<Source>;
  /**
   * Adds what was learnt about a source after it was added: more names it goes by, more senders
   * it legitimately uses (the mail domain its newsletter came from, its desk's number), or a new
   * category. Lists are added to, values validated as `addSource()` validates them. The stored
   * contacts that reached its identities are then judged again (`recordMany(…, { replace: true })`
   * on what was stored): its own newsletter from the domain now declared becomes `legitimate`.
   *
   * @param id - The source's id.
   * @param update - `{ otherNames?, category?, expected?: { phones?, emailDomains?, emailAddresses?,
   *   postalSenders?, region? } }` (`region`: where the numbers given here are read).
   * @returns The updated source; `rejudged`: how many stored contacts were judged again;
   *   `changed`: how many of them now have another verdict.
   * @throws ValidationError naming the field, nothing written: `id` (`not_found`),
   *   `otherNames[i]` (`generic_name`, `name_taken`: another source's name, `subject_name`),
   *   `expected.*[i]` (as `addSource()`), `''` (`no_change`).
   * @throws ConfigError when the store cannot update sources.
   * @example
   * ```ts
   * await tracer.updateSource(shop.id, { expected: { emailDomains: ['xiaomei.example'] } });
   * ```
   */
  updateSource(id: string, update: SourceUpdate): Promise<SourceUpdateResult>;
  /**
   * Issues a canary identity to a source, or a control (`sourceId: null`).
   * @throws ValidationError naming the field (code `pool_exhausted` when the pool cannot serve).
   */
  issue(request: CanaryRequest): Promise<Canary>;
  /**
   * Adopts an alias the subject already gave a source (an alias service's or a password
   * vault's per-site address) as that source's canary, issued at `at` (its creation time).
   * Without `at` the canary is `undated`: it existed before, since when is unknown, so a contact
   * through it at any time is a use of it (never "reached before it was issued").
   * `guessable` is assessed when omitted: an alias that names its site is weak evidence.
   * @throws ValidationError when the subject or source is unknown or the alias is already a canary.
   */
  adopt(request: AdoptRequest): Promise<Canary>;
  /**
   * Retires a canary: it is no longer handed out, yet contacts to it stay evidence. Idempotent:
   * the first retirement stands, and retiring a retired canary returns it unchanged.
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
   * @throws ValidationError when `items` is not iterable, or its iterator breaks the iteration
   *   protocol before the first item (`bad_iterator`: a result that is not an object); ConfigError
   *   for a bad option.
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
  /**
   * Re-reads what other processes (or other tracers on the same store) wrote since this
   * tracer last looked. Every asynchronous method does this itself before it decides; call it
   * before the synchronous getters (`getSubject`, `listCanaries`, …) when another process may
   * have written.
   * @throws StoreError when the store cannot be read.
   */
  refresh(): Promise<void>;
  /** Closes the store. */
  close(): Promise<void>;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * How many times records judged on a view another process changed meanwhile are judged again
 * (`settleJudged`): each round reads the store's latest view; a store changing more often than
 * that leaves the last judgement, made on a view at most one round old.
 */
const SETTLE_ROUNDS = 3;

/** A forwarded message's opening: a forward's subject prefix, or a client's forward header line. */
const FORWARD = new RegExp(
  `${FORWARD_SUBJECT.source}|^\\s*-+\\s*(?:forwarded message|original message|weitergeleitete nachricht)`,
  'iu',
);

/**
 * A stored contact as `record()` takes it: what was stored, its id kept and its subject as the
 * hint, so recording it again with `replace` replaces it with a new reading.
 */
function storedAsInput(contact: Contact, subjectId: string | null): ContactInput {
  return {
    id: contact.id,
    channel: contact.channel,
    at: contact.at,
    ...(contact.to === undefined ? {} : { to: contact.to }),
    ...(contact.from === undefined ? {} : { from: contact.from }),
    ...(contact.fromName === undefined ? {} : { fromName: contact.fromName }),
    ...(contact.content === undefined ? {} : { content: contact.content }),
    ...(contact.addressedAs === undefined ? {} : { addressedAs: contact.addressedAs }),
    ...(contact.authenticatedDomains === undefined
      ? {}
      : { authenticatedDomains: [...contact.authenticatedDomains] }),
    ...(contact.mailingList === undefined ? {} : { mailingList: contact.mailingList }),
    ...(subjectId === null ? {} : { subjectId }),
  };
}

/** A name as compared inside another: its `sourceNameKey` without spaces and punctuation. */
const bareNameKey = (name: string): string => sourceNameKey(name).replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * Refuses a source's other name that is another registrant's (`name_taken`: that registrant's own
 * messages would become this one's) — its name, its id, or a name it goes by (one of its other
 * names, the other spellings of a brand its names hold: `sourceNames`) — or a protected
 * person's (`subject_name`: every message signed by the person, or greeting her, would be the
 * source's own). Names are compared by `sourceNameKey` (case, width, spacing and mixed-script
 * lookalike letters aside). A name two branches of one chain share is no other registrant's:
 * one another source goes by (not its name) that this source's own names hold too (`Hilton` for
 * `Hilton Berlin` beside `Hilton Shanghai`, 锦江饭店 for 北京锦江饭店), or a spelling of their
 * common brand (希尔顿).
 *
 * @param otherNames - The other names given, at the indices the caller wrote them.
 * @param own - The source's own names before these: its name and the other names it has.
 * @throws ValidationError at `otherNames[i]`.
 */
function refuseBorrowedNames(
  otherNames: readonly string[],
  current: TracerState,
  own: { readonly name: string; readonly otherNames?: readonly string[] | undefined },
  self?: string,
): void {
  const ownNames = sourceNames({ name: own.name, otherNames: own.otherNames ?? [] });
  const ownKeys = new Set(ownNames.map(sourceNameKey));
  const ownBare = ownNames.map(bareNameKey);
  for (const [i, other] of otherNames.entries()) {
    const key = sourceNameKey(other);
    const bare = bareNameKey(other);
    const chainName = ownKeys.has(key) || (bare.length >= 2 && ownBare.some((n) => n.includes(bare)));
    const source = [...current.sources.values()].find(
      (s) =>
        s.id !== self &&
        (s.id === other.trim() ||
          sourceNameKey(s.name) === key ||
          (!chainName && sourceNames(s).some((n) => sourceNameKey(n) === key))),
    );
    if (source)
      throw validationError(
        `otherNames[${i}]`,
        'name_taken',
        source.id === other.trim()
          ? `${JSON.stringify(other)} is the id of source ${source.id} (${JSON.stringify(source.name)}), not a name`
          : sourceNameKey(source.name) === key
            ? `${JSON.stringify(other)} is the name of source ${source.id}: its own messages would count as this one's`
            : `source ${source.id} (${JSON.stringify(source.name)}) goes by ${JSON.stringify(other)}: its own messages would count as this one's`,
      );
    const subject = [...current.subjects.values()].find((s) => sourceNameKey(s.name) === key);
    if (subject)
      throw validationError(
        `otherNames[${i}]`,
        'subject_name',
        `${JSON.stringify(other)} is the name of a person protected here (${subject.id}), not of a business`,
      );
  }
}

/**
 * Refuses a source's declared number that is a protected person's own, real or pool, now or
 * before (`subject_phone`): a call from the person's own phone, or one reaching her pool, would be
 * the source's own.
 *
 * @param phones - The numbers as normalised (E.164 or short-code keys), at the indices given.
 * @throws ValidationError at `expected.phones[i]`.
 */
function refuseSubjectPhones(phones: readonly string[], current: TracerState): void {
  for (const [i, phone] of phones.entries()) {
    const subject = [...current.subjects.values()].find((s) =>
      [s.phones, ...(s.history ?? []).map((h) => h.phones)].some(
        (p) => p.real.includes(phone) || p.pool.includes(phone),
      ),
    );
    if (subject)
      throw validationError(
        `expected.phones[${i}]`,
        'subject_phone',
        `${phone} is a number of a person protected here (${subject.id}), not one the source calls from`,
      );
  }
}

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

  let state = await loadState(store);
  let reloading: Promise<void> | undefined;
  // Mutations of the ledgers run one at a time, so two concurrent issues never pick one value.
  const serial = createSerialQueue();

  const senderExpected = (
    contact: Contact,
    fromDomain: string | undefined,
    sourceId: string,
    sender: string | undefined = contact.from,
  ): boolean => {
    const source = state.sources.get(sourceId);
    if (!source || contact.from === undefined) return false;
    if (contact.channel === 'email' && fromDomain !== undefined)
      return (
        senderAuthenticated(fromDomain, contact.authenticatedDomains) &&
        mailSenderDeclared(source, sender ?? contact.from)
      );
    // A letter's return address, as a declared number is a call's (both are the sender's word).
    if (
      contact.channel === 'mail' &&
      postalSenderDeclared(source.expected.postalSenders ?? [], `${contact.fromName ?? ''} ${contact.from}`)
    )
      return true;
    return senderIsExpected(source, contact.from, state.sources.values());
  };

  /**
   * A contact read as a source's own service message from a sender it did not declare
   * (`ownServiceMessage`, or its 【signature】 through a port whose signatures the carrier checks);
   * `relayed`: the original sender behind an alias service's relay address.
   */
  const ownServiceOf = (
    source: Source,
    contact: Contact,
    relayed: string | undefined,
    personRegion?: string,
  ): OwnServiceMessage | undefined => {
    // A contact with no sender leaves no number for the source to confirm; a letter's letterhead
    // is its return address, and a return address given apart is its letterhead: the sender's
    // word either way, read alike (a letter under its own return address was a leak when the same
    // address printed at its top made it the source's own).
    const head =
      contact.channel === 'mail'
        ? contact.from !== undefined
          ? [contact.fromName, contact.from].filter((x) => x !== undefined).join(', ')
          : letterhead(contact.content)
        : undefined;
    const from = contact.from ?? head;
    if (contact.content === undefined || from === undefined) return undefined;
    // A letter printed under another's letterhead is that one's, whatever return address it came
    // under: the address is read as its letterhead only where it prints none or its own.
    const printed = contact.channel === 'mail' ? letterheadName(contact.content) : undefined;
    const letter =
      contact.channel === 'mail' &&
      contact.from !== undefined &&
      (printed === undefined || namesSource(source, printed))
        ? `${head!.split(/\s*,\s*/u).join('\n')}\n\n${contact.content}`
        : contact.content;
    // Its Latin name as its Japanese staff write it in katakana (ヨドバシカメラ), in Latin letters.
    const written = writeKatakanaNames(sourceNames(source), letter);
    // Its 【signature】 through a port whose signatures the carrier checks (see `signedBy`).
    if (checksSignatures(contact.channel, from) && signedBy(source, written, from))
      return { about: serviceTopics(contact.content)[0] ?? 'account', named: true, signed: true };
    const numbers = head === undefined ? [from, ...source.expected.phones] : source.expected.phones;
    // A call's transcript spells the source's name as speech-to-text heard it.
    const content = contact.channel === 'call' ? hearSourceNames(sourceNames(source), written) : written;
    // A letterhead names a business: a letter under another's is that business's (as a mail's domain).
    const requireName = contact.channel === 'email' || head !== undefined;
    const own = ownServiceMessage(source, content, numbers, undefined, requireName, {
      from: relayed ?? from,
      fromName: contact.fromName,
      regions: [personRegion, defaultRegion],
    });
    // A sender ID or a mailbox carries whatever signature its writer sets: it names the sender
    // in the reason, never makes the text the source's own by itself.
    const named = contact.channel === 'email' || (contact.channel === 'sms' && senderId(from) !== undefined);
    return own !== undefined && named && signedBy(source, written, from) ? { ...own, signed: true } : own;
  };

  /**
   * For a `leak` of one source, or its own-message reading from a sender it did not declare: the
   * other registrant that wrote it about the dealing the source passed on (`partnerMessage`), as a
   * `legitimate` verdict of the source with the writer named; `undefined` otherwise.
   */
  const partnerWrote = (
    contact: Contact,
    relayed: string | undefined,
    verdict: { verdict: string; confidence: number; sources: readonly SourceAttribution[] },
    hits: readonly Hit[],
  ): Omit<StoredContact['result'], 'subjectId' | 'hits'> | undefined => {
    const own = verdict.verdict === 'legitimate' && verdict.confidence < CONFIDENCE.legitimate;
    if ((verdict.verdict !== 'leak' && !own) || verdict.sources.length !== 1) return undefined;
    const holder = state.sources.get(verdict.sources[0]!.sourceId);
    if (holder === undefined || state.sources.size < 2) return undefined;
    const sources = [...state.sources.values()];
    const judged = relayed === undefined ? contact : { ...contact, from: relayed };
    const declared = declaredSenders(sources)(judged).filter((d) => d.sourceId !== holder.id);
    const partner = partnerMessage(sources, holder.id, judged, declared, (s) =>
      ownServiceOf(s, contact, relayed),
    );
    // Another registrant's own sender that sells to the identity: its use of the holder's file,
    // whatever the text would be from the holder (as `analyze()` counts it).
    // A leak already (another business's offer read in the text) is named so too: the writer is
    // no third party unknown but a registrant whose own sender it is.
    const seller = declared.find((d) => d.authenticated);
    if (partner === undefined && seller !== undefined && (own || verdict.verdict === 'leak'))
      return {
        verdict: 'leak',
        confidence: !own
          ? verdict.confidence
          : hits.some((h) => h.sourceId === holder.id && h.unguessable)
            ? CONFIDENCE.decisive
            : CONFIDENCE.poolNumber,
        sources: verdict.sources.map((s) => ({ ...s })),
        reason: `from ${state.sources.get(seller.sourceId)?.name}'s declared ${contact.channel === 'email' ? 'mail domain or address' : 'number'} (a source registered here too), but ${
          contact.content !== undefined && sells(contact.content)
            ? 'it sells or asks what the dealing does not: a registrant marketing'
            : `it is no notice of a dealing made through ${holder.name} (a booking, an order): a registrant writing`
        } to an identity issued only to ${holder.name} holds ${holder.name}'s file`,
      };
    if (partner === undefined) return undefined;
    const writer = partner.source.name;
    const what = contact.channel === 'email' ? 'mail domain or address' : 'number';
    const dealing = `${holder.name} passes a dealing made through it (a booking, an order) on to ${writer}, with the identity it was given, so ${writer} writing about it is that dealing, not a leak by ${holder.name}`;
    if (partner.declared)
      return {
        verdict: 'legitimate',
        confidence: partner.authenticated ? CONFIDENCE.legitimate : CONFIDENCE.claimedOwn,
        sources: verdict.sources.map((s) => ({ ...s })),
        reason: partner.authenticated
          ? `from ${writer}'s declared ${what} (a source registered here too), about the person's dealing and selling nothing: ${dealing}`
          : `mail from ${writer}'s declared domain (a source registered here too) that failed authentication, about the person's dealing with no fraud cue: ${writer}'s own mail through a mail service most likely, and ${dealing}; check its headers`,
      };
    return {
      verdict: 'legitimate',
      confidence: CONFIDENCE.ownService,
      sources: verdict.sources.map((s) => ({ ...s })),
      reason: `${writer}'s own service message (it writes as ${writer}, a source registered here too; nothing sold, no payment, code or chat asked) from a ${contact.channel === 'email' ? 'mailbox' : 'number'} ${writer} did not declare, its staff's own most likely: ${dealing}; ask ${writer} to confirm the ${contact.channel === 'email' ? 'address' : 'number'}`,
    };
  };

  /**
   * A `leak`/`merge` mail a mailing list delivered (`contact.mailingList`), by what the post
   * proves (`listPost`): `legitimate` for the sources whose own list it is, `untraceable` for a
   * post on another list that asks and sells nothing; `undefined` when it stays evidence.
   */
  const listPosted = (
    contact: Contact,
    verdict: { verdict: string; sources: readonly SourceAttribution[] },
    hits: readonly Hit[],
  ): Omit<StoredContact['result'], 'subjectId' | 'hits'> | undefined => {
    const list = contact.mailingList;
    if (list === undefined || contact.channel !== 'email') return undefined;
    if (verdict.verdict !== 'leak' && verdict.verdict !== 'merge') return undefined;
    const sources = verdict.sources.flatMap(({ sourceId }) => state.sources.get(sourceId) ?? []);
    const post = listPost(list, contact.content ?? '', hits, sources, contact.authenticatedDomains);
    if (post === undefined) return undefined;
    const writer = contact.from === undefined ? 'a member' : `a member (${contact.from})`;
    if (post.kind === 'subscribed')
      return {
        verdict: 'untraceable',
        confidence: CONFIDENCE.untraceable,
        sources: [],
        reason: `a post by ${writer} to the mailing list ${list}, which sent it on to every subscriber: its writer wrote to the list, not to this address, and it asks and sells nothing; that the address is subscribed to the list (by the person, joining with it, or by someone who held it) is all it shows — if the person never joined ${list}, ask its owner where the address came from`,
      };
    const names = post.owners
      .map((id) => state.sources.get(id)?.name ?? id)
      .sort()
      .join(' and ');
    return {
      verdict: 'legitimate',
      confidence: CONFIDENCE.legitimate,
      sources: verdict.sources.filter((s) => post.owners.includes(s.sourceId)).map((s) => ({ ...s })),
      reason: `a post by ${writer} to ${names}'s own mailing list ${list} (under a mail domain it declared), which sent it on to the address the person gave ${names}: its own dealing with its members, not a leak; the writer posted to the list and needed no record of anyone${
        post.names.length > 0
          ? ` (the name ${post.names.join(', ')} in it is a member's word for the person)`
          : ''
      }`,
    };
  };

  const evaluate = (contact: Contact, input: PreparedContact): StoredContact['result'] => {
    // Behind an alias service's relay address, the original sender is judged (`relayedSender`).
    const relayed = contact.channel === 'email' ? relayedSender(contact.from, contact.fromName) : undefined;
    const prepared = relayed ? { ...input, fromDomain: senderDomain(relayed) } : input;
    const match = matchContact(prepared.normalized, state.index);
    // Where the person was: a number written nationally in a message is dialled there.
    const personRegion =
      match.subjectId == null ? undefined : state.index.regionAt(match.subjectId, contact.at.getTime());
    const subject = match.subjectId === null ? undefined : state.subjects.get(match.subjectId);
    // Addressed by name to somebody else and no canary of the person's own revealed: the number's
    // previous holder's contacts, or a wrong pairing on a list (`addressesSomeoneElse`).
    let addressee: string | undefined | null = null;
    const addressedElsewhere = (): string | undefined => {
      if (addressee !== null) return addressee;
      addressee =
        subject !== undefined &&
        contact.content !== undefined &&
        !match.hits.some((h) => h.unguessable || h.kind === 'name')
          ? addressesSomeoneElse(
              contact.content,
              () => subjectNames(subject.id, subject.name),
              subjectAt(subject, contact.at).region,
            )
          : undefined;
      return addressee;
    };
    const verdict = decideVerdict(match.hits, {
      forged: match.forged,
      roleAddress: match.roleAddress,
      premature: match.premature,
      expectedBy: (sourceId) =>
        senderExpected(contact, prepared.fromDomain, sourceId, relayed ?? contact.from),
      sourceName: (sourceId) => state.sources.get(sourceId)?.name,
      via: { channel: contact.channel, from: contact.from },
      fraudCue: (sourceId) => {
        const source = state.sources.get(sourceId);
        return source === undefined ? undefined : impersonationCue(source, contact.content ?? '');
      },
      // A call or text from a declared number: caller ID is spoofed easily, mail is authenticated.
      spoofCue: (sourceId) => {
        const source = state.sources.get(sourceId);
        if (source === undefined || contact.channel === 'email' || contact.content === undefined)
          return undefined;
        // A letter from its own return address carrying another company's offer (an insert, a
        // partner's mailing on its list) is that company's use of the address, not its own letter.
        if (contact.channel === 'mail' && offersForAnotherFirm(source, contact.content))
          return "another company's offer";
        return impersonationCue(source, contact.content, [contact.from ?? '', ...source.expected.phones], {
          declaredSender: true,
        });
      },
      ownService: (sourceId) => {
        const source = state.sources.get(sourceId);
        if (source === undefined) return undefined;
        // A reply quoting the person's own mail (her forward of the source's booking) reads as the
        // source's service message, but its writer had it from her: her thread (below), not a
        // sender of the source's.
        if (personsThread(contact, { verdict: 'leak', sources: [{ sourceId }] }, match.hits) !== undefined)
          return undefined;
        // A courier's notice or a booking addressed by name to somebody else is not the source's
        // service to this person: the previous holder's (below).
        if (addressedElsewhere() !== undefined) return undefined;
        return ownServiceOf(source, contact, relayed, personRegion);
      },
      claimsToBe: (sourceId) => {
        const domain = prepared.fromDomain;
        const source = state.sources.get(sourceId);
        return (
          contact.channel === 'email' &&
          domain !== undefined &&
          source !== undefined &&
          mailSenderDeclared(source, relayed ?? contact.from ?? '') &&
          !senderAuthenticated(domain, contact.authenticatedDomains)
        );
      },
    });
    const other = verdict.verdict === 'leak' ? addressedElsewhere() : undefined;
    if (other !== undefined)
      return {
        verdict: 'noise',
        confidence: CONFIDENCE.noise,
        sources: [],
        reason: `addressed by name to ${other}, not to this person, and no identity issued only to a source was used: the number's previous holder's contacts (a recycled number) or a wrong name on a list, background rather than a leak`,
        subjectId: match.subjectId,
        hits: match.hits,
      };
    const posted = listPosted(contact, verdict, match.hits);
    if (posted !== undefined) return { ...posted, subjectId: match.subjectId, hits: match.hits };
    const brand = brandOwned(contact, prepared.fromDomain, verdict);
    if (brand !== undefined) return { ...brand, subjectId: match.subjectId, hits: match.hits };
    const replied = repliedTo(contact, verdict, match.hits);
    if (replied !== undefined)
      return {
        verdict: 'untraceable',
        confidence: CONFIDENCE.untraceable,
        sources: [],
        reason: `a reply in a thread ${replied}'s own mail started (it quotes a message from ${replied}'s own mail, by its header): the identity reached its writer as a fellow recipient of that mail, not from a third party holding ${replied}'s records`,
        subjectId: match.subjectId,
        hits: match.hits,
      };
    const sender =
      (verdict.verdict === 'leak' || verdict.verdict === 'merge') && subject
        ? protectedSender(contact, subject)
        : undefined;
    if (sender !== undefined && subject) {
      // Spoofing the person's own number or address is how phishers pass spam filters and
      // blocking (the "your account was hacked" mail from yourself): what it asks for, or mail
      // that failed authentication, says a third party sent it. A spoofer writes to the person;
      // mail she wrote to someone else (her Sent folder) is hers whatever it speaks of.
      const toThem =
        contact.to !== undefined &&
        sentBySubject({ ...contact, from: contact.to }, subjectAt(subject, contact.at), state.index);
      const spoof = spoofedOwnSender(contact, prepared.fromDomain, toThem ? verdict.sources : []);
      if (spoof !== undefined)
        return {
          ...verdict,
          reason: `${verdict.reason}; it is sent as if from the person's own ${contact.channel === 'email' ? 'address' : 'number'}, but ${spoof}: spoofed by a third party, not a note to self`,
          subjectId: match.subjectId,
          hits: match.hits,
        };
      return {
        verdict: 'untraceable',
        confidence: verdict.confidence,
        sources: [],
        reason:
          sender === 'self'
            ? `sent from the subject's own number or mailbox (${toThem ? 'a forward, a test, a note to self' : 'mail or a text the person sent to someone else'}): not a third party`
            : 'sent from the number or mailbox of another person protected in this store (a forward among them): not a third party',
        subjectId: match.subjectId,
        hits: match.hits,
      };
    }
    // Her own and her protected relatives' mail is theirs first; a stranger's reply to her alias
    // mail is a fellow recipient's.
    const thread = personsThread(contact, verdict, match.hits);
    if (thread !== undefined)
      return {
        verdict: 'untraceable',
        confidence: CONFIDENCE.untraceable,
        sources: [],
        reason: `a reply in a thread the person's own mail from ${thread} started (it quotes her message, sent from that address): the address reached its writer as a recipient of her mail, not from a third party`,
        subjectId: match.subjectId,
        hits: match.hits,
      };
    const partner = partnerWrote(contact, relayed, verdict, match.hits);
    if (partner !== undefined) return { ...partner, subjectId: match.subjectId, hits: match.hits };
    const note = undeclaredSitesNote(contact, verdict) ?? dealerCueNote(contact, verdict, personRegion);
    if (note !== undefined)
      return {
        ...verdict,
        reason: `${verdict.reason}; ${note}`,
        subjectId: match.subjectId,
        hits: match.hits,
      };
    return { ...verdict, subjectId: match.subjectId, hits: match.hits };
  };

  /** The one source a `leak` with content counts against, which the notes below explain. */
  const soleLeakSource = (
    contact: Contact,
    verdict: { verdict: string; sources: readonly { sourceId: string }[] },
  ): Source | undefined =>
    verdict.verdict !== 'leak' || verdict.sources.length !== 1 || contact.content === undefined
      ? undefined
      : state.sources.get(verdict.sources[0]!.sourceId);

  /**
   * For a `leak` of one source that would read as its own message but for links to domains it
   * did not declare (`undeclaredSitesOnly`): the note saying links are judged by the declared
   * domains, and which to declare if they are its own.
   */
  const undeclaredSitesNote = (
    contact: Contact,
    verdict: { verdict: string; sources: readonly { sourceId: string }[] },
  ): string | undefined => {
    const source = soleLeakSource(contact, verdict);
    if (source === undefined || contact.content === undefined || contact.from === undefined) return undefined;
    const sites = undeclaredSitesOnly(
      source,
      contact.content,
      [contact.from, ...source.expected.phones],
      contact.channel === 'email',
    );
    if (sites.length === 0) return undefined;
    return `it reads as ${source.name}'s own message but links to ${sites.join(', ')}, which ${source.name} did not declare: links are judged by a source's declared domains (a phisher's domain looks as plausible), so it stays evidence; if ${sites.length === 1 ? 'that is' : 'those are'} ${source.name}'s own site, add ${sites.length === 1 ? 'it' : 'them'} to its expected mail domains`;
  };

  /**
   * For a `leak` of one source whose text names the source as its writer (`writesAsSource`) but
   * carries a dealer's cue (`dealerCueOf`): the note naming the cue, so the reader sees why the
   * source's own-message reading was refused.
   */
  const dealerCueNote = (
    contact: Contact,
    verdict: { verdict: string; sources: readonly { sourceId: string }[] },
    personRegion?: string,
  ): string | undefined => {
    const source = soleLeakSource(contact, verdict);
    if (
      source === undefined ||
      contact.content === undefined ||
      contact.from === undefined ||
      !writesAsSource(source, contact.content)
    )
      return undefined;
    const cue = dealerCueOf(source, contact.content, [contact.from, ...source.expected.phones], {
      from: contact.from,
      fromName: contact.fromName,
      regions: [personRegion, defaultRegion],
    });
    return cue === undefined
      ? undefined
      : `it names ${source.name} as its writer but carries a dealer's cue: ${cue}, which ${source.name}'s own messages do not carry, so it stays evidence`;
  };

  /**
   * Whether a contact was sent by a protected person: `self` when by the subject it reached,
   * `other` when by another person of this store (a forward within a family), else `undefined`.
   */
  const protectedSender = (contact: Contact, subject: Subject): 'self' | 'other' | undefined => {
    // Each person's numbers as they were at the contact's time.
    if (sentBySubject(contact, subjectAt(subject, contact.at), state.index)) return 'self';
    if (contact.from === undefined) return undefined;
    for (const other of state.subjects.values())
      if (other.id !== subject.id && sentBySubject(contact, subjectAt(other, contact.at), state.index))
        return 'other';
    return undefined;
  };

  /**
   * Why a contact sent as if from the person's own number or mailbox is a spoof: its mail failed
   * authentication, or it carries an impersonator's ask for one of the sources it reached
   * (`impersonationCue`); `undefined` when it reads as the person's own forward or test.
   */
  const spoofedOwnSender = (
    contact: Contact,
    fromDomain: string | undefined,
    sources: readonly { sourceId: string }[],
  ): string | undefined => {
    if (
      contact.channel === 'email' &&
      fromDomain !== undefined &&
      !senderAuthenticated(fromDomain, contact.authenticatedDomains)
    )
      return 'the mail failed authentication for that address';
    // A forward ("Fwd:", "WG:", 转发) quotes what someone else asked for.
    if (contact.content === undefined || FORWARD.test(contact.content)) return undefined;
    for (const { sourceId } of sources) {
      const source = state.sources.get(sourceId);
      const cue = source === undefined ? undefined : impersonationCue(source, contact.content);
      if (cue !== undefined) return `it carries ${cue}`;
    }
    return undefined;
  };

  // The subject's real name and every name variant issued to a source: a list may address the
  // person by the variant a source was given, or by a slip of it.
  const subjectNames = (subjectId: string, real: string): string[] => {
    const names = [real];
    for (const canary of state.canaries.values())
      if (canary.subjectId === subjectId && canary.name !== undefined) names.push(canary.name);
    return names;
  };

  // The subject a call or text reached, as they were then: the one named, else the holder of the
  // number at that time (rare: only a sub-number caller id asks).
  const subjectReached = (to: string, subjectId: string | undefined, at: Date): Subject | undefined => {
    if (subjectId !== undefined) {
      const named = state.subjects.get(subjectId);
      return named === undefined ? undefined : subjectAt(named, at);
    }
    for (const subject of state.subjects.values()) {
      const then = subjectAt(subject, at);
      if (then.phones.real.includes(to) || then.phones.pool.includes(to)) return then;
    }
    return undefined;
  };

  /**
   * The names of the sources whose own mail a `leak`/`merge` mail replies to (`repliesToOwnMail`),
   * when every source it names is one; `undefined` otherwise.
   */
  const repliedTo = (
    contact: Contact,
    verdict: { verdict: string; sources: readonly { sourceId: string }[] },
    hits: readonly Hit[],
  ): string | undefined => {
    if (verdict.verdict !== 'leak' && verdict.verdict !== 'merge') return undefined;
    if (contact.channel !== 'email' || contact.content === undefined || verdict.sources.length === 0)
      return undefined;
    const names: string[] = [];
    for (const { sourceId } of verdict.sources) {
      const source = state.sources.get(sourceId);
      const own = hits.filter((h) => h.sourceId === sourceId);
      if (
        source === undefined ||
        !repliesToOwnMail(contact.content, own, source.expected.emailDomains, source)
      )
        return undefined;
      names.push(source.name);
    }
    return names.sort().join(', ');
  };

  /**
   * The alias a `leak`/`merge` mail quotes as the sender of the message it replies to
   * (`repliesToPersonsMail`), when it does so for every source it names; `undefined` otherwise.
   */
  const personsThread = (
    contact: Contact,
    verdict: { verdict: string; sources: readonly { sourceId: string }[] },
    hits: readonly Hit[],
  ): string | undefined => {
    if (verdict.verdict !== 'leak' && verdict.verdict !== 'merge') return undefined;
    if (contact.channel !== 'email' || contact.content === undefined || verdict.sources.length === 0)
      return undefined;
    // Her real mailboxes the mail names: a quote header naming one quotes her own mail.
    const mailboxes = hits.filter((h) => h.real && h.kind === 'email').map((h) => h.value);
    // Her own names: a quote header naming her without an address (Exchange) quotes her mail.
    const names = [...new Set(hits.map((h) => state.subjects.get(h.subjectId)?.name))].filter(
      (name) => name !== undefined,
    );
    const aliases = verdict.sources.map(({ sourceId }) =>
      repliesToPersonsMail(
        contact.content!,
        hits.filter((h) => h.sourceId === sourceId),
        mailboxes,
        state.sources.get(sourceId),
        names,
      ),
    );
    return aliases.every((a) => a !== undefined) ? [...new Set(aliases)].join(', ') : undefined;
  };

  /**
   * A `leak` mail from another brand domain of the one source it names (`brandDomainOf`): that
   * source's own at a lower confidence, with a reason asking to add the domain.
   */
  const brandOwned = (
    contact: Contact,
    fromDomain: string | undefined,
    verdict: { verdict: string; confidence: number; sources: readonly SourceAttribution[] },
  ): Omit<StoredContact['result'], 'subjectId' | 'hits'> | undefined => {
    // A source's own message read from an undeclared sender (below `legitimate`'s confidence) is
    // told as its brand domain's too: the more telling reason.
    const own = verdict.verdict === 'legitimate' && verdict.confidence < CONFIDENCE.legitimate;
    if ((verdict.verdict !== 'leak' && !own) || verdict.sources.length !== 1 || contact.channel !== 'email')
      return undefined;
    const source = state.sources.get(verdict.sources[0]!.sourceId);
    if (source === undefined || fromDomain === undefined) return undefined;
    const declared = brandDomainOf(
      fromDomain,
      senderAuthenticated(fromDomain, contact.authenticatedDomains),
      source.expected.emailDomains,
      contact.content ?? '',
    );
    if (declared === undefined) return undefined;
    return {
      verdict: 'legitimate',
      confidence: CONFIDENCE.claimedOwn,
      sources: verdict.sources.map((s) => ({ ...s })),
      reason: `authenticated mail from ${fromDomain}, a domain carrying the name of ${source.name}'s declared ${declared}, asking for nothing: most likely ${source.name}'s own brand domain, not a leak on its own; add ${fromDomain} to its expected mail domains if it is`,
    };
  };

  const prepare = async (input: unknown): Promise<{ contact: Contact; prepared: PreparedContact }> => {
    const prepared = prepareContact(
      input,
      (subjectId, to, at = clock()) =>
        subjectId === undefined
          ? nationalRegion(to, at.getTime())
          : (state.index.regionAt(subjectId, at.getTime()) ?? defaultRegion),
      contentLimit,
      (to, subjectId, at) => subjectReached(to, subjectId, at)?.phones.subNumbers,
      (e164, at) => heldOwners(e164, at.getTime()).length > 0,
    );
    refuseFuture('at', prepared.contact.at);
    const { subjectId, toKey } = prepared.normalized;
    if (subjectId !== undefined && !state.subjects.has(subjectId)) {
      throw validationError('subjectId', 'not_found', `no subject ${subjectId}`);
    }
    if (subjectId !== undefined && toKey !== undefined)
      refuseOtherSubject(subjectId, toKey, prepared.contact.to, prepared.contact.at.getTime());
    const id = prepared.contact.id ?? (await contentHashId(prepared.contact, subjectId));
    return { contact: { ...prepared.contact, id }, prepared };
  };

  /** The owners of an exact key at an instant: a number only while its subject held it. */
  const heldOwners = (key: string, at: number): readonly FieldOwner[] =>
    state.index
      .lookup(key)
      .filter((o) => o.kind !== 'phone' || state.index.holdsAt(o.subjectId, o.value, at));

  /**
   * The region a number written without a country code is read in when no `subjectId` says
   * whose it is: the default region while every person of the store lives there; otherwise the
   * region in which it reads as a line some person holds (a German `015112345601` is Anna's
   * `+4915112345601`, not a Chinese mobile). Readings that are several people's lines, or that
   * differ and are nobody's, are refused (`ambiguous_number`): the default region would file the
   * contact against another person's source.
   */
  const nationalRegion = (
    to: { readonly channel: string; readonly value?: string | undefined } | undefined,
    at: number,
  ): string => {
    const value = to?.value?.trim();
    if (value === undefined) return defaultRegion;
    const regions = new Set<string>([defaultRegion]);
    for (const subject of state.subjects.values()) regions.add(state.index.regionAt(subject.id, at)!);
    if (regions.size === 1) return defaultRegion;
    // A number in international form, or an address: the region of the person it reached, so a
    // German person's callers in national form (`0176 12345670`) are German numbers.
    if (to!.channel !== 'call' && to!.channel !== 'sms') return regionOfHolder(to!.channel, value, at);
    if (/^(?:\+|＋|00)/u.test(value)) return regionOfHolder(to!.channel, value, at);
    const readings = new Map<string, string>();
    const held = new Map<string, string>();
    for (const region of regions) {
      const phone = parsePhone(value, region);
      if (!phone) continue;
      const key = phoneKey(phone);
      if (!readings.has(key)) readings.set(key, region);
      if (!held.has(key) && heldOwners(key, at).length > 0) held.set(key, region);
    }
    if (held.size === 1) return [...held.values()][0]!;
    if (held.size === 0 && readings.size <= 1) return defaultRegion;
    const list = [...(held.size > 1 ? held : readings)]
      .map(([key, region]) => `${key} in ${region}`)
      .join(', ');
    throw validationError(
      'to',
      'ambiguous_number',
      `${JSON.stringify(value)} has no country code and reads as ${list}${held.size > 1 ? ', each a line of a person of this store' : ', none a line of a person of this store'}: write it in international form (+…) or pass subjectId`,
    );
  };

  /**
   * The region of the one person whose line or address `value` is (an issued identity, a pool or
   * real number, an alias space or one of their mailboxes); the default region when it is nobody's
   * or the people holding it live in several regions.
   */
  const regionOfHolder = (channel: string, value: string, at: number): string => {
    const holders = new Set<string>();
    if (channel === 'email') {
      const parts = parseEmail(writtenAddress(value));
      if (!parts) return defaultRegion;
      const address = `${parts.local}@${parts.domain}`;
      for (const owner of state.index.lookup(emailKey(parts))) holders.add(owner.subjectId);
      const spaceOwner = state.index.aliasSpaceOwner(address);
      if (spaceOwner !== undefined) holders.add(spaceOwner);
      for (const subject of state.subjects.values())
        if (subject.emails.some((e) => e.address.toLowerCase() === address)) holders.add(subject.id);
    } else {
      const phone = parsePhone(value, defaultRegion);
      if (!phone) return defaultRegion;
      const key = phoneKey(phone);
      for (const owner of heldOwners(key, at)) holders.add(owner.subjectId);
    }
    const found = new Set([...holders].flatMap((id) => state.index.regionAt(id, at) ?? []));
    return found.size === 1 ? [...found][0]! : defaultRegion;
  };

  /**
   * `subjectId` is a hint: a contact that reached another person's identity is refused
   * (`subject_mismatch`), never judged against the wrong person's identities and filed in their
   * report.
   */
  const refuseOtherSubject = (subjectId: string, toKey: string, to: string | undefined, at: number): void => {
    const owners = new Set(heldOwners(toKey, at).map((o) => o.subjectId));
    const spaceOwner = to === undefined ? undefined : state.index.aliasSpaceOwner(to);
    if (spaceOwner !== undefined) owners.add(spaceOwner);
    if (owners.size === 0 || owners.has(subjectId)) return;
    const other = [...owners][0]!;
    throw validationError(
      'subjectId',
      'subject_mismatch',
      `the contact reached ${to ?? toKey}, an identity of ${state.subjects.get(other)?.name ?? other} (${other}), not of ${state.subjects.get(subjectId)?.name ?? subjectId}: record it for ${other} or without subjectId`,
    );
  };

  /**
   * A time after the present (plus FUTURE_TOLERANCE_MS of skew) is a typo (2031 for 2026) or a
   * zone mistake: it would date a first leak or an issue years ahead. Refused with `in_future`,
   * as the importers refuse such a record (`future_time`). The present is the later of the
   * tracer's clock and the system clock: a clock set back (a replay of a recorded history, a
   * simulation) still records its days, and no clock lets a date past today in.
   */
  const refuseFuture = (field: string, at: Date): void => {
    const now = Math.max(clock().getTime(), Date.now());
    if (at.getTime() > now + FUTURE_TOLERANCE_MS)
      throw validationError(
        field,
        'in_future',
        `${at.toISOString()} is after now (${new Date(now).toISOString()}) by more than ${FUTURE_TOLERANCE_MS / 60_000} minutes of clock skew: a mistyped date or a local time read in the wrong zone?`,
      );
  };

  const storeFailure = (error: unknown): never => {
    if (error instanceof LeaktraceError) throw error;
    throw new StoreError(store.name, (error as Error)?.message ?? String(error), { cause: error });
  };

  /**
   * Makes the state reflect the store: one read of its change token, and a full reload when
   * another process (or another tracer on the store) wrote since. Concurrent callers share one
   * reload; the new state is swapped in whole.
   */
  const refresh = async (): Promise<void> => {
    if (store.changeToken === undefined) return;
    if (reloading !== undefined) return reloading;
    const token = await store.changeToken().catch(storeFailure);
    if (token === state.token) return;
    reloading ??= loadState(store)
      .then((loaded) => {
        state = loaded;
      }, storeFailure)
      .finally(() => {
        reloading = undefined;
      });
    return reloading;
  };

  /** One identity write, planned against a fresh state: what to store, and what it adds. */
  interface IdentityPlan<T> {
    readonly value: T;
    /** Stores the value under the guard. */
    readonly write: (guard: WriteGuard | undefined) => Promise<WriteResult>;
    /** Adds the stored value to the state it was planned on. */
    readonly apply: (state: TracerState) => void;
    /** The typed error for a value the store says another holder has. */
    readonly refuse?: (conflict: ConflictError) => LeaktraceError | undefined;
    /** The store already holds the value (an idempotent call): nothing is written. */
    readonly unchanged?: boolean;
  }
  // Another process writing all the time could starve a writer: fresh starts are retried with
  // jittered exponential backoff (10 ms doubling to 1 s, "full jitter" as in AWS's
  // "Exponential Backoff and Jitter", 2015) until this long has passed, then the write fails as
  // busy. Eight processes issuing at once on PostgreSQL settle within a few seconds.
  const BUSY_DEADLINE_MS = 60_000;
  const backoff = (attempt: number): Promise<void> =>
    new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1_000, 10 * 2 ** attempt)));

  /**
   * Writes a subject, source or canary so that no other process can have changed the store
   * between the checks and the write: the state is refreshed, the write planned on it (the
   * plan throws the typed error one tracer gives, e.g. `phone_taken`), and stored guarded by
   * the state's change token. When another process wrote in between, the store refuses it
   * (`stale`) and the whole decision is made again on the new state.
   */
  async function identityWrite<T>(plan: (state: TracerState) => IdentityPlan<T>): Promise<T> {
    const deadline = Date.now() + BUSY_DEADLINE_MS;
    for (let attempt = 0; ; attempt++) {
      await refresh();
      const planned = state;
      const { value, write, apply, refuse, unchanged } = plan(planned);
      if (unchanged === true) return value;
      let token: WriteResult;
      try {
        token = await write(planned.token === undefined ? undefined : { expect: planned.token });
      } catch (error) {
        // Another process wrote since the plan (stale), or the database gave up a lock wait or
        // a serialisation (busy): the decision is made again on the new state, after a pause.
        const busy = isStoreError(error) && error.reason === 'busy';
        if ((isConflictError(error) && error.reason === 'stale') || busy) {
          if (Date.now() < deadline) {
            await backoff(attempt);
            continue;
          }
          throw new StoreError(store.name, 'other processes kept changing the store; try again', {
            cause: error,
            reason: 'busy',
          });
        }
        const refused = isConflictError(error) ? refuse?.(error) : undefined;
        if (refused) throw refused;
        return storeFailure(error);
      }
      if (state === planned) {
        apply(planned);
        if (typeof token === 'string') planned.token = token;
      } else await refresh();
      return value;
    }
  }

  const events = createEventHub();
  const cases = createCaseService({
    store,
    clock,
    newId,
    getSubject: (id) => state.subjects.get(id),
    getSource: (id) => state.sources.get(id),
    listSources: () => [...state.sources.values()],
    listCanaries: () => [...state.canaries.values()],
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
    const others = [...state.subjects.values()].filter((s) => s.id !== subjectId);
    if (others.length === 0) return proven;
    const analysis = analyzeContacts(
      {
        subjects: others,
        sources: [...state.sources.values()],
        canaries: [...state.canaries.values()].filter((c) => c.subjectId !== subjectId),
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

  /** A new id with the prefix, never one the state already holds (two tracers may share a seed). */
  const freshId = (prefix: string, taken: ReadonlyMap<string, unknown>): string => {
    for (;;) {
      const id = `${prefix}_${newId()}`;
      if (!taken.has(id)) return id;
    }
  };

  const newCanaryPlan = (
    canary: Canary,
    refuse: (conflict: ConflictError) => LeaktraceError | undefined,
  ): IdentityPlan<Canary> => ({
    value: canary,
    write: (guard) => store.putCanary(canary, guard),
    apply: (s) => stateAddCanary(s, canary),
    refuse,
  });

  /**
   * Judges again, with the sources as they are now, every stored contact that reached an identity
   * of `sourceId`: each read back from what was stored (its id kept, so it replaces itself).
   */
  async function rejudgeContacts(sourceId: string): Promise<{ rejudged: number; changed: number }> {
    if (store.replaceContacts === undefined) return { rejudged: 0, changed: 0 };
    const before = new Map<string, string>();
    const inputs: ContactInput[] = [];
    for await (const { contact, result } of store.listContacts()) {
      if (!result.sources.some((s) => s.sourceId === sourceId)) continue;
      before.set(contact.id, result.verdict);
      inputs.push(storedAsInput(contact, result.subjectId));
    }
    if (inputs.length === 0) return { rejudged: 0, changed: 0 };
    await tracer.recordMany(inputs, { replace: true });
    let changed = 0;
    for (const [id, verdict] of before)
      if ((await store.getContact(id))?.result.verdict !== verdict) changed++;
    return { rejudged: inputs.length, changed };
  }

  /** The change token each contact of a `recordMany` call was judged on (see `settleJudged`). */
  const judgedOn = new WeakMap<Contact, ChangeToken | undefined>();

  /**
   * Judges again the records just stored that were judged on an older view of the sources,
   * subjects and canaries than the store holds now: another process changed them between the
   * judgement and the write (an `updateSource` declaring the sender, whose own judging again
   * read the stored contacts before these were stored), so no later step would read them again.
   * Each is replaced by its new judgement; records judged on the store's current view are
   * returned as they are. Repeated while the store keeps changing, a few times at most.
   *
   * @param records - Records just stored.
   * @param tokenOf - The change token each was judged on.
   * @returns The records as stored now, in the same order.
   */
  async function settleJudged(
    records: readonly StoredContact[],
    tokenOf: (record: StoredContact) => ChangeToken | undefined,
  ): Promise<StoredContact[]> {
    const out = [...records];
    if (store.changeToken === undefined || store.replaceContacts === undefined) return out;
    const tokens = out.map(tokenOf);
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      const now = await store.changeToken().catch(storeFailure);
      const stale = out.flatMap((_, i) => (tokens[i] === now ? [] : [i]));
      if (stale.length === 0) break;
      await refresh();
      const current = state.token;
      const changed: StoredContact[] = [];
      for (const i of stale) {
        const { contact, result } = out[i]!;
        const { contact: again, prepared } = await prepare(storedAsInput(contact, result.subjectId));
        const next = { contact: again, result: evaluate(again, prepared) };
        tokens[i] = current;
        if (JSON.stringify(next.result) === JSON.stringify(result)) continue;
        out[i] = next;
        changed.push(next);
      }
      if (changed.length > 0) await store.replaceContacts(changed).catch(storeFailure);
    }
    return out;
  }

  const tracer: Tracer = {
    ...tracerCases(cases, events),
    addSubject: (input) =>
      serial(async () => {
        const data = parseSubjectInput(input, defaultRegion);
        const phoneTaken = (index: number) =>
          validationError(`phones.pool[${index}]`, 'phone_taken', "is already in another subject's pool");
        const createdAt = clock();
        return identityWrite((current) => {
          const id = data.id ?? freshId('sub', current.subjects);
          if (current.subjects.has(id))
            throw validationError('id', 'conflict', `subject ${id} already exists`);
          const taken = data.phones.pool.findIndex((n) => current.poolOwners.has(n));
          if (taken >= 0) throw phoneTaken(taken);
          const overlap = subjectOverlap(data, current.subjects.values());
          if (overlap) throw validationError(overlap.path, overlap.code, overlap.message);
          const subject: Subject = { ...data, id, createdAt };
          return {
            value: subject,
            write: (guard) => store.putSubject(subject, guard),
            apply: (s) => stateAddSubject(s, subject),
            refuse: (conflict) => {
              const index = data.phones.pool.findIndex((n) => conflict.key === `pool:${n}`);
              if (index >= 0) return phoneTaken(index);
              return conflict.reason === 'exists'
                ? validationError('id', 'conflict', `subject ${id} already exists`)
                : undefined;
            },
          };
        });
      }),

    updateSubject: (id, update) =>
      serial(async () => {
        const subjectId = parseInput(idSchema, id, 'id');
        const write = store.updateSubject?.bind(store);
        if (write === undefined)
          throw new ConfigError(`[leaktrace] the ${store.name} store cannot update subjects`);
        const phoneTaken = (index: number) =>
          validationError(`phones.pool[${index}]`, 'phone_taken', "is already in another subject's pool");
        const updated = await identityWrite((current) => {
          const subject = current.subjects.get(subjectId);
          if (!subject) throw validationError('id', 'not_found', `no subject ${subjectId}`);
          const { at, details } = parseSubjectUpdate(subject, update);
          refuseFuture('at', at);
          const taken = details.phones.pool.findIndex(
            (n) => (current.poolOwners.get(n) ?? subjectId) !== subjectId,
          );
          if (taken >= 0) throw phoneTaken(taken);
          const overlap = subjectOverlap({ ...subject, ...details, emails: [] }, current.subjects.values());
          if (overlap) throw validationError(overlap.path, overlap.code, overlap.message);
          const next = withChange(subject, details, at);
          return {
            value: next,
            write: (guard) => write(next, guard),
            // The index holds every number of every period: it is rebuilt from the store below.
            apply: () => undefined,
            refuse: (conflict) => {
              const index = details.phones.pool.findIndex((n) => conflict.key === `pool:${n}`);
              if (index >= 0) return phoneTaken(index);
              return conflict.reason === 'missing'
                ? validationError('id', 'not_found', `no subject ${subjectId}`)
                : undefined;
            },
          };
        });
        state = await loadState(store).catch(storeFailure);
        return updated;
      }),

    addSource: (input) =>
      serial(async () => {
        const { allowDuplicateName, ...data } = parseSourceInput(input, defaultRegion);
        const createdAt = clock();
        const key = sourceNameKey(data.name);
        return identityWrite((current) => {
          const id = data.id ?? freshId('src', current.sources);
          const exists = () => validationError('id', 'conflict', `source ${id} already exists`);
          if (current.sources.has(id)) throw exists();
          // One registrant is one source: a second one of the same name splits its findings.
          // Its other names too: `锦江饭店` added beside `上海锦江饭店`, which goes by it, is the same.
          const same = allowDuplicateName
            ? undefined
            : [...current.sources.values()].find((s) =>
                [s.name, ...(s.otherNames ?? [])].some((n) => sourceNameKey(n) === key),
              );
          if (same) {
            throw validationError(
              'name',
              'name_taken',
              sourceNameKey(same.name) === key
                ? `source ${same.id} is already named ${JSON.stringify(same.name)}: use it, or pass allowDuplicateName: true`
                : `source ${same.id} (${JSON.stringify(same.name)}) goes by ${JSON.stringify(data.name)}: use it, or pass allowDuplicateName: true`,
            );
          }
          refuseBorrowedNames(data.otherNames ?? [], current, { name: data.name });
          refuseSubjectPhones(data.expected.phones, current);
          const source: Source = { ...data, id, createdAt };
          return {
            value: source,
            write: (guard) => store.putSource(source, guard),
            apply: (s) => s.sources.set(id, source),
            refuse: (conflict) => (conflict.reason === 'exists' ? exists() : undefined),
          };
        });
      }),

    updateSource: async (id, update) => {
      const sourceId = parseInput(idSchema, id, 'id');
      const write = store.updateSource?.bind(store);
      if (write === undefined)
        throw new ConfigError(`[leaktrace] the ${store.name} store cannot update sources`);
      const notFound = () => validationError('id', 'not_found', `no source ${sourceId}`);
      const source = await serial(() =>
        identityWrite((current) => {
          const stored = current.sources.get(sourceId);
          if (!stored) throw notFound();
          const { source: next, added } = parseSourceUpdate(stored, update, defaultRegion);
          // Valid once parsed: its names and numbers at the indices the caller wrote them.
          refuseBorrowedNames(update.otherNames ?? [], current, stored, sourceId);
          refuseSubjectPhones(added.expected.phones, current);
          return {
            value: next,
            write: (guard) => write(next, guard),
            apply: (s) => s.sources.set(sourceId, next),
            refuse: (conflict) => (conflict.reason === 'missing' ? notFound() : undefined),
          };
        }),
      );
      return { source, ...(await rejudgeContacts(sourceId)) };
    },

    issue: (request) =>
      serial(async () => {
        const data = parseInput(canaryRequestSchema, request);
        const issuedAt = data.at ?? clock();
        refuseFuture('at', issuedAt);
        return identityWrite((current) => {
          const subject = current.subjects.get(data.subjectId);
          if (!subject) throw validationError('subjectId', 'not_found', `no subject ${data.subjectId}`);
          if (data.sourceId !== null && !current.sources.has(data.sourceId)) {
            throw validationError('sourceId', 'not_found', `no source ${data.sourceId}`);
          }
          const canary = composeCanary(data.fields, {
            // The pool, region and address in force when it is issued.
            subject: subjectAt(subject, issuedAt),
            sourceId: data.sourceId,
            ledger: current.ledgers.get(subject.id)!,
            random,
            nextTag,
            id: freshId('can', current.canaries),
            issuedAt,
          });
          return newCanaryPlan(canary, (conflict) => canaryClaimRefusal(canary, conflict));
        });
      }),

    adopt: (request) =>
      serial(async () => {
        const data = parseInput(adoptRequestSchema, request);
        const issuedAt = data.at ?? clock();
        refuseFuture('at', issuedAt);
        return identityWrite((current) => {
          const subject = current.subjects.get(data.subjectId);
          if (!subject) throw validationError('subjectId', 'not_found', `no subject ${data.subjectId}`);
          const source = current.sources.get(data.sourceId);
          if (!source) throw validationError('sourceId', 'not_found', `no source ${data.sourceId}`);
          const canary = adoptCanary(data, {
            subject,
            source,
            ledger: current.ledgers.get(subject.id)!,
            id: freshId('can', current.canaries),
            issuedAt,
            undated: data.at === undefined,
          });
          return newCanaryPlan(canary, (conflict) =>
            conflict.reason === 'claimed'
              ? validationError('email', 'conflict', `${data.email} is already a canary of this subject`)
              : undefined,
          );
        });
      }),

    retire: (canaryId, retireOptions) =>
      serial(async () => {
        const id = parseInput(idSchema, canaryId, 'canaryId');
        const { at: given } = parseInput(
          retireOptionsSchema,
          retireOptions === undefined ? {} : retireOptions,
          'options',
        );
        const at = given ?? clock();
        refuseFuture('options.at', at);
        return identityWrite((current) => {
          const canary = current.canaries.get(id);
          if (!canary) throw validationError('canaryId', 'not_found', `no canary ${id}`);
          // The first retirement stands: retiring again returns it unchanged, whatever `at`.
          if (canary.retiredAt !== undefined) {
            return { value: canary, unchanged: true, write: async () => undefined, apply: () => undefined };
          }
          if (at.getTime() < canary.issuedAt.getTime()) {
            throw validationError(
              'options.at',
              'before_issue',
              `${at.toISOString()} is before the canary was issued (${canary.issuedAt.toISOString()})`,
            );
          }
          const retired: Canary = { ...canary, retiredAt: at };
          return {
            value: retired,
            write: (guard) => store.putCanary(retired, guard),
            apply: (s) => s.canaries.set(id, retired),
          };
        });
      }),

    async record(input) {
      await refresh();
      const { contact, prepared } = await prepare(input);
      const existing = await store.getContact(contact.id).catch(storeFailure);
      if (existing) return { contact: existing.contact, duplicate: true, ...existing.result };
      const token = state.token;
      const result = evaluate(contact, prepared);
      const [inserted] = await store.appendContacts([{ contact, result }]).catch(storeFailure);
      if (!inserted) {
        const stored = (await store.getContact(contact.id).catch(storeFailure))!;
        return { contact: stored.contact, duplicate: true, ...stored.result };
      }
      const [settled] = await settleJudged([{ contact, result }], () => token);
      await cases.onContacts([settled!]);
      return { contact: settled!.contact, duplicate: false, ...settled!.result };
    },

    recordMany: (items, manyOptions) =>
      recordMany(
        {
          store,
          storeFailure,
          refresh,
          onInserted: async (records) =>
            cases.onContacts(await settleJudged(records, (r) => judgedOn.get(r.contact))),
          prepare: async (item) => {
            const { contact, prepared } = await prepare(item);
            judgedOn.set(contact, state.token);
            return { contact, result: evaluate(contact, prepared) };
          },
        },
        items,
        manyOptions,
      ),

    label: (input) =>
      serial(async () => {
        const data = parseLabelInput(input, defaultRegion);
        await refresh();
        const id = data.id ?? `lbl_${newId()}`;
        if (state.labels.has(id)) throw validationError('id', 'conflict', `label ${id} already exists`);
        const label: Label = {
          id,
          callers: data.callers,
          ...(data.name === undefined ? {} : { name: data.name }),
          createdAt: clock(),
        };
        await store.putLabel(label).catch((error: unknown) => {
          // Another process stored this id a moment ago: the typed error one tracer gives.
          if (isConflictError(error) && error.reason === 'exists')
            throw validationError('id', 'conflict', `label ${id} already exists`);
          return storeFailure(error);
        });
        state.labels.set(id, label);
        return label;
      }),

    unlabel: (labelId) =>
      serial(async () => {
        const id = parseInput(idSchema, labelId);
        await refresh();
        const existed = await store.deleteLabel(id).catch(storeFailure);
        state.labels.delete(id);
        return existed;
      }),

    listLabels: () => [...state.labels.values()],

    async analyze(request, analysisOptions) {
      const query = parseInput(analyzeRequestSchema, request === undefined ? {} : request);
      const settings = parseConfig(
        analyzeOptionsSchema,
        analysisOptions === undefined ? {} : analysisOptions,
      ) as AnalysisOptions;
      await refresh();
      // One state for the whole analysis, whatever another process writes meanwhile.
      const current = state;
      if (query.subjectId !== undefined && !current.subjects.has(query.subjectId)) {
        throw validationError('subjectId', 'not_found', `no subject ${query.subjectId}`);
      }
      const inScope = (subjectId: string): boolean =>
        query.subjectId === undefined || subjectId === query.subjectId;
      const withLabels = { ...settings, labels: [...current.labels.values(), ...(settings.labels ?? [])] };
      // One subject's analysis still measures the background on every subject's lines, and
      // takes as known causes the sources proven leaked on the other subjects: one read of the
      // period's contacts serves all three.
      const { subjectId: _subject, ...period } = query;
      const until = query.to ?? clock();
      const run = async (window: typeof period, wholeHistory?: ReadonlyMap<string, SourceStatus>) => {
        const contacts: StoredContact[] = [];
        const noise: StoredContact[] = [];
        const others: StoredContact[] = [];
        for await (const c of store.listContacts(window)) {
          if (query.subjectId === undefined || c.result.subjectId === query.subjectId) contacts.push(c);
          else others.push(c);
          if (c.result.verdict === 'noise') noise.push(c);
        }
        let backgroundScope: BackgroundScope | undefined;
        let provenElsewhere: Map<string, number> | undefined;
        if (query.subjectId !== undefined) {
          backgroundScope = {
            subjects: [...current.subjects.values()],
            canaries: [...current.canaries.values()],
            contacts: noise,
          };
          provenElsewhere = leakersProvenOnOthers(query.subjectId, others, window, withLabels);
        }
        return analyzeContacts(
          {
            subjects: [...current.subjects.values()].filter((s) => inScope(s.id)),
            sources: [...current.sources.values()],
            canaries: [...current.canaries.values()].filter((c) => inScope(c.subjectId)),
            contacts,
            from: window.from,
            until,
            backgroundScope,
            provenElsewhere,
            wholeHistory,
          },
          withLabels,
        );
      };
      // A window's statuses are capped at the whole history's (a storm inside one day is no
      // rarer than over the whole period): the history up to `to` is analysed first.
      const { from: _from, ...history } = period;
      const wholeHistory =
        period.from === undefined
          ? undefined
          : new Map((await run(history)).sources.map((s) => [s.sourceId, s.status] as const));
      const analysis = await run(period, wholeHistory);
      await cases.onAnalysis(analysis, query.to ?? clock());
      return analysis;
    },
    getSubject: (id) => state.subjects.get(id),
    listSubjects: () => [...state.subjects.values()],
    getSource: (id) => state.sources.get(id),
    listSources: () => [...state.sources.values()],
    listCanaries: (subjectId) =>
      [...state.canaries.values()].filter((c) => subjectId === undefined || c.subjectId === subjectId),
    async *listContacts(query) {
      yield* store.listContacts(parseInput(contactQuerySchema, query === undefined ? {} : query));
    },
    refresh: () => serial(refresh),
    close: () => store.close(),
  };
  return tracer;
}
