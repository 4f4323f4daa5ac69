// A listed team nickname after "the" in a document about sport is the team, with no match's
// word beside it; outside sport, or written as a full name, it is left to the name rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, warm } from './helpers.js';

beforeAll(warm, 120_000);

const SPORT = 'The striker scored twice in the league match, and the coach praised the team. ';

describe('a listed nickname after "the" in a sports document', () => {
  it.each([
    [SPORT + 'He was the general manager of the Bruins for a decade.', ['ORG Bruins']],
    [SPORT + 'The Orioles, who lead the race, play the Red Sox on Sunday.', ['ORG Orioles', 'ORG Red Sox']],
    // a full name is the rules' ("the Kelby Hawks"); outside sport, no team
    [SPORT + 'Fans of the Kelby Hawks marched.', ['ORG Kelby Hawks']],
    ['He was the general manager of the Bruins for a decade.', []],
    // a family's name in the plural wants a match's word
    [SPORT + 'The Browns, who own the farm next to the stadium, were delighted.', []],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));
});
