// The HTML report without a browser: escaping, where the marks go (code points, HTML
// sources), the side panel, the corpus view written last, and the other formats untouched
// by the source text passed to renderers.
import { describe, expect, it } from 'vitest';
import { RENDERERS, renderer, type RenderOptions } from '../../src/emit/index.js';
import { escapeHtml, escapeHtmlSource } from '../../src/emit/html/escape.js';
import { highlight, mentionSpans } from '../../src/emit/html/highlight.js';
import { visibleRuns } from '../../src/emit/html/runs.js';
import { utf16Indexer } from '../../src/text/code-points.js';
import { CSP, SCRIPT } from '../../src/emit/html/assets.js';
import { EXPLORE_SCRIPT } from '../../src/emit/html/explore/index.js';
import { createHash } from 'node:crypto';
import type { OutputEntity, OutputRecord } from '../../src/emit/record.js';
import type { EntityType } from '../../src/types.js';

const OPTIONS: RenderOptions = { pretty: false, facts: false, color: false, width: 80 };

/** The text a mark shows, with its type: [type, text] in document order. */
function marks(html: string): [string, string][] {
  return [...html.matchAll(/<mark class="m t-(\w+)"[^>]*>([^<]*)<\/mark>/g)].map((m) => [m[1]!, m[2]!]);
}

/**
 * A record by hand (so these tests do not move when the recognizers improve): each
 * [type, text, nth] marks the nth occurrence of text, offsets in code points like a real one.
 */
function rec(source: string, text: string, spans: [EntityType, string, number?][], facts: OutputRecord['facts'] = []): OutputRecord {
  const cps = (i: number) => [...text.slice(0, i)].length;
  const entities = new Map<string, OutputEntity>();
  for (const [type, t, nth = 0] of spans) {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(t, at + 1);
    if (at < 0) throw new Error(`no "${t}" in the text`);
    const id = `${type}:${t.toLowerCase().replace(/\W+/g, '-')}`;
    const e = entities.get(id) ?? { id, type, name: t, ...(type === 'DATE' ? { value: '2013-01-30' } : {}), mentions: [] };
    e.mentions.push({ text: t, start: cps(at), end: cps(at + t.length), rule: `${type.toLowerCase()}.test` });
    entities.set(id, e);
  }
  return { source, date: '2013-01-31', dateSource: 'option', entities: [...entities.values()], facts };
}

