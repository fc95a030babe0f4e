import { type ConflictError, type ValidationError, validationError } from './errors.js';
import { createLedger, ledgerAdd, type SubjectLedger } from './identity/subject-ledger.js';
import { CanaryIndex } from './match/canary-index.js';
import { canaryClaims } from './stores/claims.js';
import type { ChangeToken, Store } from './stores/store.js';
import type { Canary, Label, Source, Subject } from './types.js';

/**
 * What a tracer keeps in memory of its store: subjects, sources, canaries and labels, the
 * ledgers that keep new canaries unique, and the matching index. `token` is the store's change
 * token these reflect; when the store's moves (another process wrote), the tracer loads a new
 * state and swaps it in at once, so no call ever sees half of one and half of the other.
 */
export interface TracerState {
  /** The change token this state reflects; `undefined` for stores without tokens. */
  token: ChangeToken | undefined;
  readonly subjects: Map<string, Subject>;
  readonly sources: Map<string, Source>;
  readonly canaries: Map<string, Canary>;
  readonly labels: Map<string, Label>;
  readonly ledgers: Map<string, SubjectLedger>;
  readonly index: CanaryIndex;
  /** The subject holding each pool number. */
  readonly poolOwners: Map<string, string>;
}

/** Adds a subject to a state (after it was stored). */
export function stateAddSubject(state: TracerState, subject: Subject): void {
  state.subjects.set(subject.id, subject);
  state.ledgers.set(subject.id, createLedger(subject));
  state.index.addSubject(subject);
  for (const number of subject.phones.pool) state.poolOwners.set(number, subject.id);
  for (const period of subject.history ?? [])
    for (const number of period.phones.pool) state.poolOwners.set(number, subject.id);
}

/** Adds a new canary to a state (after it was stored). */
export function stateAddCanary(state: TracerState, canary: Canary): void {
  state.canaries.set(canary.id, canary);
  ledgerAdd(state.ledgers.get(canary.subjectId)!, canary);
  state.index.addCanary(canary);
}

/**
 * Reads a whole state from the store. The token is read first: a write that lands while the
 * lists are read moves the store's token past it, so the next check loads again.
 *
 * @throws StoreError when the store cannot be read.
 */
export async function loadState(store: Store): Promise<TracerState> {
  const token = await store.changeToken?.();
  const state: TracerState = {
    token,
    subjects: new Map(),
    sources: new Map(),
    canaries: new Map(),
    labels: new Map(),
    ledgers: new Map(),
    index: new CanaryIndex(),
    poolOwners: new Map(),
  };
  for (const subject of await store.listSubjects()) stateAddSubject(state, subject);
  for (const source of await store.listSources()) state.sources.set(source.id, source);
  for (const canary of await store.listCanaries()) {
    // A canary whose subject is not (yet) visible is skipped; the next load brings both.
    if (state.ledgers.has(canary.subjectId)) stateAddCanary(state, canary);
  }
  for (const label of await store.listLabels()) state.labels.set(label.id, label);
  state.index.build();
  return state;
}

/**
 * The typed error one tracer gives for a canary value the store says another holder has (a
 * value claimed by a writer this tracer's state did not see).
 *
 * @returns The error, or `undefined` when the conflict is not about one of the canary's fields.
 */
export function canaryClaimRefusal(canary: Canary, conflict: ConflictError): ValidationError | undefined {
  if (conflict.reason !== 'claimed') return undefined;
  const i = canary.fields.findIndex((field) =>
    canaryClaims({ ...canary, fields: [field] }).some((claim) => claim.key === conflict.key),
  );
  const field = canary.fields[i];
  const path = `fields[${i}]`;
  switch (field?.kind) {
    case undefined:
      return undefined;
    case 'phone':
      return canary.sourceId === null
        ? validationError(
            `${path}.number`,
            'number_in_use',
            'a control needs a number never issued to anyone',
          )
        : validationError(
            `${path}.number`,
            'number_is_control',
            'the number is a control and is never issued to a source',
          );
    case 'email':
      return validationError(path, 'tag_collision', 'the alias is already issued to this subject');
    case 'custom':
      return validationError(`${path}.value`, 'duplicate_value', 'is already issued to this subject');
    default:
      return validationError(path, 'marker_collision', 'the marker is already issued to this subject');
  }
}
