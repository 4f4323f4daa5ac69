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
  it('a sentence kept from one text serves others, earlier or later in them, and stays as it was', () => {
    const sentence = 'The Lisbon office of Harwick Mills closed in March.';
    const texts = [`Staff were told on Monday by letter. ${sentence}`, sentence, `It rained. ${sentence} Nobody came.`];
    const at = texts.map((t) => t.indexOf(sentence));
    const read = texts.map((t, i) => tagSentences(t, [{ start: at[i]!, end: at[i]! + sentence.length }])[0]!.tokens);
    const own = (tokens: readonly { start: number; end: number; text: string; tags: ReadonlySet<string> }[], from: number) => tokens.map((t) => [t.start - from, t.end - from, t.text, [...t.tags]]);
    const first = own(read[0]!, at[0]!);
    expect(own(read[1]!, at[1]!)).toEqual(first);
    expect(own(read[2]!, at[2]!)).toEqual(first);
    // each text's tokens point into that text
    read.forEach((tokens, i) => expect(tokens.map((t) => texts[i]!.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text)));
  });
});
