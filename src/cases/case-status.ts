import type { CaseDeadline, CaseRecord, CaseStatus } from './case-model.js';
import { dayIn } from './deadlines.js';

/** A case's status at an instant, and whether its answer came late. */
export interface CaseStanding {
  /** Where the case stands. */
  readonly status: CaseStatus;
  /** The first answer came after the deadline. */
  readonly answeredLate: boolean;
  /**
   * How many days after the due day the first answer came, counted in calendar days of the
   * case's time zone (an answer the day after the due day is 1 day late); `null` when it was
   * not late or there is none.
   */
  readonly lateDays: number | null;
}

const DAY_MS = 86_400_000;

/** Calendar days from one `yyyy-MM-dd` to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Where a case stands at `at`: the machine `open → awaiting → answered | overdue → escalated →
 * closed`, derived from what was logged up to `at` (nothing is stored but the events, so asking
 * about a past instant gives the status it had then). A reply that only asks for more time is no
 * answer; an answer after the deadline turns `overdue` into `answered` and is marked late.
 *
 * @param record - The case.
 * @param deadline - Its deadline (from `caseDeadline`).
 * @param at - The instant asked about.
 * @returns The status, whether the answer was late and by how many days.
 */
export function caseStanding(record: CaseRecord, deadline: CaseDeadline | null, at: Date): CaseStanding {
  const answer = record.replies.find((r) => r.at <= at && r.claims.some((c) => c !== 'extension'));
  const answeredLate = answer !== undefined && deadline !== null && answer.at > deadline.dueAt;
  const lateDays = answeredLate
    ? Math.max(1, daysBetween(deadline!.dueDate, dayIn(answer!.at, record.timeZone)))
    : null;
  const standing = (status: CaseStatus): CaseStanding => ({ status, answeredLate, lateDays });
  if (record.closedAt !== undefined && record.closedAt <= at) return standing('closed');
  if (record.letters.some((l) => l.kind === 'complaint' && l.at <= at)) return standing('escalated');
  if (answer) return standing('answered');
  const request = record.letters.find((l) => l.kind === 'request');
  if (!request || request.at > at || deadline === null) return standing('open');
  return standing(at > deadline.dueAt ? 'overdue' : 'awaiting');
}
