import { refusedBy, unansweredRequests } from '../../cases/answered.js';
import { periodEnd, REPLY_RULES } from '../../cases/deadlines.js';
import { useBy } from '../../cases/use-by.js';
import { validationError } from '../../errors.js';
import { caseRequests, reportCaseViews, type ViewCase } from '../cases-view.js';
import { indexReport, type ReportIndex } from '../findings.js';
import type { Formatter } from '../format.js';
import type { Law, Report } from '../report-schema.js';

/**
 * The parts of letters that come from a case: the reminder to a source that let its deadline
 * pass, and the history a complaint to the regulator cites (requests made, answers received,
 * contradictions with their evidence, uses after the erasure window).
 */

/** Days a reminder gives by default: short, as the legal period has already run out. */
export const REMINDER_DAYS = 7;

/**
 * The law's words for a person's region: the GDPR binds the United Kingdom as the UK GDPR (with
 * the Data Protection Act 2018) since 1 January 2021 (the European Union (Withdrawal) Act 2018,
 * s. 3, as amended), with the same article numbers. For a person in `GB`, "the GDPR" and "GDPR
 * art." in template text become "the UK GDPR" and "UK GDPR art."; other laws and regions are
 * left as they are.
 *
 * @param law - The letter's law.
 * @param region - The person's region (ISO 3166-1 alpha-2).
 * @returns A function rewriting template text (never contact text).
 */
export function lawWording(law: Law, region: string): (text: string) => string {
  if (law !== 'GDPR' || region.toUpperCase() !== 'GB') return (text) => text;
  return (text) =>
    text
      .replace(/《通用数据保护条例》（GDPR）/gu, '英国《通用数据保护条例》（UK GDPR）')
      .replace(/\bthe GDPR\b/gu, 'the UK GDPR')
      .replace(/(?<!UK )\bGDPR(?= art\.| 第)/gu, 'UK GDPR');
}

/** The region of a report's subject (`''` when unknown). */
export function regionOf(report: Report, subjectId: string): string {
  return report.subjects.find((s) => s.id === subjectId)?.region ?? '';
}

/** The cases of one source and person in a report, with every field filled in. */
export function casesOn(report: Report, sourceId: string, subjectId: string): ViewCase[] {
  return reportCaseViews(report).filter((c) => c.sourceId === sourceId && c.subjectId === subjectId);
}

const isAnswer = (claims: readonly string[]): boolean => claims.some((c) => c !== 'extension');

/** What a reminder needs to know about the letter and its sender. */
export interface ReminderInput {
  readonly report: Report;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly subjectId: string;
  readonly law: Law;
  /** The reminder's date, ISO. */
  readonly date: string;
  /** The identifiers given to the source, as letter lines. */
  readonly given: readonly string[];
  /** The regulator the reminder names as the next step. */
  readonly regulator: string;
  /** Days the reminder gives. */
  readonly days: number;
  /** The signer's zone: the new deadline ends at the end of a day there. */
  readonly timeZone: string;
  readonly fmt: Formatter;
}

/**
 * A reminder after its date and sender lines: the addressee and subject, the first request and its date, what it asked,
 * the identifiers it concerned, the missed deadline (or the incomplete answer), and a short new
 * deadline with the complaint that follows it.
 *
 * @returns Letter lines.
 * @throws ValidationError (`kind`, `no_request`) when the report holds no case on the source
 *   with its request logged; (`date`, `not_due`) when the letter is dated on or before the reply
 *   deadline; (`reminderDays`, `invalid`) unless it is a whole number from 1 to 366.
 */
export function reminderBody(input: ReminderInput): string[] {
  const { report, fmt, law } = input;
  const l = fmt.t.letter;
  const c = fmt.t.caseLetters;
  const cases = casesOn(report, input.sourceId, input.subjectId).filter((k) =>
    k.letters.some((x) => x.kind === 'request'),
  );
  const kase = cases.find((k) => k.law === law) ?? cases[0];
  if (!kase)
    throw validationError(
      'kind',
      'no_request',
      'a reminder needs a case on this source with its request logged (see tracer.logLetter)',
    );
  const request = kase.letters.find((x) => x.kind === 'request')!;
  const wording = lawWording(kase.law, regionOf(report, input.subjectId));
  const lawName = wording(l.lawName[kase.law]);
  const rule = REPLY_RULES[kase.law];
  const due =
    kase.deadline ?? periodEnd(new Date(request.at), rule.period, kase.timeZone, false).toISOString();
  const answer = kase.replies.find((r) => isAnswer(r.claims));
  // An extension notice is a reply: the reminder must not say none came.
  const extension = kase.replies.find((r) => r.claims.includes('extension'));
  // A reminder says the deadline passed: before it has, that would be a false accusation (and a
  // new deadline shorter than the law's).
  if (new Date(input.date) <= new Date(due))
    throw validationError(
      'date',
      'not_due',
      `the reply is due ${fmt.date(due)}: a reminder can be written once that day has passed`,
    );
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 366)
    throw validationError('reminderDays', 'invalid', 'must be a whole number of days from 1 to 366');
  // A reply that refused the request, or answered every part of it, has been given: a reminder
  // saying otherwise misstates the correspondence. The next step is a complaint.
  const refusal = refusedBy(kase.replies);
  if (refusal)
    throw validationError(
      'kind',
      'refused',
      `the reply of ${fmt.date(refusal.at)} refused the request: write to the regulator instead (a complaint)`,
    );
  const missing = answer ? unansweredRequests(kase.requests, kase.replies) : [];
  if (answer && missing.length === 0)
    throw validationError(
      'kind',
      'answered',
      `the replies answered every request (${caseRequests(kase, fmt)}): a reminder would say otherwise; if the evidence contradicts them, write to the regulator (a complaint)`,
    );
  const newDue = periodEnd(new Date(input.date), { days: input.days }, input.timeZone, false);
  return [
    l.toSource(input.sourceName),
    '',
    answer
      ? c.subjectReminderPartial(fmt.date(request.at), lawName)
      : c.subjectReminder(fmt.date(request.at), lawName),
    '',
    l.greeting,
    '',
    c.sent(fmt.date(request.at), lawName),
    ...input.given,
    '',
    c.asked,
    ...l.requests[kase.law].map((r, i) => `${i + 1}. ${wording(r)}`),
    '',
    answer
      ? c.partial(
          fmt.date(answer.at),
          fmt.date(due),
          fmt.t.list(missing.map((r) => fmt.t.cases.request[r] ?? r)),
        )
      : extension
        ? c.extended(
            fmt.date(extension.at),
            fmt.date(due),
            wording(l.rule(kase.rule ?? rule.cite, l.period[kase.law])),
          )
        : c.missed(fmt.date(due), wording(l.rule(kase.rule ?? rule.cite, l.period[kase.law]))),
    '',
    c.newDeadline(fmt.number(input.days), fmt.date(newDue.toISOString()), input.regulator),
  ];
}

