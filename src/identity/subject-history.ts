import type { Subject, SubjectPeriod } from '../types.js';

/** The details of a subject that change over time (`updateSubject()`), as one period holds them. */
export type SubjectDetails = Pick<Subject, 'region' | 'timeZone' | 'address' | 'phones'>;

/** One stretch of a subject's life with the same details: from `from` (inclusive) to `until` (exclusive), epoch ms. */
export interface DetailsSpan {
  readonly from: number;
  readonly until: number;
  readonly details: SubjectDetails;
}

/** When a number was one of the subject's lines, as real or pool number: `[from, until)` in epoch ms. */
export interface HeldSpan {
  readonly from: number;
  readonly until: number;
  readonly role: 'real' | 'pool';
}

const detailsOf = (d: SubjectDetails): SubjectDetails => ({
  region: d.region,
  ...(d.timeZone === undefined ? {} : { timeZone: d.timeZone }),
  ...(d.address === undefined ? {} : { address: d.address }),
  phones: d.phones,
});

/**
 * Every stretch of a subject's details, oldest first: one per earlier period, then the latest
 * (until `+Infinity`). A subject never updated has one, from `-Infinity`.
 *
 * @param subject - The subject.
 * @returns The spans, contiguous and in time order.
 */
export function detailSpans(subject: Subject): DetailsSpan[] {
  const spans: DetailsSpan[] = [];
  let from = Number.NEGATIVE_INFINITY;
  for (const period of subject.history ?? []) {
    const until = period.until.getTime();
    spans.push({ from, until, details: detailsOf(period) });
    from = until;
  }
  spans.push({ from, until: Number.POSITIVE_INFINITY, details: detailsOf(subject) });
  return spans;
}

/**
 * The subject as it was at an instant: its region, zone, postal address and numbers then (a
 * contact is read with these), everything else as it is. The subject itself when never updated.
 *
 * @param subject - The subject.
 * @param at - The instant (a Date or epoch ms).
 * @returns The subject with the details in force at `at`.
 */
export function subjectAt(subject: Subject, at: Date | number): Subject {
  const history = subject.history;
  if (history === undefined || history.length === 0) return subject;
  const t = typeof at === 'number' ? at : at.getTime();
  const period = history.find((p) => t < p.until.getTime());
  if (period === undefined) return subject;
  const { timeZone: _zone, address: _address, ...rest } = subject;
  return { ...rest, ...detailsOf(period) };
}

/**
 * When each number was the subject's (real or pool), merged where adjacent periods both held it
 * in the same role. A number given up and taken again has two spans.
 *
 * @param subject - The subject.
 * @returns Per E.164 number, its spans in time order.
 */
export function heldSpans(subject: Subject): Map<string, HeldSpan[]> {
  const held = new Map<string, HeldSpan[]>();
  for (const { from, until, details } of detailSpans(subject)) {
    const roles: [readonly string[], HeldSpan['role']][] = [
      [details.phones.real, 'real'],
      [details.phones.pool, 'pool'],
    ];
    for (const [numbers, role] of roles) {
      for (const number of numbers) {
        const spans = held.get(number) ?? [];
        const last = spans[spans.length - 1];
        if (last !== undefined && last.until === from && last.role === role)
          spans[spans.length - 1] = { ...last, until };
        else spans.push({ from, until, role });
        held.set(number, spans);
      }
    }
  }
  return held;
}

/**
 * Every number the subject ever held, real or pool (the latest role of each).
 *
 * @param subject - The subject.
 * @returns The numbers with their latest role.
 */
export function linesEverHeld(subject: Subject): Map<string, HeldSpan['role']> {
  const lines = new Map<string, HeldSpan['role']>();
  for (const [number, spans] of heldSpans(subject)) lines.set(number, spans[spans.length - 1]!.role);
  return lines;
}

/**
 * Tells whether `at` falls in one of the spans.
 *
 * @param spans - Held spans (any order).
 * @param at - The instant, epoch ms.
 */
export function heldAt(spans: readonly HeldSpan[], at: number): boolean {
  return spans.some((s) => at >= s.from && at < s.until);
}

/**
 * The subject after a change effective at `at`: the latest details become an earlier period
 * ending at `at`, and `next` the latest.
 *
 * @param subject - The subject as stored.
 * @param next - The details in force from `at`.
 * @param at - When the change takes effect; after every earlier change.
 * @returns The updated subject.
 */
export function withChange(subject: Subject, next: SubjectDetails, at: Date): Subject {
  const period: SubjectPeriod = { until: at, ...detailsOf(subject) };
  const { timeZone: _zone, address: _address, ...rest } = subject;
  return { ...rest, ...detailsOf(next), history: [...(subject.history ?? []), period] };
}
