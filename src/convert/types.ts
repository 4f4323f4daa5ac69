// What a converter gives for one input: one or more documents of text, each with what the
// format says about it. Offsets of a converted document count in its `text` (the record
// says `"offsets": "text"`), unless `offsets` is 'source' (the text is the file itself).
import type { DocumentKind, TextMeta } from '../types.js';

export interface Converted {
  /** the record's `source`: the path, or the feed and the item */
  source: string;
  /** the text to analyse, read as `kind` */
  text: string;
  kind: DocumentKind;
  /** where the offsets of the record point: into the file as read, or into `text` */
  offsets: 'source' | 'text';
  /** a date and title the format states (a feed item's pubDate, PDF metadata) */
  meta?: TextMeta;
  /** where each page starts in `text` (PDF), ascending; a mention's `page` is 1 + the last start at or before it */
  pages?: number[];
}

/** A file the converter cannot read: why, in one line. */
export class ConvertError extends Error {}
