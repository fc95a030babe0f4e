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
  const words = foldedWords(name);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  const key = words.join('');
  const bare = key.replace(CJK_LEGAL_FORM, '');
  return bare === '' ? key || sourceNameKey(name) : bare;
}

/** A name's words, each folded as {@link partyKey} folds a name (legal forms kept). */
function foldedWords(name: string, umlaut: 'e' | '' = 'e'): string[] {
  return sourceNameKey(name)
    .replace(/[äöü]/gu, (c) => `${({ ä: 'a', ö: 'o', ü: 'u' } as Record<string, string>)[c]}${umlaut}`)
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Whether a name a reply gives is the person's own in another spelling: the same words once
 * folded (`Anna Marie Mueller` or `Muller` for Anna Marie Müller), or, of two words or more, their surname
 * with given names each written whole or as an initial, some left out or reordered (`Anna
 * Müller`, `A. M. Müller`, `Müller, Anna`). A surname alone is no person (`Müller` is also a
 * company).
 *
 * @param person - The person's name.
 * @param named - The name the reply gives.
 * @returns `true` when `named` is the person.
 */
export function namesPerson(person: string, named: string): boolean {
  // An umlaut written out (`Mueller`) or dropped (`Muller`, as keyboards without one write it).
  return (['e', ''] as const).some((umlaut) =>
    sameName(foldedWords(person, umlaut), foldedWords(named, umlaut)),
  );
}

function sameName(mine: readonly string[], theirs: readonly string[]): boolean {
  if (mine.join('') === theirs.join('')) return true;
  const surname = mine[mine.length - 1];
  if (mine.length < 2 || theirs.length < 2 || surname === undefined || !theirs.includes(surname))
    return false;
  const given = mine.slice(0, -1);
  return theirs.every(
    (w) => w === surname || given.includes(w) || (w.length === 1 && given.some((g) => g.startsWith(w))),
  );
}

// Words a company adds to its name for a company of its own group: `Hilton Worldwide Holdings
// Inc.`, `Acme Group`, `Zalando Deutschland`, `希尔顿集团`.
const GROUP_WORDS = new Set(
  'group groupe gruppe grupo gruppo holding holdings worldwide international global europe european deutschland germany uk usa us america china hotels hotel resorts services service the of and'.split(
    ' ',
  ),
);
const CJK_GROUP = /^(?:集团|控股|国际|中国|（中国）|\(中国\)|酒店|管理)+$/u;

/**
 * Whether a name a reply gives is the source's own group under a longer name: the source's name
 * (its words, legal form aside) followed by words such as Worldwide, Holdings, Group or a country
 * (`Hilton Worldwide Holdings Inc.` for Hilton; `希尔顿集团` for 希尔顿). Another company that
 * shares the first word (`Hilton Data Services Ltd`, `Acme Data`) is not.
 *
 * @param source - The source's name.
 * @param named - The name the reply gives.
 * @returns `true` when `named` reads as the source itself.
 */
export function namesOwnGroup(source: string, named: string): boolean {
  const key = partyKey(source);
  const other = partyKey(named);
  if (key === other) return true;
  if (!/^[\p{Script=Latin}\p{N}]/u.test(key))
    return other.startsWith(key) && CJK_GROUP.test(other.slice(key.length));
  const mine = foldedWords(source);
  while (mine.length > 1 && LEGAL_FORMS.has(mine[mine.length - 1]!)) mine.pop();
  const theirs = foldedWords(named);
  if (theirs.length <= mine.length || mine.some((w, i) => theirs[i] !== w)) return false;
  return theirs.slice(mine.length).every((w) => GROUP_WORDS.has(w) || LEGAL_FORMS.has(w));
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
