import { caseTimeZone, periodEnd, REPLY_RULES } from '../../cases/deadlines.js';
import { validationError } from '../../errors.js';
import type { Locale } from '../../types.js';
import {
  actorLabel,
  actorSeenBy,
  callerText,
  evidenceActorIds,
  evidenceItemsAgainst,
  findingSentences,
  hitLabel,
  indexReport,
  omittedEvidence,
  senderText,
} from '../findings.js';
import { createFormatter, type Formatter } from '../format.js';
import { checkReportArgument, letterOptionsSchema, parseRenderOptions } from '../options.js';
import type { Law, Report, ReportSource } from '../report-schema.js';
import { visible } from '../visible.js';
import { complaintHistory, lawWording, REMINDER_DAYS, reminderBody } from './case-letters.js';
import { identifierClaim } from './identifier-claim.js';
import { type Regulator, regulatorFor, supervisoryAuthority } from './regulators.js';

export { type Regulator, regulatorFor } from './regulators.js';

/** Options of {@link renderLetter}. */
export interface LetterOptions {
  /** `source`: a request to the leaking source; `regulator`: a complaint about it. */
  readonly to: 'source' | 'regulator';
  /** The source the letter is about. */
  readonly sourceId: string;
  /** The law the requests are made under. */
  readonly law: Law;
  /** The language; the report's locale when omitted. */
  readonly locale?: Locale;
  /**
   * The regulator; by law when omitted: PIPL → 12321, CCPA → the California Privacy Protection
   * Agency (`CPPA`, Cal. Civ. Code § 1798.199.45), GDPR → the ICO for a person in the United
   * Kingdom (region `GB`, the UK GDPR), else the supervisory authority where the person lives
   * (`EU-DPA`, GDPR art. 77(1)), named when their region (and in Germany their address's Land)
   * tells which.
   */
  readonly regulator?: Regulator;
  /** The subject writing; the report's subject, else the one of the source's first evidence. */
  readonly subjectId?: string;
  /** The letter's date; the report's `generatedAt` when omitted. */
  readonly date?: Date | string;
  /**
   * To a source: the first `request` (the default), or a `reminder` that cites the request of
   * the report's case on the source, its date and the missed deadline, and sets a short new one.
   */
  readonly kind?: 'request' | 'reminder';
  /** The days a reminder gives: 7. */
  readonly reminderDays?: number;
}

/**
 * Whom a complaint is addressed to, and how a reminder names it: an EU authority by name when
 * the person's region (and in Germany their Land) tells which, else the rule for finding it.
 */
function regulatorAddress(
  regulator: Regulator,
  subject: Report['subjects'][number],
  fmt: Formatter,
): { readonly to: string; readonly name: string } {
  const l = fmt.t.letter;
  const name = fmt.t.caseLetters.regulator[regulator] ?? regulator;
  if (regulator !== 'EU-DPA') return { to: l.toRegulator[regulator], name };
  const authority = supervisoryAuthority(subject.region, subject.subdivision);
  if (authority !== undefined)
    return { to: l.toAuthority(authority.name, authority.site), name: authority.name };
  return { to: subject.region.toUpperCase() === 'DE' ? l.toLandAuthority : l.toRegulator['EU-DPA'], name };
}

/** Evidence rows in a letter: enough to check, short enough to read. */
const MAX_EVIDENCE_ROWS = 20;

/**
 * A cell of a plain-text table: one line, no column breaks. Only tabs, line breaks and spaces
 * fold into one space; every other invisible character is shown by the `visible()` the whole
 * letter goes through (once: a second pass would mark the markers).
 */
function cell(text: string): string {
  return text
    .replace(/\|/gu, '\\|')
    .replace(/[\t\n\r ]+/gu, ' ')
    .trim();
}

/**
 * The zone a letter's dates and times are written in: the zone of the signer's case on the source
 * under the letter's law (its deadlines are counted there); else the report's zone when the report
 * is the signer's own and names a zone of its own (theirs, or one its caller chose); else the
 * signer's zone, their region's single zone, or the zone of the law's territory (California for
 * the CCPA: the law protects its residents) — the rule a case uses; else the report's zone. A
 * person in a region of several zones who gave none is never written to in UTC under the CCPA.
 */
function letterTimeZone(
  report: Report,
  subject: Report['subjects'][number],
  law: Law,
  sourceId: string,
): string {
  const kase = report.cases?.find(
    (c) => c.sourceId === sourceId && c.subjectId === subject.id && c.law === law && c.timeZone,
  );
  if (kase?.timeZone !== undefined) return kase.timeZone;
  if (report.subjectId === subject.id && report.timeZone !== 'UTC') return report.timeZone;
  return subject.timeZone ?? caseTimeZone(law, undefined, { region: subject.region }) ?? report.timeZone;
}

/** The distinct strings of a list, in their first order. */
const unique = (items: readonly string[]): string[] => [...new Set(items)];

