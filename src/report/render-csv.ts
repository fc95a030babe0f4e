import { csvCell } from '../trace/block-list.js';
import { isInferredDealer } from '../trace/brokers.js';
import type { Locale } from '../types.js';
import { reportCaseViews } from './cases-view.js';
import {
  actorLabel,
  brokerLabel,
  callerText,
  evidenceAgainst,
  evidenceItemsAgainst,
  indexReport,
  omittedEvidence,
  type ReportIndex,
  revealedList,
  shownPosterior,
} from './findings.js';
import { createFormatter, type Formatter, reportRegion } from './format.js';
import { checkReportArgument, parseRenderOptions, renderCsvOptionsSchema } from './options.js';
import type { Report, ReportSource } from './report-schema.js';
import { visible } from './visible.js';

/** The tables {@link renderCsv} writes. */
export type CsvTable = 'findings' | 'contacts' | 'actors' | 'cases';

/** Options of {@link renderCsv}. */
export interface RenderCsvOptions {
  /**
   * The table: `findings` (one row per source), `contacts` (the full log), `actors` or `cases`
   * (one row per case and person); `findings` when omitted.
   */
  readonly table?: CsvTable;
  /**
   * The language of the cells written for people (callers' and dealers' names, what a contact
   * revealed); the report's locale when omitted. Headers, ids and codes (`leaked`, `leak`) are
   * the same in every language.
   */
  readonly locale?: Locale;
}

const num = (value: number | null): string => (value === null ? '' : String(value));

/** A number for display: `digits` significant digits, no binary noise (`0.30000000000000004`). */
const rounded = (value: number | null, digits = 3): string =>
  value === null ? '' : String(Number(value.toPrecision(digits)));

/**
 * A probability for display, four decimals, never rounded to a certainty it is not: a posterior of
 * 0.9999999999999887 is `0.9999`, not `1`; one under 0.0001 keeps two significant digits. The
 * JSON keeps the full value.
 */
export function displayProbability(value: number | null): string {
  if (value === null) return '';
  if (value === 0 || value === 1) return String(value);
  if (value < 0.0001) return String(Number(value.toPrecision(2)));
  const r = Math.round(value * 10_000) / 10_000;
  return String(r >= 1 ? 0.9999 : r);
}

/**
 * What a source's status rests on: `decisive` (a third party used an identity only it was given,
 * or a merged record carried it: no test needed, so no p-value), `statistical` (pool-number
 * contacts or campaigns above the background), or nothing for a clean or legitimate-only source.
 */
export function findingBasis(report: Report, source: ReportSource): 'decisive' | 'statistical' | '' {
  const f = source.finding;
  if (f.status !== 'leaked' && f.status !== 'suspected') return '';
  return evidenceItemsAgainst(report, source).some((e) => e.kind === 'decisive' || e.kind === 'merge')
    ? 'decisive'
    : 'statistical';
}

