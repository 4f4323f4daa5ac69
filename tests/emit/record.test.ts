// The output mention: `rule` always, `retypedBy` only when resolution changed the type.
import { describe, expect, it } from 'vitest';
import { toRecord } from '../../src/emit/record.js';
import { analyze } from '../../src/pipeline.js';

describe('toRecord', () => {
  it('writes retypedBy only on mentions that have one', () => {
    const a = analyze('Maria Stone met Stone Inc.', { kind: 'text' });
    const [first, second] = a.entities.flatMap((e) => e.mentions);
    first!.retypedBy = 'resolve.vote';
    const mentions = toRecord('-', a).entities.flatMap((e) => e.mentions);
    const json = mentions.map((m) => JSON.stringify(m));
    expect(json).toContain(JSON.stringify({ text: first!.text, start: first!.start, end: first!.end, rule: first!.rule, retypedBy: 'resolve.vote' }));
    expect(json).toContain(JSON.stringify({ text: second!.text, start: second!.start, end: second!.end, rule: second!.rule }));
  });
});

describe('DATE bounds', () => {
  it('a calendar period carries its first and last day; a duration none', () => {
    const a = analyze('Talks began in February 2013 and lasted three years.', { kind: 'text', date: '2013-03-01' });
    const dates = toRecord('-', a).entities.filter((e) => e.type === 'DATE');
    expect(dates.map((e) => [e.type === 'DATE' && e.value, e.type === 'DATE' && e.first, e.type === 'DATE' && e.last])).toEqual([
      ['2013-02', '2013-02-01', '2013-02-28'],
      ['P3Y', undefined, undefined],
    ]);
    // the keys follow the contract's order: value, then the bounds, then the mentions
    expect(Object.keys(dates[0]!)).toEqual(['id', 'type', 'name', 'value', 'first', 'last', 'mentions']);
  });
});
