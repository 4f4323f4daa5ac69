// Shared assertion for the DATE corpus tables: an example is a phrase whose date is the
// part in [brackets] (or the whole phrase); it must give exactly that one mention, with the
// expected value, against one fixed document date.
import { expect } from 'vitest';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { recognizeDates } from '../../../src/recognize/date/index.js';
import type { Mention } from '../../../src/types.js';

/** Thursday, ISO week 2013-W09. */
export const DOCUMENT_DATE = '2013-02-28';

export interface Corpus {
  expect: string | undefined;
  examples: string[];
}

export function datesIn(text: string, date: string | null = DOCUMENT_DATE): Mention[] {
  return recognizeDates({ text, date, sentences: splitSentences(text) });
}

/** Splits "In [October], X said" into the text and the bracketed span. */
export function marked(example: string): { text: string; span: string; start: number } {
  const open = example.indexOf('[');
  if (open < 0) return { text: example, span: example, start: 0 };
  const close = example.indexOf(']', open);
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, span: example.slice(open + 1, close), start: open };
}

export function checkExample(example: string, value: string | undefined, date: string | null = DOCUMENT_DATE): void {
  const { text, span, start } = marked(example);
  const found = datesIn(text, date).map((m) => ({ text: m.text, start: m.start, value: m.value }));
  expect(found).toEqual([{ text: span, start, value }]);
}
