// htmlparser2 keeps open elements in an array it grows with unshift, which makes each open
// tag cost O(depth): tens of thousands of unclosed or nested tags would take quadratic time
// (300,000 nested <div> took 68 s in the report). Past MAX_DEPTH the outermost elements are
// forgotten down to KEEP_DEPTH: they stay open for good, which is what an unclosed tag means
// anyway. Real pages nest fewer than 100 deep. Every reader of HTML with htmlparser2 uses this.
import type { Parser } from 'htmlparser2';

export const MAX_DEPTH = 512;
export const KEEP_DEPTH = 256;

/** One of the parser's internal stacks (innermost first), if it is where we expect. */
function parserArray(parser: Parser, field: 'stack' | 'foreignContext'): unknown[] | undefined {
  const value = (parser as unknown as Record<string, unknown>)[field];
  return Array.isArray(value) ? value : undefined;
}

/** Forgets the outermost open elements past KEEP_DEPTH; returns how many it forgot. */
export function trimParserStack(parser: Parser): number {
  const foreignContext = parserArray(parser, 'foreignContext'); // one entry per open svg/math
  if (foreignContext && foreignContext.length > KEEP_DEPTH) foreignContext.length = KEEP_DEPTH;
  const theirs = parserArray(parser, 'stack');
  if (!theirs || theirs.length <= KEEP_DEPTH) return 0;
  const drop = theirs.length - KEEP_DEPTH;
  theirs.length = KEEP_DEPTH; // innermost first: this drops the outermost
  return drop;
}
