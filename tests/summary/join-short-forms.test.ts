// The corpus pass: a short form joins the one full name of the corpus it can only mean, and
// never one of two. Table-driven on names, then through Corpus on records.
import { describe, expect, it } from 'vitest';
import { shortFormJoins, type Named } from '../../src/summary/join-short-forms.js';
import { Corpus } from '../../src/summary/corpus.js';
import type { OutputRecord } from '../../src/emit/record.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const named = (type: string, name: string, lexicon = false): Named => ({ id: `${type}:${slug(name)}`, type, name, lexicon });
const joins = (es: Named[]) => Object.fromEntries(shortFormJoins(es));

describe('shortFormJoins', () => {
  it.each<[string, Named[], Record<string, string>]>([
    ['a surname joins the one person named in full', [named('PERSON', 'Barack Obama'), named('PERSON', 'Obama')], { 'PERSON:obama': 'PERSON:barack-obama' }],
    ['never one of two ("Clinton": Bill and Hillary)', [named('PERSON', 'Bill Clinton'), named('PERSON', 'Hillary Clinton'), named('PERSON', 'Clinton')], {}],
    ['an acronym joins the one name it spells', [named('ORG', 'National Nuclear Security Administration'), named('ORG', 'NNSA')], { 'ORG:nnsa': 'ORG:national-nuclear-security-administration' }],
    ['an acronym with dots, minor words skipped', [named('ORG', 'Bank of England'), named('ORG', 'B.E.')], { 'ORG:b-e-': 'ORG:bank-of-england' }],
    ['an acronym two names spell joins neither', [named('ORG', 'National Security Agency'), named('ORG', 'National Standards Authority'), named('ORG', 'NSA')], {}],
    ['only within a type', [named('LOCATION', 'Barack Obama'), named('PERSON', 'Obama'), named('PROGRAM', 'Nuclear Nonproliferation Security Act'), named('ORG', 'NNSA')], {}],
    ['a name of two words ending one longer name of its type', [named('ORG', 'U.S. Strategic Forces Subcommittee'), named('ORG', 'Strategic Forces Subcommittee')], { 'ORG:strategic-forces-subcommittee': 'ORG:u-s-strategic-forces-subcommittee' }],
    ['one word of an organization is no short form (too loose)', [named('ORG', 'Acme Holdings Group'), named('ORG', 'Group')], {}],
    ['a person named in two words is no surname', [named('PERSON', 'Michelle Obama'), named('PERSON', 'Ann Michelle Obama')], {}],
    ['an entry of a user’s lexicon stays as the user named it', [named('WEAPON', 'LGM-30G Minuteman III'), named('WEAPON', 'Minuteman III', true)], {}],
    ['… but a built-in short form may join an entry', [named('PERSON', 'Barack Obama', true), named('PERSON', 'Obama')], { 'PERSON:obama': 'PERSON:barack-obama' }],
    ['dates and amounts join by value, not here', [named('DATE', 'March 3, 2014'), named('DATE', '2014')], {}],
  ])('%s', (_, es, expected) => {
    expect(joins(es)).toEqual(expected);
  });
});

const entity = (type: string, name: string, n = 1, rule = 'test.rule') => ({
  id: `${type}:${slug(name)}`,
  type,
  name,
  mentions: Array.from({ length: n }, (_, i) => ({ text: name, start: i * 20, end: i * 20 + name.length, rule })),
});
const doc = (source: string, date: string | null, entities: ReturnType<typeof entity>[], facts: OutputRecord['facts'] = []): OutputRecord =>
  ({ source, date, entities, facts }) as OutputRecord;

describe('Corpus: the pass in --summary', () => {
  const corpus = new Corpus();
  corpus.add(doc('a.txt', '2014-03-03', [entity('PERSON', 'Barack Obama', 2), entity('PERSON', 'Bill Clinton')], [
    { type: 'role', person: 'Barack Obama', personId: 'PERSON:barack-obama', title: 'President', start: 0, end: 5, rule: 'r' },
  ]));
  corpus.add(doc('b.txt', '2014-03-01', [entity('PERSON', 'Obama', 3), entity('PERSON', 'Clinton')], [
    { type: 'role', person: 'Obama', personId: 'PERSON:obama', title: 'Senator', start: 0, end: 5, rule: 'r' },
  ]));
  corpus.add(doc('c.txt', '2014-03-09', [entity('PERSON', 'Hillary Clinton'), entity('PERSON', 'Obama')]));
  const es = corpus.entities();
  const by = (id: string) => es.find((e) => e.id === id);

  it('"Obama" in two documents joins "Barack Obama": one entity in 3 documents, its id and name the full one', () => {
    expect(by('PERSON:barack-obama')).toMatchObject({ name: 'Barack Obama', documents: 3, mentions: 6, first: '2014-03-01', last: '2014-03-09', joined: ['PERSON:obama'], firstDocument: 0 });
    expect(by('PERSON:obama')).toBeUndefined();
  });
  it('the titles of the short form’s role facts go with it', () => {
    expect(by('PERSON:barack-obama')!.titles!.sort()).toEqual(['President', 'Senator']);
  });
  it('"Clinton" stays apart: Bill and Hillary both fit', () => {
    expect(es.filter((e) => e.name.endsWith('Clinton')).map((e) => [e.name, e.documents])).toEqual([
      ['Bill Clinton', 1],
      ['Clinton', 1],
      ['Hillary Clinton', 1],
    ]);
  });
  it('a document naming both forms is counted once', () => {
    const c = new Corpus();
    c.add(doc('a.txt', null, [entity('ORG', 'National Nuclear Security Administration'), entity('ORG', 'NNSA')]));
    c.add(doc('b.txt', null, [entity('ORG', 'NNSA')]));
    expect(c.entities().map((e) => [e.name, e.documents, e.mentions])).toEqual([['National Nuclear Security Administration', 2, 3]]);
  });
  it('the same records in the same order give the same ids and lines (stable across runs)', () => {
    const again = new Corpus();
    for (const r of [doc('a.txt', null, [entity('PERSON', 'Obama')]), doc('b.txt', null, [entity('PERSON', 'Barack Obama')])]) again.add(r);
    expect(again.entities().map((e) => e.id)).toEqual(['PERSON:barack-obama']);
  });
});
