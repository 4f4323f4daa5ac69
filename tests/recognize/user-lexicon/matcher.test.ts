// The lexicon recognizer: whole words, the longest form at each place, case-sensitive unless
// an entry says otherwise, a name broken across lines; each phrase with exactly what it finds.
import { describe, expect, it } from 'vitest';
import { parseLexicon, recognizeUserLexicons } from '../../../src/recognize/user-lexicon/index.js';
import { FormMatcher } from '../../../src/recognize/user-lexicon/matcher.js';

const LEXICON = parseLexicon(
  [
    '{"type": "WEAPON", "name": "Iskander", "aliases": ["SS-26", "9K720"]}',
    '{"type": "WEAPON", "name": "Minuteman III", "aliases": ["LGM-30G"]}',
    '{"type": "WEAPON", "name": "Minuteman"}',
    '{"type": "FACILITY", "name": "Fordow Fuel Enrichment Plant", "aliases": ["Fordow"]}',
    '{"type": "ORG", "name": "Rosatom", "caseSensitive": false}',
    '{"type": "ORG", "name": "U.S. Strategic Command", "aliases": ["STRATCOM"]}',
    '{"type": "PROGRAM", "name": "Iskander", "aliases": ["Trident"]}',
    '{"type": "WEAPON", "name": "Trident II", "aliases": ["Trident"]}',
  ].join('\n'),
  'arms.jsonl',
);

/** What the lexicon finds in a phrase: [text, type, the entry's name]. */
const found = (text: string) => recognizeUserLexicons(text, [LEXICON]).map((m) => [m.text, m.type, m.name]);

describe('user lexicon: what each phrase gives', () => {
  it.each<[string, string[][]]>([
    ['Russia moved Iskander units west.', [['Iskander', 'WEAPON', 'Iskander']]],
    // every alias is a mention of the entry, named by the entry's name
    ['The SS-26, or 9K720, flies low.', [['SS-26', 'WEAPON', 'Iskander'], ['9K720', 'WEAPON', 'Iskander']]],
    // the longest form at a place: "Minuteman III", not "Minuteman"
    ['A Minuteman III was tested; an older Minuteman was not.', [['Minuteman III', 'WEAPON', 'Minuteman III'], ['Minuteman', 'WEAPON', 'Minuteman']]],
    // whole words only: no match inside "SS-26M", "Iskanders" or "preIskander"
    ['The SS-26M and Iskanders, preIskander.', []],
    // a possessive, a hyphenated compound and brackets leave the word whole
    ["Iskander's range; Iskander-M; (SS-26).", [['Iskander', 'WEAPON', 'Iskander'], ['Iskander', 'WEAPON', 'Iskander'], ['SS-26', 'WEAPON', 'Iskander']]],
    // case-sensitive by default; "caseSensitive": false matches any case
    ['iskander and ROSATOM and rosatom and Rosatom', [['ROSATOM', 'ORG', 'Rosatom'], ['rosatom', 'ORG', 'Rosatom'], ['Rosatom', 'ORG', 'Rosatom']]],
    // a name broken across a line is still the name; a blank line ends it
    ['at the Fordow Fuel\n  Enrichment Plant', [['Fordow Fuel\n  Enrichment Plant', 'FACILITY', 'Fordow Fuel Enrichment Plant']]],
    ['at Fordow Fuel\n\nEnrichment Plant', [['Fordow', 'FACILITY', 'Fordow Fuel Enrichment Plant']]],
    // a form with dots, ended by a sentence's full stop
    ['He led U.S. Strategic Command. STRATCOM agreed.', [['U.S. Strategic Command', 'ORG', 'U.S. Strategic Command'], ['STRATCOM', 'ORG', 'U.S. Strategic Command']]],
    // the first entry to list a form keeps it ("Iskander" is the WEAPON's; "Trident" the PROGRAM's)
    ['Trident and Trident II and Iskander', [['Trident', 'PROGRAM', 'Iskander'], ['Trident II', 'WEAPON', 'Trident II'], ['Iskander', 'WEAPON', 'Iskander']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('each mention names its lexicon as its rule, and its offsets slice the text', () => {
    const text = 'Two SS-26 launchers.';
    const [m] = recognizeUserLexicons(text, [LEXICON]);
    expect(m).toMatchObject({ start: 4, end: 9, rule: 'lexicon:arms.jsonl', entry: { key: '0:0', name: 'Iskander' } });
    expect(text.slice(m!.start, m!.end)).toBe('SS-26');
  });
});

describe('FormMatcher', () => {
  it('finds forms among 100,000 entries in one pass over the text', () => {
    const m = new FormMatcher();
    for (let i = 0; i < 100_000; i++) m.add(`System ${i} Mark ${i % 7}`, i, true);
    const form = (i: number) => `System ${i} Mark ${i % 7}`;
    // two forms an entry, one near miss ("Mark 9" is no entry's), a thousand times over
    const text = `A ${form(4242)} and a ${form(99999)} and a System 12 Mark 9. `.repeat(1000);
    const t = performance.now();
    const hits = m.find(text);
    const ms = performance.now() - t;
    expect(hits.slice(0, 2).map((h) => [text.slice(h.start, h.end), h.target])).toEqual([
      [form(4242), 4242],
      [form(99999), 99999],
    ]);
    expect(hits).toHaveLength(2000);
    // (a loop per entry over 56,000 characters would take minutes; the bound is loose for a busy machine)
    expect(ms).toBeLessThan(5000);
  });
});
