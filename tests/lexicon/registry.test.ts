// The one lexicon registry: every list loads from its files, and entries compare as the
// list says (titles with hyphens as spaces, suffixes without their period, names as written).
import { describe, expect, it } from 'vitest';
import { LEXICONS, lexicon, maxWords, normTitle, normalizeFor, type LexiconName } from '../../src/lexicon/registry.js';

describe('lexicon registry', () => {
  it.each(Object.keys(LEXICONS) as LexiconName[])('%s loads, has entries, and holds them normalized', (name) => {
    const set = lexicon(name);
    expect(set.size).toBeGreaterThan(0);
    const norm = normalizeFor(name);
    for (const e of set) expect(norm(e)).toBe(e);
  });

  it.each([
    ['titles', 'Secretary-General', true],
    ['titles', 'secretary  general', false], // looked up after normTitle, below
    ['corporateSuffixes', 'Inc', true],
    ['corporateSuffixes', 'Inc.', false],
    ['orgNames', 'Pentagon', true],
    ['orgNames', 'pentagon', false],
    ['placePrepositions', 'near', true],
    ['speechVerbs', 'said', true],
    ['speechVerbs', 'banana', false],
  ] as const)('%s has %s: %s', (name, word, expected) => {
    const key = name === 'titles' && word === 'Secretary-General' ? normTitle(word) : word;
    expect(lexicon(name).has(key)).toBe(expected);
  });

  it('normalizes a title once: hyphens and runs of space are one space', () => {
    expect(normTitle(' Deputy  Secretary-General ')).toBe('deputy secretary general');
    expect(lexicon('titles').has(normTitle('secretary  general'))).toBe(true);
  });

  it('counts the words of the longest entry', () => {
    expect(maxWords('titles')).toBeGreaterThanOrEqual(3);
  });

  it('is loaded once: the same set each time', () => {
    expect(lexicon('titles')).toBe(lexicon('titles'));
  });
});
