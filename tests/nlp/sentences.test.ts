import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['The U.S. has allocated funds. Russia said no.', ['The U.S. has allocated funds.', 'Russia said no.']],
    ['It will cost the U.S. about $2 billion.', ['It will cost the U.S. about $2 billion.']],
    ['He met Mr. Smith and Dr. Jones in St. Louis.', ['He met Mr. Smith and Dr. Jones in St. Louis.']],
    ['John F. Kennedy spoke.', ['John F. Kennedy spoke.']],
    ['The visit is set for Feb. 13 in Moscow.', ['The visit is set for Feb. 13 in Moscow.']],
    ['“We are ready,” she said. “Are you?”', ['“We are ready,” she said.', '“Are you?”']],
    ['Troops left the U.S. The war ended.', ['Troops left the U.S.', 'The war ended.']],
    ['A headline without a period\nThe first sentence.', ['A headline without a period', 'The first sentence.']],
    ['One paragraph.\n\nAnother paragraph.', ['One paragraph.', 'Another paragraph.']],
    ['Prices rose 3.5 percent in 2012.', ['Prices rose 3.5 percent in 2012.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps hard-wrapped lines of one sentence together', () => {
    const text = [
      'The agreement that authorizes the cooperation between the two',
      'countries is set to expire in June, largely because of concerns',
      'about its liability provisions, officials said on Tuesday in a',
      'briefing for reporters at the State Department in Washington.',
    ].join('\n');
    expect(split(text)).toHaveLength(1);
  });
});
