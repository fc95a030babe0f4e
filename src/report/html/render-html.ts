import type { Locale } from '../../types.js';
import {
  actorLabel,
  callerRows,
  callerText,
  categoryText,
  evidenceAgainst,
  evidenceSources,
  findingSentences,
  flagsText,
  indexReport,
  logContacts,
  methodText,
  notableActorIds,
  notSignificantTests,
  type ReportIndex,
  revealedList,
  senderText,
  shownPosterior,
  verdictText,
  windowText,
} from '../findings.js';
import { createFormatter, type Formatter, reportRegion } from '../format.js';
import { checkReportArgument, parseRenderOptions, renderHtmlOptionsSchema } from '../options.js';
import type { Report, ReportSource } from '../report-schema.js';
import { clip } from '../visible.js';
import { casesSection } from './cases.js';
import { chainGraph } from './chain-graph.js';
import { html, raw, type SafeHtml } from './escape.js';
import { STYLES } from './styles.js';
import { timelineChart } from './timeline.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The language of the page; the report's locale when omitted. */
  readonly locale?: Locale;
  /** The most contacts in the evidence log (the full log is in JSON and CSV): 1,000. */
  readonly maxLogRows?: number;
  /** The most actors in the actor table: 200. */
  readonly maxActorRows?: number;
  /** The most characters of a contact's text shown: 400. */
  readonly maxTextLength?: number;
}

/**
 * No request leaves the page: no script at all, styles inline, images only as `data:`, no form
 * target, no base URL. Hostile text that slipped past escaping still could not load or run anything.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STATUS_ORDER: Readonly<Record<string, number>> = {
  leaked: 0,
  suspected: 1,
  'legitimate-only': 2,
  clean: 3,
};
/**
 * Renders a report as one self-contained HTML file: summary cards, the chain graph (laid out by
 * Graphviz), the weekly timeline with first-leak and resale-wave markers, per-source findings in
 * plain sentences, the actor table, the identities handed out and the evidence log. Every string
 * from a contact, a source or a user goes through one escaping template; invisible and
 * direction-changing characters are shown as `<U+202E>`.
 *
 * Hint: the log shows at most `maxLogRows` contacts (evidence first) so the page stays readable
 * and small at a million contacts; `renderJson` and `renderCsv` carry the full log.
 *
 * @param report - The report model from `buildReport()`.
 * @param options - Locale and size bounds.
 * @returns The HTML document.
 * @throws ConfigError naming the option when an option has a wrong type or value.
 * @throws ValidationError when `report` is not a report model.
 * @example
 * ```ts
 * await writeFile('report.html', await renderHtml(report, { locale: 'zh-CN' }));
 * ```
 */
export async function renderHtml(report: Report, renderOptions: RenderHtmlOptions = {}): Promise<string> {
  checkReportArgument(report);
  const options = parseRenderOptions(renderHtmlOptionsSchema, renderOptions);
  const fmt = createFormatter(options.locale ?? report.locale, report.timeZone, reportRegion(report));
  const index = indexReport(report);
  const t = fmt.t.report;
  const subjectName =
    report.subjectId === null
      ? t.everyone
      : (report.subjects.find((s) => s.id === report.subjectId)?.name ?? report.subjectId);
  const graph = await chainGraph(index, fmt);
  const chart = timelineChart(index, fmt);
  const page = html`<!DOCTYPE html>
<html lang="${fmt.locale}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="leaktrace report schema ${report.schemaVersion}">
<title>${t.title} — ${subjectName}</title>
<style>${raw(STYLES)}</style></head>
<body>
<header><h1>${t.title}</h1><p class="meta">${t.subtitle(subjectName)}</p>
<p class="meta">${t.generated(fmt.dateTime(report.generatedAt), report.timeZone)} · ${windowText(report, fmt)}${report.masked ? ` · ${t.masked}` : ''}</p></header>
<section id="summary"><h2>${t.sections.summary}</h2>${summaryCards(report, fmt)}</section>
<section id="chain"><h2>${t.sections.chain}</h2>${graph ? html`<div class="figure">${graph}</div>` : html`<p>${t.noChain}</p>`}</section>
<section id="timeline"><h2>${t.sections.timeline}</h2>${chart ?? html`<p>${t.noContacts}</p>`}</section>
<section id="findings"><h2>${t.sections.findings}</h2>${findings(index, fmt)}${notSignificant(index, fmt)}</section>${casesSection(report, fmt) ?? ''}
<section id="actors"><h2>${t.sections.actors}</h2>${actorTable(index, fmt, options.maxActorRows ?? 200)}</section>
<section id="canaries"><h2>${t.sections.canaries}</h2>${canaryTable(index, fmt)}</section>
<section id="log"><h2>${t.sections.log}</h2>${evidenceLog(index, fmt, options.maxLogRows ?? 1000, options.maxTextLength ?? 400)}</section>
<section id="method"><h2>${t.sections.method}</h2><p>${methodText(report, fmt)}</p></section>
</body></html>
`;
  return page.value;
}

