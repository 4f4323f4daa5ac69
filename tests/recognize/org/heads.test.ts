// Organizations named by their head word (newspapers, bands and ensembles) and teams named by
// a place and a plural: invented phrases, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a head word names the organization, whatever its first words are', () => {
  it.each([
    // newspapers, even when a place or a person's name opens them
    ['The Dunmore Sentinel reported the closure.', ['ORG Dunmore Sentinel']],
    ['The Kelby American-Statesman said so.', ['ORG Kelby American-Statesman']],
    ['A letter to the Harlow Enquirer was printed.', ['ORG Harlow Enquirer']],
    // bands and ensembles named after a person
    ['He joined the Tom Hale Band in 1991.', ['ORG Tom Hale Band']],
    ['Ann Roe played with the Kelby String Quartet.', ['PERSON Ann Roe', 'ORG Kelby String Quartet']],
    // a retailer named by its sector
    ['Prices fell at Kelby Supermarkets and Dunmore Stores.', ['ORG Kelby Supermarkets', 'ORG Dunmore Stores']],
    // a head word alone, capitalized after a word in lower case: the body the story is about
    ['The measure passed the state Assembly by 54 votes to 20.', ['ORG Assembly']],
    ['Later the Commission said it would appeal.', ['ORG Commission']],
    // ... not a building's word, nor one a band takes
    ['He was taken to the Hospital on Monday.', []],
    ['He sang with the Police in 1980.', []],
    // one sector's word after an ampersand ends the firm's name
    ['Utilities such as Pacific Gas & Electric must bury lines.', ['ORG Pacific Gas & Electric']],
    // a known first name and a sector's word: no firm
    ['Tom Gas wrote the novel.', []],
    // negatives: a head in lower case hyphened to a word is none
    ['The Navy tested an X-band radar and a Ku-band link.', ['ORG Navy']],
    ['A Kelby-run school closed.', []],
  ])('%s', (text, expected) => check(text, expected));
});

describe("a place's name and a plural name a team", () => {
  it.each([
    ['He pitched for the Sacramento River Cats last season.', ['ORG Sacramento River Cats']],
    ['He starred for the Toronto Maple Leafs.', ['ORG Toronto Maple Leafs']],
    // a score after the team is no model number of a product ("Boeing 747")
    ['The Boston Celtics beat the Chicago Bulls 101-99.', ['ORG Boston Celtics', 'ORG Chicago Bulls']],
    // negatives: a feature of the land, a party's members (the place is a place)
    ['He flew to the Faroe Islands.', ['LOCATION Faroe Islands']],
    ['Texas Democrats met in Austin.', ['LOCATION Texas', 'LOCATION Austin']],
    // ... and a model number still makes a product of the name before it
    ['The airline ordered Boeing 737-800 jets. Boeing said so.', ['ORG Boeing']],
  ])('%s', (text, expected) => check(text, expected));
});

describe('a hall of fame is an institution with members, not the building', () => {
  it.each([
    ['She was inducted into the Kelby Hall of Fame in 1998.', ['ORG Kelby Hall of Fame']],
    ['He was elected to the Dunmore Athletics Hall of Honor.', ['ORG Dunmore Athletics Hall of Honor']],
    // other halls "of" something are buildings
    ['The band played the Kelby Hall of Mirrors.', ['LOCATION Kelby Hall of Mirrors']],
    ['The exhibit opened at the Museum of Flight.', ['LOCATION Museum of Flight']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a chamber named by its word alone after "the"', () => {
  it.each([
    ['The bill passed the House on Tuesday.', ['ORG House']],
    ['He addressed the Commons on Monday.', ['ORG Commons']],
    ['Peers in the Lords objected.', ['ORG Lords']],
    // in lower case, or before a title, it is no chamber of its own
    ['The house vote failed.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
