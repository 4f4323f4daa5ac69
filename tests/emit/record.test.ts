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
