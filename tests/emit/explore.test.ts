// The data behind the report's timeline and network, as pure functions: the days of a
// date, periods, the timeline's columns, the network's nodes and links, the layout; then
// the regions as written, escaped.
import { describe, expect, it } from 'vitest';
import { dayRange, periodInfo, periodOf, unitFor, type DayRange, type Unit } from '../../src/emit/html/explore/periods.js';
import { MAX_PERIODS, timeline, topIds, type TimelineDoc } from '../../src/emit/html/explore/timeline.js';
import { network, type NodeInfo } from '../../src/emit/html/explore/network.js';
import { forceLayout } from '../../src/emit/html/explore/layout.js';
import { timelineSvg } from '../../src/emit/html/explore/timeline-svg.js';
import { networkSvg } from '../../src/emit/html/explore/network-svg.js';
import { Explore } from '../../src/emit/html/explore/index.js';
import type { OutputRecord } from '../../src/emit/record.js';

const days = (first: string, last = first): DayRange => ({ first, last });

describe('dayRange', () => {
  const cases: [string, Record<string, unknown>, DayRange | null][] = [
    ['a year', { value: '2013' }, days('2013-01-01', '2013-12-31')],
    ['a month', { value: '2013-02' }, days('2013-02-01', '2013-02-28')],
    ['February of a leap year', { value: '2012-02' }, days('2012-02-01', '2012-02-29')],
    ['a day', { value: '2013-05-31' }, days('2013-05-31')],
    ['no such day', { value: '2013-02-30' }, null],
    ['no such month', { value: '2013-13' }, null],
    ['a duration', { value: 'P20Y' }, null],
    ['a reference', { value: 'PRESENT_REF' }, null],
    ['a week, without bounds', { value: '2013-W07' }, null],
    ['no value', {}, null],
    ['first and last given: taken as they are', { value: '2013-W07', first: '2013-02-11', last: '2013-02-17' }, days('2013-02-11', '2013-02-17')],
    ['first and last win over the value', { value: '2013', first: '2013-04-01', last: '2013-06-30' }, days('2013-04-01', '2013-06-30')],
    ['first after last: read the value', { value: '2013', first: '2013-06-30', last: '2013-04-01' }, days('2013-01-01', '2013-12-31')],
    ['only first: read the value', { value: '2013-03', first: '2013-03-01' }, days('2013-03-01', '2013-03-31')],
    ['bounds that are not days: read the value', { value: '2014', first: '2014', last: 'later' }, days('2014-01-01', '2014-12-31')],
  ];
  it.each(cases)('%s', (_, date, expected) => expect(dayRange(date)).toEqual(expected));
});

describe('periods', () => {
  const cases: [string, Unit, string, string, string][] = [
    ['2013-05-17', 'month', '2013-05', 'May 2013', '2013-05-01/2013-05-31'],
    ['2013-12-31', 'month', '2013-12', 'Dec 2013', '2013-12-01/2013-12-31'],
    ['2012-02-10', 'month', '2012-02', 'Feb 2012', '2012-02-01/2012-02-29'],
    ['2013-05-17', 'quarter', '2013-Q2', 'Q2 2013', '2013-04-01/2013-06-30'],
    ['2013-01-01', 'quarter', '2013-Q1', 'Q1 2013', '2013-01-01/2013-03-31'],
    ['2013-11-30', 'quarter', '2013-Q4', 'Q4 2013', '2013-10-01/2013-12-31'],
    ['2013-05-17', 'year', '2013', '2013', '2013-01-01/2013-12-31'],
  ];
  it.each(cases)('%s by %s is %s', (day, unit, key, label, range) => {
    const p = periodInfo(periodOf(day, unit), unit);
    expect([p.key, p.label, `${p.first}/${p.last}`]).toEqual([key, label, range]);
    // its first and last days are in it, the days either side are not
    expect(periodOf(p.first, unit)).toBe(periodOf(day, unit));
    expect(periodOf(p.last, unit)).toBe(periodOf(day, unit));
  });
  it('numbers consecutive periods one apart, across a year', () => {
    expect(periodOf('2014-01-01', 'month') - periodOf('2013-12-31', 'month')).toBe(1);
    expect(periodOf('2014-01-01', 'quarter') - periodOf('2013-12-31', 'quarter')).toBe(1);
    expect(periodOf('2014-01-01', 'year') - periodOf('2013-12-31', 'year')).toBe(1);
  });

  const units: [DayRange, Unit][] = [
    [days('2013-05-02'), 'month'],
    [days('2012-01-01', '2015-12-31'), 'month'],
    [days('2012-01-01', '2016-01-01'), 'quarter'],
    [days('2004-11-24', '2015-06-08'), 'quarter'],
    [days('2000-01-01', '2012-01-01'), 'year'],
  ];
  it.each(units)('documents from %j are shown by %s', (span, unit) => expect(unitFor(span)).toBe(unit));
});

