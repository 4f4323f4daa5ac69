// The kind of an input whose name says nothing (no known extension, standard input), from
// its first bytes: a PDF's `%PDF-`, a Word document's zip holding word/document.xml, an
// HTML doctype or root tag, an RSS or Atom root element. Anything else is text.
import type { InputKind } from './kinds.js';

const HEAD = 4096;
const latin = (bytes: Uint8Array, n: number): string => Buffer.from(bytes.subarray(0, n)).toString('latin1');

/** Markup roots, as data: the first element of the document says what it is. */
const ROOTS: readonly [RegExp, InputKind][] = [
  [/^<!doctype\s+html\b/i, 'html'],
  [/^<(?:html|head|body)\b/i, 'html'],
  [/^<rss\b/i, 'feed'],
  [/^<feed\b/i, 'feed'],
  [/^<rdf:rdf\b/i, 'feed'],
];

/** Skips a BOM, white space, an XML declaration, processing instructions, comments and a non-HTML doctype. */
function firstElement(head: string): string {
  let s = head.replace(/^(?:\uFEFF|\xEF\xBB\xBF)/, '');
  for (let k = 0; k < 50; k++) {
    const before = s;
    s = s.replace(/^\s+/, '').replace(/^<\?[\s\S]*?\?>/, '').replace(/^<!--[\s\S]*?-->/, '');
    if (s === before) break;
  }
  return s;
}

export function sniff(bytes: Uint8Array): InputKind {
  const head = latin(bytes, HEAD);
  // PDF allows junk before the header (within the first 1,024 bytes)
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  // a zip whose first entries name word/document.xml ([Content_Types].xml comes first in Word's own)
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 && Buffer.from(bytes).includes('word/document.xml', 0, 'latin1')) return 'docx';
  const first = firstElement(head);
  for (const [pattern, kind] of ROOTS) if (pattern.test(first)) return kind;
  return 'text';
}

/** The same for text already decoded (an NDJSON record's): HTML, a feed, or text. */
export function sniffText(text: string): InputKind {
  const first = firstElement(text.slice(0, HEAD));
  for (const [pattern, kind] of ROOTS) if (pattern.test(first)) return kind;
  return 'text';
}
