/**
 * The report's stylesheet: inline (the file makes no request), print-friendly, with the verdict
 * colours shared by the timeline, the log and the filters. Written here, never from input.
 */
export const STYLES = `
:root{--ink:#1d2430;--muted:#5b6676;--line:#d9dee5;--bg:#fff;--card:#f5f7fa;--leak:#d55e00;--pool:#f0c58c;--weak:#f6dcb6;--merge:#cc79a7;--forged:#e69f00;--legitimate:#009e73;--untraceable:#56b4e9;--unknown:#9e9e9e;--noise:#c9d1d9;--broker:#0072b2;--first-leak:#000}
*{box-sizing:border-box}
body{margin:0;padding:24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg);max-width:1200px;margin:auto}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}h3{font-size:15px;margin:16px 0 4px}
.meta{color:var(--muted);margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px}
.card{background:var(--card);border-radius:6px;padding:10px 12px}.card b{display:block;font-size:22px}.card span{color:var(--muted)}
.figure{overflow:auto;border:1px solid var(--line);border-radius:6px;padding:8px;max-height:900px}
svg text{font:11px system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;fill:var(--ink)}
svg.chain text{text-anchor:middle}svg.chain text.sub{fill:var(--muted);font-size:10px}
svg.chain .node rect{fill:#fff;stroke:#90a4ae}svg.chain .source.leaked rect{fill:#ffebee;stroke:var(--leak)}svg.chain .source.suspected rect{fill:#fff3e0;stroke:var(--forged)}
svg.chain .broker rect{fill:#e3f2fd;stroke:var(--broker)}svg.chain .actor rect{fill:#f3e5f5;stroke:var(--merge)}svg.chain .number rect{fill:var(--card);stroke:var(--line)}
svg.chain .edge path{fill:none;stroke:#78909c}svg.chain .edge polygon{fill:#78909c}svg.chain .edge.hop path{stroke-dasharray:5 3;stroke:var(--leak)}svg.chain .node.named rect{stroke-dasharray:3 2}
svg.timeline{width:100%;height:auto}svg.timeline .tick{fill:var(--muted);font-size:10px;text-anchor:middle}svg.timeline .axis{stroke:var(--line)}svg.timeline .grid{stroke:var(--line);stroke-dasharray:2 3}svg.timeline .ytick{fill:var(--muted);font-size:10px;text-anchor:end}
.marker line{stroke-width:1.5;stroke-dasharray:3 2}.marker.first-leak line{stroke-dasharray:none}.marker.first-leak line,.marker.first-leak path{stroke:var(--first-leak);fill:var(--first-leak)}.marker.wave line,.marker.wave path{stroke:var(--broker);fill:var(--broker)}
.v-leak{fill:var(--leak);background:var(--leak)}.v-pool{fill:var(--pool);background:var(--pool)}.v-weak{fill:var(--weak);background:var(--weak)}.v-merge{fill:var(--merge);background:var(--merge)}.v-forged{fill:var(--forged);background:var(--forged)}.v-legitimate{fill:var(--legitimate);background:var(--legitimate)}.v-untraceable{fill:var(--untraceable);background:var(--untraceable)}.v-unknown{fill:var(--unknown);background:var(--unknown)}.v-noise{fill:var(--noise);background:var(--noise)}
.m-first-leak{background:var(--first-leak)}.m-wave{background:var(--broker)}
.legend{color:var(--muted);font-size:12px}.key{margin-right:12px;white-space:nowrap}.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere;word-break:break-word;unicode-bidi:isolate}
th{background:var(--card);position:sticky;top:0}
td.text{white-space:pre-wrap}td.lines{white-space:pre-line}td.text div{max-height:9em;overflow:auto}
.status{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;background:var(--card)}.status.leaked{background:#ffebee;color:var(--leak)}.status.suspected{background:#fff3e0;color:#b45309}
.status.case-overdue,.status.case-escalated{background:#ffebee;color:var(--leak)}.status.case-answered,.status.case-closed{background:#e8f5e9;color:var(--legitimate)}article.case ul{margin:4px 0;padding-left:20px}
.verdict{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:4px}
article.finding{border-left:4px solid var(--line);padding:2px 12px;margin:10px 0}article.finding.leaked{border-color:var(--leak)}article.finding.suspected{border-color:var(--forged)}
article.finding p{margin:4px 0}
.filters{margin:6px 0}#f-all:checked~.filters [for=f-all],#f-evidence:checked~.filters [for=f-evidence],#f-leak:checked~.filters [for=f-leak],#f-merge:checked~.filters [for=f-merge],#f-forged:checked~.filters [for=f-forged],#f-noise:checked~.filters [for=f-noise]{font-weight:700;text-decoration:underline}.filters label{margin-right:10px;cursor:pointer}.filters input{margin-right:3px}
#f-leak:checked~table tbody tr:not(.row-leak),#f-merge:checked~table tbody tr:not(.row-merge),#f-forged:checked~table tbody tr:not(.row-forged),#f-noise:checked~table tbody tr:not(.row-noise),#f-evidence:checked~table tbody tr:not(.evidence){display:none}
.note{color:var(--muted);font-size:12px}
@media print{body{padding:0;font-size:11px;max-width:none}.filters{display:none}.figure{max-height:none;overflow:visible;border:0}h2{break-after:avoid}tr,article{break-inside:avoid}th{position:static}td.text div{max-height:none;overflow:visible}svg.chain{max-width:100%;height:auto}@page{size:A4;margin:14mm}}
`;
