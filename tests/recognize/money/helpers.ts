// Shared assertion for the MONEY corpus tables: the amount is the part of an example in
// [brackets] (or the whole example) and must be its one MONEY mention.
import { expect } from 'vitest';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { recognizeMoney } from '../../../src/recognize/money/index.js';
import type { Mention, MoneyValue } from '../../../src/types.js';

export interface Corpus {
  expect: MoneyValue & { max?: number };
  examples: string[];
}

export function moneyIn(text: string): Mention[] {
  return recognizeMoney({ text, date: '2013-02-28', sentences: splitSentences(text) });
}

export function checkExample(example: string, value: MoneyValue): void {
  const open = example.indexOf('[');
  const close = example.indexOf(']', open);
  const text = open < 0 ? example : example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  const span = open < 0 ? example : example.slice(open + 1, close);
  const found = moneyIn(text).map((m) => ({ text: m.text, start: m.start, value: m.value }));
  expect(found).toEqual([{ text: span, start: Math.max(open, 0), value }]);
}
