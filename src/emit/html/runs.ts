// What of a source file the report shows, and where its lines break. Offsets in a record
// point into the file as read; for Markdown and plain text that is what a reader wants to
// see, but an HTML file is mostly markup: there only the text between tags is shown (not
// scripts, styles or the head), with a break where a block element starts or ends.
import { Parser } from 'htmlparser2';
import { MAX_DEPTH, trimParserStack } from '../../text/parser-depth.js';
import { BLOCK_TAGS, HEAD_TAGS, SKIPPED_TAGS } from '../../text/html-vocabulary.js';
import type { DocumentKind } from '../../types.js';

/** A span of the source [start, end) in UTF-16 indices, and the line breaks before it. */
export interface Run {
  start: number;
  end: number;
  /** 0: continues the text before; 1: a new line; 2: a new paragraph */
  breaks: 0 | 1 | 2;
}

function htmlRuns(src: string): Run[] {
  const runs: Run[] = [];
  let skip = 0;
  let inHead = false;
  let pending: 0 | 1 | 2 = 0;
  let depth = 0; // open elements, to keep the parser's stacks short (parser-depth.ts)
  const parser = new Parser(
    {
      onopentag(name) {
        if (++depth > MAX_DEPTH) depth -= trimParserStack(parser);
        if (name === 'head') inHead = true;
        else if (inHead && !HEAD_TAGS.has(name)) inHead = false;
        if (SKIPPED_TAGS.has(name)) skip++;
        if (name === 'br') pending = Math.max(pending, 1) as 1 | 2;
        else if (BLOCK_TAGS.has(name)) pending = 2;
      },
      onclosetag(name) {
        if (depth > 0) depth--;
        if (name === 'head') inHead = false;
        if (SKIPPED_TAGS.has(name) && skip > 0) skip--;
        if (BLOCK_TAGS.has(name)) pending = 2;
      },
      ontext() {
        if (skip > 0 || inHead) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const last = runs[runs.length - 1];
        if (last && last.end === start && pending === 0) last.end = end;
        else if ((pending > 0 || runs.length === 0) && /^\s*$/.test(src.slice(start, end))) return; // indentation between blocks
        else {
          runs.push({ start, end, breaks: runs.length ? pending : 0 });
          pending = 0;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(src);
  return runs;
}

/** Only the runs inside `regions` (sorted, disjoint), the first of them starting no line. */
function within(runs: Run[], regions: readonly { start: number; end: number }[]): Run[] {
  const out: Run[] = [];
  let k = 0;
  for (const r of runs) {
    while (k < regions.length && regions[k]!.end <= r.start) k++;
    if (k < regions.length && regions[k]!.start <= r.start) out.push(out.length ? r : { ...r, breaks: 0 });
  }
  return out;
}

/** The runs of `src` to show: for HTML, within `regions` (the article the record was read from) when given. */
export function visibleRuns(src: string, kind: DocumentKind, regions?: readonly { start: number; end: number }[]): Run[] {
  if (kind !== 'html') return [{ start: 0, end: src.length, breaks: 0 }];
  const runs = htmlRuns(src);
  return regions ? within(runs, regions) : runs;
}

