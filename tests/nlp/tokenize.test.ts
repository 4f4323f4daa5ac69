import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokenize.js';

// [pre, text, post] for each word, as compromise splits them (the recognizers read them)
const words = (text: string) => tokenize(text, { start: 0, end: text.length }).map((t) => [t.pre, t.text, t.post]);

describe('tokenize', () => {
  it.each([
    ['He said, "The talks ended."', [['', 'He', ' '], ['', 'said', ', '], ['"', 'The', ' '], ['', 'talks', ' '], ['', 'ended', '."']]],
    // acronyms keep their periods; abbreviations give theirs to `post`
    ['The U.S. and Mr. Smith', [['', 'The', ' '], ['', 'U.S.', ' '], ['', 'and', ' '], ['', 'Mr', '. '], ['', 'Smith', '']]],
    // names joined by a hyphen are two words; a known prefix or one letter stays joined
    ['Nunn-Lugar co-chair e-mail', [['', 'Nunn', '-'], ['', 'Lugar', ' '], ['', 'co-chair', ' '], ['', 'e-mail', '']]],
    // a dash on its own belongs to the word before
    ['billion -- it rose', [['', 'billion', ' -- '], ['', 'it', ' '], ['', 'rose', '']]],
    ['son—who left', [['', 'son', '—'], ['', 'who', ' '], ['', 'left', '']]],
    ['(CTR) program’s $1.5 billion, 3.5%', [['(', 'CTR', ') '], ['', 'program’s', ' '], ['', '$1.5', ' '], ['', 'billion', ', '], ['', '3.5%', '']]],
    ['the Beatles’ label', [['', 'the', ' '], ['', 'Beatles’', ' '], ['', 'label', '']]],
    ['“We won’t,” said Lavrov; others: none', [['“', 'We', ' '], ['', 'won’t', ',” '], ['', 'said', ' '], ['', 'Lavrov', '; '], ['', 'others', ': '], ['', 'none', '']]],
    ['... and', [['... ', 'and', '']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets into the whole text for a sentence inside it', () => {
    const text = 'First one. Then “Moscow Times” said.';
    const tokens = tokenize(text, { start: 11, end: text.length });
    expect(tokens.map((t) => [t.start, t.end, text.slice(t.start, t.end)])).toEqual([
      [11, 15, 'Then'],
      [17, 23, 'Moscow'],
      [24, 29, 'Times'],
      [31, 35, 'said'],
    ]);
  });

  it('does not read past the end of the sentence', () => {
    const text = 'Talks ended.Then more';
    expect(tokenize(text, { start: 0, end: 12 }).map((t) => t.text)).toEqual(['Talks', 'ended']);
  });
});
