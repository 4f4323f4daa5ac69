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

describe('the sentence cache', () => {
  it('a repeated sentence gets the same tokens, moved to its own offsets', () => {
    const sentence = 'Officials in Vienna met on Tuesday.';
    const text = `${sentence} ${sentence}`;
    const [a, b] = tagSentences(text, [
      { start: 0, end: sentence.length },
      { start: sentence.length + 1, end: text.length },
    ]);
    const shift = sentence.length + 1;
    expect(b!.tokens.map((t) => [t.start - shift, t.end - shift, t.text, [...t.tags]])).toEqual(a!.tokens.map((t) => [t.start, t.end, t.text, [...t.tags]]));
  });
});
