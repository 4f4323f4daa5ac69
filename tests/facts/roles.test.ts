// Role facts: each sentence with the exact role facts it must give (person | title | org),
// and negatives that must give none. Sentences are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const roles = (text: string) =>
  extract(text, { date: '2013-01-31' })
    .facts.filter((f) => f.type === 'role')
    .map((f) => (f.type === 'role' ? [f.person, f.title, f.org ?? '-'].join(' | ') : ''));

const CORPUS: { text: string; expect: string[] }[] = [
  // a capitalized title in the name chunk, with the country before it
  { text: 'U.S. Vice President Joe Biden arrived in Kiev on Sunday.', expect: ['Joe Biden | Vice President | United States'] },
  { text: 'Foreign Minister Sergei Lavrov declined to comment.', expect: ['Sergei Lavrov | Foreign Minister | -'] },
  // a nationality names the country, and stays out of the title
  { text: 'Russian Deputy Foreign Minister Sergei Ryabkov met reporters.', expect: ['Sergei Ryabkov | Deputy Foreign Minister | Russia'] },
  { text: 'French Foreign Minister Laurent Fabius arrived on Monday.', expect: ['Laurent Fabius | Foreign Minister | France'] },
  // a lower-case title before the name; words that are not modifiers stay out
  { text: 'The plan was criticized by military analyst Pavel Felgenhauer on Monday.', expect: ['Pavel Felgenhauer | military analyst | -'] },
  { text: 'Energy agency spokeswoman Maria Lopez declined to comment.', expect: ['Maria Lopez | spokeswoman | -'] },
  { text: 'Reporters asked Pentagon spokesman George Little about the plan.', expect: ['George Little | spokesman | Pentagon'] },
  // appositions: modifiers kept, the organization of the complement goes to org
  {
    text: 'Karen Holt, acting director of the Defense Threat Reduction Agency, visited the site.',
    expect: ['Karen Holt | acting director | Defense Threat Reduction Agency'],
  },
  {
    text: 'The Defense Threat Reduction Agency (DTRA) runs the work. Paul Baker, deputy DTRA director for chemical security, said it would go on.',
    expect: ['Paul Baker | deputy director for chemical security | Defense Threat Reduction Agency'],
  },
  { text: 'Tom Reed, a spokesman for the agency, declined to comment.', expect: ['Tom Reed | spokesman | -'] },
  {
    text: 'Laura Kent, former U.S. ambassador to Russia, said the talks would resume.',
    expect: ['Laura Kent | former ambassador to Russia | United States'],
  },
  {
    text: 'John Parker, 52, chairman and chief executive of Acme Corp., said profits rose.',
    expect: ['John Parker | chairman | Acme Corp', 'John Parker | chief executive | Acme Corp'],
  },
  {
    text: 'Mark Dunn, acting assistant secretary of State for arms control, will travel to Geneva.',
    expect: ['Mark Dunn | acting assistant secretary of State for arms control | -'],
  },
  { text: 'Helen Carter, who is the chairwoman of the Senate Armed Services Committee, disagreed.', expect: ['Helen Carter | chairwoman | Senate Armed Services Committee'] },
  {
    text: 'Nina Hart, assistant professor of photography and director of the gallery, led the tour.',
    expect: ['Nina Hart | assistant professor of photography | -', 'Nina Hart | director | -'],
  },
  // a copula
  { text: 'Peter Gray is the chairman of Acme Corp', expect: ['Peter Gray | chairman | Acme Corp'] },
  { text: 'Anna Moss was named chief executive of Globex Inc. last year.', expect: ['Anna Moss | chief executive | Globex Inc'] },
  // a title before the name, set off by commas
  { text: 'The agency’s spokesman, Robert Collins, said the review was over.', expect: ['Robert Collins | spokesman | -'] },
  // one fact per person and title, however often
  {
    text: 'Senator Richard Lugar visited Kiev. Later, Senator Richard Lugar went to Moscow.',
    expect: ['Richard Lugar | Senator | -'],
  },
];

const NEGATIVES: { text: string; why: string }[] = [
  { text: 'The president said the treaty would be signed.', why: 'no name: no person is invented' },
  { text: 'Mr. John Smith arrived on Monday.', why: 'a form of address is no role' },
  { text: 'Along with the chairman, Smith said nothing.', why: 'the name is not closed by a comma' },
  { text: 'Peter Gray is not the chairman of Acme Corp', why: 'a negation breaks the copula' },
  { text: 'Jane Fox met the chairman of Acme Corp. in Paris.', why: 'the title belongs to someone else' },
  { text: 'Tom Reed, the chairman’s son, said nothing.', why: 'a possessive title is about another person' },
];

describe('role facts', () => {
  for (const c of CORPUS) it(c.text, () => expect(roles(c.text)).toEqual(c.expect));
  for (const n of NEGATIVES) it(`no role: ${n.why}`, () => expect(roles(n.text)).toEqual([]));
});
