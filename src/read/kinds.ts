// Which files a folder walk reads, and how each is read.
import { extname } from 'node:path';
import type { DocumentKind } from '../types.js';

const KINDS: Readonly<Record<string, DocumentKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The kind a file's extension says, or null for a file a folder walk skips. */
export function kindOf(path: string): DocumentKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}
