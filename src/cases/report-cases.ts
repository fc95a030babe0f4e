import type { ReportCase } from '../report/report-schema.js';
import type { Case } from './case-model.js';

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

/**
 * The cases of a report, in the report model's shape: one entry per case and subject, for every
 * case of the report's subject (every case when the report covers everyone). None is dropped for
 * its target: a case on a party a reply named keeps its place even when that party holds no
 * canary of the report's sources, and a case on the contacting party is kept with
 * `sourceId: null` and the company's name. A reply is marked as contradicting the evidence when
 * any of its claims is contradicted. A case of several people told in one person's report cites
 * only that person's contacts (`contactsOf`): a contradiction or a use after the erasure window
 * that rests on another person's contacts is left out, so a letter signed by one never states
 * another's evidence as their own.
 *
 * @param cases - The tracer's cases, as they stand at the report's date.
 * @param scope - The report's subject, when it has one, and how to name a source.
 * @returns The entries, in case order.
 */
export function reportCases(
  cases: readonly Case[],
  scope: {
    readonly subjectId?: string | undefined;
    readonly sourceName: (sourceId: string) => string | undefined;
    /** A person's contacts by id, with their instants (needed when a case has several people). */
    readonly contactsOf?: (subjectId: string) => ReadonlyMap<string, Date>;
  },
): ReportCase[] {
  return cases.flatMap((kase) => {
    const target: ReportCase['target'] =
      kase.target.kind === 'source'
        ? {
            kind: 'source',
            name: scope.sourceName(kase.target.sourceId) ?? kase.target.sourceId,
            callers: [],
          }
        : { kind: 'actor', name: kase.target.name, callers: [...kase.target.callers] };
    const sourceId = kase.target.kind === 'source' ? kase.target.sourceId : null;
    return kase.subjectIds
      .filter((s) => scope.subjectId === undefined || s === scope.subjectId)
      .map((subjectId): ReportCase => {
        const own = kase.subjectIds.length > 1 ? scope.contactsOf?.(subjectId) : undefined;
        const contradictions = own
          ? kase.contradictions.flatMap((c) => {
              const ids = c.contactIds.filter((id) => own.has(id));
              if (ids.length === 0) return [];
              const firstAt = new Date(Math.min(...ids.map((id) => own.get(id)!.getTime())));
              return [{ ...c, contactIds: ids, firstAt }];
            })
          : kase.contradictions;
        const nonCompliance = own
          ? kase.nonCompliance.filter((n) => own.has(n.contactId))
          : kase.nonCompliance;
        const contradicted = new Set(contradictions.map((c) => c.replyId));
        return {
          id: kase.id,
          sourceId,
          target,
          subjectId,
          law: kase.law,
          requests: [...kase.requests],
          openedAt: iso(kase.openedAt),
          status: kase.status,
          timeZone: kase.timeZone,
          deadline: isoOrNull(kase.deadline?.dueAt),
          dueDate: kase.deadline?.dueDate ?? null,
          rule: kase.deadline?.rule ?? null,
          extended: kase.deadline?.extended ?? false,
          watchFrom: isoOrNull(kase.deadline?.watchFrom),
          answeredLate: kase.answeredLate,
          lateDays: kase.lateDays,
          parentCaseId: kase.parentCaseId ?? null,
          hop: kase.hop ?? null,
          childCaseIds: [...kase.childCaseIds],
          closedAt: isoOrNull(kase.closedAt),
          letters: kase.letters.map((l) => ({
            at: iso(l.at),
            kind: l.kind,
            ...(l.to === undefined ? {} : { to: l.to }),
            ...(l.via === undefined ? {} : { via: l.via }),
          })),
          replies: kase.replies.map((r) => ({
            at: iso(r.at),
            ...(r.claims.length === 0 ? {} : { summary: r.claims.join(', ') }),
            claims: [...r.claims],
            namesRecipients: r.namesRecipients.map((p) => p.name),
            namesSources: r.namesSources.map((p) => p.name),
            next: [
              ...r.namesSources.map((p) => ({ ...p, hop: 'source' as const })),
              ...r.namesRecipients.map((p) => ({ ...p, hop: 'recipient' as const })),
            ].map((p) => ({ name: p.name, sourceId: p.sourceId, caseId: p.caseId, hop: p.hop })),
            contradicts: contradicted.has(r.id),
            ...(r.note === undefined ? {} : { note: r.note }),
          })),
          contradictions: contradictions.map((c) => ({
            claim: c.claim,
            claimedAt: iso(c.claimedAt),
            kind: c.kind,
            contactIds: [...c.contactIds],
            firstAt: iso(c.firstAt),
          })),
          nonCompliance: nonCompliance.map((n) => ({
            contactId: n.contactId,
            at: iso(n.at),
            windowEnd: iso(n.windowEnd),
            by: n.by,
            canaryId: n.canaryId,
          })),
        };
      });
  });
}
