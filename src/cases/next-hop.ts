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

// Legal forms a reply may add to or drop from a company's name: `Gym GmbH` is the gym.
const LEGAL_FORMS = new Set(
  'gmbh mbh ag kg ohg ug ltd limited inc incorporated llc llp corp corporation co company plc sa sas sarl bv nv ab as oy spa srl pty'.split(
    ' ',
  ),
);
const CJK_LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;

/**
 * Folds a party name for comparison, so that the spellings a reply uses for one party never
 * make two: case, width, spacing and punctuation (`G y m`, `Gym.`), German umlauts written out
 * (`Müller` = `Mueller`), other accents (`Café` = `Cafe`), and a trailing legal form (`Gym
 * GmbH`, `酒店有限公司`). A name that is only a legal form keeps it.
 *
 * @param name - A party's or a person's name.
 * @returns The comparison key.
 */
export function partyKey(name: string): string {
  const words = sourceNameKey(name)
    .replace(/[äöü]/gu, (c) => `${({ ä: 'a', ö: 'o', ü: 'u' } as Record<string, string>)[c]}e`)
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  const key = words.join('');
  const bare = key.replace(CJK_LEGAL_FORM, '');
  return bare === '' ? key || sourceNameKey(name) : bare;
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
