// A party's or a place's people written after a chamber or a place: the chamber is an
// organization, the place a place, the people no name of ours. Invented phrases.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe("a chamber's word before a party's people is the chamber", () => {
  it.each([
    ['It set up a clash with Senate Democrats.', ['ORG Senate']],
    ['House Republicans passed the bill.', ['ORG House']],
    ['The vote split Parliament Conservatives.', ['ORG Parliament']],
    // no party's people after it: the chamber's word alone opening a sentence is none
    ['House prices rose.', []],
    ['Republicans in the House passed it.', ['ORG House']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a listed place before a plural of its people is the place", () => {
  it.each([
    ['Texas Democrats met on Monday.', ['LOCATION Texas']],
    ['He met Gaza Palestinians in May.', ['LOCATION Gaza']],
    ['Ohio Republicans split.', ['LOCATION Ohio']],
    // a place no list knows, and a team's plural, are no such place
    ['Kelby Democrats met.', []],
    ['The Boston Bruins won.', ['ORG Boston Bruins']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a listed place, one of a party's people and a noun of its members", () => {
  it.each([
    ['Ann Hale, a Texas Republican senator, said so.', ['PERSON Ann Hale', 'LOCATION Texas']],
    ['Tom Reed, an Ottawa New Democrat MP, said so.', ['PERSON Tom Reed', 'LOCATION Ottawa']],
    ['Ohio Republican lawmakers voted no.', ['LOCATION Ohio']],
    // a party named by a common word is the party too
    ['A Leeds Labour councillor said so.', ['LOCATION Leeds', 'ORG Labour']],
    // a place no list knows is no such place
    ['A Kelby Republican senator said so.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