/** A document of the timeline: its number, date, dates mentioned and named entities. */
const doc = (n: number, date: string | null, dates: string[] = [], named: string[] = []): TimelineDoc => ({
  doc: n,
  date: date ? dayRange({ value: date }) : null,
  dates: dates.map((v) => dayRange({ value: v })!),
  named,
});

describe('timeline', () => {
  type Row = { key: string; docs: number[]; dated: number; dates: number; gapBefore?: boolean };
  const empty = (key: string): Row => ({ key, docs: [], dated: 0, dates: 0 });
  const cases: [string, TimelineDoc[], Unit, Row[], number][] = [
    ['nothing dated', [doc(0, null)], 'month', [], 0],
    [
      'documents by month, empty months between them kept',
      [doc(0, '2013-01-05'), doc(1, '2013-03-20'), doc(2, '2013-03-01')],
      'month',
      [
        { key: '2013-01', docs: [0], dated: 1, dates: 0 },
        { key: '2013-02', docs: [], dated: 0, dates: 0 },
        { key: '2013-03', docs: [1, 2], dated: 2, dates: 0 },
      ],
      0,
    ],
    [
      'a date mentioned puts its document in its period too; a year is too broad for months',
      [doc(0, '2013-01-05', ['2013-02', '2013']), doc(1, '2013-02-11', ['2013-02-10'])],
      'month',
      [
        { key: '2013-01', docs: [0], dated: 1, dates: 0 },
        { key: '2013-02', docs: [0, 1], dated: 1, dates: 2 },
      ],
      1,
    ],
    [
      'by quarter a year spans four periods, and is placed in each',
      [doc(0, '2005-01-05', ['2006']), doc(1, '2009-06-01')],
      'quarter',
      [
        { key: '2005-Q1', docs: [0], dated: 1, dates: 0 },
        ...['2005-Q2', '2005-Q3', '2005-Q4'].map(empty),
        ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => ({ key: `2006-${q}`, docs: [0], dated: 0, dates: 1 })),
        ...['2007-Q1', '2007-Q2', '2007-Q3', '2007-Q4', '2008-Q1', '2008-Q2', '2008-Q3', '2008-Q4', '2009-Q1'].map(empty),
        { key: '2009-Q2', docs: [1], dated: 1, dates: 0 },
      ],
      0,
    ],
    [
      'no document dated: the unit is coarse enough for every date mentioned',
      [doc(0, null, ['2013', '2013-05-02'])],
      'quarter',
      [
        { key: '2013-Q1', docs: [0], dated: 0, dates: 1 },
        { key: '2013-Q2', docs: [0], dated: 0, dates: 2 },
        { key: '2013-Q3', docs: [0], dated: 0, dates: 1 },
        { key: '2013-Q4', docs: [0], dated: 0, dates: 1 },
      ],
      0,
    ],
    [
      'no document dated: the dates mentioned choose the unit',
      [doc(0, null, ['2013-05-02', '2013-06'])],
      'month',
      [
        { key: '2013-05', docs: [0], dated: 0, dates: 1 },
        { key: '2013-06', docs: [0], dated: 0, dates: 1 },
      ],
      0,
    ],
    [
      'a date far from the rest: only the periods with something in them, a gap before the jump',
      [doc(0, '2013-01-05', ['1955-02-24']), doc(1, '2013-02-01')],
      'month',
      [
        { key: '1955-02', docs: [0], dated: 0, dates: 1 },
        { key: '2013-01', docs: [0], dated: 1, dates: 0, gapBefore: true },
        { key: '2013-02', docs: [1], dated: 1, dates: 0 },
      ],
      0,
    ],
  ];
  it.each(cases)('%s', (_, docs, unit, rows, unplaced) => {
    const t = timeline(docs);
    expect(t.unit).toBe(unit);
    expect(t.unplaced).toBe(unplaced);
    expect(t.periods.map((p) => ({ key: p.key, docs: p.docs, dated: p.dated, dates: p.dates, ...(p.gapBefore ? { gapBefore: true } : {}) }))).toEqual(rows);
  });
  it('counts the dates without days it was told of as not placed', () => {
    expect(timeline([doc(0, '2013-01-01')], 3).unplaced).toBe(3);
    expect(timeline([doc(0, null, ['2013'])], 2).unplaced).toBe(2);
    expect(timeline([doc(0, '2013-05-02', ['2013'])], 2).unplaced).toBe(3); // a year is too broad for months
  });
  it('never draws more than MAX_PERIODS columns of empty time', () => {
    const docs = [doc(0, '2013-01-01', ['1900-01-01', '1950-06-01', '1980-01-01'])];
    const t = timeline(docs);
    expect(t.periods.length).toBe(4);
    expect(t.periods.length).toBeLessThanOrEqual(MAX_PERIODS);
  });
  it('names the entities most of a period\'s documents mention', () => {
    const t = timeline([doc(0, '2013-01-05', [], ['PERSON:a', 'ORG:b']), doc(1, '2013-01-20', [], ['ORG:b', 'ORG:b']), doc(2, '2013-02-01', [], ['PERSON:c'])]);
    expect(t.periods.map((p) => p.top)).toEqual([['ORG:b', 'PERSON:a'], ['PERSON:c']]);
  });
});

