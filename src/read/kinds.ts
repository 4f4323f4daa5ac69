// Which files a folder walk reads, and how each is read: by its extension, else (a file
// named on the command line, standard input) by its content (sniff.ts).
import { extname } from 'node:path';
import type { DocumentKind } from '../types.js';

/** How an input is read: a text kind, or a format whose text is taken out first (src/convert). */
export type InputKind = DocumentKind | 'feed' | 'pdf' | 'docx';
/** What `--kind` and the library take; `auto`: from the content. */
export type KindChoice = InputKind | 'auto';

export const INPUT_KINDS: readonly InputKind[] = ['text', 'markdown', 'html', 'feed', 'pdf', 'docx'];

const KINDS: Readonly<Record<string, InputKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The kind a file's extension says, or null for a file a folder walk skips. */
export function kindOf(path: string): InputKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

/** The extensions a folder walk reads, for messages: ".txt, .md, .html, ...". */
export const WALKED_EXTENSIONS = ['.txt', '.md', '.html', '.rss', '.atom', '.pdf', '.docx'];
