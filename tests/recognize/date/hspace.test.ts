import { describe, expect, it } from 'vitest';
import { HSPACE, compile } from '../../../src/recognize/date/lexicon.js';

describe('HSPACE', () => {
  it('is white space but a line break, over the whole Basic Multilingual Plane', () => {
    const listed = new RegExp(`^${HSPACE}$`, 'u');
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (listed.test(ch) !== /^[^\S\n]$/u.test(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('keeps a date inside one line', () => {
    expect(compile(String.raw`Friday\s+September`, 'iu').test('Friday \u00a0September')).toBe(true);
    expect(compile(String.raw`Friday\s+September`, 'iu').test('Friday\nSeptember')).toBe(false);
  });
});
