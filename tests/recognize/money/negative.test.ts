// Phrases that hold no amount of money.
import { describe, expect, it } from 'vitest';
import { moneyIn } from './helpers.js';

const NOT_MONEY = [
  'Turnout rose 5% last year.',
  'The budget grew by 8 billion.',
  'The base holds 2,000 troops.',
  'Inspectors found 20 pounds of explosives.',
  'The warhead weighs 500 pounds.',
  'He ranked #1 in the poll.',
  'The dollar fell against the euro.',
  'The team won the final.',
  'They bought a dollar store.',
  'A billion people live there.',
  'See https://example.com/pay?amount=$500 for details.',
  'The euro area grew 2 percent.',
  'The 1990s cost billions.',
  'The rate was 7.5 per cent.',
  'Two million people signed it.',
  'The road runs five hundred miles.',
  'The plane seats 300 people.',
];

describe('recognizeMoney negative corpus', () => {
  it.each(NOT_MONEY)('%s', (text) => {
    expect(moneyIn(text).map((m) => m.text)).toEqual([]);
  });
});
