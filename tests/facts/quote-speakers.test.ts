// Quote speakers on the shapes of issue 16, each a table of our own sentences with the
// exact quotes they must give (speaker | org | text), and negatives that must give none.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const quotes = (text: string) =>
  extract(text, { date: '2013-01-31' })
    .facts.filter((f) => f.type === 'quote')
    .map((f) => (f.type === 'quote' ? [f.speaker, f.org ?? '-', f.text].join(' | ') : ''));

interface Case {
  text: string;
  expect: string[];
}

// A form of address or a title before the name: the speaker is the person, never "Mr".
const HONORIFICS: Case[] = [
  { text: '"We expect rates to stay low for now," said Mr. Hale.', expect: ['Hale | - | We expect rates to stay low for now,'] },
  { text: '"The merger makes sense for both companies," Mrs. Roe said.', expect: ['Roe | - | The merger makes sense for both companies,'] },
  { text: '"This bill will not pass the House," Rep. Doe said.', expect: ['Doe | - | This bill will not pass the House,'] },
  { text: '"We need a vote this week," Sen. Poe said on Tuesday.', expect: ['Poe | - | We need a vote this week,'] },
  { text: '"The troops will stay through the winter," Gen. Roe said.', expect: ['Roe | - | The troops will stay through the winter,'] },
  // the surname joins the full name given before
  {
    text: 'Brian Hale runs the fund. "We expect rates to stay low for now," said Mr. Hale.',
    expect: ['Brian Hale | - | We expect rates to stay low for now,'],
  },
  {
    text: 'Dr. Ann Kellerman testified on Monday. "The virus is spreading faster than we thought," Dr. Kellerman said.',
    expect: ['Ann Kellerman | - | The virus is spreading faster than we thought,'],
  },
  { text: '"We need a vote on the bill this week," said Sen. Tom Poe, a Republican.', expect: ['Tom Poe | - | We need a vote on the bill this week,'] },
  { text: '"Markets will calm down by the spring," said Ms. Lane, an economist at Acme Corp.', expect: ['Lane | - | Markets will calm down by the spring,'] },
  { text: 'Mr. Hale said: "We will buy more bonds this year."', expect: ['Hale | - | We will buy more bonds this year.'] },
];

// "he said"/"she added": the person of the nearest sentence that names one whose gender
// fits, its first (the subject); never a place or an organization.
const PRONOUNS: Case[] = [
  { text: 'Maria Lopez flew to Vienna on Monday. "The talks are over," she said.', expect: ['Maria Lopez | - | The talks are over,'] },
  {
    text: 'John Parker met officials of Acme Corp. in Denver. "We have nothing to add," he said.',
    expect: ['John Parker | - | We have nothing to add,'],
  },
  { text: 'Ms. Roe met Mr. Hale in Boston. "We will buy more bonds," he said.', expect: ['Hale | - | We will buy more bonds,'] },
  { text: 'Mr. Hale met Ms. Roe in Boston. "We will sell the bonds," she said.', expect: ['Roe | - | We will sell the bonds,'] },
  {
    text: 'John Parker praised Maria Lopez for her work. "She did a great job on this," he said.',
    expect: ['John Parker | - | She did a great job on this,'],
  },
  // no gender told: the subject of the sentence before, not the last name
  { text: 'Tom Reed met Pat Kim on Monday. "The plan needs more work," he said.', expect: ['Tom Reed | - | The plan needs more work,'] },
  {
    text: '"The vote is on Tuesday," Tom Reed said after a call with Pat Kim. "We have the numbers," he added.',
    expect: ['Tom Reed | - | The vote is on Tuesday,', 'Tom Reed | - | We have the numbers,'],
  },
  // a gendered title tells
  { text: 'Congresswoman Pat Kim met Tom Reed. "We have the numbers," she said.', expect: ['Pat Kim | - | We have the numbers,'] },
];

const NEGATIVES: { text: string; why: string }[] = [
  { text: 'The plant is in Denver. "We will close it next year," he said.', why: 'a pronoun with no person before it is not a place' },
  { text: 'John Parker spoke first. "We will close the plant next year," she said.', why: 'a man named before is not "she"' },
];

describe('quote speakers', () => {
  for (const [name, table] of Object.entries({ HONORIFICS, PRONOUNS })) {
    describe(name, () => {
      for (const c of table) it(c.text, () => expect(quotes(c.text)).toEqual(c.expect));
    });
  }
  for (const n of NEGATIVES) it(`no quote: ${n.why}`, () => expect(quotes(n.text)).toEqual([]));
});
