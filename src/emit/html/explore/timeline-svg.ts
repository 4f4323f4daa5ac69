// The timeline drawn as inline SVG: one column a period, documents dated in it above the
// line and DATE values placed in it below. Each period with something in it is a button
// (the page's script filters the corpus view to its documents, data-docs); without the
// script the chart still reads, each period's numbers and names in its <title>.
import { escapeHtml as esc } from '../escape.js';
import { plural } from './words.js';
import type { Period, Timeline } from './timeline.js';

const W = 960;
const H = 168;
const PAD = 8;
const BASE = 84; // the line between documents (above) and dates (below)
const UP = 70;
const DOWN = 42;
const GAP = 0.6; // a jump in time takes this many columns


/** What a period holds, in words: its aria-label, and with its names, its tooltip. */
export function periodSummary(p: Period): string {
  return `${p.label}: ${plural(p.dated, 'document')} dated, ${plural(p.dates, 'date')} mentioned`;
}

export function timelineSvg(t: Timeline, names: (id: string) => string): string {
  const n = t.periods.length;
  if (!n) return '<p class="note">No dates to chart: no document has a date and no date mentioned names a day, month or year.</p>';
  const gaps = t.periods.filter((p) => p.gapBefore).length;
  const col = (W - 2 * PAD) / (n + GAP * gaps);
  const maxDocs = Math.max(1, ...t.periods.map((p) => p.dated));
  const maxDates = Math.max(1, ...t.periods.map((p) => p.dates));
  const bar = Math.max(1, col * 0.72);
  const parts: string[] = [];
  const ticks: string[] = [];
  let x = PAD;
  let lastTick = -Infinity;
  t.periods.forEach((p, i) => {
    if (p.gapBefore) {
      const g = x + (GAP * col) / 2;
      parts.push(`<path class="gap" d="M${r(g - 3)} ${BASE - 5}l3 -4l3 4M${r(g - 3)} ${BASE + 5}l3 4l3 -4"/>`);
      x += GAP * col;
    }
    const mid = x + col / 2;
    const up = (UP * p.dated) / maxDocs;
    const down = (DOWN * p.dates) / maxDates;
    const bars =
      (p.dated ? `<rect class="bar-docs" x="${r(mid - bar / 2)}" y="${r(BASE - up)}" width="${r(bar)}" height="${r(up)}"/>` : '') +
      (p.dates ? `<rect class="bar-dates" x="${r(mid - bar / 2)}" y="${BASE + 1}" width="${r(bar)}" height="${r(down)}"/>` : '');
    const hit = `<rect class="hit" x="${r(x)}" y="${PAD}" width="${r(col)}" height="${BASE + DOWN - PAD + 2}"/>`;
    if (p.docs.length) {
      const top = p.top.map(names).join(', ');
      parts.push(
        `<g class="period" role="button" tabindex="0" aria-pressed="false" aria-label="${esc(periodSummary(p))}" data-key="${esc(p.key)}" data-label="${esc(p.label)}" data-docs="${p.docs.join(' ')}"><title>${esc(periodSummary(p))}${top ? ` · ${esc(top)}` : ''}</title>${hit}${bars}</g>`,
      );
    } else parts.push(`<g class="period empty">${hit}</g>`);
    const year = p.key.slice(0, 4);
    const startsYear = t.unit === 'year' || i === 0 || p.gapBefore || p.key.endsWith('-01') || p.key.endsWith('-Q1');
    if (startsYear && mid - lastTick >= 40) {
      ticks.push(`<text class="tick" x="${r(mid)}" y="${H - 4}">${esc(year)}</text>`);
      lastTick = mid;
    }
    if (t.unit !== 'year' && col >= 14) ticks.push(`<text class="tick minor" x="${r(mid)}" y="${H - 20}">${esc(t.unit === 'month' ? p.label.slice(0, 1) : p.key.slice(5))}</text>`);
    x += col;
  });
  return `<svg class="timeline-chart" viewBox="0 0 ${W} ${H}" role="group" aria-label="periods by ${t.unit}">
<line class="axis" x1="${PAD}" y1="${BASE}" x2="${W - PAD}" y2="${BASE}"/>
${parts.join('\n')}
${ticks.join('')}
</svg>`;
}

const r = (v: number) => Math.round(v * 10) / 10;