describe('topIds', () => {
  const cases: [string[][], number, string[]][] = [
    [[], 5, []],
    [[['a', 'b'], ['b'], ['c', 'b']], 5, ['b', 'a', 'c']],
    [[['a', 'a', 'a'], ['b'], ['b']], 5, ['b', 'a']], // counted once a list
    [[['z'], ['y'], ['x']], 2, ['x', 'y']], // ties by id
  ];
  it.each(cases)('%j, %i at most: %j', (lists, n, expected) => expect(topIds(lists, n)).toEqual(expected));
});

const node = (id: string, mentions = 1, documents = 1): NodeInfo => ({ id, type: id.split(':')[0]!, name: id.split(':')[1]!, mentions, documents });

describe('network', () => {
  const A = node('PERSON:a', 9, 3);
  const B = node('ORG:b', 5, 2);
  const C = node('PROGRAM:c', 4, 2);
  const L = node('LOCATION:l', 20, 3);
  const D = node('PERSON:d');
  type Case = [string, string[][], NodeInfo[], number | undefined, number | undefined, string[], [string, string, number][]];
  const cases: Case[] = [
    ['nothing mentioned together', [['PERSON:a'], ['ORG:b']], [A, B], undefined, undefined, [], []],
    [
      'a link for each pair of a document, weighed by documents',
      [['PERSON:a', 'ORG:b', 'PROGRAM:c'], ['PERSON:a', 'ORG:b'], ['PERSON:a', 'PERSON:a']],
      [A, B, C],
      undefined,
      undefined,
      ['a', 'b', 'c'],
      [['a', 'b', 2], ['a', 'c', 1], ['b', 'c', 1]],
    ],
    ['places are not in the network', [['PERSON:a', 'LOCATION:l'], ['PERSON:a', 'ORG:b']], [L, A, B], undefined, undefined, ['a', 'b'], [['a', 'b', 1]]],
    ['only the first candidates', [['PERSON:a', 'ORG:b', 'PERSON:d']], [A, B, D], 2, undefined, ['a', 'b'], [['a', 'b', 1]]],
    [
      'the heaviest links, a node with none left dropped',
      [['PERSON:a', 'ORG:b'], ['PERSON:a', 'ORG:b'], ['PROGRAM:c', 'PERSON:d']],
      [A, B, C, D],
      undefined,
      1,
      ['a', 'b'],
      [['a', 'b', 2]],
    ],
  ];
  it.each(cases)('%s', (_, docs, candidates, maxNodes, maxEdges, nodes, edges) => {
    const net = network(docs, candidates, maxNodes, maxEdges);
    expect(net.nodes.map((n) => n.name)).toEqual(nodes);
    expect(net.edges.map((e) => [net.nodes[e.a]!.name, net.nodes[e.b]!.name, e.docs])).toEqual(edges);
  });
});

