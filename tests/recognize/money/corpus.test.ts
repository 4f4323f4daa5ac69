// The MONEY corpus: every way of writing each amount, Duckling-style.
import { describe, expect, it } from 'vitest';
import { type Corpus, checkExample, moneyIn } from './helpers.js';

const USD = (amount: number, modifier?: string) => ({ amount, currency: 'USD', ...(modifier ? { modifier } : {}) });

const CORPUS: Corpus[] = [
  { expect: USD(8e9), examples: ['$8 billion', '\u00248 billion', 'US$8 billion', 'US$ 8 billion', 'USD$8 billion', '$8bn', '$8 bn', '$8B', 'USD 8 billion', '8 billion dollars', '8 billion US dollars', '8 billion U.S. dollars', 'eight billion dollars', '$8,000,000,000', '$8 billion USD', 'The deal is worth [$8 billion].'] },
  { expect: USD(8e9, 'more than'), examples: ['more than $8 billion', 'The U.S. has allocated [more than $8 billion] to the program.'] },
  { expect: USD(8e9, 'about'), examples: ['about $8 billion', 'About $8 billion'] },
  { expect: USD(8e9, 'up to'), examples: ['up to $8 billion'] },
  { expect: USD(8e9, 'nearly'), examples: ['nearly $8 billion'] },
  { expect: USD(8e9, 'at least'), examples: ['at least US$8 billion'] },
  { expect: USD(8e9, 'roughly'), examples: ['roughly 8 billion dollars'] },
  { expect: USD(1.2e6), examples: ['$1.2 million', '$1.2m', '$1,200,000', '1.2 million dollars'] },
  { expect: USD(300000), examples: ['$300,000', '$300 thousand', '$300k'] },
  { expect: USD(2.5e9), examples: ['$2.5bn', 'US$2.5 billion', 'two and a half billion dollars'] },
  { expect: USD(10), examples: ['ten dollars', '$10', '10 dollars', 'USD 10'] },
  // amounts in words, codes with a scale letter (issue 17)
  { expect: { amount: 500, currency: 'EUR' }, examples: ['five hundred euros', '500 euros', '€500', 'EUR 500'] },
  { expect: { amount: 3000, currency: 'GBP' }, examples: ['three thousand pounds', '£3,000', 'GBP 3,000'] },
  { expect: { amount: 3e6, currency: 'EUR' }, examples: ['EUR 3m', '3 MEUR', '€3 million', 'three million euros'] },
  { expect: USD(5e7), examples: ['50 MUSD', 'USD 50m', 'fifty million dollars'] },
  { expect: USD(2.5e6), examples: ['two and a half million dollars'] },
  { expect: USD(150000), examples: ['one hundred fifty thousand dollars'] },
  { expect: USD(100), examples: ['a hundred dollars', 'one hundred dollars', '$100'] },
  { expect: USD(1e9), examples: ['a billion dollars', '$1 billion', 'one billion dollars'] },
  { expect: USD(0.26), examples: ['26 cents', 'twenty-six cents'] },
  { expect: USD(9.99), examples: ['$9.99', '$9.99 US dollars'] },
  { expect: USD(1e9, 'billions of'), examples: ['billions of dollars', 'The plan would cost [billions of dollars].'] },
  { expect: { amount: 5e6, currency: 'EUR' }, examples: ['€5m', '€5 million', '5 million euros', 'EUR 5 million', 'EUR 5m'] },
  { expect: { amount: 20.1e9, currency: 'GBP' }, examples: ['£20.1 billion', 'GB£20.1 billion', '20.1 billion pounds', '20.1 billion pounds sterling'] },
  { expect: { amount: 13e9, currency: 'GBP' }, examples: ['The firm won a [#13 billion] contract.'] },
  { expect: { amount: 5e8, currency: 'RUB' }, examples: ['500 million rubles', '500 million roubles', '₽500 million'] },
  { expect: { amount: 9.9e9, currency: 'CNY' }, examples: ['9.9 billion yuan', 'RMB 9.9 billion'] },
  { expect: { amount: 4e10, currency: 'JPY' }, examples: ['40 billion yen', '¥40 billion'] },
  { expect: { amount: 3e7, currency: 'INR' }, examples: ['Rs 3 crore', 'Rs. 3 crore', '3 crore rupees'] },
  { expect: { amount: 1e7, currency: 'CAD' }, examples: ['C$10 million', '10 million Canadian dollars'] },
  { expect: { amount: 52.5e6, currency: 'AUD' }, examples: ['A$52.5 million', 'AU$52.5 million', '52.5 million Australian dollars'] },
  { expect: { amount: 3e9, currency: 'HKD' }, examples: ['HK$3 billion'] },
  { expect: { amount: 5e11, currency: 'KRW' }, examples: ['500 billion won'] },
  // ranges: one mention, the lower end as amount, the upper as max
  { expect: { amount: 5e9, currency: 'USD', modifier: 'between', max: 7e9 }, examples: ['$5 to $7 billion', '$5-7 billion', '$5 billion to $7 billion', 'between $5 billion and $7 billion', '$5 billion-$7 billion'] },
];

describe('recognizeMoney corpus', () => {
  for (const entry of CORPUS) {
    describe(JSON.stringify(entry.expect), () => {
      it.each(entry.examples)('%s', (example) => checkExample(example, entry.expect));
    });
  }
});

describe('amounts in context', () => {
  it('a change "from X to Y" is two amounts', () => {
    expect(moneyIn('The swap line rose from US$55 billion to US$110 billion.').map((m) => [m.text, m.value])).toEqual([
      ['US$55 billion', USD(55e9)],
      ['US$110 billion', USD(110e9)],
    ]);
  });
  it('a conversion in brackets is its own amount', () => {
    expect(moneyIn('a US$40 billion (GB£20.1 billion) contract').map((m) => m.text)).toEqual(['US$40 billion', 'GB£20.1 billion']);
  });
  it('gives rule ids', () => {
    expect(moneyIn('It costs $8 billion.')[0]!.rule).toBe('money.symbol-amount-scale');
  });
});
