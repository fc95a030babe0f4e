import { useBy } from '../cases/use-by.js';
import { callerText } from './findings.js';
import { createFormatter, type Formatter } from './format.js';
import type { Report, ReportCase } from './report-schema.js';

/**
 * The cases of a report as every rendering shows them (HTML, Markdown, CSV, the chain graph):
 * one entry per case, the target's name, the sentences telling a case's walk, and the next hops
 * as edges between targets.
 */

type Defined<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
type ModelReply = ReportCase['replies'][number];
/** A reply with every field the model may leave out filled in. */
export type ViewReply = Defined<Omit<ModelReply, 'summary' | 'note'>> & Pick<ModelReply, 'note'>;
/** A case with every field the model may leave out filled in (a model written before them). */
export type ViewCase = Defined<Omit<ReportCase, 'replies'>> & { readonly replies: readonly ViewReply[] };

/** A case's status told from its letters and replies alone, for a model that lacks it. */
function statusOf(report: Report, kase: ReportCase): ViewCase['status'] {
  if (kase.closedAt) return 'closed';
  if (kase.letters.some((l) => l.kind === 'complaint')) return 'escalated';
  if (kase.replies.length > 0) return 'answered';
  if (!kase.letters.some((l) => l.kind === 'request')) return 'open';
  return kase.deadline !== null && kase.deadline < report.generatedAt ? 'overdue' : 'awaiting';
}

function viewOf(report: Report, kase: ReportCase): ViewCase {
  const sourceName = report.sources.find((s) => s.id === kase.sourceId)?.name;
  return {
    ...kase,
    target: kase.target ?? { kind: 'source', name: sourceName ?? kase.sourceId ?? kase.id, callers: [] },
    status: kase.status ?? statusOf(report, kase),
    timeZone: kase.timeZone ?? report.timeZone,
    dueDate: kase.dueDate ?? null,
    rule: kase.rule ?? null,
    extended: kase.extended ?? false,
    watchFrom: kase.watchFrom ?? null,
    answeredLate: kase.answeredLate ?? false,
    lateDays: kase.lateDays ?? null,
    parentCaseId: kase.parentCaseId ?? null,
    hop: kase.hop ?? null,
    childCaseIds: kase.childCaseIds ?? [],
    closedAt: kase.closedAt ?? null,
    contradictions: kase.contradictions ?? [],
    nonCompliance: kase.nonCompliance ?? [],
    replies: kase.replies.map((r) => ({
      at: r.at,
      claims: r.claims ?? (r.summary === undefined ? [] : r.summary.split(', ')),
      namesRecipients: r.namesRecipients,
      namesSources: r.namesSources ?? [],
      next: r.next ?? [],
      contradicts: r.contradicts,
      ...(r.note === undefined ? {} : { note: r.note }),
    })),
  };
}

/**
 * The report's cases, one entry per case and person, with every field filled in.
 *
 * @param report - The report model.
 * @returns The entries, in model order.
 */
export function reportCaseViews(report: Report): ViewCase[] {
  return (report.cases ?? []).map((c) => viewOf(report, c));
}

/**
 * The report's cases, once each (a case on several people has one model entry per person).
 *
 * @param report - The report model.
 * @returns The first entry of each case, in model order.
 */
export function uniqueCases(report: Report): ViewCase[] {
  const seen = new Set<string>();
  return reportCaseViews(report).filter((c) => !seen.has(c.id) && seen.add(c.id) !== undefined);
}

/** Whom a case is addressed to, as a reader names it. */
export function caseTargetName(kase: ViewCase, fmt: Formatter): string {
  return kase.target.kind === 'actor' ? fmt.t.cases.caller(kase.target.name) : kase.target.name;
}

/** The requests of a case in words. */
export function caseRequests(kase: ViewCase, fmt: Formatter): string {
  return fmt.t.list(kase.requests.map((r) => fmt.t.cases.request[r] ?? r));
}

/** The claims of a reply in words (`–` for none). */
export function replyClaims(claims: readonly string[], fmt: Formatter): string {
  return claims.length === 0
    ? fmt.t.cases.silent
    : fmt.t.list(claims.map((c) => fmt.t.letter.caseClaim[c] ?? c));
}

/**
 * A case told in sentences, in time order where it has one: the deadline and its rule, the
 * letters, each reply with the parties it named, the contradictions with their contacts, the
 * uses after the erasure window, and where the case sits in the walk.
 *
 * @param report - The report model (to name the parent and child cases).
 * @param kase - The case.
 * @param fmt - The locale's formatter.
 * @returns Plain sentences; renderers escape them.
 */
