// The recognizers stay linear on hostile input and never throw.
import { describe, expect, it } from 'vitest';
import { recognizeDates } from '../../../src/recognize/date/index.js';
import { recognizeMoney } from '../../../src/recognize/money/index.js';

const inputs: [string, string][] = [
  ['digits and commas', '1,'.repeat(500_000) + '1'],
  ['digits', '1'.repeat(1_000_000)],
  ['spaced digits', '1 '.repeat(500_000)],
  ['dollar digits', '$1,'.repeat(330_000)],
  ['repeated words', 'the next '.repeat(110_000)],
  ['months', 'May '.repeat(250_000)],
  ['hyphens', '2013-'.repeat(200_000)],
];

describe('linear time on 1 MB of hostile text', () => {
  it.each(inputs)('%s', (_name, text) => {
    const ctx = { text, date: '2013-02-28', sentences: [{ start: 0, end: text.length }] };
    const t0 = performance.now();
    recognizeDates(ctx);
    recognizeMoney(ctx);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
