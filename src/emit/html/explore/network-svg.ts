// The network drawn as inline SVG: a circle an entity, sized by its mentions and coloured
// by its type (the t-TYPE class of the marks), a line for each pair of entities mentioned
// in the same documents, thicker for more. Nodes are buttons (keyboard too) and lines are
// clickable: the page's script then shows the documents that mention them.
import { escapeHtml as esc } from '../escape.js';
import { plural } from './words.js';
import { forceLayout } from './layout.js';
import type { Network } from './network.js';

const W = 640;
const H = 420;
/** Nodes named on the chart; the others show their name on hover or focus. */
const LABELLED = 18;


export function networkSvg(net: Network): string {
  if (!net.nodes.length) return '<p class="note">No two people, organizations or programs are mentioned in the same document.</p>';
  const at = forceLayout(net.nodes.length, net.edges, { width: W, height: H, margin: 46 });
  const maxMentions = Math.max(1, ...net.nodes.map((n) => n.mentions));
  const maxDocs = Math.max(1, ...net.edges.map((e) => e.docs));
  const labelled = new Set(
    net.nodes
      .map((n, i) => [n.mentions, i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
      .slice(0, LABELLED)
      .map(([, i]) => i),
  );
  const edges = net.edges.map((e) => {
    const a = net.nodes[e.a]!;
    const b = net.nodes[e.b]!;
    const [p, q] = [at[e.a]!, at[e.b]!];
    const line = `x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}"`;
    const width = 1 + (3 * (e.docs - 1)) / Math.max(1, maxDocs - 1);
    return `<g class="edge" data-a="${esc(a.id)}" data-b="${esc(b.id)}" data-n="${e.docs}" data-label="${esc(`${a.name} and ${b.name}`)}"><title>${esc(`${a.name} and ${b.name}: ${plural(e.docs, 'document')}`)}</title><line class="link" ${line} stroke-width="${Math.round(width * 10) / 10}"/><line class="hit" ${line}/></g>`;
  });
  const nodes = net.nodes.map((n, i) => {
    const { x, y } = at[i]!;
    const radius = Math.round(10 * (4 + 12 * Math.sqrt(n.mentions / maxMentions))) / 10;
    const about = `${n.name} (${n.type}): ${plural(n.mentions, 'mention')} in ${plural(n.documents, 'document')}`;
    return `<g class="node t-${esc(n.type)}${labelled.has(i) ? '' : ' minor'}" role="button" tabindex="0" aria-pressed="false" aria-label="${esc(about)}" data-id="${esc(n.id)}" data-label="${esc(n.name)}"><title>${esc(about)}</title><circle cx="${x}" cy="${y}" r="${radius}"/><text x="${x}" y="${Math.round(10 * (y + radius + 11)) / 10}">${esc(n.name)}</text></g>`;
  });
  return `<svg class="network-chart" viewBox="0 0 ${W} ${H}" role="group" aria-label="${plural(net.nodes.length, 'entity', 'entities')}, ${plural(net.edges.length, 'link')}">
<g class="edges">${edges.join('\n')}</g>
<g class="nodes">${nodes.join('\n')}</g>
</svg>`;
}