export function caseSentences(report: Report, kase: ViewCase, fmt: Formatter): string[] {
  const t = fmt.t.cases;
  const byId = new Map(uniqueCases(report).map((c) => [c.id, c]));
  const out: string[] = [];
  if (kase.parentCaseId !== null) {
    const parent = byId.get(kase.parentCaseId);
    out.push(
      t.parent(
        parent ? caseTargetName(parent, fmt) : kase.parentCaseId,
        t.hop[kase.hop ?? 'recipient'] ?? '',
      ),
    );
  }
  if (kase.target.kind === 'actor' && kase.target.callers.length > 0)
    out.push(t.callers(fmt.t.list(kase.target.callers.map(callerText))));
  if (kase.deadline !== null && kase.rule !== null)
    out.push(t.due(caseDueDate(kase, fmt), kase.rule, fmt.t.letter.period[kase.law]));
  if (kase.extended) out.push(t.extended);
  if (kase.answeredLate) out.push(kase.lateDays === null ? t.late : t.lateBy(kase.lateDays));
  // Letters and replies in the order they happened (a letter first on the same instant).
  const events: { at: string; lines: string[] }[] = [
    ...kase.letters.map((l) => ({
      at: l.at,
      lines: [t.letter(fmt.date(l.at), fmt.t.letter.caseKind[l.kind] ?? l.kind, l.to ?? '')],
    })),
    ...kase.replies.map((r) => ({
      at: r.at,
      lines: [
        t.reply(fmt.date(r.at), replyClaims(r.claims, fmt)),
        ...(['source', 'recipient'] as const).flatMap((hop) => {
          const names = r.next.filter((n) => n.hop === hop).map((n) => n.name);
          return names.length > 0 ? [t.namedParties(t.hop[hop]!, fmt.t.list(names))] : [];
        }),
      ],
    })),
  ];
  for (const e of events.sort((a, b) => a.at.localeCompare(b.at))) out.push(...e.lines);
  for (const c of kase.contradictions)
    out.push(
      t.contradiction(
        fmt.t.letter.caseClaim[c.claim] ?? c.claim,
        fmt.date(c.claimedAt),
        t.why[c.kind] ?? c.kind,
        fmt.number(c.contactIds.length),
        fmt.date(c.firstAt),
        c.contactIds.length,
      ),
    );
  if (kase.watchFrom !== null) out.push(t.watch(fmt.date(kase.watchFrom)));
  for (const n of kase.nonCompliance)
    out.push(
      t.nonCompliance(fmt.dateTime(n.at), t.by[useBy(n.by, kase.replies)] ?? n.by, fmt.date(n.windowEnd)),
    );
  const children = kase.childCaseIds.map((id) => {
    const child = byId.get(id);
    return child ? caseTargetName(child, fmt) : id;
  });
  if (children.length > 0) out.push(t.children(fmt.t.list(children)));
  if (kase.closedAt !== null) out.push(t.closed(fmt.date(kase.closedAt)));
  return out;
}

/** One end of a next hop: a source (by id) or the contacting party (by name). */
export interface HopEnd {
  /** `source:<id>` or `actor:<name>`, the same for every case on that target. */
  readonly key: string;
  readonly kind: 'source' | 'actor';
  readonly sourceId: string | null;
  readonly name: string;
}

/** A next hop of the chain: the data went `from` → `to` (a reply named the one or the other). */
export interface HopEdge {
  readonly from: HopEnd;
  readonly to: HopEnd;
  /** The case whose reply named the party. */
  readonly caseId: string;
}

function endOf(kase: ViewCase): HopEnd {
  return kase.sourceId === null
    ? { key: `actor:${kase.target.name}`, kind: 'actor', sourceId: null, name: kase.target.name }
    : { key: `source:${kase.sourceId}`, kind: 'source', sourceId: kase.sourceId, name: kase.target.name };
}

/**
 * The next hops the cases' replies named, as edges in the direction the data went: a named
 * recipient after the case's target, a named source before it. Each pair once.
 *
 * @param report - The report model.
 * @returns The edges, in case and reply order.
 */
export function caseHops(report: Report): HopEdge[] {
  const out: HopEdge[] = [];
  const seen = new Set<string>();
  for (const kase of uniqueCases(report)) {
    const here = endOf(kase);
    for (const reply of kase.replies)
      for (const party of reply.next) {
        const there: HopEnd = {
          key: `source:${party.sourceId}`,
          kind: 'source',
          sourceId: party.sourceId,
          name: party.name,
        };
        const [from, to] = party.hop === 'recipient' ? [here, there] : [there, here];
        const key = `${from.key}→${to.key}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ from, to, caseId: kase.id });
      }
  }
  return out;
}

/**
 * A case's reply deadline as a calendar date in the case's own zone (where its days are
 * counted), whatever the zone of the rendering: a report on people in several zones is in UTC,
 * and a California deadline's last instant falls on the next day there.
 *
 * @param kase - The case (its `deadline` instant and `timeZone`).
 * @param fmt - The rendering's formatter.
 * @returns The date, or "–" without a deadline.
 */
export function caseDueDate(
  kase: { readonly deadline: string | null; readonly timeZone?: string | undefined },
  fmt: Formatter,
): string {
  if (kase.deadline === null) return '–';
  const zone = kase.timeZone;
  return (
    zone === undefined || zone === fmt.timeZone ? fmt : createFormatter(fmt.locale, zone, fmt.region)
  ).date(kase.deadline);
}
