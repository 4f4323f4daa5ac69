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

// Partial quotes inside reported speech, brackets after a name, a verb far from the mark,
// a colon.
const PLACEMENT: Case[] = [
  { text: 'Maria Lopez called the plan "a first step" toward reform.', expect: ['Maria Lopez | - | a first step'] },
  { text: 'Ann Roe said the deal was "a win for both sides" and would be signed soon.', expect: ['Ann Roe | - | a win for both sides'] },
  { text: 'Tom Reed described the budget as "dead on arrival."', expect: ['Tom Reed | - | dead on arrival.'] },
  {
    text: 'Tom Reed spoke on Monday. He called the talks "predictable and equal" in an interview.',
    expect: ['Tom Reed | - | predictable and equal'],
  },
  { text: '"This bill is a disaster for farmers," Ann Roe (D., Ore.) said on Monday.', expect: ['Ann Roe | - | This bill is a disaster for farmers,'] },
  { text: '"This bill is a disaster for farmers," said Ann Roe (D-Ore.).', expect: ['Ann Roe | - | This bill is a disaster for farmers,'] },
  { text: 'Sen. Ann Roe (R., Texas) said: "We will block it."', expect: ['Ann Roe | - | We will block it.'] },
  {
    text: '"Growth will slow to 2 percent next year as exports fall," forecast Ann Roe, an analyst at Acme Corp.',
    expect: ['Ann Roe | - | Growth will slow to 2 percent next year as exports fall,'],
  },
  {
    text: '"This is a dangerous moment for the region," Ann Roe, the chief economist at the Bank of Ruritania in the capital, said on Monday.',
    expect: ['Ann Roe | - | This is a dangerous moment for the region,'],
  },
  { text: 'Tom Reed put it bluntly: "The deal is dead."', expect: ['Tom Reed | - | The deal is dead.'] },
  { text: 'Ann Roe, a spokeswoman for the Energy Department, said: "The plant is safe."', expect: ['Ann Roe | - | The plant is safe.'] },
  {
    text: 'Tom Reed, a spokesman for Acme Corp., said in a statement: "We are reviewing the decision."',
    expect: ['Tom Reed | - | We are reviewing the decision.'],
  },
  // participles of speech hang the quote on the clause's subject, or the name right before
  {
    text: 'Tom Reed joined the debate, writing in a blog post "the plan will not work and everyone knows it."',
    expect: ['Tom Reed | - | the plan will not work and everyone knows it.'],
  },
  {
    text: 'It was late when Tom Reed left the hall, saying "we will be back tomorrow with a new offer."',
    expect: ['Tom Reed | - | we will be back tomorrow with a new offer.'],
  },
  {
    text: 'The paper quoted critics like Tom Reed and Ann Roe, with Roe stating: "The rules are unfair to everyone who applies."',
    expect: ['Ann Roe | - | The rules are unfair to everyone who applies.'],
  },
  {
    text: 'In the words of the prosecutor, Ann Roe, "the defendant showed no remorse at any point."',
    expect: ['Ann Roe | - | the defendant showed no remorse at any point.'],
  },
];

// Sources that are no person: the description as written, with the organization it names
// or, for "the company", "the newspaper", the one named before.
const SOURCES: Case[] = [
  {
    text: 'The Denver Herald reported the deal on Monday. "The merger will cost 500 jobs," the newspaper wrote.',
    expect: ['the newspaper | Denver Herald | The merger will cost 500 jobs,'],
  },
  {
    text: '"Inflation will stay above target until the end of next year," the report said.',
    expect: ['the report | - | Inflation will stay above target until the end of next year,'],
  },
  {
    text: '"Inflation will stay above target until the end of next year," a senior official said.',
    expect: ['a senior official | - | Inflation will stay above target until the end of next year,'],
  },
  {
    text: 'Acme Corp. cut its forecast on Monday. "Demand for our products has fallen sharply," the company said.',
    expect: ['the company | Acme Corp | Demand for our products has fallen sharply,'],
  },
  {
    text: 'Acme Corp. cut its forecast on Monday. "Demand for our products has fallen sharply," it said.',
    expect: ['Acme Corp | Acme Corp | Demand for our products has fallen sharply,'],
  },
  {
    text: '"We will not comment on rumors about the merger," Acme Corp. said in a statement.',
    expect: ['Acme Corp | Acme Corp | We will not comment on rumors about the merger,'],
  },
  {
    text: '"The drug is safe for adults and children," the Health Ministry said in a statement.',
    expect: ['Health Ministry | Health Ministry | The drug is safe for adults and children,'],
  },
  {
    text: '"Talks will resume in the spring, after the elections," a statement from the Foreign Ministry said.',
    expect: ['a statement from the Foreign Ministry | Foreign Ministry | Talks will resume in the spring, after the elections,'],
  },
  {
    text: '"Talks will resume in the spring, after the elections," two officials familiar with the talks said.',
    expect: ['two officials familiar with the talks | - | Talks will resume in the spring, after the elections,'],
  },
  {
    text: 'According to the report, "the agency failed to inspect the plant for three years."',
    expect: ['the report | - | the agency failed to inspect the plant for three years.'],
  },
  { text: 'The statement was clear: "We will not negotiate with anyone."', expect: ['The statement | - | We will not negotiate with anyone.'] },
  // an organization that speaks in the sentence before a quote of its own
  {
    text: 'Acme Corp. said on Monday that sales fell.\n\n"We expect a better year once the new plant opens in the spring."',
    expect: ['Acme Corp | Acme Corp | We expect a better year once the new plant opens in the spring.'],
  },
];

