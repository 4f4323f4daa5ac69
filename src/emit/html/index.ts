// `--format html`: one self-contained page for a run. Each document is written as soon as it
// is read (its text escaped, mentions marked, a side panel of its entities and facts), and
// only its counts are kept; the corpus view is written last and shown first (CSS `order`),
// so memory stays bounded by the number of distinct entities, not by the corpus.
import { ENTITY_TYPES, type EntityType, type MoneyValue } from '../../types.js';
import type { OutputEntity, OutputFact, OutputRecord } from '../record.js';
import type { RenderOptions, Renderer, SourceDocument } from '../formats.js';
import { Corpus, type EntitySummary } from '../../summary/corpus.js';
import { moneyText } from '../money.js';
import { CSP, customTypeStyle, SCRIPT, STYLE } from './assets.js';
import { typesShown } from '../table.js';
import { escapeHtml as esc } from './escape.js';
import { entityKey, highlight } from './highlight.js';
import { EXPLORE_SCRIPT, EXPLORE_STYLE, Explore, SEARCH_FIELD } from './explore/index.js';

/** Rows of the corpus table at most; the rest is one `extract --summary` away. */
export const CORPUS_ROWS = 1000;

const valueText = (v: string | MoneyValue | undefined) => (v === undefined ? '' : typeof v === 'string' ? v : moneyText(v));
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function begin(title: string, custom: readonly string[]): string {
  const filters = typesShown(custom, custom).map(
    (t) => `<button type="button" class="filter t-${t}" data-type="${t}" aria-pressed="true">${t} <span class="count"></span></button>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="extract">
<title>${esc(title)}</title>
<style>${STYLE}${EXPLORE_STYLE}${custom.length ? `\n${customTypeStyle(custom)}` : ''}</style>
</head>
<body>
<div class="page">
<header class="bar"><h1>extract <span>report</span></h1><div class="filters" role="group" aria-label="show entity types">${filters}</div>${SEARCH_FIELD}</header>
<main class="docs">
`;
}

/** A fact's names as buttons that select the entity of that name in the same document. */
function factItem(f: OutputFact, ref: (type: EntityType, name: string | undefined) => string): string {
  const kind = `<span class="kind">${f.type}</span>`;
  switch (f.type) {
    case 'role':
      return `${kind}${ref('PERSON', f.person)}: ${esc(f.title)}${f.org ? ` (${ref('ORG', f.org)})` : ''}`;
    case 'quote': {
      const text = f.text.length > 220 ? f.text.slice(0, 219) + '…' : f.text;
      return `${kind}${ref('PERSON', f.speaker)}: <q>${esc(text.replace(/\s+/g, ' '))}</q>`;
    }
    case 'funding':
      return `${kind}${f.payer ? ref('ORG', f.payer) : '?'} → ${f.recipient ? ref('PROGRAM', f.recipient) : '?'}: <strong>${esc(moneyText(f.amount))}</strong>`;
  }
}

function entityButton(e: OutputEntity, key: string): string {
  const value = valueText(e.value);
  return `<button type="button" class="ent t-${e.type}" data-e="${key}" data-id="${esc(e.id)}" data-type="${e.type}" data-name="${esc(e.name)}"${value ? ` data-value="${esc(value)}"` : ''}><span class="name">${esc(e.name)}</span>${value && e.type === 'DATE' ? `<span class="value">${esc(value)}</span>` : ''}<span class="n" title="mentions">${e.mentions.length}</span></button>`;
}

function panel(r: OutputRecord, doc: number, custom: readonly string[]): string {
  const groups: string[] = [];
  for (const type of typesShown(r.entities.map((e) => e.type), custom)) {
    const items = r.entities.map((e, i) => [e, i] as const).filter(([e]) => e.type === type);
    if (!items.length) continue;
    groups.push(
      `<div class="group t-${type}"><h4><span class="chip t-${type}">${type}</span></h4><ul>${items.map(([e, i]) => `<li class="t-${type}">${entityButton(e, entityKey(doc, i))}</li>`).join('')}</ul></div>`,
    );
  }
  const byName = new Map<string, number>();
  r.entities.forEach((e, i) => byName.set(`${e.type}\u0000${e.name}`, i));
  const ref = (type: EntityType, name: string | undefined): string => {
    if (!name) return '?';
    // the fact's name as written, linked to an entity of that name (of the expected type first)
    const i = byName.get(`${type}\u0000${name}`) ?? ENTITY_TYPES.map((t) => byName.get(`${t}\u0000${name}`)).find((x) => x !== undefined);
    return i === undefined ? esc(name) : `<button type="button" class="ref" data-e="${entityKey(doc, i)}">${esc(name)}</button>`;
  };
  const facts = r.facts.map((f) => `<li class="fact f-${f.type}">${factItem(f, ref)}</li>`).join('');
  return `<aside class="panel" aria-label="entities and facts">
<section><h3>Entities</h3>${groups.join('') || '<p class="note">none found</p>'}</section>
<section><h3>Facts</h3>${facts ? `<ul class="facts">${facts}</ul>` : '<p class="note">none found</p>'}</section>
</aside>`;
}

function documentSection(r: OutputRecord, doc: number, source: SourceDocument | undefined, custom: readonly string[]): string {
  const mentions = r.entities.reduce((n, e) => n + e.mentions.length, 0);
  const date = r.date ? `${esc(r.date)}${r.dateSource ? ` <span title="where the date was found">(${esc(r.dateSource)})</span>` : ''}` : 'no date';
  const text = source
    ? highlight(source.text, source.kind, r, doc, source.regions)
    : '<span class="missing">The source text was not available to the report; the entities and facts are on the right.</span>';
  return `<article class="doc card" id="doc-${doc}">
<header><h2>${esc(r.source)}</h2><p class="meta">${date} · ${plural(r.entities.length, 'entity', 'entities')} · ${plural(mentions, 'mention')} · ${plural(r.facts.length, 'fact')}</p></header>
<div class="doc-body"><div class="text">${text}</div>
${panel(r, doc, custom)}
</div>
</article>
`;
}

function corpusRow(e: EntitySummary, maxDocs: number): string {
  const width = Math.max(2, Math.round((60 * e.documents) / maxDocs));
  const titles = e.titles?.length ? ` <span class="value">${esc(e.titles.join(', '))}</span>` : '';
  return `<tr class="t-${e.type}"><td><span class="chip t-${e.type}">${e.type}</span></td><td class="name"><a href="#doc-${e.firstDocument}" data-id="${esc(e.id)}"${e.joined ? ` data-joined="${esc(e.joined.join(' '))}"` : ''}>${esc(e.name)}</a>${titles}</td><td class="num">${e.documents}<span class="share" style="width:${width}px"></span></td><td class="num">${e.mentions}</td><td class="when">${esc(e.first ?? '–')}</td><td class="when">${esc(e.last ?? '–')}</td></tr>`;
}

function corpusSection(corpus: Corpus, explore: Explore): string {
  const es = corpus.entities();
  const dates = es.flatMap((e) => [e.first, e.last]).filter((d): d is string => d !== null).sort();
  const span = dates.length ? ` · dates ${esc(dates[0]!)} to ${esc(dates[dates.length - 1]!)}` : '';
  const maxDocs = Math.max(1, ...es.slice(0, 1).map((e) => e.documents));
  const rows = es.slice(0, CORPUS_ROWS).map((e) => corpusRow(e, maxDocs)).join('\n');
  const more = es.length > CORPUS_ROWS ? `<p class="note">and ${plural(es.length - CORPUS_ROWS, 'more entity', 'more entities')}: run <code>extract --summary</code> for all of them</p>` : '';
  const programs = es.filter((e) => e.type === 'PROGRAM');
  const funding = programs.length
    ? programs
        .map((p) => {
          const facts = p.funding ?? [];
          const list = facts.length
            ? facts.map((f) => `<li><span class="amount">${esc(moneyText(f.amount))}</span> from ${esc(f.payer ?? 'an unnamed payer')} <span class="from">(${esc(f.source)})</span></li>`).join('')
            : '<li class="from">no funding stated</li>';
          return `<li class="t-PROGRAM"><a href="#doc-${p.firstDocument}" data-id="${esc(p.id)}"><strong>${esc(p.name)}</strong></a> <span class="from">${plural(p.documents, 'document')}</span><ul>${list}</ul></li>`;
        })
        .join('')
    : '<li class="from">no programs found</li>';
  return `</main>
<section class="corpus card" aria-labelledby="corpus-title">
<h2 id="corpus-title">Corpus</h2>
<p class="stats">${plural(corpus.documents, 'document')} · ${plural(es.length, 'entity', 'entities')}${span}</p>
${explore.html(es)}<div class="corpus-grid">
<div><div class="table-box"><table>
${Explore.tableHead()}
<tbody>
${rows}
</tbody></table></div>${more}</div>
<div class="funding"><h3>Programs and funding</h3><ul>${funding}</ul></div>
</div>
</section>
`;
}

export function html(o: RenderOptions): Renderer {
  const corpus = new Corpus();
  const explore = new Explore();
  const custom = o.customTypes ?? [];
  return {
    needsSource: true,
    begin: () => begin('extract report', custom),
    record(r, source) {
      const doc = corpus.documents;
      corpus.add(r);
      explore.add(r, doc);
      return documentSection(r, doc, source, custom);
    },
    end: () => `${corpusSection(corpus, explore)}</div>
<div id="tip" role="tooltip" hidden></div>
<script>${SCRIPT}</script>
<script>${EXPLORE_SCRIPT}</script>
</body>
</html>
`,
  };
}
