// The style of the search field, the timeline, the network, the document index and the
// sortable table head. Entity colours come from the t-TYPE classes of assets.ts (--fill,
// --ink), so a node is coloured as its marks are, whatever the types.
export const EXPLORE_STYLE = `
.bar .search{flex:1 1 220px;display:flex;justify-content:flex-end}
.bar input[type=search]{width:min(100%,360px);font:inherit;font-size:14px;padding:5px 10px;border:1px solid var(--line);border-radius:8px;background:var(--card);color:var(--text)}
.bar input[type=search]:focus{outline:2px solid var(--accent);outline-offset:1px}
.showing{display:flex;align-items:center;gap:10px;min-height:26px;font-size:13px;margin:0 0 12px}
.showing .clear{border:1px solid var(--line);background:var(--card);border-radius:999px;padding:1px 10px;font:inherit;font-size:12.5px;cursor:pointer;color:var(--accent)}
.explore{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:18px;margin:0 0 18px}
.explore .timeline{grid-column:1/-1}
.explore h3{font-size:12px;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);margin:0 0 6px}
.explore h3 .legend{text-transform:none;letter-spacing:0;font-weight:400;margin-left:6px}
.key-docs,.key-dates{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 8px;vertical-align:-1px}
.key-docs{background:var(--accent)}
.key-dates{background:#7aa7e8}
svg.timeline-chart,svg.network-chart{display:block;width:100%;height:auto;border:1px solid var(--line);border-radius:8px;background:#fcfcfd}
.timeline .axis,.timeline .gap{stroke:#98a2b3;fill:none}
.timeline .hit{fill:transparent}
.timeline .period{cursor:pointer}
.timeline .period.empty{cursor:default}
.timeline .period[role]:hover .hit{fill:#eef2ff}
.timeline .period.on .hit{fill:rgba(59,91,219,.16);stroke:var(--accent);stroke-width:1.5}
.timeline .period:focus{outline:none}
.timeline .period:focus-visible .hit{stroke:var(--accent);stroke-width:1.5}
.timeline .bar-docs{fill:var(--accent)}
.timeline .bar-dates{fill:#7aa7e8}
.timeline .dim:not(.on) rect:not(.hit){opacity:.2}
.timeline .tick{font-size:11px;fill:var(--muted);text-anchor:middle}
.timeline .tick.minor{font-size:9px}
.timeline .detail{font-size:13px;margin:6px 0 0}
.network .link{stroke:#98a2b3;stroke-opacity:.55}
.network .edge .hit{stroke:transparent;stroke-width:9;cursor:pointer}
.network .edge:hover .link,.network .edge.on .link{stroke:var(--accent);stroke-opacity:1}
.network .node{cursor:pointer}
.network .node:focus{outline:none}
.network circle{fill:var(--fill);stroke:var(--ink);stroke-width:1.5}
.network .node.on circle,.network .node:focus-visible circle{stroke-width:3.5}
.network text{font-size:11px;fill:var(--text);text-anchor:middle;paint-order:stroke;stroke:#fcfcfd;stroke-width:3px;stroke-linejoin:round;pointer-events:none}
.network .node.minor text{display:none}
.network .node:hover text,.network .node:focus text,.network .node.on text{display:inline}
.network .dim:not(.on){opacity:.18}
.doc-index ol{max-height:560px;overflow:auto;margin:0;padding:0;list-style:none;border:1px solid var(--line);border-radius:8px;font-size:13px}
.doc-index li{padding:4px 8px;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.doc-index .src,.doc-index .when,.doc-index .n{color:var(--muted);font-size:12px}
th .sort{border:0;background:none;font:inherit;color:inherit;padding:0;cursor:pointer}
th[aria-sort=ascending] .sort::after{content:" \\2191"}
th[aria-sort=descending] .sort::after{content:" \\2193"}
.no-match{color:var(--muted);font-style:italic;margin:0}
.doc-index .no-match{padding:6px 8px;font-size:13px}
.doc[hidden],.doc-index li[hidden],.corpus tr[hidden],.no-match[hidden]{display:none}
@media (max-width:900px){.explore{grid-template-columns:1fr}}
`;
