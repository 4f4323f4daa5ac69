// A team named by its nickname alone after "the": invented teams and phrases, with
// negatives (families, peoples, parties, places, bands, a nickname with no cue).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a team named by its nickname after "the"', () => {
  it.each([
    // a listed nickname beside a match's word or a move
    ['The Hawks lost to Kelby on Saturday.', ['ORG Hawks']],
    ['He was drafted by the Falcons in 1998.', ['ORG Falcons']],
    ['Last year she signed with the Tigers.', ['ORG Tigers']],
    // a place's word before it, unknown or known; a score in the sentence
    ['The Kelby Hawks lost 63-7.', ['ORG Kelby Hawks']],
    ['The Patriots beat the Jets 24-10.', ['ORG Patriots', 'ORG Jets']],
    // a name of its own before a listed nickname, no cue needed
    ['The Kelby Hawks announced a new coach on Monday.', ['ORG Kelby Hawks']],
    // any plural with a strong cue: a role before "for the", a move, a verb and a score
    ['He was a pitcher for the Dunmore Grebes.', ['ORG Dunmore Grebes']],
    ['A year later he was traded to the Quillbacks.', ['ORG Quillbacks']],
    ['The Grebes won 3-1 at home.', ['ORG Grebes']],
  ])('%s', (text, expected) => check(text, expected));

  it.each([
    // a family, a people, a party, a place, a band, a nickname with no cue
    ['The Browns lost their home in the fire.', []],
    ['The Americans beat the Russians 3-1.', []],
    ['The Democrats lost the vote.', []],
    ['We climbed the Alps in June.', []],
    ['They watched the Grebes at the lake on Sunday.', []],
    ['She fed the Tigers at the zoo.', []],
    ['They saw the Golden Eagles at the zoo.', []],
    ['They voted for the Greens in May.', []],
  ])('not: %s', (text, expected) => check(text, expected));
});
