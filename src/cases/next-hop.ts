import { sourceNameKey } from '../schemas/source.js';
import type { Source } from '../types.js';
import type { NamedPartyInput } from './case-input.js';
import { CASE_REQUESTS, type CaseRecord, type CaseRequest } from './case-model.js';

/** A party a reply named, resolved against the known sources. */
export interface ResolvedParty {
  /** The name the reply gave. */
  readonly name: string;
  /** The known source it is, or `undefined` when one must be added. */
  readonly sourceId: string | undefined;
  /** The category of a source added for it. */
  readonly category: string;
}

/** Folds a party name for comparison: case, width and spacing never make two parties (as `addSource` compares names). */
export function partyKey(name: string): string {
  return sourceNameKey(name);
}

/**
 * Resolves a named party: the source it names by id, else a known source of the same name
 * (compared by {@link partyKey}), else a new one to add.
 *
 * @param party - The name, or `{ name, sourceId?, category? }`.
 * @param sources - The known sources.
 * @returns The resolution.
 */
export function resolveParty(party: NamedPartyInput, sources: readonly Source[]): ResolvedParty {
  const given = typeof party === 'string' ? { name: party } : party;
  const name = given.name.trim();
  const key = partyKey(name);
  const sourceId = 'sourceId' in given ? given.sourceId : undefined;
  return {
    name,
    sourceId: sourceId ?? sources.find((s) => partyKey(s.name) === key)?.id,
    category: ('category' in given ? given.category : undefined) ?? 'data dealer',
  };
}

/**
 * The requests of a next hop: what the parent asked, plus where the data came from and whom it
 * went to, so the walk can go on in both directions.
 */
export function nextHopRequests(parent: readonly CaseRequest[]): CaseRequest[] {
  const wanted = new Set<CaseRequest>([...parent, 'source', 'recipients']);
  return CASE_REQUESTS.filter((r) => wanted.has(r));
}

/**
 * The case opened on a party a reply named: same subjects, law and time zone; it watches the
 * parent's canaries as inherited (the next hop holds what it was given, so a use of them after
 * an erasure window is evidence against it too, though never decisive on its own: the parent
 * still holds them as well).
 *
 * @param parent - The case whose reply named the party.
 * @param draft - The new case's id, target source, direction and opening instant.
 * @returns The new case, with no letters yet.
 */
export function nextHopCase(
  parent: CaseRecord,
  draft: { id: string; sourceId: string; hop: 'recipient' | 'source'; at: Date },
): CaseRecord {
  return {
    id: draft.id,
    target: { kind: 'source', sourceId: draft.sourceId },
    subjectIds: parent.subjectIds,
    law: parent.law,
    requests: nextHopRequests(parent.requests),
    timeZone: parent.timeZone,
    openedAt: draft.at,
    canaries: parent.canaries.map((c) => ({ canaryId: c.canaryId, how: 'inherited' as const })),
    identifiers: parent.identifiers,
    parentCaseId: parent.id,
    hop: draft.hop,
    letters: [],
    replies: [],
  };
}
