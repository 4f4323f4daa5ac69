// A person named by initials and a surname, as wire reports and results tables write them.
// Invented names.
import { beforeAll, describe, expect, it } from 'vitest';
import { check, names, warm } from './helpers.js';


beforeAll(warm, 120_000);

describe('initials and a surname are a person', () => {
  it.each([
    ['The second goal came from K. Varrow after the break.', ['PERSON K. Varrow']],
    ['J. Doe said the team would win again.', ['PERSON J. Doe']],
    // an initial of one letter opens the sentence, not the article "A"
    ['A. Varrow made 101 not out.', ['PERSON A. Varrow']],
    // a month's name that is a given name, after a seeding's number
    ['Marco Velti (Italy) beat 3 - Jan Kovarek (Czech Republic) 7-6 6-2', ['PERSON Marco Velti', 'LOCATION Italy', 'PERSON Jan Kovarek', 'LOCATION Czech Republic']],
    // a surname that is also a common word: the initial says it is a name
    ['The match was decided by a late goal from T. Bird.', ['PERSON T. Bird']],
    ['The prize went to J.P. Quellan of the home club.', ['PERSON J.P. Quellan']],
    // particles of a surname
    ['Her partner A. de Roe served for the set.', ['PERSON A. de Roe']],
    ['The stage was won by W. van Hesk in the rain.', ['PERSON W. van Hesk']],
    // two initials, each with its period
    ['The visitors replaced M. J. Tarrant at half-time.', ['PERSON M. J. Tarrant']],
  ])('%s', (text, expected) => check(text, expected));

  it.each([
    // a place abbreviated by its initial
    'Fans from N. Ireland travelled to the match.',
    'The team flew to S. Korea on Monday.',
    // a country's letters
    'The U.S. Olympic team arrived on Monday.',
    'A U.K. Treasury official spoke.',
    // a letter that closes a sentence, a function word after it
    'He was given Plan B. Then the talks ended.',
  ])('no person: %s', (text) => expect(names(text).filter((n) => n.startsWith('PERSON'))).toEqual([]));
});
