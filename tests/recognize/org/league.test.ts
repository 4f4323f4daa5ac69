// A sports league whose name "League" does not end: invented and common phrases, with
// negatives (the words in lower case, a sport's word alone, a hyphen with no letter code).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a league named by a rank, "League" and its sport, or a letter and "League"', () => {
  it.each([
    ['Major League Baseball said on Monday it would appeal.', ['ORG Major League Baseball']],
    ['She left Major League Lacrosse for the W-League in 2019.', ['ORG Major League Lacrosse', 'ORG W-League']],
    ['He plays in the A-League now.', ['ORG A-League']],
    ['The Kelby Premier League Cricket board met.', ['ORG Kelby Premier League Cricket']],
  ])('%s', (text, expected) => check(text, expected));

  it.each([
    ['They watched league baseball on Monday.', []],
    ['The big-league baseball season opened.', []],
  ])('not: %s', (text, expected) => check(text, expected));
});

describe('a league or a cup is played for a club, never named for one', () => {
  it.each([
    ['He plays as midfielder in the Zorvan Super League for FC Kelby.', ['ORG Zorvan Super League', 'ORG FC Kelby']],
    ['He plays in the Premier League for Kelby United.', ['ORG Premier League']],
    // a field in common words, or one word, is what the league is for
    ['The Kelby League for Human Rights said so.', ['ORG Kelby League for Human Rights']],
    ['The National League for Democracy won.', ['ORG National League for Democracy']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
