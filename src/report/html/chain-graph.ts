import { isInferredDealer } from '../../trace/brokers.js';
import { caseHops } from '../cases-view.js';
import { actorLabel, brokerLabel, callerText, type ReportIndex } from '../findings.js';
import type { Formatter } from '../format.js';
import { clip } from '../visible.js';
import { html, join, type SafeHtml } from './escape.js';

/**
 * The chain graph, source → data dealer → caller → numbers, as inline SVG. Graphviz (the
 * @viz-js/viz WebAssembly build) only lays it out: it receives opaque node names (`n0`, `n1`,
 * …) and node sizes, never a label, and returns positions and edge splines as JSON. The SVG is
 * then written here through the escaping template, so a source or caller name reaches the page
 * the way every other string does, and no Graphviz markup (XML prolog, DOCTYPE, comments) is
 * inlined at all.
 */

const FONT_SIZE = 11;
const LINE_HEIGHT = FONT_SIZE * 1.35;
/** Numbers drawn per caller; the rest are counted on a "+N" node. */
const NUMBERS_PER_ACTOR = 3;
/** Callers drawn at most: past that the chain is unreadable, and the actor table lists them. */
const MAX_ACTORS = 150;

interface GraphNode {
  readonly name: string;
  readonly id: string;
  readonly kind: 'source' | 'broker' | 'actor' | 'number';
  readonly status?: string;
  readonly lines: readonly string[];
}

interface Layout {
  readonly bb: string;
  readonly objects?: readonly { name: string; pos: string; width: string; height: string }[];
  readonly edges?: readonly {
    tail: number;
    head: number;
    _draw_?: readonly { op: string; points?: readonly [number, number][] }[];
    _hdraw_?: readonly { op: string; points?: readonly [number, number][] }[];
  }[];
}

type Viz = { renderJSON(input: unknown, options?: unknown): object };
let vizPromise: Promise<Viz> | undefined;

/** The Graphviz instance, created once (compiling the WebAssembly takes ~100 ms). */
function viz(): Promise<Viz> {
  vizPromise ??= import('@viz-js/viz').then((m) => m.instance() as Promise<Viz>);
  return vizPromise;
}

/**
 * The width of a line of text in points. The WebAssembly Graphviz has no font metrics and counts
 * a CJK character as half an em, so boxes come out too narrow: wide characters (CJK, fullwidth
 * forms, Hangul) count as a full em here, others as 0.6.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    ems += wide ? 1 : 0.6;
  }
  return ems * fontSize;
}

function nodesOf(
  index: ReportIndex,
  fmt: Formatter,
): { nodes: GraphNode[]; edges: [string, string][]; hops: Set<string> } {
  const { report } = index;
  const nodes: GraphNode[] = [];
  const nameOf = new Map<string, string>();
  const add = (node: Omit<GraphNode, 'name'>): string => {
    const name = `n${nodes.length}`;
    nodes.push({ ...node, name });
    nameOf.set(`${node.kind}:${node.id}`, name);
    return name;
  };
  const short = (text: string): string => clip(text, 32, () => '');
  for (const s of report.sources) {
    add({
      kind: 'source',
      id: s.id,
      status: s.finding.status,
      lines: [short(s.name), fmt.t.report.status[s.finding.status]],
    });
  }
  const chainActors = new Set(report.brokers.flatMap((b) => b.actorIds));
  for (const b of report.brokers) {
    add({
      kind: 'broker',
      id: b.id,
      lines: isInferredDealer(b) ? [brokerLabel(b, fmt), fmt.percent(b.confidence)] : [brokerLabel(b, fmt)],
    });
  }
  const edges: [string, string][] = [];
  const edge = (from: string | undefined, to: string | undefined): void => {
    if (from !== undefined && to !== undefined) edges.push([from, to]);
  };
  let drawn = 0;
  for (const actor of report.actors) {
    if (!chainActors.has(actor.id) || drawn >= MAX_ACTORS) continue;
    drawn++;
    const name = add({
      kind: 'actor',
      id: actor.id,
      lines: [
        short(actorLabel(actor, index, fmt)),
        `${fmt.t.report.topic[actor.topic] ?? actor.topic} · ${fmt.number(actor.contactIds.length)}`,
      ],
    });
    const lines = [...actor.numbers, ...actor.senders];
    for (const line of lines.slice(0, NUMBERS_PER_ACTOR))
      edge(name, add({ kind: 'number', id: `${actor.id}:${line}`, lines: [short(callerText(line))] }));
    if (lines.length > NUMBERS_PER_ACTOR) {
      edge(
        name,
        add({
          kind: 'number',
          id: `${actor.id}:+`,
          lines: [
            fmt.t.report.moreLines(
              lines.length - NUMBERS_PER_ACTOR,
              fmt.number(lines.length - NUMBERS_PER_ACTOR),
            ),
          ],
        }),
      );
    }
  }
  for (const b of report.brokers) {
    const broker = nameOf.get(`broker:${b.id}`);
    for (const s of b.sourceIds) edge(nameOf.get(`source:${s}`), broker);
    for (const a of b.actorIds) edge(broker, nameOf.get(`actor:${a}`));
  }
  // The next hops the cases' replies named, dashed: a named party not among the report's
  // sources (it holds no canary of theirs) gets a node of its own.
  const hops = new Set<string>();
  for (const hop of caseHops(report)) {
    const [from, to] = [hop.from, hop.to].map(
      (end) =>
        nameOf.get(end.key) ??
        add({
          kind: end.kind,
          id: end.key.slice(end.key.indexOf(':') + 1),
          status: 'named',
          lines: [short(end.name), end.kind === 'actor' ? fmt.t.report.node.actor : fmt.t.cases.named],
        }),
    );
    edge(from, to);
    hops.add(`${from}→${to}`);
  }
  return { nodes, edges, hops };
}

const point = ([x, y]: readonly [number, number], height: number): string =>
  `${x.toFixed(1)},${(height - y).toFixed(1)}`;

/**
 * The chain graph as inline SVG, or `null` when no broker was inferred and no case reply named
 * a next hop (nothing to chain).
 *
 * @param index - The indexed report.
 * @param fmt - The locale's formatter.
 * @returns Safe SVG markup.
 */