describe('escaping', () => {
  it('escapes the five characters of HTML', () => {
    expect(escapeHtml(`<script>alert("x" + 'y') && 1</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp;&amp; 1&lt;/script&gt;');
  });
  it('keeps well-formed character references of an HTML source, escapes the rest', () => {
    expect(escapeHtmlSource('AT&amp;T &#8220;no&#8221; &#x2019; & &nope <b>')).toBe('AT&amp;T &#8220;no&#8221; &#x2019; &amp; &amp;nope &lt;b&gt;');
    expect(escapeHtmlSource('&lt;script&gt;')).toBe('&lt;script&gt;');
  });
});

describe('highlight', () => {
  it('marks each mention of a text document, escaping what is around it', () => {
    const text = 'Foreign Minister Sergei Lavrov met <i>Joe Biden</i> in Munich on Wednesday & left.';
    const r = rec('a.txt', text, [['PERSON', 'Sergei Lavrov'], ['PERSON', 'Joe Biden'], ['LOCATION', 'Munich'], ['DATE', 'Wednesday']]);
    const html = highlight(text, 'text', r, 0);
    expect(marks(html)).toEqual([
      ['PERSON', 'Sergei Lavrov'],
      ['PERSON', 'Joe Biden'],
      ['LOCATION', 'Munich'],
      ['DATE', 'Wednesday'],
    ]);
    expect(html).toContain('met &lt;i&gt;<mark');
    expect(html).toContain('</mark>&lt;/i&gt; in');
    expect(html).toContain(' &amp; left.');
    expect(html).not.toMatch(/<(?!\/?mark)/); // no element but the marks
  });

  it('counts offsets in code points: astral characters before a mention', () => {
    const text = '😀😀 Talks in Geneva with 𝒳 Joe Biden.';
    const r = rec('a.txt', text, [['LOCATION', 'Geneva'], ['PERSON', 'Joe Biden']]);
    const html = highlight(text, 'text', r, 0);
    expect(marks(html).map(([, t]) => t)).toEqual(['Geneva', 'Joe Biden']);
    const at = utf16Indexer(text);
    expect(at(0)).toBe(0);
    expect(at(2)).toBe(4);
    expect(text.slice(at(r.entities[0]!.mentions[0]!.start), at(r.entities[0]!.mentions[0]!.end))).toBe('Geneva');
  });

  it('shows an HTML source as its text: no tags, scripts, styles or head; references kept', () => {
    const src = '<html><head><title>T</title><style>p{}</style></head><body><script>var Moscow = 1</script><p>Talks in <b>Vienna</b> &amp; Geneva.</p><p>Joe Biden left.</p></body></html>';
    const html = highlight(src, 'html', rec('a.html', src, [['LOCATION', 'Vienna'], ['LOCATION', 'Geneva'], ['PERSON', 'Joe Biden']]), 3);
    expect(marks(html)).toEqual([
      ['LOCATION', 'Vienna'],
      ['LOCATION', 'Geneva'],
      ['PERSON', 'Joe Biden'],
    ]);
    expect(html).toBe(
      'Talks in <mark class="m t-LOCATION" data-e="d3-e0" data-rule="location.test">Vienna</mark> &amp; ' +
        '<mark class="m t-LOCATION" data-e="d3-e1" data-rule="location.test">Geneva</mark>.\n\n' +
        '<mark class="m t-PERSON" data-e="d3-e2" data-rule="person.test">Joe Biden</mark> left.',
    );
    expect(visibleRuns(src, 'html').map((r) => src.slice(r.start, r.end)).join('|')).toBe('Talks in |Vienna| &amp; Geneva.|Joe Biden left.');
  });

  it('drops a mention that overlaps an earlier one', () => {
    const r: OutputRecord = {
      source: 'x',
      date: null,
      entities: [
        { id: 'ORG:a', type: 'ORG', name: 'A B', mentions: [{ text: 'A B', start: 0, end: 3, rule: 'r' }] },
        { id: 'PERSON:b', type: 'PERSON', name: 'B C', mentions: [{ text: 'B C', start: 2, end: 5, rule: 'r' }] },
      ],
      facts: [],
    };
    expect(mentionSpans('A B C', r).map((s) => [s.start, s.end])).toEqual([[0, 3]]);
  });
});

describe('the html renderer', () => {
  const hostile = 'Senator <script>alert(1)</script> Dianne Feinstein spoke in Geneva. She said "we will pay $5 million" for the Cooperative Threat Reduction program.';
  const r = rec('<b>evil</b>.txt', hostile, [['PERSON', 'Dianne Feinstein'], ['LOCATION', 'Geneva'], ['MONEY', '$5 million'], ['PROGRAM', 'Cooperative Threat Reduction program']], [
    { type: 'role', person: 'Dianne Feinstein', title: 'Senator', start: 0, end: 42, rule: 'role.test' },
    { type: 'quote', speaker: 'Dianne Feinstein', text: 'we will pay $5 million <script>', start: 70, end: 100, rule: 'quote.test' },
    { type: 'funding', payer: 'Dianne Feinstein', amount: { amount: 5e6, currency: 'USD' }, recipient: 'Cooperative Threat Reduction program', start: 70, end: 140, rule: 'funding.test' },
  ]);

  it('writes one page: head with a CSP that allows only its own script, each document, the corpus view last', () => {
    const render = renderer('html', OPTIONS);
    expect(render.needsSource).toBe(true);
    const page = render.begin() + render.record(r, { text: hostile, kind: 'text' }) + render.record(r, { text: hostile, kind: 'text' }) + render.end();
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).not.toMatch(/<script>alert|<b>evil/);
    expect(page).toContain('&lt;b&gt;evil&lt;/b&gt;.txt');
    // two scripts, ours, each allowed by its hash and by nothing else
    expect(page.match(/<script/g)).toHaveLength(2);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(CSP).toContain(`script-src ${hash(SCRIPT)} ${hash(EXPLORE_SCRIPT)};`);
    expect(CSP).toContain("default-src 'none'");
    expect(page).toContain(`<script>${SCRIPT}</script>`);
    expect(page).toContain(`<script>${EXPLORE_SCRIPT}</script>`);
    expect(page.indexOf('id="doc-1"')).toBeLessThan(page.indexOf('class="corpus card"'));
    expect(page).toMatch(/2 documents · \d+ entities/);
    expect(page).not.toMatch(/https?:\/\//); // nothing to fetch
  });

  it('lists the entities and facts in a side panel, facts linking to their entities', () => {
    const render = renderer('html', OPTIONS);
    const doc = render.record(r, { text: hostile, kind: 'text' });
    const panel = doc.slice(doc.indexOf('<aside'));
    for (const e of r.entities) expect(panel).toContain(`data-id="${e.id}"`);
    expect(r.facts.length).toBeGreaterThan(0);
    expect(panel.match(/<li class="fact /g)).toHaveLength(r.facts.length);
  });

  it('without the source text, still shows the panel and says why there is no text', () => {
    const render = renderer('html', OPTIONS);
    const doc = render.record(r);
    expect(doc).toContain('source text was not available');
    expect(doc).toContain('class="panel"');
    expect(doc).not.toContain('<mark');
  });

  it('keeps only counts between documents: the page does not grow with what was already written', () => {
    const render = renderer('html', OPTIONS);
    render.begin();
    const big = hostile + ' Geneva.'.repeat(20_000);
    const one = rec('big.txt', big, [['LOCATION', 'Geneva', 5_000], ['PERSON', 'Dianne Feinstein']]);
    for (let i = 0; i < 5; i++) render.record(one, { text: big, kind: 'text' });
    const end = render.end();
    expect(end.length).toBeLessThan(20_000);
    expect(end).not.toContain('Geneva. Geneva.');
  });

  it('ndjson, json and csv are the same with or without the source text', () => {
    const source = { text: hostile, kind: 'text' as const };
    for (const format of ['ndjson', 'json', 'csv', 'table'] as const) {
      const a = renderer(format, OPTIONS);
      const b = renderer(format, OPTIONS);
      expect(a.needsSource ?? false).toBe(false);
      expect(a.begin() + a.record(r) + a.end()).toBe(b.begin() + b.record(r, source) + b.end());
    }
    expect(Object.keys(RENDERERS)).toContain('html');
  });
});
