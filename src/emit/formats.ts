// The output formats. Each renderer turns records into text as they come, so output is
// written while later documents are still being read.
import type { OutputRecord } from './record.js';

export const FORMATS = ['ndjson', 'json', 'csv', 'table'] as const;
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
}

/** A renderer writes a header, then each record, then a footer. */
export interface Renderer {
  begin(): string;
  record(r: OutputRecord): string;
  end(): string;
}
