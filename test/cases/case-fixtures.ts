import type { CaseRecord } from '../../src/cases/case-model.js';
import {
  type Hit,
  isValidationError,
  type StoredContact,
  type Tracer,
  type TracerOptions,
  type Verdict,
} from '../../src/index.js';
import { chineseWorld, day, T0 } from '../helpers/world.js';
import { leakWorld } from '../report/report-world.js';

/** A fixed clock after every date the case tests log (a case date may not be after the clock). */
export const LATE = day(400);

const CASE_WRITES = new Set(['openCase', 'logLetter', 'logReply', 'closeCase']);

/**
 * A test clock that starts at `start` and moves forward to the date of every case write made
 * through {@link CaseClock.follow} (a letter, reply or closing may not be dated after the clock):
 * the tracer's "now" is always the latest thing the test logged.
 */
export interface CaseClock {
  readonly now: () => Date;
  /** Moves the clock forward to `at` (never back). */
  to(at: Date): void;
  /** The tracer, its case writes moving the clock to their `at`/`receivedAt` first. */
  follow(tracer: Tracer): Tracer;
}

/**
 * Creates a {@link CaseClock}. With `rewind`, each case write sets the clock to its own date,
 * also an earlier one (a story told out of order, each step seen as of its own date).
 */
export function caseClock(start: Date = T0, { rewind = false } = {}): CaseClock {
  let now = start.getTime();
  const to = (at: Date): void => {
    now = rewind ? at.getTime() : Math.max(now, at.getTime());
  };
  return {
    now: () => new Date(now),
    to,
    follow: (tracer) =>
      new Proxy(tracer, {
        get(target, key) {
          const value = Reflect.get(target, key, target);
          if (typeof value !== 'function') return value;
          if (typeof key !== 'string' || !CASE_WRITES.has(key)) return value.bind(target);
          return (...args: unknown[]) => {
            for (const arg of args)
              if (arg !== null && typeof arg === 'object')
                for (const field of ['at', 'receivedAt']) {
                  const date = (arg as Record<string, unknown>)[field];
                  if (date instanceof Date || typeof date === 'string') to(new Date(date));
                }
            return value.apply(target, args);
          };
        },
      }),
  };
}

/** The Chinese world on a {@link CaseClock}. */
export async function clockedWorld(options: TracerOptions = {}) {
  const clock = caseClock();
  const world = await chineseWorld({ now: clock.now, ...options });
  return { ...world, clock, tracer: clock.follow(world.tracer) };
}

/** The report world with a PIPL case on its hotel, the request sent by email on day 60. */
export async function hotelRequestedOnDay60() {
  const clock = caseClock();
  const leak = await leakWorld({ now: clock.now });
  const world = { ...leak, clock, tracer: clock.follow(leak.tracer) };
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
  const world = await clockedWorld(options);
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

/** The `[path, code]` of the ValidationError `run` rejects with (any other outcome fails). */
export async function validationFailure(run: () => Promise<unknown>): Promise<[string, string]> {
  try {
    await run();
  } catch (error) {
    if (isValidationError(error)) return [error.path, error.issues[0].code];
    throw error;
  }
  throw new Error('did not fail');
}
