import type { ReportCase } from '../report/report-schema.js';
import type { Case } from './case-model.js';

/**
 * The cases of a report, in the report model's shape: one entry per case and subject, on the
 * report's sources (and subject, when it has one). Cases on a contacting party are left out:
 * the model ties each case to a source. A reply is marked as contradicting the evidence when
 * any of its claims is contradicted.
 *
 * @param cases - The tracer's cases, as they stand at the report's date.
 * @param scope - The report's sources, and its subject when it has one.
 * @returns The entries, in case order.
 */
export function reportCases(
  cases: readonly Case[],
  scope: { readonly sourceIds: ReadonlySet<string>; readonly subjectId?: string | undefined },
): ReportCase[] {
  return cases.flatMap((kase) => {
    if (kase.target.kind !== 'source' || !scope.sourceIds.has(kase.target.sourceId)) return [];
    const sourceId = kase.target.sourceId;
    const contradicted = new Set(kase.contradictions.map((c) => c.replyId));
    return kase.subjectIds
      .filter((s) => scope.subjectId === undefined || s === scope.subjectId)
      .map(
        (subjectId): ReportCase => ({
          id: kase.id,
          sourceId,
          subjectId,
          law: kase.law,
          requests: [...kase.requests],
          openedAt: kase.openedAt.toISOString(),
          deadline: kase.deadline?.dueAt.toISOString() ?? null,
          letters: kase.letters.map((l) => ({
            at: l.at.toISOString(),
            kind: l.kind,
            ...(l.to === undefined ? {} : { to: l.to }),
          })),
          replies: kase.replies.map((r) => ({
            at: r.at.toISOString(),
            ...(r.claims.length === 0 ? {} : { summary: r.claims.join(', ') }),
            namesRecipients: r.namesRecipients.map((p) => p.name),
            contradicts: contradicted.has(r.id),
          })),
        }),
      );
  });
}
