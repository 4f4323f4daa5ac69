// Funding facts: each sentence with the exact facts it must give (payer | amount currency |
// recipient), and negatives that must give none. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const funding = (text: string) =>
  extract(text, { date: '2013-01-31' })
    .facts.filter((f) => f.type === 'funding')
    .map((f) => (f.type === 'funding' ? [f.payer ?? '-', `${f.amount.amount} ${f.amount.currency}`, f.recipient ?? '-'].join(' | ') : ''));

const CORPUS: { text: string; expect: string[] }[] = [
  // payer before the verb, recipient after "to"; "the program" is the program named before
  {
    text: 'The Nunn-Lugar program began in 1992. Japan has allocated more than $2 billion to the program since then.',
    expect: ['Japan | 2000000000 USD | Nunn-Lugar program'],
  },
  // a purpose when no entity is named
  { text: 'The Energy Department has budgeted $2.3 billion for upgrades to its laboratories.', expect: ['Energy Department | 2300000000 USD | upgrades'] },
  // a recipient between the verb and the amount
  { text: 'Last year Japan gave Kazakhstan $50 million.', expect: ['Japan | 50000000 USD | Kazakhstan'] },
  { text: 'Germany provided Ukraine with $12 million in aid.', expect: ['Germany | 12000000 USD | Ukraine'] },
  // passive, with the payer after "by"
  {
    text: 'About $5 million was allocated to the Cooperative Threat Reduction program by the Pentagon.',
    expect: ['Pentagon | 5000000 USD | Cooperative Threat Reduction program'],
  },
  // the receiver as subject
  { text: 'Kazakhstan received $30 million from the United States.', expect: ['United States | 30000000 USD | Kazakhstan'] },
  // a cut: the object is what loses money
  {
    text: 'The New START treaty is in force. The Senate cut the Nunn-Lugar program by $100 million.',
    expect: ['Senate | 100000000 USD | Nunn-Lugar program'],
  },
];

const NEGATIVES: { text: string; why: string }[] = [
  { text: 'The price of oil rose to $90 a barrel.', why: 'no funding verb' },
  { text: 'The deal was worth $3 billion, officials said.', why: 'a value, not money given' },
];

describe('funding facts', () => {
  for (const c of CORPUS) it(c.text, () => expect(funding(c.text)).toEqual(c.expect));
  for (const n of NEGATIVES) it(`no funding: ${n.why}`, () => expect(funding(n.text)).toEqual([]));
});