function evidenceTable(report: Report, source: ReportSource, subjectId: string, fmt: Formatter): string[] {
  const index = indexReport(report);
  // Only this person's evidence, and only what counts against the source (pool-number calls
  // that did not rise above the background are not evidence). Pool-number contacts alone prove
  // little: when stronger evidence exists, the table shows only it.
  const own = evidenceItemsAgainst(report, source, subjectId);
  const strong = own.filter((e) => e.kind !== 'pool-number');
  const rows = (strong.length > 0 ? strong : own).slice(0, MAX_EVIDENCE_ROWS).flatMap((e) => {
    const c = index.contact.get(e.contactId);
    if (!c) return [];
    const hits = c.hits.filter((h) => h.sourceId === source.id);
    return [
      [
        fmt.dateTime(c.at),
        fmt.t.report.channel[c.channel],
        senderText(c, fmt),
        // An identifier found twice (the address contacted, and again in a link of the text) is
        // one identifier used: each is named once, and each way of finding them once.
        unique(hits.map((h) => `${hitLabel(h, fmt)} ${h.value}`)).join(', ') || '–',
        unique(hits.map((h) => fmt.t.finding.how[h.how])).join(', ') || '–',
      ],
    ];
  });
  // The times carry their zone: a time read in another zone can fall on another day.
  const head = [fmt.t.letter.evidenceDate(fmt.timeZone), ...fmt.t.letter.evidenceHeader.slice(1)];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/**
 * What the analysis found about a source, in words a person reads, for a refusal that has no
 * evidence from `person` to write about (its status name is a key, not a sentence).
 */
function analysisSays(status: ReportSource['finding']['status'], person: string): string {
  switch (status) {
    case 'leaked':
      return `the analysis finds it leaked the data of others in this store, not through what ${person} gave it`;
    case 'suspected':
      return 'the analysis only suspects it';
    default:
      return 'the analysis finds no leak by it';
  }
}

/**
 * Why a request or complaint has nothing to write about: no contact used an identity the signer
 * gave the source, or those that did are weak evidence (a pool number other organisations may
 * also hold, a name variant a stranger could write, a caller tied to it by chance), not enough
 * for a letter.
 */
function noEvidenceReason(
  report: Report,
  source: ReportSource,
  subject: { id: string; name: string },
): string {
  const weak =
    source.finding.evidence.some((e) => e.subjectId === subject.id) ||
    omittedEvidence(report, source, subject.id, false) > 0;
  const status = analysisSays(source.finding.status, subject.name);
  return weak
    ? `the contacts through identities ${subject.name} gave ${source.name} are weak evidence (a pool number other organisations may also hold, a name variant a stranger could write, or a caller not tied to it): not enough for a letter (${status})`
    : `no contact used an identity ${subject.name} gave ${source.name} (${status}): there is no evidence to write about`;
}

/**
 * Writes a letter about a leaked source, in English or Chinese, from templates with identical
 * keys: to the source, a request under PIPL, GDPR or CCPA/CPRA for a copy of the data, its
 * source and recipients, and its erasure, with the reply deadline the law sets as a date; or to
 * the regulator (12321, the California Privacy Protection Agency, ICO or an EU supervisory
 * authority, named by the person's region and Land), a complaint with the evidence table, the callers and, when
 * the report holds cases, the requests made, the answers received (late or missing), the
 * contradictions with their evidence and every use after the erasure window. With `kind:
 * 'reminder'`, the letter to the source is a reminder: it cites the case's request and its date,
 * the deadline missed, and sets a short new one (`reminderDays`, 7) before a complaint.
 *
 * @param report - The report model from `buildReport()`.
 * @param options - Recipient, source, law, locale, regulator, subject and date.
 * @returns The letter as plain text (Markdown-compatible tables).
 * @throws ConfigError naming the option when an option has a wrong type or value (`law`,
 *   `locale`, `date`, `reminderDays` …).
 * @throws ValidationError when the source or subject is not in the report; (`sourceId`,
 *   `not_leaked`) for a request or complaint when no contact used an identity the signer gave
 *   the source (no evidence to write about); for a reminder
 *   (`kind`, `no_request`) when the report holds no case on the source with its request logged.
 * @example
 * ```ts
 * const letter = renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'PIPL', locale: 'zh-CN' });
 * const reminder = renderLetter(report, { to: 'source', kind: 'reminder', sourceId: hotel.id, law: 'PIPL' });
 * ```
 */
export function renderLetter(report: Report, letterOptions: LetterOptions): string {
  checkReportArgument(report);
  const options = parseRenderOptions(letterOptionsSchema, letterOptions);
  const index = indexReport(report);
  const source = index.source.get(options.sourceId);
  if (!source) throw validationError('sourceId', 'not_found', `no source ${options.sourceId} in the report`);
  const subjectId = options.subjectId ?? report.subjectId ?? source.finding.evidence[0]?.subjectId;
  const subject = report.subjects.find((s) => s.id === subjectId);
  if (!subject)
    throw validationError('subjectId', 'not_found', `no subject ${String(subjectId)} in the report`);
  // Dated in the signer's zone whatever the report's scope: a report on a store of people in
  // two zones is in UTC, and the first leak in a signed letter must not move a day with it.
  const zone = letterTimeZone(report, subject, options.law, source.id);
  const fmt = createFormatter(options.locale ?? report.locale, zone, subject.region);
  // A request or a complaint asserts that the source's data reached third parties: with no
  // evidence of it from this person, there is nothing true to write (a reminder is about a
  // request, and may follow one made on other grounds).
  if (options.kind !== 'reminder' && evidenceItemsAgainst(report, source, subject.id).length === 0)
    throw validationError('sourceId', 'not_leaked', noEvidenceReason(report, source, subject));
  const l = fmt.t.letter;
  const wording = lawWording(options.law, subject.region);
  const law = wording(l.lawName[options.law]);
  const date = new Date(options.date ?? report.generatedAt).toISOString();
  // A letter cannot cite what had not happened on its date.
  const later = evidenceItemsAgainst(report, source, subject.id).find((e) => e.at > date);
  if (options.kind !== 'reminder' && later !== undefined)
    throw validationError(
      'date',
      'before_evidence',
      `the letter is dated ${date}, before the evidence it would cite (${later.at}): date it later, or build the report with to: the letter's date`,
    );
  const given = report.canaries
    .filter((c) => c.sourceId === source.id && c.subjectId === subject.id)
    .flatMap((c) =>
      c.fields.map((f) => {
        // What is true of this identifier: made at random by leaktrace, a name, a pool number,
        // or adopted from the person's records (and then perhaps guessable).
        const claim = l.claim[identifierClaim(f)](source.name);
        return c.undated
          ? l.givenItemUndated(fmt.t.report.field[f.kind], f.value, claim)
          : l.givenItem(fmt.t.report.field[f.kind], f.value, fmt.date(c.issuedAt), claim);
      }),
    );
  const sentences = findingSentences(index, source, fmt, subject.id);
  const evidence = evidenceTable(report, source, subject.id, fmt);
  const out: string[] = [l.date(fmt.date(date)), l.from(subject.name)];

  if (options.to === 'source' && options.kind === 'reminder') {
    const regulator = options.regulator ?? regulatorFor(options.law, subject.region);
    out.push(
      ...reminderBody({
        report,
        sourceId: source.id,
        sourceName: source.name,
        subjectId: subject.id,
        law: options.law,
        date,
        given,
        regulator: regulatorAddress(regulator, subject, fmt).name,
        days: options.reminderDays ?? REMINDER_DAYS,
        timeZone: zone,
        fmt,
      }),
      '',
      l.attachment,
      '',
      l.closing,
      subject.name,
    );
  } else if (options.to === 'source') {
    // The law's reply period from the letter's date, counted as the cases module counts it (the
    // end of the last day in the subject's zone; weekends roll over where the law says so).
    const rule = REPLY_RULES[options.law];
    const due = periodEnd(new Date(date), rule.period, zone, rule.rollsToWorkingDay, rule.holidays);
    out.push(
      l.toSource(source.name),
      '',
      l.subjectSource(law),
      '',
      l.greeting,
      '',
      l.given(source.name),
      ...given,
      '',
      l.reached(source.name),
      '',
      ...evidence,
      '',
      l.findingsIntro,
      ...sentences.map((s) => `- ${s}`),
      '',
      l.requestIntro(law),
      ...l.requests[options.law].map((r, i) => `${i + 1}. ${wording(r)}`),
      '',
      l.deadline(fmt.date(due.toISOString()), wording(l.rule(rule.cite, l.period[options.law]))),
      '',
      l.attachment,
      '',
      l.closing,
      subject.name,
    );
  } else {
    const regulator = options.regulator ?? regulatorFor(options.law, subject.region);
    // Only the callers that reached the signer: another person's callers are neither evidence
    // of this person's complaint nor theirs to disclose.
    const callers = evidenceActorIds(index, source, subject.id).flatMap((id) => {
      const whole = index.actor.get(id);
      if (!whole) return [];
      const actor = actorSeenBy(whole, index, subject.id);
      const lines = [...actor.numbers, ...actor.senders].map(callerText);
      const label = actorLabel(actor, index, fmt);
      const listed = `${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ' …' : ''}`;
      const topic = fmt.t.report.topic[actor.topic] ?? actor.topic;
      // A caller named by its first number is not named twice ("+86… : +86…, …").
      return [l.callerLine(label === lines[0] ? undefined : label, listed, topic)];
    });
    out.push(
      regulatorAddress(regulator, subject, fmt).to,
      '',
      l.subjectRegulator(source.name),
      '',
      l.greeting,
      '',
      l.complaint(source.name, law),
      ...given,
      '',
      ...evidence,
      '',
      l.findingsIntro,
      ...sentences.map((s) => `- ${s}`),
    );
    if (callers.length > 0) out.push('', l.callersIntro, ...callers);
    out.push(...complaintHistory(report, source.id, subject.id, date, fmt));
    out.push('', wording(l.regulatorRequest[options.law]), '', l.attachment, '', l.closing, subject.name);
  }
  // Names and senders came from users and contacts: controls and bidi overrides shown, not obeyed.
  return `${visible(out.join('\n'))}\n`;
}
