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
  ])('%s', (text, expected) => check(text, expected));

  it.each([
    ['Delegates met at the Kelby Peace Conference.', []],
    ['The East Asia Conference opened on Monday.', []],
    ['They lead the Eastern Conference.', []],
  ])('not: %s', (text, expected) => check(text, expected));
});
