// One sense per document at the start of a sentence: a name found elsewhere whose first word
// opened a sentence, where the recognizers set that word aside as the sentence's capital,
// is the whole name there too. Invented phrases.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const entities = (text: string) =>
  extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => `${m.text}@${m.start}`).join(' | ')}`);

describe('a name found elsewhere, its first word opening a sentence', () => {
  it.each([
    ['Random House published the novel. Shares of Random House rose.', ['ORG Random House: Random House@0 | Random House@44']],
    ['It rose. "Random House will gain," he said. Shares of Random House fell.', ['ORG Random House: Random House@10 | Random House@54']],
    // a name found nowhere in full is not invented
    ['Random House published it.', ['ORG House: House@7']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
