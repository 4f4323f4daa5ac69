// Amounts of money for people to read: "$8 billion", "€1.5 million", "more than $2.3 billion".
import type { MoneyValue } from '../types.js';

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

export function moneyText(v: MoneyValue): string {
  let number = v.amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  for (const [n, word] of SCALES)
    if (Math.abs(v.amount) >= n) {
      number = `${Number((v.amount / n).toFixed(3))} ${word}`;
      break;
    }
  const symbol = SYMBOLS[v.currency];
  const amount = symbol ? `${symbol}${number}` : `${number} ${v.currency}`;
  return v.modifier ? `${v.modifier} ${amount}` : amount;
}
