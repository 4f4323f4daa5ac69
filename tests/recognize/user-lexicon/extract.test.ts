// A user's lexicon in the whole pipeline (extract(text, {lexicons})): its names win over the
// built-in rules where they overlap, every form of an entry is one entity named by the
// entry, and facts point at those entities by id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, LexiconError, type Lexicon } from '../../../src/index.js';
import { tempDir } from '../../helpers/temp.js';

const ARMS: Lexicon = {
  name: 'arms.jsonl',
  entries: [
    { type: 'FACILITY', name: 'Fordow Fuel Enrichment Plant', aliases: ['Fordow'] },
    { type: 'PERSON', name: 'Barack Obama', aliases: ['POTUS'], id: 'Q76' },
    { type: 'ORG', name: 'Rosatom', caseSensitive: false },
    { type: 'WEAPON', name: 'Minuteman III' },
    { type: 'WEAPON', name: 'LGM-30G Minuteman III' },
    { type: 'WEAPON', name: 'Iskander', aliases: ['SS-26'] },
  ],
};

/** Each entity as [id, type, name, its mentions as "text/rule"]. */
const entities = (text: string) => extract(text, { lexicons: [ARMS], date: '2014-03-03' }).entities.map((e) => [e.id, e.type, e.name, e.mentions.map((m) => `${m.text}/${m.rule}`)]);

describe('lexicon entries in the pipeline', () => {
  it.each<[string, unknown[]]>([
    // a type of the user's own; the alias joins the name's entity
    [
      'Inspectors reached the Fordow Fuel Enrichment Plant. Fordow lies near Qom.',
      [['FACILITY:fordow-fuel-enrichment-plant', 'FACILITY', 'Fordow Fuel Enrichment Plant', ['Fordow Fuel Enrichment Plant/lexicon:arms.jsonl', 'Fordow/lexicon:arms.jsonl']], ['LOCATION:qom', 'LOCATION', 'Qom', ['Qom/location.cue']]],
    ],
    // an entry's id is its entity's; the built-in rules' "Obama" joins it as a surname
    [
      'POTUS spoke. Later Barack Obama left, and Obama returned.',
      [['PERSON:Q76', 'PERSON', 'Barack Obama', ['POTUS/lexicon:arms.jsonl', 'Barack Obama/lexicon:arms.jsonl', 'Obama/person.tagged']]],
    ],
    // the entry wins where a built-in rule read more ("Rosatom Corp."); any case, as it says
    ['ROSATOM said Rosatom Corp. would build it.', [['ORG:rosatom', 'ORG', 'Rosatom', ['ROSATOM/lexicon:arms.jsonl', 'Rosatom/lexicon:arms.jsonl']]]],
    // two entries are two entities, though one's name ends the other's
    [
      'The Minuteman III and the LGM-30G Minuteman III flew.',
      [['WEAPON:minuteman-iii', 'WEAPON', 'Minuteman III', ['Minuteman III/lexicon:arms.jsonl']], ['WEAPON:lgm-30g-minuteman-iii', 'WEAPON', 'LGM-30G Minuteman III', ['LGM-30G Minuteman III/lexicon:arms.jsonl']]],
    ],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it('without lexicons the same text gives what the built-in rules find', () => {
    expect(extract('ROSATOM said Rosatom Corp. would build it.').entities.some((e) => e.mentions.some((m) => m.rule.startsWith('lexicon:')))).toBe(false);
  });

  it('facts carry the ids of the entities they name (personId, speakerId)', () => {
    const r = extract('President Barack Obama said: "We will wait." POTUS left.', { lexicons: [ARMS] });
    expect(r.facts.map((f) => [f.type, f.type === 'role' ? f.personId : f.type === 'quote' ? f.speakerId : f.payerId])).toEqual([
      ['role', 'PERSON:Q76'],
      ['quote', 'PERSON:Q76'],
    ]);
  });

  it('a title before a name the lexicon types otherwise gives no role ("General" before a weapon)', () => {
    const r = extract('General Iskander units moved west.', { lexicons: [ARMS] });
    expect(r.entities.map((e) => [e.type, e.name])).toEqual([['WEAPON', 'Iskander']]);
    expect(r.facts).toEqual([]);
  });

  it('--types takes the lexicons’ own types; an unknown one is a TypeError', () => {
    const r = extract('Iskander units reached Kaliningrad.', { lexicons: [ARMS], types: ['WEAPON'] });
    expect(r.entities.map((e) => [e.type, e.name])).toEqual([['WEAPON', 'Iskander']]);
    expect(() => extract('x', { lexicons: [ARMS], types: ['MISSILE'] })).toThrow(
      new TypeError('extract: options.types must hold entity types (PERSON, ORG, LOCATION, PROGRAM, DATE, MONEY, FACILITY, WEAPON), got ["MISSILE"]'),
    );
  });

  it('a lexicon file by path; a bad one throws a LexiconError naming file and line', () => {
    const dir = tempDir('lexicon api');
    const good = join(dir, 'weapons.jsonl');
    const bad = join(dir, 'bad.tsv');
    writeFileSync(good, '{"type": "WEAPON", "name": "Iskander", "aliases": ["SS-26"]}\n');
    writeFileSync(bad, 'Iskander\tWEAPON\nSS-26\n');
    const r = extract('The SS-26 moved.', { lexicons: [good] });
    expect(r.entities.map((e) => [e.name, e.mentions[0]!.rule])).toEqual([['Iskander', 'lexicon:weapons.jsonl']]);
    expect(() => extract('x', { lexicons: [bad] })).toThrow(LexiconError);
    expect(() => extract('x', { lexicons: [bad] })).toThrow(`${bad}:2: expected a JSON object, or name<TAB>type<TAB>aliases`);
    expect(() => extract('x', { lexicons: [join(dir, 'none.jsonl')] })).toThrow(`${join(dir, 'none.jsonl')}: no such file or folder`);
  });
});