/**
 * What a complaint cites of the cases on a source: each letter sent, each reply with the
 * parties it named and, when the evidence contradicts it, how (with the contacts' count and
 * first date); a late or missing answer; and every use of the data after the erasure window.
 *
 * @returns Letter lines; empty when there is no case.
 */
export function complaintHistory(
  report: Report,
  sourceId: string,
  subjectId: string,
  date: string,
  fmt: Formatter,
): string[] {
  const l = fmt.t.letter;
  const c = fmt.t.caseLetters;
  const cases = casesOn(report, sourceId, subjectId);
  if (cases.length === 0) return [];
  // A case can cover several people; a letter is signed by one, and states only what happened
  // to their own data: another person's contacts contradict nothing the signer can show.
  const index = indexReport(report);
  const own = (contactId: string): boolean => signersContact(index, contactId, subjectId);
  const out = ['', l.caseIntro];
  for (const k of cases) {
    // Several cases on one source: each under its own heading, or a second case's request
    // would read as an item of the first one's list above it (a use of the data after erasure).
    if (cases.length > 1)
      out.push(
        '',
        c.caseHeading(
          fmt.date(k.openedAt),
          lawWording(k.law, regionOf(report, subjectId))(l.lawName[k.law] ?? k.law),
          caseRequests(k, fmt),
        ),
      );
    for (const letter of k.letters)
      out.push(l.caseLetter(fmt.date(letter.at), l.caseKind[letter.kind] ?? letter.kind));
    for (const reply of k.replies) {
      out.push(
        l.caseReply(
          fmt.date(reply.at),
          reply.claims.length === 0
            ? '–'
            : fmt.t.list(reply.claims.map((claim) => l.caseClaim[claim] ?? claim)),
        ),
      );
      if (reply.namesRecipients.length > 0) out.push(l.caseRecipients(fmt.t.list(reply.namesRecipients)));
      const contradictions = k.contradictions.flatMap((x) => {
        if (x.claimedAt !== reply.at) return [];
        const ids = x.contactIds.filter(own);
        const first = ids.map((id) => index.contact.get(id)!.at).sort()[0];
        return first === undefined ? [] : [{ kind: x.kind, n: ids.length, first }];
      });
      // Stated when the signer's own contacts contradict the reply, or when the case lists no
      // contact for it (a contradiction of the reply's own words, e.g. a claim it then withdrew).
      const listed = k.contradictions.some((x) => x.claimedAt === reply.at);
      if (reply.contradicts && (!listed || contradictions.length > 0)) out.push(l.caseContradicts);
      for (const x of contradictions)
        out.push(c.contradiction(fmt.t.cases.why[x.kind] ?? x.kind, fmt.number(x.n), fmt.date(x.first), x.n));
    }
    if (k.answeredLate && k.deadline !== null)
      out.push(
        k.lateDays === null ? c.late(fmt.date(k.deadline)) : c.lateBy(fmt.date(k.deadline), k.lateDays),
      );
    if (!k.replies.some((r) => isAnswer(r.claims)) && k.deadline !== null && k.deadline < date)
      out.push(l.caseNoReply(fmt.date(k.deadline)));
    const uses = k.nonCompliance.filter((n) => index.canary.get(n.canaryId)?.subjectId === subjectId);
    if (uses.length > 0) {
      out.push(c.nonComplianceIntro(fmt.date(uses[0]!.windowEnd)));
      for (const n of uses)
        out.push(c.nonCompliance(fmt.dateTime(n.at), fmt.t.cases.by[useBy(n.by, k.replies)] ?? n.by));
    }
  }
  return out;
}

/**
 * Whether a contact is the signer's evidence: it reached them, or used an identity they were
 * issued. A contact the report does not hold cannot be shown, so it is not.
 */
function signersContact(index: ReportIndex, contactId: string, subjectId: string): boolean {
  const contact = index.contact.get(contactId);
  if (contact === undefined) return false;
  return (
    contact.subjectId === subjectId ||
    contact.hits.some((h) => h.canaryId !== null && index.canary.get(h.canaryId)?.subjectId === subjectId)
  );
}
