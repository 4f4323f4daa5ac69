// The recognizers never throw on hostile input and find what is there. Their speed on such
// input is measured by `npm run bench` (adversarial inputs, as ratios to news of the same
// size), never by a timed unit test on a shared machine.
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

describe('1 MB of hostile text', () => {
  it.each(inputs)('%s: no throw, and every mention inside the text', (_name, text) => {
    const ctx = { text, date: '2013-02-28', sentences: [{ start: 0, end: text.length }] };
    // one assertion over all mentions: hundreds of thousands of expect() calls cost more than the recognizers
    const outside = [...recognizeDates(ctx), ...recognizeMoney(ctx)].filter((m) => m.start < 0 || m.end > text.length || text.slice(m.start, m.end) !== m.text);
    expect(outside).toEqual([]);
  });

  it('finds the amounts in "$1," repeated', () => {
    const text = '$1,'.repeat(1000);
    const money = recognizeMoney({ text, date: '2013-02-28', sentences: [{ start: 0, end: text.length }] });
    expect(money.length).toBeGreaterThan(0);
    expect(money.every((m) => m.type === 'MONEY')).toBe(true);
  });
});
