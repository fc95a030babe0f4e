import type { ReportIndex } from '../findings.js';
import type { Formatter } from '../format.js';
import { html, join, type SafeHtml } from './escape.js';

/**
 * The timeline chart: contacts per week stacked by verdict (evidence at the bottom, where it is
 * seen first), with a marker at each source's first leak and at each resale wave (a new caller
 * after a quiet spell), and its scale at the left (the highest week's count and half of it). Plain
 * SVG written through the escaping template.
 */

const WIDTH = 900;
const HEIGHT = 220;
const AXIS = 24;
/** The left and right margins: room for the first and last week's labels, centred on their bars. */
const MARGIN = 32;
/**
 * Bars bottom to top: what proves a leak first, background spam last. `leak` is split: contacts
 * that used an alias, name variant or marker, then the weak ones (tested against the background;
 * shown apart so they do not read as proven leaks), named as the evidence log names them:
 * `pool` contacts that reached only pool numbers, `weak` ones that reached another canary without
 * an unguessable use (an alias quoted in a mail to the person's own inbox).
 */
const STACK = [
  'leak',
  'pool',
  'weak',
  'merge',
  'forged',
  'legitimate',
  'untraceable',
  'unknown',
  'noise',
] as const;
type Band = (typeof STACK)[number];

function bandCount(week: ReportIndex['report']['weeks'][number], band: Band): number {
  const pool = week.poolOnly ?? 0;
  const weak = week.weak ?? 0;
  if (band === 'pool') return pool;
  if (band === 'weak') return weak;
  if (band === 'leak') return week.counts.leak - pool - weak;
  return week.counts[band];
}

/**
 * The chart, or `null` when there are no contacts.
 *
 * @param index - The indexed report.
 * @param fmt - The locale's formatter.
 * @returns Safe SVG markup and its legend.
 */
export function timelineChart(index: ReportIndex, fmt: Formatter): SafeHtml | null {
  const { weeks, timeline } = index.report;
  if (weeks.length === 0) return null;
  const step = WIDTH / weeks.length;
  const bar = Math.max(1, step * 0.8);
  const plot = HEIGHT - AXIS;
  let max = 1;
  for (const w of weeks)
    max = Math.max(
      max,
      Object.values(w.counts).reduce((a, b) => a + b, 0),
    );
  const bars = weeks.map((w, i) => {
    let y = plot;
    const parts = STACK.filter((v) => bandCount(w, v) > 0).map((v) => {
      const n = bandCount(w, v);
      const h = (n / max) * (plot - 8);
      y -= h;
      return html`<rect class="v-${v}" x="${(i * step).toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}"><title>${fmt.week(w.start)}: ${bandName(v, fmt)} ${fmt.number(n)}</title></rect>`;
    });
    return join(parts);
  });
  // The scale, for a reader without tooltips (a printed or PDF report): the highest week's count
  // and half of it, each with a faint line across.
  const scale = (max >= 2 ? [max, Math.round(max / 2)] : [max]).map((n) => {
    const y = (plot - (n / max) * (plot - 8)).toFixed(1);
    return html`<line class="grid" x1="0" x2="${WIDTH}" y1="${y}" y2="${y}"/><text class="ytick" x="-4" y="${(Number(y) + 3).toFixed(1)}">${fmt.number(n)}</text>`;
  });
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 12));
  const ticks = weeks.map((w, i) =>
    i % labelEvery === 0
      ? html`<text class="tick" x="${(i * step + bar / 2).toFixed(1)}" y="${HEIGHT - 6}">${fmt.week(w.start)}</text>`
      : html``,
  );
  const first = new Date(weeks[0]!.start).getTime();
  const last = weeks.length > 1 ? new Date(weeks[weeks.length - 1]!.start).getTime() : first + 1;
  const xOf = (iso: string): number =>
    ((new Date(iso).getTime() - first) / (last - first || 1)) * (step * (weeks.length - 1));
  const markers = timeline
    .filter((e) => e.kind === 'first-leak' || e.kind === 'wave')
    .map((e) => {
      const x = Math.min(WIDTH - 1, Math.max(0, xOf(e.at))).toFixed(1);
      const name = index.source.get(e.sourceId)?.name ?? e.sourceId;
      const label = e.kind === 'wave' ? fmt.t.report.legend.wave : fmt.t.report.legend.firstLeak;
      return html`<g class="marker ${e.kind}"><title>${label}: ${name} (${fmt.date(e.at)})</title><line x1="${x}" x2="${x}" y1="4" y2="${plot}"/><path d="M${x},4 l-4,-4 h8 z"/></g>`;
    });
  const legend = STACK.map((v) => html`<span class="key"><i class="v-${v}"></i>${bandName(v, fmt)}</span>`);
  return html`<svg class="timeline" role="img" aria-label="${fmt.t.report.sections.timeline}" viewBox="${-MARGIN} -6 ${WIDTH + 2 * MARGIN} ${HEIGHT + 6}" xmlns="http://www.w3.org/2000/svg"><line class="axis" x1="0" x2="${WIDTH}" y1="${plot}" y2="${plot}"/>${scale}${bars}${ticks}${markers}</svg><p class="legend">${legend}<span class="key"><i class="m-first-leak"></i>${fmt.t.report.legend.firstLeak}</span><span class="key"><i class="m-wave"></i>${fmt.t.report.legend.wave}</span></p>`;
}

function bandName(band: Band, fmt: Formatter): string {
  const legend = fmt.t.report.legend;
  if (band === 'pool') return legend.poolOnly;
  if (band === 'weak') return legend.weak;
  return band === 'leak' ? legend.decisive : fmt.t.report.verdict[band];
}
