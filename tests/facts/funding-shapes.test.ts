// Funding facts on the shapes of issue 16: our own sentences with the exact facts they
// must give (payer | amount currency | recipient, "(purpose)" when the recipient is a
// phrase and no entity), and negatives that must give none.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const funding = (text: string) =>
  extract(text, { date: '2013-01-31' })
    .facts.filter((f) => f.type === 'funding')
    .map((f) =>
      f.type === 'funding'
        ? [f.payer ?? '-', `${f.amount.amount} ${f.amount.currency}`, (f.recipient ?? '-') + (f.purpose ? ' (purpose)' : '')].join(' | ')
        : '',
    );

const CORPUS: { text: string; expect: string[] }[] = [
  // a budget cut stays funding
  { text: 'The Senate cut the Nunn-Lugar program by $100 million.', expect: ['Senate | 100000000 USD | Nunn-Lugar program'] },
  // spending with a time after "in" has a payer and no recipient
  { text: 'Acme Corp. spent $2 million in the last hour.', expect: ['Acme Corp | 2000000 USD | -'] },
  { text: 'Acme Corp. spent $3 billion on research last year.', expect: ['Acme Corp | 3000000000 USD | research (purpose)'] },
  // "added ... to": what receives the money
  { text: 'Globex Inc. added $2 billion to its bond holdings.', expect: ['Globex Inc | 2000000000 USD | bond holdings (purpose)'] },
  { text: 'The fund added $500 million to its portfolio in March.', expect: ['- | 500000000 USD | portfolio (purpose)'] },
  // money paid as the subject: the recipient after "to", the payer its owner
  {
    text: 'Globex Inc. hired outside lawyers. Its fees to Acme Corp. totaled $12 million.',
    expect: ['Globex Inc | 12000000 USD | Acme Corp'],
  },
  { text: "Globex Inc.'s payments to Acme Corp. reached $3 million last year.", expect: ['Globex Inc | 3000000 USD | Acme Corp'] },
  // an organization named is a recipient; what the money buys is a purpose
  { text: 'Acme Corp. paid $5 million to Globex Inc. for the software.', expect: ['Acme Corp | 5000000 USD | Globex Inc'] },
  { text: 'Japan gave $10 million to support the monitoring effort.', expect: ['Japan | 10000000 USD | support the monitoring effort (purpose)'] },
  // "it", "the company": the organization named last pays
  { text: 'Acme Corp. said it gave $5 million for flood relief.', expect: ['Acme Corp | 5000000 USD | flood relief (purpose)'] },
  {
    text: 'The Treasury Department issued a statement. The department added $3 billion to its reserve fund.',
    expect: ['Treasury Department | 3000000000 USD | reserve fund (purpose)'],
  },
  { text: 'It was a big year: it spent $4 million on ads.', expect: ['- | 4000000 USD | ads (purpose)'] },
];

const NEGATIVES: { text: string; why: string }[] = [
  { text: 'The plan would cut the deficit by $4 trillion over ten years.', why: 'a deficit is no budget' },
  { text: 'Congress cut the budget deficit by $200 billion last year.', why: 'a deficit, named with its field' },
  { text: 'Acme Corp. cut costs by $50 million.', why: 'costs cut are money saved, not paid' },
  { text: 'The company spent $40 million last quarter.', why: 'neither payer nor recipient named' },
  { text: 'Acme Corp. added $5 million in revenue.', why: '"added" without "to" is no payment' },
  { text: 'Sales at Acme Corp. totaled $12 million.', why: 'sales are no payment' },
  { text: 'Acme Corp. lost $5 million last year.', why: 'a loss is no funding' },
];

describe('funding shapes', () => {
  for (const c of CORPUS) it(c.text, () => expect(funding(c.text)).toEqual(c.expect));
  for (const n of NEGATIVES) it(`no funding: ${n.why}`, () => expect(funding(n.text)).toEqual([]));
});

// Every fact points at the entities it names by id, the `id` of an entity of the same
// record; a description or a phrase has none.
describe('fact ids', () => {
  const ids = (text: string) => {
    const r = extract(text, { date: '2013-01-31' });
    const known = new Set(r.entities.map((e) => e.id));
    return r.facts.map((f) => {
      const refs = Object.entries(f).filter(([k]) => k.endsWith('Id'));
      for (const [, v] of refs) expect(known.has(v as string)).toBe(true);
      return `${f.type}: ${refs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
    });
  };
  it.each([
    ['Foreign Minister Sergei Lavrov declined to comment.', ['role: personId=PERSON:sergei-lavrov']],
    ['Tom Reed, a spokesman for Acme Corp., left.', ['role: personId=PERSON:tom-reed orgId=ORG:acme-corp']],
    ['"We will sign it," said Tom Reed.', ['quote: speakerId=PERSON:tom-reed']],
    ['"We will not comment on rumors about the merger," Acme Corp. said.', ['quote: speakerId=ORG:acme-corp orgId=ORG:acme-corp']],
    ['"The inspectors will return next week," a senior official said.', ['quote: ']],
    ['Japan gave Kazakhstan $50 million.', ['funding: payerId=LOCATION:japan recipientId=LOCATION:kazakhstan']],
    ['Japan gave $10 million for upgrades.', ['funding: payerId=LOCATION:japan']],
  ] as const)('%s', (text, expected) => expect(ids(text)).toEqual(expected));
});