// "the senator said": the person last named with that title (abbreviations spelled out).
const DEFINITE: Case[] = [
  { text: 'Sen. Carla Brandt met reporters on Tuesday. "We will block it," the senator said.', expect: ['Carla Brandt | - | We will block it,'] },
  {
    text: 'Tom Reed, the chairman of Acme Corp., spoke on Monday. "Profits will rise this year," the chairman said.',
    expect: ['Tom Reed | - | Profits will rise this year,'],
  },
  { text: 'Gov. Dana Quist vetoed the bill. "It costs too much money," the governor said.', expect: ['Dana Quist | - | It costs too much money,'] },
];

// A description with the name in apposition: the name.
const APPOSED: Case[] = [
  {
    text: '"Our results show we are making progress," said the firm\'s chief executive officer, Alan Mulally.',
    expect: ['Alan Mulally | - | Our results show we are making progress,'],
  },
  {
    text: '"Our results show we are making progress," the firm\'s chief executive, Alan Mulally, said.',
    expect: ['Alan Mulally | - | Our results show we are making progress,'],
  },
  {
    text: '"Our results show we are making progress," said a spokesman, who declined to be named.',
    expect: ['a spokesman | - | Our results show we are making progress,'],
  },
  // a person's own document speaks for them; a person's spokesman is someone else
  {
    text: 'Sen. Tom Reed issued a statement on Monday. Reed\'s statement added, "There is no question the plant should stay open."',
    expect: ['Tom Reed | - | There is no question the plant should stay open.'],
  },
  {
    text: '"There is no question the plant should stay open," Ann Roe\'s spokesman said.',
    expect: ["Ann Roe's spokesman | - | There is no question the plant should stay open,"],
  },
];

// Another person named near the quote is not its speaker.
const NEARBY: Case[] = [
  { text: 'Tom Reed criticized the plan drawn up by Ann Roe:\n\n"It will not work."', expect: ['Tom Reed | - | It will not work.'] },
  { text: 'Tom Reed disagreed with Ann Roe, saying "the plan will not work at all."', expect: ['Tom Reed | - | the plan will not work at all.'] },
  { text: '"The plan will not work," said Tom Reed, who met Ann Roe on Monday.', expect: ['Tom Reed | - | The plan will not work,'] },
  { text: '"The plan will not work," Tom Reed told Ann Roe.', expect: ['Tom Reed | - | The plan will not work,'] },
  { text: 'Asked about Ann Roe\'s plan, Tom Reed said: "It will not work."', expect: ['Tom Reed | - | It will not work.'] },
  { text: 'Tom Reed, who replaced Ann Roe as chairman, said: "The plan will not work."', expect: ['Tom Reed | - | The plan will not work.'] },
  {
    text: '"The plan will not work," Tom Reed said. Ann Roe disagreed. "It is a good plan," she said.',
    expect: ['Tom Reed | - | The plan will not work,', 'Ann Roe | - | It is a good plan,'],
  },
  // a quote after another person is named does not go on from the last speaker
  {
    text: '"The plan will not work," Tom Reed said. Ann Roe disagreed.\n\n"It is a good plan and we will pass it."',
    expect: ['Tom Reed | - | The plan will not work,'],
  },
];

const NEGATIVES: { text: string; why: string }[] = [
  {
    text: 'Acme Corp. opened a plant in Ohio on Monday and said sales fell.\n\n"We expect a better year once the new plant opens in the spring."',
    why: 'an organization as subject speaks before a quote only when its own verb is one of saying',
  },
  { text: 'It was simple: "We will not sign anything that hurts our workers."', why: '"it" before a colon names no one' },
  {
    text: 'Tom Reed met migrants claiming asylum. The letter from the ministry office reads "we may extend the use of the form to other claimants."',
    why: 'a participle that is no speech ("claiming asylum") does not introduce the next sentence',
  },
  {
    text: 'Foreign Minister Ann Roe met Tom Reed. "We will not accept this," the president said.',
    why: 'no one named holds the title the definite speaker has',
  },
  { text: '"We will not accept this," the president said.', why: 'a person\'s title, definite, is someone we cannot name' },
  { text: 'The so-called "peace dividend" is gone, Tom Reed said.', why: 'a term marked "so-called"' },
  { text: 'Tom Reed worked on a plan known as "the big push" for years.', why: 'a term marked "known as"' },
  { text: 'Tom Reed said the "reset" had failed.', why: 'one quoted word is a term' },
  { text: 'Tom Reed read the report, titled "A Plan for Growth."', why: 'a title' },
  { text: 'Critics called the plan "a first step" toward reform.', why: 'a partial quote whose subject names no one' },
  { text: 'Tom Reed visited the plant "on a cold morning" in March.', why: 'a phrase with no verb of saying or calling' },
  {
    text: 'Acme Corp. made the ad. It was later explained that the slogan meant "a can of beans for everyone."',
    why: '"it was explained": an empty subject, not the organization named before',
  },
  { text: 'The plant is in Denver. "We will close it next year," he said.', why: 'a pronoun with no person before it is not a place' },
  { text: 'John Parker spoke first. "We will close the plant next year," she said.', why: 'a man named before is not "she"' },
];

describe('quote speakers', () => {
  for (const [name, table] of Object.entries({ HONORIFICS, PRONOUNS, PLACEMENT, SOURCES, DEFINITE, APPOSED, NEARBY })) {
    describe(name, () => {
      for (const c of table) it(c.text, () => expect(quotes(c.text)).toEqual(c.expect));
    });
  }
  for (const n of NEGATIVES) it(`no quote: ${n.why}`, () => expect(quotes(n.text)).toEqual([]));
});
