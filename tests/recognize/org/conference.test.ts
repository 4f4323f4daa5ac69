// A sports conference (a league of teams) is an organization; a meeting's "Conference" is
// none: invented and common phrases, with negatives (a meeting's words, one part of a
// conference's name alone).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a sports conference named by a conference\'s words', () => {
  it.each([
    ['The university joined the Atlantic Coast Conference in 2013.', ['ORG Atlantic Coast Conference']],
    ['Dunmore won the Big Ten Conference title on Saturday.', ['ORG Big Ten Conference']],
    ['The Southeastern Conference fined the coach.', ['ORG Southeastern Conference']],
    ['They play in the Mountain West Conference.', ['ORG Mountain West Conference']],
    // a number inside the name
    ['The Big 12 Conference said on Monday it would expand.', ['ORG Big 12 Conference']],
    ['Dunmore left the Atlantic 10 Conference.', ['ORG Atlantic 10 Conference']],
  ])('%s', (text, expected) => check(text, expected));

  it.each([
    ['Delegates met at the Kelby Peace Conference.', []],
    ['The East Asia Conference opened on Monday.', []],
    ['They lead the Eastern Conference.', []],
    // a year or a number of rooms before "Conference": no conference's words
    ['He attended the 2015 Conference on Security.', []],
    ['They met the Big 12. Conference calls resumed later.', []],
  ])('not: %s', (text, expected) => check(text, expected));
});
