import type { Locale } from '../types.js';
import {
  caseDueDate,
  caseHops,
  caseRequests,
  caseSentences,
  caseTargetName,
  uniqueCases,
} from './cases-view.js';
import {
  actorLabel,
  brokerLabel,
  callerRows,
  callerText,
  evidenceAgainst,
  findingSentences,
  flagsText,
  indexReport,
  logContacts,
  methodText,
  notableActorIds,
  notSignificantTests,
  revealedList,
  senderText,
  shownPosterior,
  verdictText,
  windowText,
} from './findings.js';
import { createFormatter, reportRegion } from './format.js';
import {
  checkReportArgument,
  checkText,
  parseRenderOptions,
  renderMarkdownOptionsSchema,
} from './options.js';
import type { Report } from './report-schema.js';
import { clip, fromVisible, visible } from './visible.js';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** The language; the report's locale when omitted. */
  readonly locale?: Locale;
  /** The most contacts in the evidence table: 200. */
  readonly maxLogRows?: number;
  /** The most callers in the caller table: 50. */
  readonly maxActorRows?: number;
}

/**
 * A word a renderer or a code host would act on: an address or a mention (`@`), a URL (`://`,
 * `www.`), an issue reference (`#12`, `owner/repo#7`, `GH-12`) or an emoji shortcode (`:smile:`,
 * `:+1:`, `:100:`; a clock time's `12:00:00` is none). GitHub-flavoured Markdown autolinks
 * addresses and URLs in text after entities are decoded, and a code host finds mentions,
 * references and shortcodes in the rendered text whatever escaping the source used; none of
 * them looks inside a code span (the CommonMark and GFM specs; GitHub's filters skip `code`).
 */
const ACTIVE_WORD = /@|:\/\/|www\.|#\d|\bGH-\d|:(?:[\w+-]*[a-z][\w+-]*|100|1234|[+-]1):/iu;

/** Characters a code span cannot hold in every context: `\|` means `|` only in a table's cell, and `$` may open math. */
const OUTSIDE_CODE = /[\\|$]/u;

/** Markdown punctuation and HTML-significant characters, escaped in text outside code spans. */
function escapePlain(text: string): string {
  return text
    .replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_[\]|~#!]/gu, (c) => `\\${c}`)
    .replace(/\$/gu, '&#36;');
}

/** Text as a code span: a fence longer than any run of backticks in it, padded when it starts or ends with one. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/gu), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A word that links, mentions or refers: its pieces in code spans, `\`, `|` and `$` escaped between them. */
function activeWord(word: string): string {
  return word
    .split(new RegExp(`(${OUTSIDE_CODE.source})`, 'u'))
    .map((piece, i) => (i % 2 === 1 ? escapePlain(piece) : piece === '' ? '' : codeSpan(piece)))
    .join('');
}

/**
 * A word with an active part: each run of ASCII characters that is active as code, the rest
 * (`（自称“融易贷”）` after an address) as text. Every pattern of {@link ACTIVE_WORD} is ASCII,
 * and a code span ends any link or mention, so the text beside it stays text.
 */
function activeParts(word: string): string {
  return word
    .split(/([\x21-\x7e]+)/u)
    .map((part, i) => (i % 2 === 1 && ACTIVE_WORD.test(part) ? wrapped(part) : escapePlain(part)))
    .join('');
}