export async function chainGraph(index: ReportIndex, fmt: Formatter): Promise<SafeHtml | null> {
  const { nodes, edges, hops } = nodesOf(index, fmt);
  if (index.report.brokers.length === 0 && hops.size === 0) return null;
  const layout = (await viz()).renderJSON({
    graphAttributes: { rankdir: 'LR', nodesep: 0.15, ranksep: 0.6 },
    nodeAttributes: { shape: 'box', fixedsize: true, label: '' },
    nodes: nodes.map((n) => ({
      name: n.name,
      attributes: {
        width: (Math.max(...n.lines.map((l) => textWidth(l))) + 16) / 72,
        height: (n.lines.length * LINE_HEIGHT + 8) / 72,
      },
    })),
    edges: edges.map(([tail, head]) => ({ tail, head })),
  }) as Layout;
  const [, , width = 0, height = 0] = layout.bb.split(',').map(Number);
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const shapes = (layout.objects ?? []).map((o) => {
    const node = byName.get(o.name)!;
    const [x = 0, y = 0] = o.pos.split(',').map(Number);
    const w = Number(o.width) * 72;
    const h = Number(o.height) * 72;
    const top = height - y - h / 2;
    const texts = node.lines.map(
      (line, i) =>
        html`<text x="${x.toFixed(1)}" y="${(top + 4 + (i + 0.8) * LINE_HEIGHT).toFixed(1)}"${i > 0 ? html` class="sub"` : ''}>${line}</text>`,
    );
    return html`<g class="node ${node.kind}${node.status ? ` ${node.status}` : ''}" data-id="${node.id}"><title>${node.lines.join(' — ')}</title><rect x="${(x - w / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="4"/>${texts}</g>`;
  });
  const nodeName = (i: number): string => layout.objects?.[i]?.name ?? '';
  const lines = (layout.edges ?? []).map((e) => {
    const hop = hops.has(`${nodeName(e.tail)}→${nodeName(e.head)}`);
    const curve = e._draw_?.find((d) => d.op === 'b')?.points ?? [];
    const head = e._hdraw_?.find((d) => d.op === 'P')?.points ?? [];
    if (curve.length < 4) return html``;
    let d = `M${point(curve[0]!, height)}`;
    for (let i = 1; i + 2 < curve.length; i += 3)
      d += ` C${point(curve[i]!, height)} ${point(curve[i + 1]!, height)} ${point(curve[i + 2]!, height)}`;
    return html`<g class="edge${hop ? ' hop' : ''}"><path d="${d}"/>${head.length ? html`<polygon points="${head.map((p) => point(p, height)).join(' ')}"/>` : ''}</g>`;
  });
  return html`<svg class="chain" role="img" aria-label="${fmt.t.report.sections.chain}" viewBox="0 0 ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" xmlns="http://www.w3.org/2000/svg">${join(lines)}${join(shapes)}</svg>`;
}
