import { describe, expect, it } from 'vitest';
import { mayHoldNames, tagSentences } from '../../src/nlp/tagger.js';

describe('mayHoldNames', () => {
  it.each([
    ['The talks ended without a deal.', false],
    ['In the end, nothing was signed.', false],
    ['it was late.', false],
    ['The talks in Geneva ended.', true],
    ['Russia said no.', true],
    ['US officials said no.', true],
    ['“We are ready,” said Lavrov.', true],
  ])('%s -> %s', (text, expected) => {
    expect(mayHoldNames(text, { start: 0, end: text.length })).toBe(expected);
  });
});

describe('tagSentences', () => {
  it('gives tokens with exact offsets and tags, tagged on first read', () => {
    const text = 'Foreign Minister Sergei Lavrov spoke.';
    const [s] = tagSentences(text, [{ start: 0, end: text.length }]);
    const tokens = s!.tokens;
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Foreign', 'Minister', 'Sergei', 'Lavrov', 'spoke']);
    expect(tokens[2]!.tags.has('FirstName')).toBe(true);
    expect(s!.tokens).toBe(tokens);
  });
});
