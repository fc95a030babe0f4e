import { pushTo } from '../_internal/collections.js';
import { sha256Hex } from '../_internal/hash.js';
import { createSerialQueue } from '../_internal/serial-queue.js';
import { CaseExistsError, StoreError, validationError } from '../errors.js';
import { idSchema, parseInput } from '../schemas/common.js';
import { findOrAddSource, type SourceInput, sourceNameKey } from '../schemas/source.js';
import type { ContactQuery, StoredContact } from '../stores/store.js';
import type { Analysis } from '../trace/analyze.js';
import type { Canary, Contact, Source, Subject } from '../types.js';
import { refusedBy, unansweredRequests } from './answered.js';
import { caseEvidence } from './case-evidence.js';
import {
  asOfSchema,
  type CaseQuery,
  type CloseCaseInput,
  caseQuerySchema,
  closeCaseSchema,
  type LogLetterInput,
  type LogReplyInput,
  logLetterSchema,
  logReplySchema,
  type OpenCaseInput,
  openCaseSchema,
} from './case-input.js';
import type {
  Case,
  CaseCanary,
  CaseIdentifier,
  CaseLetter,
  CaseRecord,
  CaseReply,
  CaseTarget,
  NamedParty,
} from './case-model.js';
import { caseStanding } from './case-status.js';
import { caseDeadline, caseTimeZone } from './deadlines.js';
import type { EventHub, TracerEvent } from './events.js';
import { namesOwnGroup, namesPerson, nextHopCase, resolveParty } from './next-hop.js';

/** What the cases need of a store. */
export interface CaseStore {
  /** The store's name, for errors. */
  readonly name?: string;
  /**
   * Stores a case, or replaces it; with `expectedRevision`, only over the stored case at that
   * revision (compare-and-swap). Says whether it was written.
   */
  putCase(record: CaseRecord, expectedRevision?: number | 'new'): Promise<boolean>;
  /** Every case, oldest first. */
  listCases(): Promise<CaseRecord[]>;
  /** Marks notices given; says per key whether it is new (so each event fires once per store). */
  markNotices(keys: readonly string[], at: Date): Promise<boolean[]>;
  /** Contacts in time order. */
  listContacts(query?: ContactQuery): AsyncIterable<StoredContact>;
  /** One contact by id. */
  getContact(id: string): Promise<StoredContact | undefined>;
}

/** What the cases need of the tracer around them. */
export interface CaseServiceDeps {
  readonly store: CaseStore;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly getSubject: (id: string) => Subject | undefined;
  readonly getSource: (id: string) => Source | undefined;
  readonly listSources: () => Source[];
  readonly listCanaries: () => Canary[];
  /** Adds a source (the tracer's own `addSource`, validated and serialised there). */
  readonly addSource: (input: SourceInput) => Promise<Source>;
  /** Whether a contact came from one of a source's declared senders. */
  readonly senderExpected: (contact: Contact, sourceId: string) => boolean;
  readonly events: EventHub;
  /** Maps a store failure to a typed error. */
  readonly storeFailure: (error: unknown) => never;
}

/** The cases of a tracer: the provenance walk, its evidence and its events. */
export interface CaseService {
  open(input: OpenCaseInput): Promise<Case>;
  logLetter(caseId: string, input: LogLetterInput): Promise<Case>;
  logReply(caseId: string, input: LogReplyInput): Promise<Case>;
  close(caseId: string, input?: CloseCaseInput): Promise<Case>;
  get(caseId: string, options?: { at?: Date | string | number }): Promise<Case | undefined>;
  list(query?: CaseQuery): Promise<Case[]>;
  check(options?: { at?: Date | string | number }): Promise<TracerEvent[]>;
  onContacts(records: readonly StoredContact[]): Promise<void>;
  onAnalysis(analysis: Analysis, at: Date): Promise<void>;
}

const USED = new Set(['leak', 'merge']);

/** Whether two targets are one party: the same source, or the same company name. */
function sameTarget(a: CaseTarget, b: CaseTarget): boolean {
  return a.kind === 'source'
    ? b.kind === 'source' && a.sourceId === b.sourceId
    : b.kind === 'actor' && sourceNameKey(a.name) === sourceNameKey(b.name);
}

/**
 * A case as it stood at `at`: the letters and replies logged by then, closed only if it was. A
 * case read as of a past date never shows what happened after it.
 */