function summaryCards(report: Report, fmt: Formatter): SafeHtml {
  const c = fmt.t.report.cards;
  const s = report.summary;
  const card = (value: string, label: string): SafeHtml =>
    html`<div class="card"><b>${value}</b><span>${label}</span></div>`;
  const count = (n: number, label: (n: number) => string): SafeHtml => card(fmt.number(n), label(n));
  const callers = notableActorIds(report).size;
  return html`<div class="cards">${[
    count(s.contacts, c.contacts),
    count(s.statuses.leaked, c.leaked),
    count(s.statuses.suspected, c.suspected),
    count(s.brokers, c.brokers),
    count(callers, c.actors),
    card(s.firstLeakAt ? fmt.shortDate(s.firstLeakAt) : '–', c.firstLeak),
  ]}</div>`;
}

function sortedSources(report: Report): ReportSource[] {
  return [...report.sources].sort(
    (a, b) =>
      STATUS_ORDER[a.finding.status]! - STATUS_ORDER[b.finding.status]! ||
      (a.finding.firstLeakAt ?? '').localeCompare(b.finding.firstLeakAt ?? '') ||
      a.name.localeCompare(b.name),
  );
}

function findings(index: ReportIndex, fmt: Formatter): SafeHtml {
  const t = fmt.t.report;
  const col = t.columns;
  const sources = sortedSources(index.report);
  const rows = sources.map((s) => {
    const f = s.finding;
    return html`<tr><td>${s.name}</td><td>${categoryText(s.category, fmt)}</td><td><span class="status ${f.status}">${t.status[f.status]}</span></td><td>${f.firstLeakAt ? fmt.date(f.firstLeakAt) : '–'}</td><td>${f.lagDays ?? '–'}</td><td>${fmt.number(f.subjects.leaked)} / ${fmt.number(f.subjects.total)}</td><td>${fmt.number(evidenceAgainst(index.report, s))}</td><td>${posteriorText(shownPosterior(index.report, s), fmt)}</td></tr>`;
  });
  const articles = sources
    .filter((s) => s.finding.status !== 'clean' || evidenceAgainst(index.report, s) > 0)
    .map(
      (s) =>
        html`<article class="finding ${s.finding.status}"><h3>${s.name} <span class="status ${s.finding.status}">${t.status[s.finding.status]}</span></h3>${findingSentences(
          index,
          s,
          fmt,
        ).map((p) => html`<p>${p}</p>`)}</article>`,
    );
  return html`<table><thead><tr><th>${col.source}</th><th>${col.category}</th><th>${col.status}</th><th>${col.firstLeak}</th><th>${col.lag}</th><th>${col.people}</th><th>${col.evidence}</th><th>${col.posterior}</th></tr></thead><tbody>${rows}</tbody></table>${articles}`;
}

/** Tests that did not rise above the background: listed so a reader sees them, never as evidence. */
function notSignificant(index: ReportIndex, fmt: Formatter): SafeHtml {
  const tests = notSignificantTests(index, fmt);
  if (tests.length === 0) return html``;
  const t = fmt.t.report;
  return html`<h3>${t.sections.notSignificant}</h3><p class="note">${t.notSignificantNote}</p><ul class="not-significant">${tests.map((x) => html`<li>${x}</li>`)}</ul>`;
}

function actorTable(index: ReportIndex, fmt: Formatter, maxRows: number): SafeHtml {
  const t = fmt.t.report;
  const col = t.columns;
  const { rows: shown, oneOff, hidden } = callerRows(index.report, maxRows);
  const rows = shown.map((a) => {
    const lines = [...a.numbers, ...a.senders].map(callerText);
    const sources = evidenceSources(a, index).map((s) => s.name);
    return html`<tr><td>${actorLabel(a, index, fmt)}</td><td>${clip(lines.join(', '), 300, (n) => fmt.t.more(fmt.number(n)))}</td><td>${t.topic[a.topic] ?? a.topic}</td><td>${flagsText(a.flags, fmt)}</td><td>${fmt.number(a.contactIds.length)}</td><td>${fmt.date(a.firstSeen)}</td><td>${fmt.date(a.lastSeen)}</td><td>${sources.join(', ')}</td></tr>`;
  });
  const grouped =
    oneOff > 0
      ? html`<tr class="one-off"><td colspan="4">${t.oneOffCallers(fmt.number(oneOff), oneOff)}</td><td>${fmt.number(oneOff)}</td><td colspan="3"></td></tr>`
      : html``;
  return html`${hidden > 0 ? html`<p class="note">${t.actorsNote(fmt.number(hidden), hidden)}</p>` : ''}<table><thead><tr><th>${col.actor}</th><th>${col.numbers}</th><th>${col.topic}</th><th>${col.flags}</th><th>${col.contacts}</th><th>${col.firstSeen}</th><th>${col.lastSeen}</th><th>${col.sources}</th></tr></thead><tbody>${rows}${grouped}</tbody></table>`;
}

