import { caseDueDate, caseRequests, caseSentences, caseTargetName, uniqueCases } from '../cases-view.js';
import type { Formatter } from '../format.js';
import type { Report } from '../report-schema.js';
import { html, type SafeHtml } from './escape.js';

/**
 * The cases section of the HTML report: a table (target, law, requests, status, due date,
 * letters, replies, contradictions, uses after the window) and one article per case telling its
 * walk; `null` when the report holds no case.
 *
 * @param report - The report model.
 * @param fmt - The locale's formatter.
 * @returns Safe markup, or `null`.
 */
export function casesSection(report: Report, fmt: Formatter): SafeHtml | null {
  const cases = uniqueCases(report);
  if (cases.length === 0) return null;
  const t = fmt.t.cases;
  const col = t.columns;
  const rows = cases.map(
    (c) =>
      html`<tr class="case ${c.status}"><td><a href="#${c.id}">${c.id}</a></td><td>${caseTargetName(c, fmt)}</td><td>${c.law}</td><td>${caseRequests(c, fmt)}</td><td><span class="status case-${c.status}">${t.status[c.status] ?? c.status}</span></td><td>${caseDueDate(c, fmt)}</td><td>${fmt.number(c.letters.length)}</td><td>${fmt.number(c.replies.length)}</td><td>${fmt.number(c.contradictions.length)}</td><td>${fmt.number(c.nonCompliance.length)}</td></tr>`,
  );
  const articles = cases.map(
    (c) =>
      html`<article class="case ${c.status}" id="${c.id}"><h3>${caseTargetName(c, fmt)} <span class="status case-${c.status}">${t.status[c.status] ?? c.status}</span></h3><ul>${caseSentences(
        report,
        c,
        fmt,
      ).map((line) => html`<li>${line}</li>`)}</ul></article>`,
  );
  return html`<section id="cases"><h2>${t.section}</h2><p class="note">${t.intro(fmt.number(cases.length))}</p><table><thead><tr><th>${col.case}</th><th>${col.target}</th><th>${col.law}</th><th>${col.requests}</th><th>${col.status}</th><th>${col.due}</th><th>${col.letters}</th><th>${col.replies}</th><th>${col.contradictions}</th><th>${col.nonCompliance}</th></tr></thead><tbody>${rows}</tbody></table>${articles}</section>`;
}