/** The issue time of an undated canary when a case compares times: before anything. */
const UNDATED = new Date(-8.64e15);

function recordAsOf(record: CaseRecord, at: Date, canaries: readonly Canary[] = []): CaseRecord {
  const { closedAt, ...rest } = record;
  // An identity handed over after `at` was not yet held: not watched, not listed.
  // An undated alias (adopted without a creation date) was held before it was adopted.
  const later = new Set(canaries.filter((c) => !c.undated && c.issuedAt > at).map((c) => c.id));
  const kept = record.canaries.filter((c) => !(c.how === 'issued' && later.has(c.canaryId)));
  const held = new Set(
    canaries
      .filter((c) => kept.some((k) => k.canaryId === c.id))
      .flatMap((c) => c.fields.map((f) => `${f.kind}\u0000${f.value}`)),
  );
  const laterValues = new Set(
    canaries.filter((c) => later.has(c.id)).flatMap((c) => c.fields.map((f) => `${f.kind}\u0000${f.value}`)),
  );
  return {
    ...rest,
    canaries: kept,
    identifiers: record.identifiers.filter(
      (i) => !laterValues.has(`${i.kind}\u0000${i.value}`) || held.has(`${i.kind}\u0000${i.value}`),
    ),
    letters: record.letters.filter((l) => l.at <= at),
    replies: record.replies.filter((r) => r.at <= at),
    ...(closedAt !== undefined && closedAt <= at ? { closedAt } : {}),
  };
}

/**
 * How many times a case write is tried again after another process wrote the case first. Each
 * lost race means someone else's write went through, so this bounds a storm, not a wait.
 */
const MAX_ATTEMPTS = 64;

/** How far ahead of the tracer's clock a case date may be (a clock read a moment early). */
const CLOCK_SLACK_MS = 60_000;
/**
 * The longest a letter may take to arrive: a request "received" later than this after it was
 * sent is a typo (a wrong year), not post. International registered post takes days to weeks.
 */
const MAX_TRANSIT_DAYS = 60;
const MAX_TRANSIT_MS = MAX_TRANSIT_DAYS * 86_400_000;

/** What a write to a case makes of it: the case itself, and the next-hop cases it opens. */
interface CaseChange {
  readonly next: CaseRecord;
  readonly children?: readonly CaseRecord[];
}

/**
 * Creates the case service a tracer wires in: validation, the stored records, the derived view
 * (status, deadline, contradictions, non-compliance, the walk) and the events. Case writes run
 * one at a time, in their own queue.
 *
 * @param deps - The tracer's store, clock, ids, lookups and event hub.
 * @returns The service.
 */
