// Role facts on the shapes of issue 16, each a table of our own sentences with the exact
// roles they must give (person | title | org), and negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const roles = (text: string) =>
  extract(text, { date: '2013-01-31' })
    .facts.filter((f) => f.type === 'role')
    .map((f) => (f.type === 'role' ? [f.person, f.title, f.org ?? '-'].join(' | ') : ''));

interface Case {
  text: string;
  expect: string[];
}

// An organization and a title chained before a name.
const CHAINS: Case[] = [
  { text: 'Upper House Minority Leader Ann Roe opposed the bill.', expect: ['Ann Roe | Minority Leader | Upper House'] },
  { text: 'Senate Majority Leader Tom Reed scheduled a vote.', expect: ['Tom Reed | Majority Leader | Senate'] },
  { text: 'Acme Corp. Chief Executive Tom Reed resigned.', expect: ['Tom Reed | Chief Executive | Acme Corp'] },
  { text: 'Trade Envoy Tom Reed arrived in Tokyo.', expect: ['Tom Reed | Trade Envoy | -'] },
  // a chamber the recognizer does not name stays as written
  { text: 'Mrs. Brandt spoke after House Majority Whip Dale Ferrow defended the measure.', expect: ['Dale Ferrow | Majority Whip | House'] },
  { text: 'In Tokyo Trade Envoy Tom Reed met officials.', expect: ['Tom Reed | Trade Envoy | -'] },
  {
    text: 'Chairman Ann Roe (D., Ore.) of the Senate Finance Committee opened the hearing.',
    expect: ['Ann Roe | Chairman | Senate Finance Committee'],
  },
];

// A field before the title stays in it; a city is not the org.
const COMPOUND: Case[] = [
  { text: 'Acme Corp. bond analyst Ann Roe expects rates to rise.', expect: ['Ann Roe | bond analyst | Acme Corp'] },
  { text: '"Rates will rise," said bond analyst Ann Roe.', expect: ['Ann Roe | bond analyst | -'] },
  { text: 'Denver-based fund manager Ann Roe bought the shares.', expect: ['Ann Roe | fund manager | -'] },
  { text: 'Ann Roe, a portfolio manager at Globex Inc., sold the bonds.', expect: ['Ann Roe | portfolio manager | Globex Inc'] },
  { text: 'Tom Reed, sales manager at Acme Corp., spoke.', expect: ['Tom Reed | sales manager | Acme Corp'] },
  { text: 'Tom Reed, vice president, sales, at Acme Corp., said orders rose.', expect: ['Tom Reed | vice president, sales | Acme Corp'] },
  { text: 'Ann Roe, a Denver-based analyst, sold the bonds.', expect: ['Ann Roe | analyst | -'] },
  { text: 'Ann Roe, a Denver lawyer, spoke.', expect: ['Ann Roe | lawyer | -'] },
];

// Appositions naming the organization in other ways.
const APPOSITIONS: Case[] = [
  { text: 'Ann Roe, an analyst with Acme Co., expects rates to rise.', expect: ['Ann Roe | analyst | Acme Co'] },
  { text: 'Ann Roe, an Acme Corp. economist, expects rates to rise.', expect: ['Ann Roe | economist | Acme Corp'] },
  {
    text: 'Ann Roe, the ranking Democrat on the Senate Finance Committee, objected.',
    expect: ['Ann Roe | ranking Democrat | Senate Finance Committee'],
  },
  { text: 'Ann Roe, an adviser on Russia, spoke.', expect: ['Ann Roe | adviser on Russia | -'] },
  // a party and state in brackets between the name and its apposition
  {
    text: '"This is a reckless plan," said Sen. Carla Brandt (D., Mich.), the ranking Democrat on the Senate Budget Committee.',
    expect: ['Carla Brandt | Sen | -', 'Carla Brandt | ranking Democrat | Senate Budget Committee'],
  },
  // ... or set off by commas
  { text: 'Sen. Tom Hale, R-Okla., chairman of the Senate Armed Services Committee, said so.', expect: ['Tom Hale | Sen | -', 'Tom Hale | chairman | Senate Armed Services Committee'] },
];

// Relative clauses and plural titles.
const CLAUSES: Case[] = [
  { text: 'Acme Corp., whose chief executive is Tom Reed, lost money.', expect: ['Tom Reed | chief executive | Acme Corp'] },
  { text: 'The bank, whose chairman is Ann Roe, lost money.', expect: ['Ann Roe | chairman | -'] },
  {
    text: 'The firm was started by co-founders Mara Quell and Zorvan Telek.',
    expect: ['Mara Quell | co-founder | -', 'Zorvan Telek | co-founder | -'],
  },
  { text: 'Senators Ann Roe and Tom Reed voted no.', expect: ['Ann Roe | Senator | -', 'Tom Reed | Senator | -'] },
];

const NEGATIVES: { text: string; why: string }[] = [
  { text: 'The bank, whose son is Tom Reed, lost money.', why: 'a kinship word is no title' },
  { text: 'Ann Roe and Tom Reed met in Denver.', why: 'two names and no title' },
  { text: 'Reporters asked Ann Roe and Tom Reed about the plan.', why: 'a plural noun that is no title' },
  { text: 'The dispute pitted brothers Tom Lee and Bob Lee against each other.', why: 'kinship, not a title' },
];

describe('role shapes', () => {
  for (const [name, table] of Object.entries({ CHAINS, COMPOUND, APPOSITIONS, CLAUSES })) {
    describe(name, () => {
      for (const c of table) it(c.text, () => expect(roles(c.text)).toEqual(c.expect));
    });
  }
  for (const n of NEGATIVES) it(`no role: ${n.why}`, () => expect(roles(n.text)).toEqual([]));
});