describe('forceLayout', () => {
  const box = { width: 640, height: 420, margin: 40 };
  const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
  const link = (a: number, b: number, docs = 1) => ({ a, b, docs });
  const graphs: [string, number, ReturnType<typeof link>[]][] = [
    ['a pair', 2, [link(0, 1)]],
    ['a path', 5, [link(0, 1), link(1, 2), link(2, 3), link(3, 4)]],
    ['a star', 7, [1, 2, 3, 4, 5, 6].map((i) => link(0, i))],
    ['two triangles, apart', 6, [link(0, 1), link(1, 2), link(0, 2), link(3, 4), link(4, 5), link(3, 5, 3)]],
  ];
  it.each(graphs)('%s: the same each time, inside the margins, no two nodes on one spot', (_, n, edges) => {
    const at = forceLayout(n, edges, box);
    expect(forceLayout(n, edges, box)).toEqual(at);
    expect(at).toHaveLength(n);
    for (const p of at) {
      expect(p.x).toBeGreaterThanOrEqual(box.margin - 0.05);
      expect(p.x).toBeLessThanOrEqual(box.width - box.margin + 0.05);
      expect(p.y).toBeGreaterThanOrEqual(box.margin - 0.05);
      expect(p.y).toBeLessThanOrEqual(box.height - box.margin + 0.05);
    }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(dist(at[i]!, at[j]!)).toBeGreaterThan(20);
  });
  it('draws linked nodes nearer each other than unlinked ones', () => {
    const [, n, edges] = graphs[3]!;
    const at = forceLayout(n, edges, box);
    const within = Math.max(...edges.map((e) => dist(at[e.a]!, at[e.b]!)));
    const across = Math.min(...[0, 1, 2].flatMap((i) => [3, 4, 5].map((j) => dist(at[i]!, at[j]!))));
    expect(within).toBeLessThan(across);
  });
  it('puts one node in the middle and none for none', () => {
    expect(forceLayout(1, [], box)).toEqual([{ x: 320, y: 210 }]);
    expect(forceLayout(0, [], box)).toEqual([]);
  });
});

describe('the regions as written', () => {
  const evil = `"Big" O'Brien <script>alert(1)</script>`;
  it('escapes every name in the network: labels, tooltips and data attributes', () => {
    const svg = networkSvg(network([['PERSON:x', 'ORG:y']], [
      { id: 'PERSON:x', type: 'PERSON', name: evil, mentions: 3, documents: 1 },
      { id: 'ORG:y', type: 'ORG', name: 'A & B', mentions: 1, documents: 1 },
    ]));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&quot;Big&quot; O&#39;Brien &lt;script&gt;');
    expect(svg).toContain('data-label="A &amp; B"');
    expect(svg.match(/<g class="node /g)).toHaveLength(2);
    expect(svg.match(/<g class="edge"/g)).toHaveLength(1);
  });
  it('escapes the names in the timeline\'s tooltips and marks each period with its documents', () => {
    const t = timeline([doc(0, '2013-01-05', [], ['PERSON:x']), doc(1, '2013-03-05')]);
    const svg = timelineSvg(t, () => evil);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg.match(/<g class="period" role="button"/g)).toHaveLength(2); // February is empty: no button
    expect(svg).toContain('data-docs="0"');
    expect(svg).toContain('aria-label="Jan 2013: 1 document dated, 0 dates mentioned"');
  });

  const rec = (source: string, date: string | null, entities: OutputRecord['entities'], title?: string): OutputRecord => ({ source, date, ...(title ? { title } : {}), entities, facts: [] });
  const m = [{ text: 'x', start: 0, end: 1, rule: 'test' }];
  it('keeps what it needs of each document and writes the three regions, labelled', () => {
    const explore = new Explore();
    explore.add(rec('a/<one>.txt', '2013-01-05', [
      { id: 'PERSON:x', type: 'PERSON', name: evil, mentions: m },
      { id: 'ORG:y', type: 'ORG', name: 'Y', mentions: m },
      // a DATE with its own bounds, as an extractor that gives them writes it
      { id: 'DATE:w', type: 'DATE', name: 'that week', value: '2013-W10', first: '2013-03-04', last: '2013-03-10', mentions: m } as OutputRecord['entities'][number],
      { id: 'DATE:d', type: 'DATE', name: 'twenty years', value: 'P20Y', mentions: m },
    ]), 0);
    explore.add(rec('b.txt', null, [], `Title "quoted" <b>`), 1);
    const html = explore.html([
      { id: 'PERSON:x', type: 'PERSON', name: evil, documents: 1, mentions: 1, first: null, last: null, firstDocument: 0 },
      { id: 'ORG:y', type: 'ORG', name: 'Y', documents: 1, mentions: 1, first: null, last: null, firstDocument: 0 },
    ]);
    expect(html).not.toMatch(/<script|<b>|<one>/);
    expect(html).toContain('aria-label="Timeline: documents and dates by month"');
    expect(html).toContain('aria-label="Network: who is mentioned with whom"');
    expect(html).toContain('aria-label="Document index"');
    expect(html).toContain('<a href="#doc-1" title="b.txt">Title &quot;quoted&quot; &lt;b&gt;</a>');
    expect(html).toContain('title="a/&lt;one&gt;.txt">&lt;one&gt;.txt</a>');
    expect(html).toMatch(/data-key="2013-03"[^>]*data-docs="0"/); // the week, by its own days
    expect(html).toContain('1 date not on it'); // the duration
  });
});
