// The report's tools to explore a corpus: a search field (in the bar), and at the top of
// the corpus view a line saying what is shown, the timeline, the network of who is
// mentioned with whom, and an index of the documents. While documents stream past, only a
// few facts of each are kept (its date, the days of its dates, the ids of its named
// entities, its title and counts), never its text; the charts are drawn at the end.
import type { OutputRecord } from '../../record.js';
import type { EntitySummary } from '../../../summary/corpus.js';
import { escapeHtml as esc } from '../escape.js';
import { plural } from './words.js';
import { type DayRange, dayRange } from './periods.js';
import { MAX_SPREAD, type TimelineDoc, timeline } from './timeline.js';
import { timelineSvg } from './timeline-svg.js';
import { NETWORK_TYPES, network } from './network.js';
import { networkSvg } from './network-svg.js';

export { EXPLORE_STYLE } from './style.js';
export { EXPLORE_SCRIPT } from './client/index.js';

/** Types that are not names: left out of the timeline's "who" and the network. */
const VALUE_TYPES: ReadonlySet<string> = new Set(['DATE', 'MONEY']);

const fileName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;

/** The search field of the bar; the page's script filters as one types. */
export const SEARCH_FIELD =
  '<div class="search"><input type="search" id="q" aria-label="Search entity names, facts and text" placeholder="Search names, facts, text" autocomplete="off" spellcheck="false"></div>';

interface Kept extends TimelineDoc {
  title: string;
  source: string;
  day: string | null;
  entities: number;
}

export class Explore {
  private readonly docs: Kept[] = [];
  private readonly strings = new Map<string, string>();
  private undated = 0;

  /** one copy of each id, however many documents name it */
  private intern(s: string): string {
    const had = this.strings.get(s);
    if (had !== undefined) return had;
    this.strings.set(s, s);
    return s;
  }

  add(r: OutputRecord, doc: number): void {
    const dates = new Map<string, DayRange>();
    for (const e of r.entities) {
      if (e.type !== 'DATE') continue;
      const range = dayRange(e);
      if (range) dates.set(`${range.first}/${range.last}`, range);
      else this.undated++;
    }
    this.docs.push({
      doc,
      date: r.date ? dayRange({ value: r.date }) : null,
      dates: [...dates.values()],
      named: r.entities.filter((e) => !VALUE_TYPES.has(e.type)).map((e) => this.intern(e.id)),
      title: r.title ?? '',
      source: r.source,
      day: r.date,
      entities: r.entities.length,
    });
  }

  /** The regions at the top of the corpus view; `entities` as the corpus view lists them. */
  html(entities: readonly EntitySummary[]): string {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const name = (id: string) => byId.get(id)?.name ?? id;
    const t = timeline(this.docs, this.undated);
    const unit = t.unit;
    const unplaced = t.unplaced ? ` ${plural(t.unplaced, 'date')} not on it: durations, vaguer dates, or dates longer than ${MAX_SPREAD} ${unit}s.` : '';
    const net = network(
      this.docs.map((d) => d.named),
      entities.filter((e) => NETWORK_TYPES.has(e.type)),
    );
    return `<div class="showing" role="status"><span class="showing-text">All ${plural(this.docs.length, 'document')}.</span> <button type="button" class="clear" hidden>Show all</button></div>
<div class="explore">
<section class="timeline" aria-label="Timeline: documents and dates by ${unit}">
<h3>Timeline <span class="legend"><span class="key-docs"></span>documents by date <span class="key-dates"></span>dates they mention</span></h3>
${timelineSvg(t, name)}
<p class="detail" aria-live="polite"></p>
<p class="note">By ${unit}; click a period for its documents and entities.${unplaced}</p>
</section>
<section class="network" aria-label="Network: who is mentioned with whom">
<h3>Who appears with whom <span class="legend">people, organizations and programs in the same documents</span></h3>
${networkSvg(net)}
<p class="note">Circles sized by mentions, lines by documents in common; click a circle or a line for the documents.</p>
</section>
${this.index()}
</div>
`;
  }

  /** The head of the corpus table: each column a button that sorts by it (the page's script). */
  static tableHead(): string {
    const cols: [string, boolean][] = [['type', false], ['name', false], ['docs', true], ['mentions', true], ['first', false], ['last', false]];
    return `<thead><tr>${cols.map(([c, num]) => `<th${num ? ' class="num"' : ''}${c === 'docs' ? ' aria-sort="descending"' : ''}><button type="button" class="sort">${c}</button></th>`).join('')}</tr></thead>`;
  }

  private index(): string {
    const items = this.docs.map(
      (d) =>
        `<li data-doc="${d.doc}"><a href="#doc-${d.doc}" title="${esc(d.source)}">${esc(d.title || fileName(d.source))}</a> <span class="when">${esc(d.day ?? 'no date')}</span> <span class="n">${plural(d.entities, 'entity', 'entities')}</span></li>`,
    );
    return `<nav class="doc-index" aria-label="Document index">
<h3>Documents</h3>
<ol>${items.join('\n')}</ol>
</nav>`;
  }
}