/** An active run with the brackets, quotes and sentence marks around it as text: `(a@b.example).` → `(`, code, `).`. */
function wrapped(run: string): string {
  const [, open = '', core = '', close = ''] = /^([([{"']*)(.*?)([)\]}"',.;!?]*)$/su.exec(run) ?? [];
  return ACTIVE_WORD.test(core)
    ? `${escapePlain(open)}${activeWord(core)}${escapePlain(close)}`
    : activeWord(run);
}

/**
 * Escapes text for Markdown (GitHub-flavoured, tables included) so that whatever it holds is
 * shown as it came and does nothing, in CommonMark, GitHub-flavoured Markdown and on a code
 * host that links mentions and references; and so that text copied from the rendering is the
 * text that came, with no invisible character added:
 * - invisible characters shown as `<U+202E>` (see `visible()`);
 * - a word that would link, mention, refer or show an emoji (an address, a URL, `@user`,
 *   `#12`, `GH-12`, `:smile:`) as a code span, which nothing post-processes;
 * - elsewhere HTML-significant characters as entities (code hosts render inline HTML),
 *   Markdown punctuation backslash-escaped (emphasis, links, images, code, tables' `|`,
 *   strike-through), a leading list, quote, heading or setext marker escaped, `$` (math) as
 *   `&#36;`;
 * - line breaks as spaces, so a table row stays one row; whitespace at either end left out
 *   (a table cell and a paragraph trim it, and no rendering shows it).
 *
 * Undone by {@link fromMarkdownText} on the rendered text.
 *
 * @param text - Any text, e.g. a contact's content or a sender's name.
 * @returns Markdown source that renders as that text, inert.
 * @throws ValidationError when `text` is not a string.
 * @example
 * ```ts
 * markdownText('Verify: https://evil.example @octocat #12'); // renders the same, links nothing
 * ```
 */
export function markdownText(text: string): string {
  checkText(text);
  return (
    visible(text.replace(/\r\n|[\r\n\t]/gu, ' ').trim())
      .split(/(\s+)/u)
      .map((word, i) => (i % 2 === 1 ? word : ACTIVE_WORD.test(word) ? activeParts(word) : escapePlain(word)))
      .join('')
      // At the start of a line: a list item (`-`, `+`, `1.`, `1)`) or a setext underline (`=`).
      .replace(/^([-+=])(?= |$|\1)|^\d{1,9}(?=[.)](?: |$))/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`))
  );
}

/**
 * The text a rendering of {@link markdownText} shows, back as it came: `<U+XXXX>` markers
 * become their characters again (line breaks stay spaces: a table row is one line; whitespace
 * at either end is not shown).
 *
 * @param rendered - The text content of the rendered Markdown (entities and escapes resolved).
 * @returns The original text, line breaks as spaces.
 * @throws ValidationError when `rendered` is not a string.
 * @example
 * ```ts
 * fromMarkdownText(textOf(renderedCell)) === content.replace(/\r\n|[\r\n\t]/g, ' ').trim();
 * ```
 */
export function fromMarkdownText(rendered: string): string {
  checkText(rendered);
  return fromVisible(rendered);
}

/** A Mermaid label: every character but letters, digits, spaces and CJK as a `#NNN;` entity. */
function mermaidLabel(text: string): string {
  return Array.from(visible(clip(text, 40, () => '')), (c) =>
    /[\p{L}\p{N} ]/u.test(c) && c !== '#' ? c : `#${c.codePointAt(0)};`,
  ).join('');
}

/**
 * Renders a report as Markdown that reads well on a code-hosting site: summary, the chain as a
 * Mermaid flowchart, findings per source as a table and plain sentences, callers and the
 * evidence log as tables. Every string from a contact or a user is escaped by `markdownText`.
 *
 * @param report - The report model from `buildReport()`.
 * @param options - Locale and size bounds.
 * @returns Markdown text.
 * @throws ConfigError naming the option when an option has a wrong type or value.
 * @throws ValidationError when `report` is not a report model.
 * @example
 * ```ts
 * await writeFile('REPORT.md', renderMarkdown(report, { locale: 'en' }));
 * ```
 */
export function renderMarkdown(report: Report, renderOptions: RenderMarkdownOptions = {}): string {
  checkReportArgument(report);
  const options = parseRenderOptions(renderMarkdownOptionsSchema, renderOptions);
  const fmt = createFormatter(options.locale ?? report.locale, report.timeZone, reportRegion(report));
  const index = indexReport(report);
  const t = fmt.t.report;
  const col = t.columns;
  const md = markdownText;
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const table = (head: readonly string[], rows: readonly string[][]): string[] => [
    row(head.map(md)),
    row(head.map(() => '---')),
    ...rows.map(row),
  ];
  const subjectName =
    report.subjectId === null
      ? t.everyone
      : (report.subjects.find((s) => s.id === report.subjectId)?.name ?? report.subjectId);
  const out: string[] = [
    `# ${md(t.title)}: ${md(subjectName)}`,
    '',
    md(
      `${t.generated(fmt.dateTime(report.generatedAt), report.timeZone)} · ${windowText(report, fmt)}${report.masked ? ` · ${t.masked}` : ''}`,
    ),
    '',
    `## ${md(t.sections.summary)}`,
    '',
  ];
  const s = report.summary;
  const callers = notableActorIds(report).size;
  out.push(
    ...table(t.summaryColumns, [
      [
        fmt.number(s.contacts),
        fmt.number(s.statuses.leaked),
        fmt.number(s.statuses.suspected),
        fmt.number(s.brokers),
        fmt.number(callers),
        s.firstLeakAt ? md(fmt.date(s.firstLeakAt)) : '–',
      ],
    ]),
    '',
    `## ${md(t.sections.chain)}`,
    '',
  );
  const hops = caseHops(report);
  if (report.brokers.length === 0 && hops.length === 0) out.push(md(t.noChain), '');
  else {
    const ids = new Map<string, string>();
    const id = (key: string): string => {
      let v = ids.get(key);
      if (!v) {
        v = `n${ids.size}`;
        ids.set(key, v);
      }
      return v;
    };
    out.push('```mermaid', 'flowchart LR');
    for (const b of report.brokers) {
      out.push(`  ${id(`b:${b.id}`)}[["${mermaidLabel(brokerLabel(b, fmt))}"]]`);
      for (const sourceId of b.sourceIds)
        out.push(
          `  ${id(`s:${sourceId}`)}["${mermaidLabel(index.source.get(sourceId)?.name ?? sourceId)}"] --> ${id(`b:${b.id}`)}`,
        );
      for (const actorId of b.actorIds) {
        const actor = index.actor.get(actorId);
        out.push(
          `  ${id(`b:${b.id}`)} --> ${id(`a:${actorId}`)}("${mermaidLabel(actor ? actorLabel(actor, index, fmt) : actorId)}")`,
        );
      }
    }
    // The next hops the cases' replies named, dotted: the data went from → to (a source keeps
    // the node it has in the broker lines above).
    for (const hop of hops) {
      const node = (end: (typeof hop)['from']): string =>
        `${id(end.sourceId === null ? end.key : `s:${end.sourceId}`)}["${mermaidLabel(end.kind === 'actor' ? fmt.t.cases.caller(end.name) : end.name)}"]`;
      out.push(`  ${node(hop.from)} -.-> ${node(hop.to)}`);
    }
    out.push('```', '');
  }
  out.push(`## ${md(t.sections.findings)}`, '');
  const sources = [...report.sources].sort(
    (a, b) =>
      Number(b.finding.status === 'leaked') - Number(a.finding.status === 'leaked') ||
      Number(b.finding.status === 'suspected') - Number(a.finding.status === 'suspected') ||
      a.name.localeCompare(b.name),
  );
  out.push(
    ...table(
      [col.source, col.status, col.firstLeak, col.lag, col.people, col.evidence, col.posterior],
      sources.map((src) => {
        const f = src.finding;
        const posterior = shownPosterior(index.report, src);
        return [
          md(src.name),
          md(t.status[f.status]),
          f.firstLeakAt ? md(fmt.date(f.firstLeakAt)) : '–',
          f.lagDays === null ? '–' : String(f.lagDays),
          `${fmt.number(f.subjects.leaked)} / ${fmt.number(f.subjects.total)}`,
          fmt.number(evidenceAgainst(index.report, src)),
          posterior === null ? '–' : md(fmt.percent(posterior)),
        ];
      }),
    ),
    '',
  );
  for (const src of sources) {
    if (src.finding.status === 'clean' && evidenceAgainst(index.report, src) === 0) continue;
    out.push(`### ${md(src.name)}`, '', ...findingSentences(index, src, fmt).map((p) => `${md(p)}  `), '');
  }
  const tested = notSignificantTests(index, fmt);
  if (tested.length > 0)
    out.push(
      `### ${md(t.sections.notSignificant)}`,
      '',
      md(t.notSignificantNote),
      '',
      ...tested.map((x) => `- ${md(x)}`),
      '',
    );
  const cases = uniqueCases(report);
  if (cases.length > 0) {
    const c = fmt.t.cases;
    out.push(`## ${md(c.section)}`, '', md(c.intro(fmt.number(cases.length))), '');
    out.push(
      ...table(
        [
          c.columns.case,
          c.columns.target,
          c.columns.law,
          c.columns.requests,
          c.columns.status,
          c.columns.due,
          c.columns.letters,
          c.columns.replies,
          c.columns.contradictions,
          c.columns.nonCompliance,
        ],
        cases.map((k) => [
          md(k.id),
          md(caseTargetName(k, fmt)),
          k.law,
          md(caseRequests(k, fmt)),
          md(c.status[k.status] ?? k.status),
          md(caseDueDate(k, fmt)),
          fmt.number(k.letters.length),
          fmt.number(k.replies.length),
          fmt.number(k.contradictions.length),
          fmt.number(k.nonCompliance.length),
        ]),
      ),
      '',
    );
    for (const k of cases)
      out.push(
        `### ${md(caseTargetName(k, fmt))} (${md(k.id)})`,
        '',
        ...caseSentences(report, k, fmt).map((line) => `- ${md(line)}`),
        '',
      );
  }
  const { rows: actors, oneOff, hidden } = callerRows(report, options.maxActorRows ?? 50);
  out.push(`## ${md(t.sections.actors)}`, '');
  if (hidden > 0) out.push(md(t.actorsNote(fmt.number(hidden), hidden)), '');
  out.push(
    ...table(
      [col.actor, col.numbers, col.topic, col.flags, col.contacts, col.firstSeen],
      [
        ...actors.map((a) => [
          md(actorLabel(a, index, fmt)),
          md(clip([...a.numbers, ...a.senders].map(callerText).join(', '), 200, () => '')),
          md(t.topic[a.topic] ?? a.topic),
          md(flagsText(a.flags, fmt)),
          fmt.number(a.contactIds.length),
          md(fmt.date(a.firstSeen)),
        ]),
        ...(oneOff > 0
          ? [[md(t.oneOffCallers(fmt.number(oneOff), oneOff)), '', '', '', fmt.number(oneOff), '']]
          : []),
      ],
    ),
    '',
  );
  const maxLog = options.maxLogRows ?? 200;
  const log = logContacts(report, maxLog).rows;
  out.push(
    `## ${md(t.sections.log)}`,
    '',
    md(t.logNote(fmt.number(log.length), fmt.number(report.summary.contacts), report.summary.contacts)),
    '',
  );
  out.push(
    ...table(
      [col.when, col.channel, col.from, col.content, col.verdict, col.revealed],
      log.map((c) => [
        md(fmt.dateTime(c.at)),
        md(t.channel[c.channel]),
        md(clip(senderText(c, fmt), 80, () => '…')),
        md(clip(c.content ?? '', 160, (n) => fmt.t.more(fmt.number(n)))),
        md(verdictText(c, fmt)),
        md(revealedList(c, index, fmt).join(', ')),
      ]),
    ),
    '',
    `## ${md(t.sections.method)}`,
    '',
    md(methodText(report, fmt)),
    '',
  );
  return out.join('\n');
}
