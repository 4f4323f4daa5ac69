// Finding quoted spans in one pass over the text.
//
// Curly marks say which way they face; a straight mark opens after a space (or at the
// start of a line) and closes after a word. A quotation may run over several sentences and
// paragraphs: by newswire convention a paragraph that continues a quote opens with a quote
// mark and the paragraph before it has no closing mark. A double quote left open at the
// end of a paragraph that is not continued is closed there (sloppy text); a single quote
// left open is dropped, since it was most likely an apostrophe. Single quotes count only
// outside double ones (inside, they are a quote within the quote).
import type { Span } from '../types.js';

export interface QuoteSpan extends Span {
  /** [start, end) covers the marks; `parts` are the insides, one per paragraph */
  parts: Span[];
  /** the words inside the marks, paragraphs joined by a space */
  text: string;
  /** 'double' for “ ” and ", 'single' for ‘ ’ and ' */
  kind: 'double' | 'single';
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// characters after which a straight quote mark opens rather than closes
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:]/;

/** At the new line i: the offset just past the paragraph break it opens ("\n" + blank lines) or -1 (next), and the end of its run of white space. */
function paragraphBreak(text: string, i: number, blankLines: boolean): { next: number; runEnd: number } {
  let j = i + 1;
  let newlines = 1;
  while (j < text.length && /\s/.test(text[j]!)) {
    if (text[j] === '\n') newlines++;
    j++;
  }
  return { next: !blankLines || newlines >= 2 ? j : -1, runEnd: j };
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // documents that use blank lines between paragraphs may wrap lines inside them
  const blankLines = /\n[ \t]*\n/.test(text);
  let open: { start: number; partStart: number; parts: Span[]; kind: 'double' | 'single' } | null = null;

  const close = (endInner: number, end: number) => {
    if (!open) return;
    const parts = [...open.parts, { start: open.partStart, end: endInner }].filter((p) => p.end > p.start);
    const inner = parts.map((p) => text.slice(p.start, p.end).trim()).join(' ').replace(/\s+/g, ' ');
    if (inner) out.push({ start: open.start, end, parts, text: inner, kind: open.kind });
    open = null;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // the run of white space is read once: the next mark is after it (a run of
      // 64,000 new lines is one step, not 64,000 scans of the rest of the run)
      const { next, runEnd } = paragraphBreak(text, i, blankLines);
      if (next < 0 || !open) {
        i = runEnd - 1;
        continue;
      }
      const m = text[next];
      const continues = open.kind === 'double' ? m === '“' || m === '"' : m === '‘' || m === "'";
      if (continues) {
        // the quote goes on in the next paragraph: skip its opening mark
        open.parts.push({ start: open.partStart, end: i });
        open.partStart = next + 1;
        i = next;
      } else if (open.kind === 'double') close(i, i);
      else open = null;
      continue;
    }
    const prev = text[i - 1];
    const after = text[i + 1];
    if (c === '“' || (c === '"' && (i === 0 || OPENS_AFTER.test(prev!)) && !isSpace(after))) {
      if (open?.kind === 'single') open = null; // an apostrophe was taken for a quote
      if (!open) open = { start: i, partStart: i + 1, parts: [], kind: 'double' };
      continue;
    }
    if (c === '”' || c === '"') {
      if (open?.kind === 'double') close(i, i + 1);
      continue;
    }
    if (open?.kind === 'double') continue;
    // single marks: an opening one after a space, a closing one not inside a word ("don’t")
    if ((c === '‘' || c === "'") && !open && (i === 0 || OPENS_AFTER.test(prev!)) && isWordChar(after)) {
      open = { start: i, partStart: i + 1, parts: [], kind: 'single' };
      continue;
    }
    if ((c === '’' || c === "'") && open?.kind === 'single' && !isSpace(prev) && !isWordChar(after)) close(i, i + 1);
  }
  if (open && (open as { kind: string }).kind === 'double') close(text.length, text.length);
  return out;
}
