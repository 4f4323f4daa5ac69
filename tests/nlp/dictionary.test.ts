// The common-word dictionary: any case, and the built snapshot holds the package's lower-case words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCommonWord, snapshotLines, wordsFromPackage } from '../../src/nlp/dictionary.js';

describe('the common-word dictionary', () => {
  it('knows common words in any case, and no names', () => {
    for (const w of ['Submarine', 'computer', 'THE', 'budget']) expect(isCommonWord(w)).toBe(true);
    for (const w of ['Lavrov', 'Chibok', 'xqzv', '']) expect(isCommonWord(w)).toBe(false);
  });
  it('the built snapshot (dist/) holds what the package gives', () => {
    const built = readFileSync(new URL('../../dist/nlp/common-words.txt', import.meta.url), 'utf8');
    const words = wordsFromPackage();
    expect(built).toBe(snapshotLines(words));
    // every word a lookup in lower case finds
    for (const w of words) if (w === w.toLowerCase()) expect(isCommonWord(w)).toBe(true);
  });
});
