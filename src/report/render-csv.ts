import { csvCell } from '../trace/block-list.js';
import { reportCaseViews } from './cases-view.js';
import { actorLabel, evidenceAgainst, indexReport } from './findings.js';
import type { Report } from './report-schema.js';

/** The tables {@link renderCsv} writes. */
export type CsvTable = 'findings' | 'contacts' | 'actors' | 'cases';

/** Options of {@link renderCsv}. */
export interface RenderCsvOptions {
  /**
   * The table: `findings` (one row per source), `contacts` (the full log), `actors` or `cases`
   * (one row per case and person); `findings` when omitted.
   */
  readonly table?: CsvTable;
}

const num = (value: number | null): string => (value === null ? '' : String(value));

function rowsOf(report: Report, table: CsvTable): string[][] {
  const sourceName = new Map(report.sources.map((s) => [s.id, s.name]));
  if (table === 'findings') {
    return [
      [
        'source_id',
        'source',
        'category',
        'status',
        'first_leak_at',
        'lag_days',
        'people_leaked',
        'people_total',
        'evidence',
        'evidence_against',
        'weak_contacts',
        'expected_background',
        'p_value',
        'q_value',
        'posterior',
        'legitimate_contacts',
        'actor_ids',
        'broker_ids',
      ],
      ...report.sources.map((s) => {
        const f = s.finding;
        return [
          s.id,
          s.name,
          s.category,
          f.status,
          f.firstLeakAt ?? '',
          num(f.lagDays),
          num(f.subjects.leaked),
          num(f.subjects.total),
          num(f.evidence.length),
          num(evidenceAgainst(report, s)),
          num(f.weakContacts),
          num(f.expectedBackground),
          num(f.pValue),
          num(f.qValue),
          num(f.posterior),
          num(f.legitimateContacts),
          f.actorIds.join(' '),
          f.brokerIds.join(' '),
        ];
      }),
    ];
  }
  if (table === 'cases') return caseRows(report);
  if (table === 'actors') {
    const index = indexReport(report);
    return [
      [
        'actor_id',
        'name',
        'numbers',
        'senders',
        'topic',
        'flags',
        'contacts',
        'subjects',
        'sources',
        'first_seen',
        'last_seen',
        'links',
      ],
      ...report.actors.map((a) => [
        a.id,
        actorLabel(a, index),
        a.numbers.join(' '),
        a.senders.join(' '),
        a.topic,
        a.flags.join(' '),
        num(a.contactIds.length),
        num(a.subjectIds.length),
        a.sourceIds.map((id) => sourceName.get(id) ?? id).join('; '),
        a.firstSeen,
        a.lastSeen,
        a.links.join(' '),
      ]),
    ];
  }
  return [
    [
      'contact_id',
      'at',
      'channel',
      'from',
      'from_name',
      'to',
      'addressed_as',
      'content',
      'verdict',
      'confidence',
      'subject_id',
      'sources',
      'source_ids',
      'revealed',
      'reason',
    ],
    ...report.contacts.map((c) => [
      c.id,
      c.at,
      c.channel,
      c.from ?? '',
      c.fromName ?? '',
      c.to ?? '',
      c.addressedAs ?? '',
      c.content ?? '',
      c.verdict,
      num(c.confidence),
      c.subjectId ?? '',
      c.sources.map((s) => sourceName.get(s.sourceId) ?? s.sourceId).join('; '),
      c.sources.map((s) => s.sourceId).join(' '),
      c.hits.map((h) => `${h.kind}:${h.value}@${h.where}/${h.how}`).join('; '),
      c.reason,
    ]),
  ];
}

/** One row per case and person: target, law, requests, status, due date, counts and the walk. */
function caseRows(report: Report): string[][] {
  return [
    [
      'case_id',
      'subject_id',
      'target',
      'source_id',
      'target_kind',
      'law',
      'requests',
      'status',
      'due_date',
      'deadline',
      'rule',
      'letters',
      'replies',
      'contradictions',
      'non_compliance',
      'answered_late',
      'parent_case_id',
      'hop',
      'child_case_ids',
      'opened_at',
      'closed_at',
      'late_days',
    ],
    ...reportCaseViews(report).map((c) => [
      c.id,
      c.subjectId,
      c.target.name,
      c.sourceId ?? '',
      c.target.kind,
      c.law,
      c.requests.join(' '),
      c.status,
      c.dueDate ?? '',
      c.deadline ?? '',
      c.rule ?? '',
      num(c.letters.length),
      num(c.replies.length),
      num(c.contradictions.length),
      num(c.nonCompliance.length),
      String(c.answeredLate),
      c.parentCaseId ?? '',
      c.hop ?? '',
      c.childCaseIds.join(' '),
      c.openedAt,
      c.closedAt ?? '',
      c.lateDays === null ? '' : num(c.lateDays),
    ]),
  ];
}

/**
 * Renders one table of a report as CSV (RFC 4180: CRLF line ends, quoted cells). Formula-safe:
 * a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe (bare E.164
 * numbers stay numbers), through the same `csvCell` the block lists use. Contact text is
 * otherwise kept as it came: the CSV is the raw evidence log.
 *
 * @param report - The report model from `buildReport()`.
 * @param options - Which table.
 * @returns CSV text with a header row.
 * @example
 * ```ts
 * await writeFile('contacts.csv', renderCsv(report, { table: 'contacts' }));
 * ```
 */
export function renderCsv(report: Report, options: RenderCsvOptions = {}): string {
  const rows = rowsOf(report, options.table ?? 'findings');
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
