// Lexicon files: each line an entry (JSON Lines or name<TAB>type<TAB>aliases), and every
// bad line named by its number, with what is wrong.
import { describe, expect, it } from 'vitest';
import { checkLexicon, customTypes, LexiconError, MAX_PROBLEMS, parseLexicon } from '../../../src/recognize/user-lexicon/index.js';

describe('parseLexicon: the entries of good lines', () => {
  it.each([
    ['{"type": "WEAPON", "name": "Iskander", "aliases": ["SS-26", "9K720"]}', { type: 'WEAPON', name: 'Iskander', aliases: ['SS-26', '9K720'] }],
    ['{"type": "ORG", "name": " Rosatom ", "id": "Q1637437", "caseSensitive": false}', { type: 'ORG', name: 'Rosatom', id: 'Q1637437', caseSensitive: false }],
    ['Kalibr\tWEAPON\t3M-54 | Club-K', { type: 'WEAPON', name: 'Kalibr', aliases: ['3M-54', 'Club-K'] }],
    ['Fordow Fuel Enrichment Plant\tFACILITY', { type: 'FACILITY', name: 'Fordow Fuel Enrichment Plant' }],
    ['Natanz\tFACILITY\t', { type: 'FACILITY', name: 'Natanz' }],
  ])('%s', (line, entry) => {
    expect(parseLexicon(line, 'dir/weapons.jsonl')).toEqual({ name: 'weapons.jsonl', entries: [entry] });
  });

  it('skips blank lines, # comments and a byte-order mark; JSON and TSV lines may mix', () => {
    const l = parseLexicon('\uFEFF# weapons\n\n{"type":"WEAPON","name":"Iskander"}\r\nKalibr\tWEAPON\n', 'w.tsv');
    expect(l.entries.map((e) => e.name)).toEqual(['Iskander', 'Kalibr']);
  });
});

describe('parseLexicon: bad lines, each by file and line number', () => {
  const problems = (text: string) => {
    try {
      parseLexicon(text, 'lex/w.jsonl');
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      return (e as LexiconError).message.split('\n');
    }
    throw new Error('no error');
  };

  it.each([
    ['{"type": "weapon", "name": "X"}', /^lex\/w\.jsonl:1: "type" must be an upper-case word/],
    ['{"type": "DATE", "name": "X"}', /^lex\/w\.jsonl:1: "type" DATE needs a value/],
    ['{"type": "MONEY", "name": "X"}', /^lex\/w\.jsonl:1: "type" MONEY needs a value/],
    ['{"type": "WEAPON"}', /^lex\/w\.jsonl:1: "name" must be a string, got undefined/],
    ['{"type": "WEAPON", "name": "  "}', /^lex\/w\.jsonl:1: "name" is empty/],
    ['{"type": "WEAPON", "name": "X", "alias": ["Y"]}', /^lex\/w\.jsonl:1: unknown field "alias"/],
    ['{"type": "WEAPON", "name": "X", "aliases": "Y"}', /^lex\/w\.jsonl:1: "aliases" must be a list of strings/],
    ['{"type": "WEAPON", "name": "X", "aliases": ["Y", ""]}', /^lex\/w\.jsonl:1: "aliases"\[1\] is empty/],
    ['{"type": "WEAPON", "name": "X", "id": "two words"}', /^lex\/w\.jsonl:1: "id" must be a string without spaces/],
    ['{"type": "WEAPON", "name": "X", "caseSensitive": "no"}', /^lex\/w\.jsonl:1: "caseSensitive" must be true or false/],
    ['["WEAPON", "X"]', /^lex\/w\.jsonl:1: expected a JSON object, or name<TAB>type/],
    ['{"type": "WEAPON", "name": "X"', /^lex\/w\.jsonl:1: not valid JSON/],
    ['Iskander WEAPON', /^lex\/w\.jsonl:1: expected a JSON object, or name<TAB>type<TAB>aliases/],
    ['a\tWEAPON\tb\tc', /^lex\/w\.jsonl:1: expected at most 3 tab-separated columns/],
    ['', /^lex\/w\.jsonl:1: no entries/],
  ])('%s', (text, message) => {
    const got = problems(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(message);
  });

  it('names every bad line, by its number in the file (blank lines and comments counted)', () => {
    const text = ['# a comment', '{"type":"WEAPON","name":"Iskander"}', '', '{"type":"weapon","name":"X"}', 'Kalibr\tWEAPON', 'oops'].join('\n');
    expect(problems(text).map((l) => l.replace(/: .*/, ''))).toEqual(['lex/w.jsonl:4', 'lex/w.jsonl:6']);
  });

  it(`stops listing after ${MAX_PROBLEMS} bad lines (a file that is no lexicon at all)`, () => {
    expect(problems('nonsense\n'.repeat(500))).toHaveLength(MAX_PROBLEMS);
  });
});

describe('checkLexicon and customTypes', () => {
  it('checks a lexicon a program built, naming the entry', () => {
    expect(() => checkLexicon({ name: 'w', entries: [{ type: 'WEAPON', name: 'X' }, { type: 'WEAPON' }] }, 'extract')).toThrow(new TypeError('extract: lexicon w, entry 1: "name" must be a string, got undefined'));
    expect(() => checkLexicon({ entries: [] }, 'extract')).toThrow(/a lexicon's name must be a non-empty string/);
    expect(checkLexicon({ name: 'w', entries: [{ type: 'WEAPON', name: ' X ' }] }, 'extract')).toEqual({ name: 'w', entries: [{ type: 'WEAPON', name: 'X' }] });
  });
  it('the types lexicons add to ours, in the order first named', () => {
    const a = parseLexicon('X\tWEAPON\nY\tORG\nZ\tFACILITY\nW\tWEAPON', 'a.tsv');
    const b = parseLexicon('V\tAGENCY\nU\tFACILITY', 'b.tsv');
    expect(customTypes([a, b])).toEqual(['WEAPON', 'FACILITY', 'AGENCY']);
  });
});