/** Canaries shown at most: a report on thousands of people lists them in JSON and CSV. */
const MAX_CANARY_ROWS = 300;

function canaryTable(index: ReportIndex, fmt: Formatter): SafeHtml {
  const t = fmt.t.report;
  const col = t.columns;
  const canaries = index.report.canaries;
  // A report on several people says whose each identity is.
  const people = index.report.subjects.length > 1;
  const name = new Map(index.report.subjects.map((s) => [s.id, s.name]));
  const rows = canaries
    .slice(0, MAX_CANARY_ROWS)
    .flatMap((c) =>
      c.fields.map(
        (f) =>
          html`<tr>${people ? html`<td>${name.get(c.subjectId) ?? c.subjectId}</td>` : ''}<td>${c.sourceId === null ? t.control : (index.source.get(c.sourceId)?.name ?? c.sourceId)}</td><td>${t.field[f.kind]}</td><td>${f.value}</td><td>${fmt.date(c.issuedAt)}</td><td>${f.guessChance === null ? '–' : fmt.chance(f.guessChance)}</td></tr>`,
      ),
    );
  return html`${canaries.length > MAX_CANARY_ROWS ? html`<p class="note">${fmt.number(MAX_CANARY_ROWS)} / ${fmt.number(canaries.length)}</p>` : ''}<table><thead><tr>${people ? html`<th>${col.person}</th>` : ''}<th>${col.source}</th><th>${col.field}</th><th>${col.value}</th><th>${col.issued}</th><th>${col.chance}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function evidenceLog(index: ReportIndex, fmt: Formatter, maxRows: number, maxText: number): SafeHtml {
  const t = fmt.t.report;
  const col = t.columns;
  const total = index.report.summary.contacts;
  if (total === 0) return html`<p>${t.noContacts}</p>`;
  const { rows, evidence } = logContacts(index.report, maxRows);
  const more = (n: number): string => fmt.t.more(fmt.number(n));
  const body = rows.map((c) => {
    const text = [c.addressedAs, c.content].filter((x): x is string => x !== undefined).join('\n');
    const revealed = revealedList(c, index, fmt);
    return html`<tr class="row-${c.verdict}${evidence.has(c.id) ? ' evidence' : ''}"><td>${fmt.dateTime(c.at)}</td><td>${t.channel[c.channel]}</td><td>${c.from === undefined ? '–' : clip(senderText(c, fmt), 200, more)}</td><td>${c.to === undefined ? '–' : clip(c.to, 200, more)}</td><td class="text"><div>${clip(text, maxText, more)}</div></td><td><i class="verdict v-${c.verdict}"></i>${verdictText(c, fmt)}</td><td class="lines">${revealed.join('\n')}</td></tr>`;
  });
  const filters = [
    ['all', '∗'],
    ['evidence', col.evidence],
    ['leak', t.verdict.leak],
    ['merge', t.verdict.merge],
    ['forged', t.verdict.forged],
    ['noise', t.verdict.noise],
  ] as const;
  return html`<p class="note">${t.logNote(fmt.number(rows.length), fmt.number(total), total)}</p>${filters.map(
    ([id], i) =>
      html`<input type="radio" name="log-filter" id="f-${id}" hidden${i === 0 ? html` checked` : ''}>`,
  )}<div class="filters">${filters.map(([id, label]) => html`<label for="f-${id}">${label}</label>`)}</div><table><colgroup><col style="width:11%"><col style="width:6%"><col style="width:14%"><col style="width:14%"><col style="width:33%"><col style="width:8%"><col style="width:14%"></colgroup><thead><tr><th>${col.when}</th><th>${col.channel}</th><th>${col.from}</th><th>${col.to}</th><th>${col.content}</th><th>${col.verdict}</th><th>${col.revealed}</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** A probability cell: "–" when nothing was measured ({@link shownPosterior}). */
function posteriorText(posterior: number | null, fmt: Formatter): string {
  return posterior === null ? '–' : fmt.percent(posterior);
}
