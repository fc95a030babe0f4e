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
 * U+2060 WORD JOINER: invisible, no width, joins nothing. Written after the characters that
 * start a code host's post-processing (`@user` mentions, `#123` and `GH-123` references,
 * `:emoji:` shortcodes), it keeps the text as it reads while no pattern matches. Contact text never carries a raw one into a rendering (`visible()` shows its own as
 * `<U+2060>`), so {@link fromMarkdownText} can take exactly these out again.
 */
const JOINER = '\u2060';

/**
 * Escapes text for Markdown (GitHub-flavoured, tables included) so that whatever it holds is
 * shown as it came and does nothing, in CommonMark, GitHub-flavoured Markdown and on a code
 * host that links mentions and references:
 * - invisible characters shown as `<U+202E>` (see `visible()`);
 * - HTML-significant characters as entities (code hosts render inline HTML);
 * - Markdown punctuation backslash-escaped (emphasis, links, images, code, tables' `|`,
 *   strike-through), a leading list, quote or heading marker escaped, whitespace at either
 *   end as entities (four leading spaces would open a code block);
 * - line breaks as spaces, so a table row stays one row;
 * - autolinks broken: `://` as `&#58;//`, `www.` as `www&#46;` (GitHub-flavoured Markdown links
 *   them in plain text: a spammer's phishing link would be live in the user's own report);
 * - `$` as `&#36;` (read as math);
 * - a word joiner (U+2060) after every `@` (a mention, and an address's autolink: bare,
 *   `mailto:`, `xmpp:`), after a `#` or `GH-` before a digit and after
 *   the first colon of `:word:`: mentions, issue references and emoji shortcodes, which code
 *   hosts find in the rendered text whatever escaping the source used.
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
    visible(text)
      .replace(/\r\n|[\r\n\t]/gu, ' ')
      .replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
      .replace(/[\\`*_[\]|~#!]/gu, (c) => `\\${c}`)
      .replace(/\\#(?=\d)|\bGH-(?=\d)/giu, `$&${JOINER}`)
      // A joiner after every `@`: it stops a mention and an address's autolink (bare,
      // `mailto:` or `xmpp:`), which GitHub-flavoured Markdown finds in the text after entities
      // are decoded, so an entity (`&#64;`) would not stop it.
      .replace(/@/gu, `@${JOINER}`)
      .replace(/:(?=(?:\\?[\w+-])+:)/gu, `:${JOINER}`)
      .replace(/:\/\//gu, '&#58;//')
      .replace(/(www)\./giu, '$1&#46;')
      .replace(/\$/gu, '&#36;')
      // At the start of a line: a list item (`-`, `+`, `1.`, `1)`) or a setext underline (`=`).
      .replace(/^([-+=])(?= |$|\1)|^\d{1,9}(?=[.)](?: |$))/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`))
      // Whitespace at either end as entities: a table cell and a paragraph trim it, four
      // leading spaces open a code block, two trailing ones a line break.
      .replace(/^\s+|\s+$/gu, (space) => Array.from(space, (c) => `&#${c.codePointAt(0)};`).join(''))
  );
}

/**
 * The text a rendering of {@link markdownText} shows, back as it came: the word joiners it
 * added are taken out and `<U+XXXX>` markers become their characters again (line breaks stay
 * spaces: a table row is one line).
 *
 * @param rendered - The text content of the rendered Markdown (entities and escapes resolved).
 * @returns The original text, line breaks as spaces.
 * @throws ValidationError when `rendered` is not a string.
 * @example
 * ```ts
 * fromMarkdownText(textOf(renderedCell)) === content.replace(/\r\n|[\r\n\t]/g, ' ');
 * ```
 */
export function fromMarkdownText(rendered: string): string {
  checkText(rendered);
  return fromVisible(rendered.replaceAll(JOINER, ''));
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
    ...table(
      [
        t.cards.contacts(s.contacts),
        t.cards.leaked(s.statuses.leaked),
        t.cards.suspected(s.statuses.suspected),
        t.cards.brokers(s.brokers),
        t.cards.actors(callers),
        t.cards.firstLeak,
      ],
      [
        [
          fmt.number(s.contacts),
          fmt.number(s.statuses.leaked),
          fmt.number(s.statuses.suspected),
          fmt.number(s.brokers),
          fmt.number(callers),
          s.firstLeakAt ? md(fmt.date(s.firstLeakAt)) : '–',
        ],
      ],
    ),
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
      out.push(`  ${id(`b:${b.id}`)}[["${mermaidLabel(brokerLabel(b.id, fmt))}"]]`);
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
