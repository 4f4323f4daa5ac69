// The corpus view: counting by hand-made records, and `extract --summary` on the fixtures
// against the per-document output of the same run.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/summary/corpus.js';
import { moneyText } from '../../src/emit/money.js';
import { summary, SUMMARY_HEADER } from '../../src/emit/summary.js';
import type { OutputRecord } from '../../src/emit/record.js';
import { ROOT, run } from '../cli/run.js';
import { tempDir } from '../helpers/temp.js';

type Doc = { source: string; date: string | null; entities: { id: string; type: string; name: string; mentions: unknown[] }[] };
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

const person = (name: string, mentions: number) => ({
  id: `PERSON:${name.toLowerCase().replace(/\W+/g, '-')}`,
  type: 'PERSON' as const,
  name,
  mentions: Array.from({ length: mentions }, (_, i) => ({ text: name, start: i * 10, end: i * 10 + name.length, rule: 'person.test' })),
});
const ctr = { id: 'PROGRAM:cooperative-threat-reduction-program', type: 'PROGRAM' as const, name: 'Cooperative Threat Reduction program', mentions: [{ text: 'CTR', start: 0, end: 3, rule: 'program.test' }] };

const DOCS: OutputRecord[] = [
  {
    source: 'a.md',
    date: '2013-01-31',
    entities: [person('Joe Biden', 2), person('Neile Miller', 1), ctr],
    facts: [
      { type: 'role', person: 'Joe Biden', title: 'Vice President', start: 0, end: 5, rule: 'r' },
      { type: 'funding', payer: 'U.S.', amount: { amount: 8e9, currency: 'USD', modifier: 'more than' }, recipient: 'the Cooperative Threat Reduction program', start: 0, end: 5, rule: 'r' },
      { type: 'funding', payer: 'Japan', amount: { amount: 1e6, currency: 'USD' }, recipient: 'upgrades', start: 0, end: 5, rule: 'r' },
    ],
  },
  { source: 'b.md', date: '2012-10-02', entities: [person('Joe Biden', 1)], facts: [{ type: 'role', person: 'Joe Biden', title: 'Vice President', start: 0, end: 5, rule: 'r' }] },
  { source: 'c.md', date: null, entities: [{ ...person('Joe Biden', 1), name: 'JOE BIDEN' }, ctr], facts: [] },
];

