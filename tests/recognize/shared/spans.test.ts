import { describe, expect, it } from 'vitest';
import { keepLongest, maskedSpans, outsideMasks } from '../../../src/recognize/shared/spans.js';

const span = (start: number, end: number, id = '') => ({ start, end, id });

describe('keepLongest', () => {
  it('keeps the longest of overlapping spans, in text order', () => {
    expect(keepLongest([span(0, 3), span(2, 10), span(10, 12)])).toEqual([span(2, 10), span(10, 12)]);
  });
  it('breaks a tie by `before`, then by input order', () => {
    expect(keepLongest([span(0, 4, 'a'), span(2, 6, 'b')])).toEqual([span(0, 4, 'a')]);
    expect(keepLongest([span(0, 4, 'a'), span(2, 6, 'b')], (x) => (x.id === 'b' ? -1 : 1))).toEqual([span(2, 6, 'b')]);
  });
  it('drops empty spans and spans past the length', () => {
    expect(keepLongest([span(3, 3), span(0, 2), span(4, 9)], undefined, 8)).toEqual([span(0, 2)]);
  });
});

describe('masked spans', () => {
  it('finds URLs, e-mail addresses and phone numbers, and drops what overlaps them', () => {
    const text = 'See https://example.org/2013/01/31 or mail a@b.org, call 555-123-4567 on May 5.';
    const masked = maskedSpans(text);
    expect(masked.map((s) => text.slice(s.start, s.end))).toEqual(['https://example.org/2013/01/31', 'a@b.org', '555-123-4567']);
    const may = text.indexOf('May 5');
    const inUrl = text.indexOf('2013');
    expect(outsideMasks(masked, [span(inUrl, inUrl + 4), span(may, may + 5)])).toEqual([span(may, may + 5)]);
  });
});