function rowsOf(report: Report, table: CsvTable, fmt: Formatter): string[][] {
  const sourceName = new Map(report.sources.map((s) => [s.id, s.name]));
  const subjectName = new Map(report.subjects.map((s) => [s.id, s.name]));
  const index = indexReport(report);
  if (table === 'findings') {
    return [
      [
        'source_id',
        'source',
        'category',
        'status',
        'basis',
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
        'callers',
        'dealers',
        'actor_ids',
        'broker_ids',
      ],
      ...report.sources.map((s) => {
        const f = s.finding;
        const basis = findingBasis(report, s);
        // A status proven by an identity only the source had rests on no test: a p-value of 1
        // (the pool test found nothing) beside "leaked" would read as a contradiction.
        const tested = basis !== 'decisive';
        return [
          s.id,
          s.name,
          s.category,
          f.status,
          basis,
          f.firstLeakAt ?? '',
          num(f.lagDays),
          num(f.subjects.leaked),
          num(f.subjects.total),
          num(f.evidence.length + omittedEvidence(report, s, undefined, false)),
          num(evidenceAgainst(report, s)),
          num(f.weakContacts),
          rounded(f.expectedBackground),
          tested ? rounded(f.pValue) : '',
          tested ? rounded(f.qValue) : '',
          displayProbability(shownPosterior(report, s)),
          num(f.legitimateContacts),
          actorNames(f.actorIds, index, fmt),
          f.brokerIds
            .flatMap((id) => report.brokers.filter((b) => b.id === id && isInferredDealer(b)))
            .map((b) => brokerLabel(b, fmt))
            .join('; '),
          f.actorIds.join(' '),
          f.brokerIds.join(' '),
        ];
      }),
    ];
  }
  if (table === 'cases') return caseRows(report);
  if (table === 'actors') {
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
        actorLabel(a, index, fmt),
        a.numbers.map(callerText).join(' '),
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
      'from_key',
      'from_name',
      'to',
      'addressed_as',
      'content',
      'verdict',
      'confidence',
      'subject',
      'subject_id',
      'sources',
      'source_ids',
      'revealed',
      'revealed_codes',
      'reason',
    ],
    ...report.contacts.map((c) => [
      c.id,
      c.at,
      c.channel,
      c.from === undefined ? '' : callerText(c.from),
      c.from ?? '',
      c.fromName ?? '',
      c.to ?? '',
      c.addressedAs ?? '',
      c.content ?? '',
      c.verdict,
      num(c.confidence),
      c.subjectId === null ? '' : (subjectName.get(c.subjectId) ?? ''),
      c.subjectId ?? '',
      c.sources.map((s) => sourceName.get(s.sourceId) ?? s.sourceId).join('; '),
      c.sources.map((s) => s.sourceId).join(' '),
      revealedList(c, index, fmt).join('; '),
      c.hits.map((h) => `${h.real ? 'real-' : ''}${h.kind}:${h.value}@${h.where}/${h.how}`).join('; '),
      c.reason,
    ]),
  ];
}

/** Callers by name, never by internal id. */
function actorNames(ids: readonly string[], index: ReportIndex, fmt: Formatter): string {
  return ids
    .map((id) => {
      const actor = index.actor.get(id);
      return actor ? actorLabel(actor, index, fmt) : fmt.t.report.unknownSender;
    })
    .join('; ');
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
 * numbers stay numbers), through the same `csvCell` the block lists use. Bidi overrides and
 * isolates (U+202E, U+2066–2069 …), zero-width and control characters would make a spreadsheet
 * show a cell reversed or hidden: each is written as `<U+202E>`, as in the HTML report
 * (`fromVisible()` gives the text back exactly); tabs and line breaks are kept. Otherwise contact
 * text is kept as it came: the CSV is the raw evidence log.
 *
 * Findings: `basis` says what a status rests on (`decisive`: an identity only the source was
 * given; `statistical`: a test against the background); p and q are left empty for a decisive
 * finding, and probabilities are rounded for reading (the JSON keeps them exact). People's
 * cells name callers and dealers; the `…_id`, `…_key` and `…_codes` columns keep the ids.
 *
 * @param report - The report model from `buildReport()`.
 * @param renderOptions - Which table, and the language of the cells written for people.
 * @returns CSV text with a header row.
 * @throws ConfigError naming the option when an option has a wrong type or value.
 * @throws ValidationError when `report` is not a report model.
 * @example
 * ```ts
 * await writeFile('contacts.csv', renderCsv(report, { table: 'contacts' }));
 * ```
 */
export function renderCsv(report: Report, renderOptions: RenderCsvOptions = {}): string {
  checkReportArgument(report);
  const options = parseRenderOptions(renderCsvOptionsSchema, renderOptions);
  const fmt = createFormatter(options.locale ?? report.locale, report.timeZone, reportRegion(report));
  const rows = rowsOf(report, options.table ?? 'findings', fmt);
  return `${rows.map((row) => row.map((cell) => csvCell(visible(cell))).join(',')).join('\r\n')}\r\n`;
}
