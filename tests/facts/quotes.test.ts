// Quote facts: each text with the exact quotes it must give (speaker | org | text), and
// negatives that must give none. Sentences are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const quotes = (text: string) =>
  extract(text, { date: '2013-01-31' })
    .facts.filter((f) => f.type === 'quote')
    .map((f) => (f.type === 'quote' ? [f.speaker, f.org ?? '-', f.text].join(' | ') : ''));

const CORPUS: { text: string; expect: string[] }[] = [
  // "X said" after the quote, straight and curly marks
  { text: '"The deal is dead," John Parker said on Monday.', expect: ['John Parker | - | The deal is dead,'] },
  { text: '“We will not sign it,” said Maria Lopez, a senior diplomat.', expect: ['Maria Lopez | - | We will not sign it,'] },
  // a title before the name and "told"
  {
    text: '“The talks went well,” defense analyst Pavel Felgenhauer told reporters in Moscow.',
    expect: ['Pavel Felgenhauer | - | The talks went well,'],
  },
  // interrupted by "he said": two facts, one speaker
  {
    text: 'Senator Richard Lugar spoke first. “This program works,” he said, “and it should go on for years.”',
    expect: ['Richard Lugar | - | This program works,', 'Richard Lugar | - | and it should go on for years.'],
  },
  // the speaker before the quote, with an apposition between subject and verb
  {
    text: 'Karen Holt, acting director of the Defense Threat Reduction Agency, added that her staff “will finish the work by June.”',
    expect: ['Karen Holt | - | will finish the work by June.'],
  },
  { text: 'Maria Lopez said: “Nobody wants another arms race in Europe.”', expect: ['Maria Lopez | - | Nobody wants another arms race in Europe.'] },
  { text: 'According to Maria Lopez, “the inspectors found nothing at the site.”', expect: ['Maria Lopez | - | the inspectors found nothing at the site.'] },
  // continued over sentences and into the next paragraph
  {
    text: '“The money is gone,” John Parker said. “Nobody knows where it went.”\n\n“We asked three times and got no answer.”',
    expect: [
      'John Parker | - | The money is gone,',
      'John Parker | - | Nobody knows where it went.',
      'John Parker | - | We asked three times and got no answer.',
    ],
  },
  // one quotation over two paragraphs: the first has no closing mark, the second opens with one
  {
    text: 'John Parker said: “The first part of the plan is done.\n\n“The second part will take another year.”',
    expect: ['John Parker | - | The first part of the plan is done. The second part will take another year.'],
  },
  // an unnamed source keeps its description, with the organization it names
  {
    text: 'The Foreign Ministry is in Moscow. Interfax quoted a Foreign Ministry source as saying that “no new treaty will be signed this year.”',
    expect: ['a Foreign Ministry source | Foreign Ministry | no new treaty will be signed this year.'],
  },
  {
    text: '“The inspectors will return next week,” a senior Pentagon official said.',
    expect: ['a senior Pentagon official | Pentagon | The inspectors will return next week,'],
  },
  {
    text: '“The door is still open,” the newspaper quoted Maria Lopez as saying.',
    expect: ['Maria Lopez | - | The door is still open,'],
  },
  // a short quote counts when "he said" follows at once
  { text: '“No,” John Parker said.', expect: ['John Parker | - | No,'] },
  // a pronoun points back to the last person named outside quotes
  {
    text: 'John Parker met Maria Lopez in Vienna. “I told him about Ivan Petrov,” she said.',
    expect: ['Maria Lopez | - | I told him about Ivan Petrov,'],
  },
  // "..., saying": the main clause's subject
  {
    text: 'Maria Lopez rejected the offer, saying “nobody in Vienna will take it seriously.”',
    expect: ['Maria Lopez | - | nobody in Vienna will take it seriously.'],
  },
  // an apposition whose closing comma is missing
  {
    text: 'Scott Hale, president and chief executive of Acme Corp. said, “This has been a wonderful day for all of us.”',
    expect: ['Scott Hale | - | This has been a wonderful day for all of us.'],
  },
  // a title and a surname the recognizer did not tie to the full name
  {
    text: 'Ambassador Hamdullah Karimi opened the meeting. “Ten years ago this was not possible,” Ambassador Karimi said.',
    expect: ['Hamdullah Karimi | - | Ten years ago this was not possible,'],
  },
  // a short phrase is a partial quote when a named subject says or calls it (issue 16)
  { text: 'Maria Lopez called the plan “a grave mistake.”', expect: ['Maria Lopez | - | a grave mistake.'] },
  // the sentence before introduces the speaker with a colon
  {
    text: 'Maria Lopez put it simply in her speech:\n\n“Nobody wants a new arms race, and nobody will win one.”',
    expect: ['Maria Lopez | - | Nobody wants a new arms race, and nobody will win one.'],
  },
];

const NEGATIVES: { text: string; why: string }[] = [
  { text: '“We will not accept this,” the president said.', why: 'an unnamed definite speaker is not invented' },
  { text: 'He called the talks “predictable and equal” in an interview.', why: 'a partial quote whose "he" names no one' },
  { text: "Defense Industry Plans 'Crisis' Shopping Abroad", why: 'a quoted term in a headline' },
  { text: '“The talks will resume in the spring.”', why: 'no speaker anywhere' },
  { text: 'Critics called the plan “a grave mistake.”', why: 'a partial quote whose subject names no one' },
  {
    text: 'Maria Lopez visited the plant on Monday. “The workers will return next week after the holiday.”',
    why: 'the sentence before names a person but does not speak',
  },
  { text: 'The report, titled “Arms Control Today and Tomorrow,” was released on Monday.', why: 'a title in title case' },
];

describe('quote facts', () => {
  for (const c of CORPUS) it(c.text, () => expect(quotes(c.text)).toEqual(c.expect));
  for (const n of NEGATIVES) it(`no quote: ${n.why}`, () => expect(quotes(n.text)).toEqual([]));
});
