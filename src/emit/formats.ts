// The output formats. Each renderer turns records into text as they come, so output is
// written while later documents are still being read.
import type { OutputRecord } from './record.js';
import type { DocumentKind } from '../types.js';

export const FORMATS = ['ndjson', 'json', 'csv', 'table', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** pretty-print (JSON on a terminal) */
  pretty: boolean;
  /** CSV: one row per fact instead of one per mention */
  facts: boolean;
  /** colour escapes allowed (table) */
  color: boolean;
  /** terminal width for the table */
  width: number;
  /** the types the run's lexicons add ("WEAPON"), in the order they were defined: each its colour */
  customTypes?: readonly string[];
}

/** The text a record was made from: the file as read (decoded), and how it was read. */
export interface SourceDocument {
  text: string;
  kind: DocumentKind;
  /** the source spans the record was read from (an HTML page's article); all of it when absent */
  regions?: readonly { start: number; end: number }[];
}

/**
 * A renderer writes a header, then each record, then a footer. A renderer that shows the
 * document text (html) says so with `needsSource`; the caller then passes the source text
 * along with each record. Others ignore it, so their output does not depend on it.
 */
export interface Renderer {
  readonly needsSource?: boolean;
  begin(): string;
  record(r: OutputRecord, source?: SourceDocument): string;
  /**
   * The same for a record given as its JSON text (JSON.stringify of the record), for
   * renderers that write JSON as it is: workers then send records so, a string crossing
   * threads for a fraction of what cloning the object costs on both sides.
   */
  json?(text: string): string;
  end(): string;
}
