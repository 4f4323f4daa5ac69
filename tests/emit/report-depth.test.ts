// The report reads an HTML source for its text runs with htmlparser2, as the text stage
// does: deep nesting keeps the parser's stacks short there too (src/text/parser-depth.ts),
// and the text inside is still found. Its speed is the bench's (npm run bench).
import { describe, expect, it } from 'vitest';
import { visibleRuns } from '../../src/emit/html/runs.js';

describe('report of deeply nested HTML', () => {
  it('finds the text inside 50,000 nested elements', () => {
    const src = '<div>'.repeat(50_000) + 'Joe Biden met Sergei Lavrov.' + '</div>'.repeat(50_000);
    const runs = visibleRuns(src, 'html');
    expect(runs.map((r) => src.slice(r.start, r.end))).toEqual(['Joe Biden met Sergei Lavrov.']);
  });
});
