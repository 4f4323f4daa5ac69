// Word documents (.docx, Office Open XML): the text of word/document.xml in reading order,
// one paragraph (w:p) a block, table cells as paragraphs, tabs and breaks as white space;
// deleted text of tracked changes, field codes and drawings left out. The title from
// docProps/core.xml. A zip and an XML scan are all it takes (no DOM, no dependency), and
// it is synchronous like the rest of a job.
import { Parser } from 'htmlparser2';
import { zipEntries, zipRead } from './zip.js';
import { ConvertError, type Converted } from './types.js';
import type { TextMeta } from '../types.js';

/** Elements whose text is not the document's (Word's own names). */
const SKIPPED: ReadonlySet<string> = new Set(['w:deltext', 'w:instrtext', 'w:delinstrtext', 'mc:fallback', 'w:drawing', 'w:pict', 'w:commentreference']);
/** Elements that end a paragraph of text (a table cell ends in one too). */
const PARAGRAPH = 'w:p';
const TEXT = 'w:t';
const BREAKS: Readonly<Record<string, string>> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:nobreakhyphen': '-', 'w:softhyphen': '' };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The paragraphs of a WordprocessingML body. */
export function documentXmlText(xml: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skip = 0;
  let inText = 0;
  const parser = new Parser(
    {
      onopentag(raw) {
        const name = raw.toLowerCase();
        if (SKIPPED.has(name)) skip++;
        else if (name === TEXT) inText++;
        else if (skip === 0 && BREAKS[name] !== undefined) current += BREAKS[name];
      },
      ontext(data) {
        if (skip === 0 && inText > 0) current += data;
      },
      onclosetag(raw) {
        const name = raw.toLowerCase();
        if (SKIPPED.has(name)) skip = Math.max(0, skip - 1);
        else if (name === TEXT) inText = Math.max(0, inText - 1);
        else if (name === PARAGRAPH && skip === 0) {
          const p = current.replace(/[ \t]+$/gm, '').trim();
          if (p) paragraphs.push(p);
          current = '';
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return paragraphs.join('\n\n');
}

/** dc:title of docProps/core.xml. */
function coreTitle(xml: string): string | undefined {
  const m = /<dc:title>([^<]*)<\/dc:title>/.exec(xml);
  const t = m?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return t || undefined;
}

/** The document of a .docx file's bytes; `max` bounds what is inflated. */
export function docxText(bytes: Uint8Array, source: string, max: number): Converted {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (OLE.every((b, i) => zip[i] === b)) throw new ConvertError('an encrypted Word document, or an old .doc (save it as .docx without a password)');
  const entries = zipEntries(zip);
  const body = entries.get('word/document.xml');
  if (!body) throw new ConvertError('a zip archive without word/document.xml, not a Word document');
  const text = documentXmlText(zipRead(zip, body, max).toString('utf8'));
  if (!text.trim()) throw new ConvertError('a Word document with no text');
  const meta: TextMeta = {};
  const core = entries.get('docProps/core.xml');
  const title = core ? coreTitle(zipRead(zip, core, 1 << 20).toString('utf8')) : undefined;
  if (title) meta.title = title;
  return { source, text, kind: 'text', offsets: 'text', meta };
}