describe('Corpus', () => {
  const corpus = new Corpus();
  for (const d of DOCS) corpus.add(d);
  const es = corpus.entities();
  const by = (id: string) => es.find((e) => e.id === id)!;

  it('counts documents and mentions per entity, most documents first', () => {
    expect(corpus.documents).toBe(3);
    expect(es.map((e) => [e.name, e.documents, e.mentions])).toEqual([
      ['Joe Biden', 3, 4],
      ['Cooperative Threat Reduction program', 2, 2],
      ['Neile Miller', 1, 1],
    ]);
  });
  it('first and last document date, among documents that have one', () => {
    expect([by('PERSON:joe-biden').first, by('PERSON:joe-biden').last]).toEqual(['2012-10-02', '2013-01-31']);
    expect([by(ctr.id).first, by(ctr.id).last]).toEqual(['2013-01-31', '2013-01-31']);
  });
  it('the name most documents give; a person’s titles; a program’s funding', () => {
    expect(by('PERSON:joe-biden').name).toBe('Joe Biden');
    expect(by('PERSON:joe-biden').titles).toEqual(['Vice President']);
    expect(by(ctr.id).funding).toEqual([
      { source: 'a.md', date: '2013-01-31', payer: 'U.S.', amount: { amount: 8e9, currency: 'USD', modifier: 'more than' }, recipient: 'the Cooperative Threat Reduction program' },
    ]);
  });
  it('renders NDJSON, CSV and a table of at most 80 columns', () => {
    const render = (format: 'ndjson' | 'csv' | 'table') => {
      const r = summary(format, { pretty: false, facts: false, color: false, width: 80 });
      return r.begin() + DOCS.map((d) => r.record(d)).join('') + r.end();
    };
    const nd = lines(render('ndjson'));
    expect(nd[0]).toEqual({ id: 'PERSON:joe-biden', type: 'PERSON', name: 'Joe Biden', documents: 3, mentions: 4, first: '2012-10-02', last: '2013-01-31', titles: ['Vice President'] });
    const csv = render('csv').trim().split('\n');
    expect(csv[0]).toBe(SUMMARY_HEADER.join(','));
    expect(csv[1]).toBe('PERSON,Joe Biden,3,4,2012-10-02,2013-01-31,,Vice President,');
    expect(csv[2]).toBe('PROGRAM,Cooperative Threat Reduction program,2,2,2013-01-31,2013-01-31,,,U.S.: more than $8 billion (a.md)');
    const table = render('table');
    for (const l of table.split('\n')) expect(l.length).toBeLessThan(80);
    expect(table).toContain('funding by program');
    expect(table).not.toMatch(/\u001b\[/);
  });
  it('money for people to read', () => {
    expect(moneyText({ amount: 8e9, currency: 'USD', modifier: 'more than' })).toBe('more than $8 billion');
    expect(moneyText({ amount: 1_550_000_000, currency: 'USD' })).toBe('$1.55 billion');
    expect(moneyText({ amount: 5e6, currency: 'EUR' })).toBe('€5 million');
    expect(moneyText({ amount: 12_500, currency: 'RUB' })).toBe('12,500 RUB');
  });
});

describe('extract --summary', () => {
  // every person of every document, with the number of documents that mention them
  const peopleIn = (docs: Doc[]) => {
    const count = new Map<string, number>();
    for (const d of docs) for (const e of d.entities) if (e.type === 'PERSON') count.set(e.id, (count.get(e.id) ?? 0) + 1);
    return count;
  };

  it('on fixtures/articles: every person, with the right document counts', () => {
    const docs: Doc[] = lines(run(['fixtures/articles']).stdout);
    const r = run(['--summary', 'fixtures/articles']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const rows = lines(r.stdout);
    const people = new Map(rows.filter((e) => e.type === 'PERSON').map((e) => [e.id, e.documents]));
    expect(people).toEqual(peopleIn(docs));
    expect(people.size).toBeGreaterThan(5);
    // and every other entity once, by id
    expect(new Set(rows.map((e) => e.id)).size).toBe(rows.length);
    expect(new Set(rows.map((e) => e.id))).toEqual(new Set(docs.flatMap((d) => d.entities.map((e) => e.id))));
  }, 120_000);

  const dir = tempDir('summary');
  it('counts a person once per document, across folders', () => {
    const articles = join(ROOT, 'fixtures/articles');
    const names = readdirSync(articles);
    for (const sub of ['one', 'two']) {
      mkdirSync(join(dir, sub));
      for (const n of names) copyFileSync(join(articles, n), join(dir, sub, n));
    }
    copyFileSync(join(articles, names[0]!), join(dir, `again-${names[0]}`));
    const docs: Doc[] = lines(run([dir]).stdout);
    expect(docs).toHaveLength(2 * names.length + 1);
    const rows = lines(run(['--summary', dir]).stdout);
    const people = new Map(rows.filter((e) => e.type === 'PERSON').map((e) => [e.id, e.documents]));
    expect(people).toEqual(peopleIn(docs));
    expect(Math.min(...people.values())).toBe(2);
    expect(Math.max(...people.values())).toBe(3);
    // most documents first
    const counts = rows.map((e) => e.documents);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }, 120_000);

  it('-f csv and -f table; --summary with -f html is a usage error', () => {
    const csv = run(['--summary', '-f', 'csv', 'fixtures/articles']);
    expect(csv.stdout.split('\n')[0]).toBe(SUMMARY_HEADER.join(','));
    const table = run(['--summary', '-f', 'table', 'fixtures/articles']);
    expect(table.stdout).toMatch(/^3 documents, \d+ entities\n/);
    for (const l of table.stdout.split('\n')) expect(l.length).toBeLessThan(80);
    const html = run(['--summary', '-f', 'html', 'fixtures/articles']);
    expect(html.status).toBe(2);
    expect(html.stdout).toBe('');
    expect(html.stderr).toContain('--summary');
  }, 120_000);
});
