import type {
  CaseQuery,
  CloseCaseInput,
  LogLetterInput,
  LogReplyInput,
  OpenCaseInput,
} from './case-input.js';
import type { Case } from './case-model.js';
import type { CaseService } from './case-service.js';
import type { EventHub, TracerEvent, TracerEvents, TracerListener } from './events.js';

/** The case methods of a tracer: the provenance walk from a finding to an answer. */
export interface TracerCases {
  /**
   * Opens a case on a source (`sourceId`) or on the contacting party (`actor: { name,
   * contactIds }`) for one or more subjects, under a law, with what it asks.
   *
   * Hint: an actor case gives the actor only the canary values its own contacts used, never
   * more than it already holds.
   *
   * @param input - `{ sourceId | actor, subjectId | subjectIds, law, requests, timeZone?, at?, note? }`.
   * @returns The case, `open`.
   * @throws ValidationError naming the field (an unknown source, subject or contact; an actor
   *   contact that revealed no canary); nothing is written.
   * @example
   * ```ts
   * const kase = await tracer.openCase({ sourceId: hotel.id, subjectId: me.id, law: 'GDPR', requests: ['access', 'source', 'erasure'] });
   * ```
   */
  openCase(input: OpenCaseInput): Promise<Case>;
  /**
   * Logs a letter sent in a case: the `request` (starts the reply period), a `reminder`, or a
   * `complaint` to the regulator (escalates the case).
   *
   * @param caseId - The case.
   * @param input - `{ kind, at?, receivedAt?, via?, to?, body? }`.
   * @returns The case after the letter.
   * @throws ValidationError for an unknown or closed case, a second request, a reminder or
   *   complaint before the request, a date before the case opened.
   * @example
   * ```ts
   * await tracer.logLetter(kase.id, { kind: 'request', at: '2026-03-02T09:00:00+08:00', via: 'email' });
   * ```
   */
  logLetter(caseId: string, input: LogLetterInput): Promise<Case>;
  /**
   * Logs a reply. Each source or recipient it names becomes a source (found by name, or added)
   * with a case of its own, linked to this one: the next hop of the chain.
   *
   * @param caseId - The case.
   * @param input - `{ at?, claims?, namesSources?, namesRecipients?, note? }`.
   * @returns The case after the reply, with its contradictions.
   * @throws ValidationError for an unknown or closed case, a reply before the request, a
   *   party that is the case's own target or an unknown source id.
   * @example
   * ```ts
   * await tracer.logReply(kase.id, { at, claims: ['access-provided'], namesRecipients: ['Acme Data Ltd'] });
   * ```
   */
  logReply(caseId: string, input: LogReplyInput): Promise<Case>;
  /**
   * Closes a case. Its canaries stay watched: nothing is retired.
   *
   * @param caseId - The case.
   * @param input - `{ at?, reason? }`.
   * @returns The closed case.
   * @throws ValidationError for an unknown or already closed case.
   * @example
   * ```ts
   * await tracer.closeCase(kase.id, { reason: 'erasure confirmed' });
   * ```
   */
  closeCase(caseId: string, input?: CloseCaseInput): Promise<Case>;
  /**
   * One case as it stands at `at` (now when omitted).
   *
   * @param caseId - The case.
   * @param options - `{ at? }`.
   * @returns The case, or `undefined`.
   * @example
   * ```ts
   * const { status, deadline, contradictions, nonCompliance } = (await tracer.getCase(kase.id))!;
   * ```
   */
  getCase(caseId: string, options?: { at?: Date | string | number }): Promise<Case | undefined>;
  /**
   * Every case, oldest first, filtered by source, subject or status, as it stands at `at`.
   *
   * @param query - `{ sourceId?, subjectId?, status?, at? }`.
   * @returns The cases.
   * @throws ValidationError naming a bad filter.
   * @example
   * ```ts
   * const overdue = await tracer.listCases({ status: 'overdue' });
   * ```
   */
  listCases(query?: CaseQuery): Promise<Case[]>;
  /**
   * Looks at every case as of `at` (now when omitted) and emits `overdue` and `non-compliance`
   * events not emitted before in this store. The core has no timers: call it on your schedule.
   *
   * @param options - `{ at? }`.
   * @returns The events it emitted.
   * @example
   * ```ts
   * setInterval(() => tracer.checkCases(), 3_600_000);
   * ```
   */
  checkCases(options?: { at?: Date | string | number }): Promise<TracerEvent[]>;
  /**
   * Subscribes to an event: `leak` (a newly convicted source), `actor` (a new actor using
   * canaries, from `analyze()`), `overdue` and `non-compliance` (cases). Each fires once per
   * store, while someone listens; a throwing listener, or an `async` one that rejects, never
   * fails the tracer.
   *
   * @param type - The event type.
   * @param listener - Called with the typed event; may be `async`.
   * @returns The function that unsubscribes.
   * @throws ValidationError when `type` is no event type or `listener` is not a function.
   * @example
   * ```ts
   * const off = tracer.on('non-compliance', (e) => notify(`case ${e.caseId}: contact after the window`));
   * ```
   */
  on<K extends keyof TracerEvents>(type: K, listener: TracerListener<K>): () => void;
}

/** The case methods, wired to a service and an event hub. */
export function tracerCases(service: CaseService, hub: EventHub): TracerCases {
  return {
    openCase: (input) => service.open(input),
    logLetter: (caseId, input) => service.logLetter(caseId, input),
    logReply: (caseId, input) => service.logReply(caseId, input),
    closeCase: (caseId, input) => service.close(caseId, input),
    getCase: (caseId, options) => service.get(caseId, options),
    listCases: (query) => service.list(query),
    checkCases: (options) => service.check(options),
    on: (type, listener) => hub.on(type, listener),
  };
}
