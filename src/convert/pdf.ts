// PDF: the text layer of each page with Mozilla's PDF.js (pdfjs-dist, its legacy build, the
// one made for Node 20), in the order the page draws it, which is reading order for the
// documents people keep (reports, briefings, printed articles). Text items on one baseline
// make a line; a line break is a space, unless a word was hyphenated across it (the hyphen
// goes before a small letter, stays before a capital: "Nunn-Lugar"); a gap
// between lines larger than the usual one (or an empty line) starts a paragraph; pages
// are paragraphs apart, and each page's start is kept for the `page` of a mention.
// PDF.js is loaded only when a PDF is read (it is large), and it never renders.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ConvertError, type Converted } from './types.js';
import type { TextMeta } from '../types.js';
import { parseMetaDate } from '../text/meta-date.js';

/** The parts of PDF.js's text content this module reads. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** A larger gap than this many line heights between two baselines starts a paragraph. */
const PARAGRAPH_GAP = 1.6;
/** A horizontal gap wider than this share of the font size between two items is a space. */
const WORD_GAP = 0.15;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const load = (): Promise<PdfJs> =>
  (pdfjs ??= (async () => {
    // PDF.js warns with console.log, on standard output where the records go, when it loads
    // without its optional @napi-rs/canvas (npm install --omit=optional), which only
    // rendering needs: its load is silenced; later warnings obey `verbosity: 0` below
    const log = console.log;
    console.log = (...args: unknown[]) => void (typeof args[0] === 'string' && args[0].startsWith('Warning: ') ? undefined : log(...args));
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })());

/** Where PDF.js keeps the metrics of the 14 standard fonts (read from disk, never fetched). */
function standardFonts(): string {
  return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
}

/** "D:20210414081500+02'00'" (a PDF date) as YYYY-MM-DD. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  return m ? parseMetaDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** The lines of one page, in drawing order. */
function pageLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y = NaN;
  let height = 0;
  let lastEnd = NaN;
  const flush = () => {
    lines.push({ text, y, height });
    text = '';
    y = NaN;
    lastEnd = NaN;
  };
  for (const item of items) {
    const [, , , scaleY = 0, x = 0, baseline = 0] = item.transform;
    const h = Math.abs(item.height || scaleY) || 10;
    if (text && Math.abs(baseline - y) > h / 2) flush();
    if (!text) {
      y = baseline;
      height = h;
    } else if (x - lastEnd > h * WORD_GAP && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    height = Math.max(height, h);
    lastEnd = x + item.width;
    if (item.hasEOL) flush();
  }
  if (text) flush();
  return lines;
}

/** Lines into paragraphs: joined by spaces, a hyphenated word made whole. */
function paragraphs(lines: readonly Line[]): string[] {
  const out: string[] = [];
  let current = '';
  let prev: Line | undefined;
  for (const line of lines) {
    const t = line.text.replace(/\s+/g, ' ').trim();
    const gap = prev ? Math.abs(prev.y - line.y) : 0;
    if (!t || (prev && gap > PARAGRAPH_GAP * Math.max(prev.height, line.height))) {
      if (current) out.push(current);
      current = '';
    }
    if (t) {
      if (!current) current = t;
      else if (/\p{Ll}-$/u.test(current) && /^\p{Ll}/u.test(t)) current = current.slice(0, -1) + t;
      // a compound broken at its hyphen ("Nunn-" / "Lugar") keeps it, with no space
      else if (/\p{L}-$/u.test(current) && /^\p{Lu}/u.test(t)) current += t;
      else current += ' ' + t;
    }
    prev = t ? line : undefined;
  }
  if (current) out.push(current);
  return out;
}

/** The text of a PDF, page by page; throws ConvertError for one extract cannot read. */
export async function pdfText(bytes: Uint8Array, source: string): Promise<Converted> {
  const lib = await load();
  // (a copy: PDF.js takes the buffer over)
  const task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl: standardFonts() });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ConvertError('an encrypted PDF (it needs a password to be read)');
    if (name === 'InvalidPDFException') throw new ConvertError('a damaged PDF (no valid PDF structure)');
    throw new ConvertError(`a PDF that could not be read (${(e as Error).message})`);
  }
  try {
    const pages: number[] = [];
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const i of content.items) if ('str' in i) items.push(i);
      if (text) text += '\n\n';
      pages.push(text.length);
      text += paragraphs(pageLines(items)).join('\n\n');
      page.cleanup();
    }
    if (!/\S/.test(text)) throw new ConvertError('a PDF with no text layer (scanned pages?): extract reads no images; run OCR on it first (e.g. ocrmypdf)');
    const meta: TextMeta = {};
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const title = typeof info.Title === 'string' ? info.Title.trim() : '';
    if (title) meta.title = title;
    // the date the file was made: a candidate after what the text itself says (document-date.ts)
    const date = pdfDate(info.CreationDate) ?? pdfDate(info.ModDate);
    if (date) meta.fileDate = date;
    return { source, text, kind: 'text', offsets: 'text', meta, pages };
  } finally {
    await doc.destroy();
  }
}