export function createCaseService(deps: CaseServiceDeps): CaseService {
  const { store, events } = deps;
  const serial = createSerialQueue();
  const records = (): Promise<CaseRecord[]> => store.listCases().catch(deps.storeFailure);
  const put = (record: CaseRecord, expectedRevision?: number | 'new'): Promise<boolean> =>
    store.putCase(record, expectedRevision).catch(deps.storeFailure);

  const contactsOf = async (subjectIds: Iterable<string>): Promise<Map<string, StoredContact[]>> => {
    const out = new Map<string, StoredContact[]>();
    for (const subjectId of new Set(subjectIds)) {
      const list: StoredContact[] = [];
      for await (const c of store.listContacts({ subjectId })) list.push(c);
      out.set(subjectId, list);
    }
    return out;
  };

  const fromTarget =
    (target: CaseTarget) =>
    (contact: Contact): boolean =>
      target.kind === 'source'
        ? deps.senderExpected(contact, target.sourceId)
        : contact.from !== undefined && target.callers.includes(contact.from);

  const view = (
    stored: CaseRecord,
    all: readonly CaseRecord[],
    contacts: Map<string, StoredContact[]>,
    at: Date,
    asOf = false,
  ): Case => {
    // Read as of a date the caller gave: nothing logged after it. Otherwise every entry, also one
    // logged ahead of the clock.
    const record = asOf ? recordAsOf(stored, at, deps.listCanaries()) : stored;
    const deadline = caseDeadline(record);
    const own = record.subjectIds.flatMap((s) => contacts.get(s) ?? []);
    own.sort((a, b) => a.contact.at.getTime() - b.contact.at.getTime());
    const evidence = caseEvidence({
      record,
      deadline,
      contacts: own,
      fromTarget: fromTarget(record.target),
      at,
      issuedAt: new Map(deps.listCanaries().map((c) => [c.id, c.undated ? UNDATED : c.issuedAt])),
    });
    const standing = caseStanding(record, deadline, at);
    return {
      ...record,
      ...standing,
      deadline,
      ...evidence,
      childCaseIds: all
        .filter((r) => r.parentCaseId === record.id && (!asOf || r.openedAt <= at))
        .map((r) => r.id),
    };
  };

  // The `{ at? }` of getCase/checkCases, validated as a whole: `null`, a Proxy or an unknown key
  // is a ValidationError, not a TypeError. Says whether a date was given.
  const asOf = (options: unknown): { at: Date; given: boolean } => {
    const { at } = parseInput(asOfSchema, options === undefined ? {} : options, 'options');
    return { at: at ?? deps.clock(), given: at !== undefined };
  };

  // A write is shown as of now, or as of its own date when it is logged ahead of the clock.
  const later = (at: Date): Date => new Date(Math.max(deps.clock().getTime(), at.getTime()));

  // A Symbol, a throwing Proxy or a null-prototype object as case id: a ValidationError, never
  // a raw TypeError from building the "no case …" message.
  const parseCaseId = (caseId: unknown): string => parseInput(idSchema, caseId, 'caseId');
  const find = async (caseId: string): Promise<{ record: CaseRecord; all: CaseRecord[] }> => {
    const all = await records();
    const record = all.find((r) => r.id === caseId);
    if (!record) throw validationError('caseId', 'not_found', `no case ${caseId}`);
    return { record, all };
  };

  // A write reads the case, changes it and stores it only if no one wrote it in between (the
  // revision it read is still the stored one); otherwise it reads again and re-checks, so a
  // second request logged by another process at the same moment is refused as in sequence.
  // The next-hop cases a reply opens are stored once the reply is, so a lost race leaves none.
  const mutate = async (
    caseId: string,
    change: (record: CaseRecord, all: CaseRecord[]) => Promise<CaseChange> | CaseChange,
  ): Promise<void> => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { record, all } = await find(caseId);
      const { next, children = [] } = await change(record, all);
      const revision = record.revision ?? 0;
      if (await put({ ...next, revision: revision + 1 }, revision)) {
        // A next hop another process's reply already stored under this id stays as it is.
        for (const child of children) await put(child, 'new');
        return;
      }
      // Another writer won: back off a little, longer as the contention lasts.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));
    }
    throw new StoreError(
      store.name ?? 'store',
      `case ${caseId} kept changing under ${MAX_ATTEMPTS} attempts to write it`,
      { reason: 'busy' },
    );
  };

  // A new case id no stored case has (the store's create refuses one that appeared meanwhile).
  const freshCaseId = (all: readonly CaseRecord[]): string => {
    const taken = new Set(all.map((r) => r.id));
    for (;;) {
      const id = `case_${deps.newId()}`;
      if (!taken.has(id)) return id;
    }
  };

  // The id of a new case that must be the only open one on its target, person and law: the same
  // for every process that reads the same cases, so two of them opening it at once write the same
  // id and the store's one-statement creation lets only one in (the other re-reads, finds it open
  // and is refused with CaseExistsError). It counts the cases already on that target, person and
  // law, so once one is closed the next open draws a new id. A case of several people keys on the
  // first of them.
  const claimId = async (
    all: readonly CaseRecord[],
    wanted: Pick<CaseRecord, 'target' | 'subjectIds' | 'law'>,
  ): Promise<string | undefined> => {
    const subject = [...wanted.subjectIds].sort()[0]!;
    const target =
      wanted.target.kind === 'source'
        ? `source:${wanted.target.sourceId}`
        : `actor:${sourceNameKey(wanted.target.name)}`;
    const earlier = all.filter(
      (r) => r.law === wanted.law && sameTarget(r.target, wanted.target) && r.subjectIds.includes(subject),
    ).length;
    // Without Web Crypto (a page over plain http) the id is drawn at random, as before.
    const hash = await sha256Hex(`${target}\n${subject}\n${wanted.law}\n${earlier}`).catch(() => undefined);
    const id = hash === undefined ? undefined : `case_${hash.slice(0, 16)}`;
    return id === undefined || all.some((r) => r.id === id) ? undefined : id;
  };

  // One open case per target, person and law: a second one splits the letters, the deadline and
  // the evidence between two records. A closed case, or one under another law, is no bar.
  const refuseDuplicate = (
    all: readonly CaseRecord[],
    wanted: Pick<CaseRecord, 'target' | 'subjectIds' | 'law'>,
  ): void => {
    const same = all.find(
      (r) =>
        r.law === wanted.law &&
        r.closedAt === undefined &&
        sameTarget(r.target, wanted.target) &&
        r.subjectIds.some((s) => wanted.subjectIds.includes(s)),
    );
    if (!same) return;
    const whom =
      wanted.target.kind === 'source'
        ? (deps.getSource(wanted.target.sourceId)?.name ?? wanted.target.sourceId)
        : wanted.target.name;
    throw new CaseExistsError(
      wanted.target.kind === 'source' ? 'sourceId' : 'actor.name',
      `case ${same.id} on ${whom} under ${same.law} is still open for this subject: log to it, close it first, or pass allowDuplicate: true`,
      same.id,
    );
  };

  const viewOne = async (caseId: string, at: Date): Promise<Case> => {
    const { record, all } = await find(caseId);
    return view(record, all, await contactsOf(record.subjectIds), at);
  };

  // A letter, reply or closing is something that happened: one dated after the tracer's clock
  // is a typo (2030 for 2026) that would move a deadline by years. A minute of slack allows for
  // a clock read a moment earlier than the person's "now".
  const refuseFuture = (field: string, at: Date): void => {
    const now = deps.clock();
    if (at.getTime() > now.getTime() + CLOCK_SLACK_MS)
      throw validationError(field, 'in_future', `${at.toISOString()} is after now (${now.toISOString()})`);
  };

  // The open case on a source for the same people and law as `record`, other than its own
  // next hops (which a reply logged again links to as before).
  const openCaseOn = (
    sourceId: string,
    record: CaseRecord,
    all: readonly CaseRecord[],
  ): CaseRecord | undefined =>
    all.find(
      (r) =>
        r.parentCaseId !== record.id &&
        r.closedAt === undefined &&
        r.law === record.law &&
        r.target.kind === 'source' &&
        r.target.sourceId === sourceId &&
        r.subjectIds.some((s) => record.subjectIds.includes(s)),
    );

  const refuseIfClosed = (record: CaseRecord, at: Date): void => {
    if (record.closedAt !== undefined && record.closedAt <= at)
      throw validationError('caseId', 'case_closed', `case ${record.id} was closed`);
  };
  // A reminder after a reply that refused the request or answered all of it would tell the
  // source it had not answered: the next step is a complaint.
  const refuseAnsweredReminder = (record: CaseRecord, at: Date): void => {
    const before = record.replies.filter((r) => r.at <= at);
    const refusal = refusedBy(before);
    if (refusal)
      throw validationError(
        'kind',
        'refused',
        `the reply of ${refusal.at.toISOString().slice(0, 10)} refused the request: log a complaint instead`,
      );
    const answers = before.filter((r) => r.claims.some((c) => c !== 'extension'));
    if (answers.length > 0 && unansweredRequests(record.requests, answers).length === 0)
      throw validationError(
        'kind',
        'answered',
        'the replies answered every request: a reminder would say otherwise; log a complaint if the evidence contradicts them',
      );
  };
  const refuseBeforeOpen = (record: CaseRecord, at: Date): void => {
    if (at < record.openedAt)
      throw validationError(
        'at',
        'before_open',
        `is before the case was opened (${record.openedAt.toISOString()})`,
      );
  };

  // A case closed before a letter or reply it logged would hold a step made after its closing,
  // which logging refuses once it is closed.
  const refuseBeforeLastStep = (record: CaseRecord, at: Date): void => {
    const steps = [...record.letters, ...record.replies.map((r) => ({ ...r, kind: 'reply' }))];
    const last = steps.reduce<(typeof steps)[number] | undefined>(
      (a, b) => (a && a.at >= b.at ? a : b),
      undefined,
    );
    if (last && at < last.at)
      throw validationError(
        'at',
        'before_step',
        `is before the ${last.kind} of ${last.at.toISOString()} logged in the case: a case closes after its last step`,
      );
  };

  // The events a case's state calls for, keyed so each fires once per store.
  const caseNotices = (kase: Case): [string, TracerEvent][] => {
    const out: [string, TracerEvent][] = [];
    if (kase.status === 'overdue' && kase.deadline && events.listens('overdue'))
      out.push([
        `overdue:${kase.id}:${kase.deadline.dueAt.toISOString()}`,
        { type: 'overdue', caseId: kase.id, dueAt: kase.deadline.dueAt },
      ]);
    if (events.listens('non-compliance'))
      for (const n of kase.nonCompliance)
        out.push([
          `non-compliance:${kase.id}:${n.contactId}`,
          {
            type: 'non-compliance',
            caseId: kase.id,
            contactId: n.contactId,
            at: n.at,
            windowEnd: n.windowEnd,
            by: n.by,
          },
        ]);
    return out;
  };

  const emitNew = async (candidates: readonly [string, TracerEvent][], at: Date): Promise<TracerEvent[]> => {
    const unique = dedupe(candidates);
    if (unique.length === 0) return [];
    const fresh = await store
      .markNotices(
        unique.map(([key]) => key),
        at,
      )
      .catch(deps.storeFailure);
    const emitted = unique.filter((_, i) => fresh[i]).map(([, event]) => event);
    for (const event of emitted) events.emit(event);
    return emitted;
  };

  const targetOf = async (
    data: ReturnType<typeof openCaseSchema.parse>,
  ): Promise<{
    target: CaseTarget;
    subjectIds: string[];
    canaries: CaseCanary[];
    identifiers: CaseIdentifier[];
  }> => {
    const given = data.subjectIds ?? (data.subjectId === undefined ? undefined : [data.subjectId]);
    if (data.sourceId !== undefined) {
      if (!deps.getSource(data.sourceId))
        throw validationError('sourceId', 'not_found', `no source ${data.sourceId}`);
      if (!given) throw validationError('subjectIds', 'required', 'name the subject the case is about');
      const issued = deps
        .listCanaries()
        .filter((c) => c.sourceId === data.sourceId && given.includes(c.subjectId));
      return {
        target: { kind: 'source', sourceId: data.sourceId },
        subjectIds: given,
        canaries: issued.map((c) => ({ canaryId: c.id, how: 'issued' })),
        identifiers: issued.flatMap((c) => c.fields.map((f) => ({ kind: f.kind, value: f.value }))),
      };
    }
    const actor = data.actor!;
    const canaries = new Map<string, CaseCanary>();
    const identifiers = new Map<string, CaseIdentifier>();
    const subjects = new Set<string>();
    const callers = new Set<string>();
    for (const [i, id] of actor.contactIds.entries()) {
      const path = `actor.contactIds[${i}]`;
      const stored = await store.getContact(id).catch(deps.storeFailure);
      if (!stored) throw validationError(path, 'not_found', `no contact ${id}`);
      const revealed = stored.result.hits.filter((h) => h.canaryId !== null && !h.real);
      if (revealed.length === 0)
        throw validationError(path, 'no_canary', 'revealed no canary: nothing ties it to a leak');
      // A case speaks for its own people only: another person's identifiers never enter it (the
      // request would hand them to the caller). A group case names its people explicitly.
      const hits = given ? revealed.filter((h) => given.includes(h.subjectId)) : revealed;
      if (hits.length === 0)
        throw validationError(
          path,
          'other_subject',
          `contact ${id} reached another person (${[...new Set(revealed.map((h) => h.subjectId))].join(', ')}), not ${given!.join(', ')}`,
        );
      for (const h of hits) {
        canaries.set(h.canaryId!, { canaryId: h.canaryId!, how: 'used' });
        identifiers.set(`${h.kind}:${h.value}`, { kind: h.kind, value: h.value });
        subjects.add(h.subjectId);
      }
      if (stored.contact.from !== undefined) callers.add(stored.contact.from);
    }
    if (!given && subjects.size > 1)
      throw validationError(
        'subjectIds',
        'several_subjects',
        `the contacts reached several people (${[...subjects].join(', ')}): name the one the case is for with subjectId, or all of them with subjectIds`,
      );
    return {
      target: { kind: 'actor', name: actor.name, contactIds: actor.contactIds, callers: [...callers] },
      subjectIds: given ?? [...subjects],
      canaries: [...canaries.values()],
      identifiers: [...identifiers.values()],
    };
  };

  const service: CaseService = {
    open: (input) =>
      serial(async () => {
        const data = parseInput(openCaseSchema, input);
        const { target, subjectIds, canaries, identifiers } = await targetOf(data);
        const missing = subjectIds.findIndex((s) => !deps.getSubject(s));
        if (missing >= 0)
          throw validationError(
            data.subjectIds ? `subjectIds[${missing}]` : 'subjectId',
            'not_found',
            `no subject ${subjectIds[missing]}`,
          );
        const openedAt = data.at ?? deps.clock();
        refuseFuture('at', openedAt);
        const first = deps.getSubject(subjectIds[0]!)!;
        const timeZone = caseTimeZone(data.law, data.timeZone, first);
        if (timeZone === undefined)
          throw validationError(
            'timeZone',
            'time_zone_required',
            `${first.region} has several time zones or none leaktrace knows: give the case the person's (an IANA name such as America/New_York), or give the subject a timeZone`,
          );
        const draft: Omit<CaseRecord, 'id'> = {
          target,
          subjectIds,
          law: data.law,
          requests: data.requests,
          timeZone,
          openedAt,
          canaries,
          identifiers,
          letters: [],
          replies: [],
          ...(data.note === undefined ? {} : { note: data.note }),
        };
        for (let attempt = 1; ; attempt++) {
          const all = await records();
          if (!data.allowDuplicate) refuseDuplicate(all, draft);
          const id =
            data.id ?? (data.allowDuplicate ? undefined : await claimId(all, draft)) ?? freshCaseId(all);
          const exists = () => validationError('id', 'conflict', `case ${id} already exists`);
          if (all.some((r) => r.id === id)) throw exists();
          const record: CaseRecord = { id, ...draft };
          // Created only where no case has its id, in one store statement: another process that
          // created the same id a moment ago is refused here, never overwritten. A drawn id
          // another process took meanwhile is drawn again (after reading what it wrote).
          if (await put(record, 'new'))
            return view(record, [...all, record], await contactsOf(subjectIds), record.openedAt);
          if (data.id !== undefined || attempt >= MAX_ATTEMPTS) throw exists();
        }
      }),

    logLetter: (givenId, input) =>
      serial(async () => {
        const caseId = parseCaseId(givenId);
        const data = parseInput(logLetterSchema, input);
        const at = data.at ?? deps.clock();
        refuseFuture('at', at);
        if (data.receivedAt !== undefined) {
          if (data.receivedAt < at)
            throw validationError('receivedAt', 'before_sent', 'is before the letter was sent');
          refuseFuture('receivedAt', data.receivedAt);
          if (data.receivedAt.getTime() - at.getTime() > MAX_TRANSIT_MS)
            throw validationError(
              'receivedAt',
              'implausible',
              `is more than ${MAX_TRANSIT_DAYS} days after the letter was sent (${at.toISOString()}): check the year`,
            );
        }
        const letter: CaseLetter = {
          id: `let_${deps.newId()}`,
          kind: data.kind,
          at,
          ...(data.receivedAt === undefined ? {} : { receivedAt: data.receivedAt }),
          ...(data.via === undefined ? {} : { via: data.via }),
          ...(data.to === undefined ? {} : { to: data.to }),
          ...(data.body === undefined ? {} : { body: data.body }),
        };
        await mutate(caseId, (record) => {
          refuseBeforeOpen(record, at);
          refuseIfClosed(record, at);
          const request = record.letters.find((l) => l.kind === 'request');
          if (data.kind === 'request' && request)
            throw validationError('kind', 'conflict', 'the request was already sent: log a reminder');
          if (data.kind !== 'request' && (!request || request.at > at))
            throw validationError('kind', 'no_request', `a ${data.kind} needs the request sent before it`);
          if (data.kind === 'reminder') refuseAnsweredReminder(record, at);
          const letters = [...record.letters, letter].sort((a, b) => a.at.getTime() - b.at.getTime());
          return { next: { ...record, letters } };
        });
        return viewOne(caseId, later(at));
      }),

    logReply: (givenId, input) =>
      serial(async () => {
        const caseId = parseCaseId(givenId);
        const data = parseInput(logReplySchema, input);
        const at = data.at ?? deps.clock();
        refuseFuture('at', at);
        const replyId = `rep_${deps.newId()}`;
        await mutate(caseId, async (record, all) => {
          refuseIfClosed(record, at);
          const request = record.letters.find((l) => l.kind === 'request');
          if (!request || request.at > at)
            throw validationError(
              'at',
              'no_request',
              request
                ? `a reply needs the request sent before it (the request is dated ${request.at.toISOString()}, the reply ${at.toISOString()})`
                : 'a reply needs the request sent before it: log the request first',
            );
          if (request.receivedAt !== undefined && at < request.receivedAt)
            throw validationError(
              'at',
              'before_received',
              `is before the request was received (${request.receivedAt.toISOString()})`,
            );
          // The next hops this case's replies already named (their cases may not be stored yet
          // when another process's reply won the race a moment ago).
          const alreadyNamed = new Map<string, string>();
          for (const r of record.replies)
            for (const p of [...r.namesSources, ...r.namesRecipients]) alreadyNamed.set(p.sourceId, p.caseId);
          const hops: CaseRecord[] = [];
          const walk = async (
            parties: typeof data.namesSources,
            field: 'namesSources' | 'namesRecipients',
          ): Promise<NamedParty[]> => {
            const named: NamedParty[] = [];
            for (const [i, party] of parties.entries()) {
              const resolved = resolveParty(party, deps.listSources());
              if (resolved.sourceId !== undefined && !deps.getSource(resolved.sourceId))
                throw validationError(
                  `${field}[${i}].sourceId`,
                  'not_found',
                  `no source ${resolved.sourceId}`,
                );
              const target =
                record.target.kind === 'source' ? deps.getSource(record.target.sourceId) : undefined;
              if (
                record.target.kind === 'source' &&
                (resolved.sourceId === record.target.sourceId ||
                  (resolved.sourceId === undefined &&
                    target !== undefined &&
                    namesOwnGroup(target.name, resolved.name)))
              )
                throw validationError(
                  `${field}[${i}]`,
                  'self_named',
                  `names the case’s own target${target ? ` (${resolved.name} reads as ${target.name} itself or its group)` : ''}: if it is another company, add it as a source and name it by sourceId`,
                );
              // The person the data is about is no party the data went to or came from, in any
              // spelling of their name.
              const person = record.subjectIds
                .map((id) => deps.getSubject(id))
                .find((p) => p !== undefined && namesPerson(p.name, resolved.name));
              if (person)
                throw validationError(
                  `${field}[${i}]`,
                  'subject_named',
                  `names ${person.name}, the person the case is about, not a party holding the data`,
                );
              // Found or added atomically: two processes naming one party at once share a source.
              const sourceId =
                resolved.sourceId ??
                (await findOrAddSource(deps, { name: resolved.name, category: resolved.category })).source.id;
              const hop = field === 'namesSources' ? 'source' : 'recipient';
              // A party that already has an open case for these people under this law (the case's
              // own ancestor, say: Gym → Hotel → Gym) is linked to it, not given a second one.
              const open = openCaseOn(sourceId, record, [...all, ...hops]);
              if (open) {
                named.push({ name: resolved.name, sourceId, caseId: open.id });
                continue;
              }
              const existing = [...all, ...hops].find(
                (r) =>
                  r.parentCaseId === record.id &&
                  r.target.kind === 'source' &&
                  r.target.sourceId === sourceId,
              );
              const child =
                existing ??
                nextHopCase(record, {
                  id: alreadyNamed.get(sourceId) ?? freshCaseId([...all, ...hops]),
                  sourceId,
                  hop,
                  at,
                });
              if (!existing) hops.push(child);
              // One party in two spellings (`Acme Data Ltd`, `ACME DATA LIMITED`) is named once.
              if (!named.some((p) => p.sourceId === sourceId))
                named.push({ name: resolved.name, sourceId, caseId: child.id });
            }
            return named;
          };
          const reply: CaseReply = {
            id: replyId,
            at,
            claims: data.claims,
            namesSources: await walk(data.namesSources, 'namesSources'),
            namesRecipients: await walk(data.namesRecipients, 'namesRecipients'),
            ...(data.note === undefined ? {} : { note: data.note }),
          };
          const replies = [...record.replies, reply].sort((a, b) => a.at.getTime() - b.at.getTime());
          return { next: { ...record, replies }, children: hops };
        });
        return viewOne(caseId, later(at));
      }),

    close: (givenId, input = {}) =>
      serial(async () => {
        const caseId = parseCaseId(givenId);
        const data = parseInput(closeCaseSchema, input);
        const at = data.at ?? deps.clock();
        refuseFuture('at', at);
        await mutate(caseId, (record) => {
          refuseBeforeOpen(record, at);
          refuseIfClosed(record, at);
          refuseBeforeLastStep(record, at);
          return {
            next: {
              ...record,
              closedAt: at,
              ...(data.reason === undefined ? {} : { closeReason: data.reason }),
            },
          };
        });
        return viewOne(caseId, later(at));
      }),

    async get(caseId, options) {
      const { at, given } = asOf(options);
      const all = await records();
      const record = all.find((r) => r.id === caseId);
      // As of a date before it was opened, the case did not exist yet.
      if (!record || (given && record.openedAt > at)) return undefined;
      return view(record, all, await contactsOf(record.subjectIds), at, given);
    },

    async list(query = {}) {
      const q = parseInput(caseQuerySchema, query);
      const at = q.at ?? deps.clock();
      const all = await records();
      const chosen = all.filter(
        (r) =>
          // As of a date, only the cases opened by then (a next hop a later reply opened is not).
          (q.at === undefined || r.openedAt <= at) &&
          (q.sourceId === undefined || (r.target.kind === 'source' && r.target.sourceId === q.sourceId)) &&
          (q.subjectId === undefined || r.subjectIds.includes(q.subjectId)),
      );
      const contacts = await contactsOf(chosen.flatMap((r) => r.subjectIds));
      return chosen
        .map((r) => view(r, all, contacts, at, q.at !== undefined))
        .filter((c) => q.status === undefined || c.status === q.status);
    },

    async check(options) {
      const { at } = asOf(options);
      const all = await records();
      const contacts = events.listens('non-compliance')
        ? await contactsOf(all.flatMap((r) => r.subjectIds))
        : new Map<string, StoredContact[]>();
      const candidates: [string, TracerEvent][] = [];
      for (const record of all) candidates.push(...caseNotices(view(record, all, contacts, at)));
      return emitNew(candidates, at);
    },

    async onContacts(stored) {
      const candidates: [string, TracerEvent][] = [];
      if (events.listens('leak')) {
        for (const { contact, result } of stored) {
          if (!USED.has(result.verdict)) continue;
          for (const h of result.hits)
            if (h.unguessable && !h.real && h.sourceId !== null)
              candidates.push([
                `leak:${h.sourceId}`,
                { type: 'leak', sourceId: h.sourceId, at: contact.at, by: 'contact', contactId: contact.id },
              ]);
        }
      }
      if (events.listens('non-compliance') || events.listens('overdue')) {
        const all = await records();
        const bySubject = new Map<string, StoredContact[]>();
        let now = deps.clock().getTime();
        for (const c of stored) {
          if (c.result.subjectId !== null) pushTo(bySubject, c.result.subjectId, c);
          // Contacts logged ahead of the clock (a fixed clock, a backfill) are still read.
          now = Math.max(now, c.contact.at.getTime());
        }
        for (const record of all)
          candidates.push(...caseNotices(view(record, all, bySubject, new Date(now))));
      }
      await emitNew(candidates, deps.clock());
    },

    async onAnalysis(analysis, at) {
      const candidates: [string, TracerEvent][] = [];
      if (events.listens('leak'))
        for (const s of analysis.sources)
          if (s.status === 'leaked')
            candidates.push([
              `leak:${s.sourceId}`,
              { type: 'leak', sourceId: s.sourceId, at: s.firstLeakAt ?? at, by: 'analysis' },
            ]);
      if (events.listens('actor'))
        for (const a of analysis.actors)
          if (a.sourceIds.length > 0)
            candidates.push([
              `actor:${a.id}`,
              {
                type: 'actor',
                actorId: a.id,
                at: a.firstSeen,
                sourceIds: a.sourceIds,
                callers: [...a.numbers, ...a.senders],
              },
            ]);
      await emitNew(candidates, at);
    },
  };
  return service;
}

function dedupe(candidates: readonly [string, TracerEvent][]): [string, TracerEvent][] {
  const seen = new Set<string>();
  return candidates.filter(([key]) => !seen.has(key) && seen.add(key) !== undefined);
}
