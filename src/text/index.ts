// The plain-text stage: a document's text without markup, with a map back to the source.
//
// Offsets are UTF-16 indices. `map.toSource(start, end)` gives the source span of a plain
// span: a start maps to where its first char came from, an end to where its last char's
// source ends. A char that stands for several source chars (`&amp;` -> "&", `\$` -> "$",
// CRLF -> "\n") maps to all of them, so a span starting at `$` starts at the backslash of
// `\$`. Chars the stage inserted (block separators "\n\n", the space joining a paragraph
// broken mid-sentence) have no source: as a start they map to the next source char, as an
// end to the end of the previous one.
import type { DocumentKind, PlainText } from '../types.js';
import { htmlToPlain } from './html.js';
import { markdownToPlain } from './markdown.js';
import { textToPlain } from './plain.js';
import { composeMarks } from './compose-marks.js';

/** The plain text of `raw` read as `kind`. Never throws: on any failure it falls back to the text as is. */
export function toPlainText(raw: string, kind: DocumentKind, options: TextOptions = {}): PlainText {
  return composeMarks(markupToPlain(raw, kind, options));
}

export interface TextOptions {
  /** HTML: every visible text, not only the article (main-content.ts) */
  wholePage?: boolean;
}

function markupToPlain(raw: string, kind: DocumentKind, options: TextOptions): PlainText {
  const source = typeof raw === 'string' ? raw : String(raw ?? '');
  if (kind === 'markdown' || kind === 'html') {
    try {
      // the parsers see the text after a BOM; positions are shifted back by `base`
      const base = source.charCodeAt(0) === 0xfeff ? 1 : 0;
      const src = base ? source.slice(1) : source;
      return kind === 'markdown' ? markdownToPlain(src, base) : htmlToPlain(src, base, options.wholePage);
    } catch {
      // a parser limit (e.g. stack depth on pathological nesting): keep the text as text
    }
  }
  return textToPlain(source);
}
