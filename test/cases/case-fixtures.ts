import type { CaseRecord } from '../../src/cases/case-model.js';
import type { Hit, StoredContact, TracerOptions, Verdict } from '../../src/index.js';
import { chineseWorld, day } from '../helpers/world.js';
import { leakWorld } from '../report/report-world.js';

/** The report world with a PIPL case on its hotel, the request sent by email on day 60. */
export async function hotelRequestedOnDay60() {
  const world = await leakWorld();
  const kase = await world.tracer.openCase({
    sourceId: world.hotel.id,
    subjectId: world.subject.id,
    law: 'PIPL',
    requests: ['access', 'source', 'recipients', 'erasure'],
    at: day(60),
  });
  await world.tracer.logLetter(kase.id, { kind: 'request', at: day(60), via: 'email' });
  return { ...world, kase };
}

/** The Chinese world with a GDPR case on its hotel opened and its request sent on day 1. */
export async function requestedHotelCase(options: TracerOptions = {}) {
  const world = await chineseWorld(options);
  const kase = await world.tracer.openCase({
    sourceId: world.hotel.id,
    subjectId: world.subject.id,
    law: 'GDPR',
    requests: ['access', 'erasure'],
    at: day(1),
  });
  await world.tracer.logLetter(kase.id, { kind: 'request', at: day(1) });
  return { ...world, kase };
}

/** A case on source `src_hotel` for `sub_1`, watching an issued canary and an inherited one. */
export function hotelCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case_1',
    target: { kind: 'source', sourceId: 'src_hotel' },
    subjectIds: ['sub_1'],
    law: 'GDPR',
    requests: ['access', 'source', 'recipients', 'erasure'],
    timeZone: 'UTC',
    openedAt: new Date('2026-01-01T00:00:00Z'),
    canaries: [
      { canaryId: 'can_hotel', how: 'issued' },
      { canaryId: 'can_upstream', how: 'inherited' },
    ],
    identifiers: [{ kind: 'email', value: 'k3x9qh7tmw@me.example' }],
    letters: [{ id: 'let_1', kind: 'request', at: new Date('2026-01-10T09:00:00Z') }],
    replies: [],
    ...overrides,
  };
}

/** One hit on a canary field. */
export function hit(canaryId: string, sourceId: string, unguessable: boolean): Hit {
  return {
    subjectId: 'sub_1',
    canaryId,
    sourceId,
    kind: unguessable ? 'email' : 'phone',
    value: unguessable ? 'k3x9qh7tmw@me.example' : '+8613900139001',
    where: 'to',
    how: 'exact',
    real: false,
    unguessable,
  };
}

/** A stored contact at an ISO instant with a verdict and hits. */
export function stored(
  id: string,
  at: string,
  verdict: Verdict,
  hits: readonly Hit[],
  from = '+8616212345678',
): StoredContact {
  return {
    contact: { id, channel: 'call', at: new Date(at), from, to: '+8613900139001' },
    result: { verdict, confidence: 0.9, subjectId: 'sub_1', sources: [], hits, reason: 'test' },
  };
}
