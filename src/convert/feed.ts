// RSS 2.0 and Atom feeds: one document per item (entry), its title and its content (HTML
// as the feed carries it, escaped or in CDATA) as text, its date and title as metadata.
// Read with htmlparser2 in XML mode, streaming: memory holds one item at a time.
import { Parser } from 'htmlparser2';
import { htmlToPlain } from '../text/html.js';
import { parseMetaDate } from '../text/meta-date.js';
import type { TextMeta } from '../types.js';
import { ConvertError, type Converted } from './types.js';

/** The elements of an item and what each gives, as data (names lower-cased, prefix kept). */
const ITEM_TAGS: ReadonlySet<string> = new Set(['item', 'entry']);
const FIELDS: Readonly<Record<string, keyof Fields>> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  id: 'guid',
  pubdate: 'date',
  published: 'date',
  'dc:date': 'date',
  updated: 'updated',
  description: 'summary',
  summary: 'summary',
  'content:encoded': 'content',
  content: 'content',
};

interface Fields {
  title: string;
  link: string;
  guid: string;
  date: string;
  updated: string;
  summary: string;
  content: string;
}

/** "Tue, 14 Apr 2021 08:15:00 GMT" (RSS) or "2021-04-14T08:15:00Z" (Atom) as YYYY-MM-DD. */
export function feedDate(value: string): string | undefined {
  return parseMetaDate(value.trim().replace(/^[A-Za-z]{3,9}\.?,?\s+/, ''));
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The items of a feed as documents; `source` names the feed. */
export function feedItems(src: string, source: string): Converted[] {
  const out: Converted[] = [];
  let item: Fields | null = null;
  let field: keyof Fields | null = null;
  let depth = 0; // elements open inside the field (Atom xhtml content)
  let xhtmlFrom = -1;
  let isFeed = false;
  const blank = (): Fields => ({ title: '', link: '', guid: '', date: '', updated: '', summary: '', content: '' });

  const finish = (f: Fields) => {
    const title = clean(f.title);
    const body = f.content.trim() ? f.content : f.summary;
    const plain = body.trim() ? htmlToPlain(body, 0, true).text : '';
    const text = [title, plain].filter(Boolean).join('\n\n');
    const name = clean(f.link) || clean(f.guid) || `item-${out.length + 1}`;
    const meta: TextMeta = {};
    const date = feedDate(f.date) ?? feedDate(f.updated);
    if (date) meta.date = date;
    if (title) meta.title = title;
    out.push({ source: `${source}#${name}`, text, kind: 'text', offsets: 'text', meta });
  };

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = rawName.toLowerCase();
        if (name === 'rss' || name === 'feed' || name === 'rdf:rdf') isFeed = true;
        if (field) {
          depth++;
          return;
        }
        if (ITEM_TAGS.has(name)) {
          item = blank();
          return;
        }
        if (!item) return;
        const f = FIELDS[name];
        if (!f) return;
        // an Atom link is an attribute; the one for readers is rel="alternate" (or no rel)
        if (name === 'link' && attribs.href !== undefined) {
          if (!item.link && (!attribs.rel || attribs.rel === 'alternate')) item.link = attribs.href;
          return;
        }
        if (item[f]) return; // the first of each wins
        field = f;
        depth = 0;
        xhtmlFrom = attribs.type === 'xhtml' ? parser.endIndex + 1 : -1;
      },
      ontext(data) {
        if (item && field && xhtmlFrom < 0) item[field] += data;
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        if (field && depth > 0) {
          depth--;
          return;
        }
        if (field && item) {
          if (xhtmlFrom >= 0) item[field] = src.slice(xhtmlFrom, parser.startIndex);
          field = null;
          return;
        }
        if (ITEM_TAGS.has(name) && item) {
          finish(item);
          item = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.end(src);
  if (!isFeed) throw new ConvertError('not an RSS or Atom feed (no <rss> or <feed> element)');
  if (out.length === 0) throw new ConvertError('a feed with no items');
  return out;
}
