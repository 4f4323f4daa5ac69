// extract as a library: the same pipeline the command line runs.
//
//   import { extract } from 'extract';
//   const doc = extract(text, { kind: 'markdown', date: '2013-01-31' });
//   doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
import { analyze } from './pipeline.js';
import { toRecord, type OutputRecord } from './emit/record.js';
import { ENTITY_TYPES, type DocumentKind, type EntityType } from './types.js';

export interface ExtractOptions {
  /** how to read the text: plain text (default), Markdown or HTML */
  kind?: DocumentKind;
  /** the document date (YYYY-MM-DD) relative dates resolve against; else found in the text */
  date?: string;
  /** keep only entities of these types */
  types?: readonly EntityType[];
  /** the `source` field of the record (default "-") */
  source?: string;
}

/** Extracts the entities and facts of one document, as the record of OUTPUT.md. */
export function extract(text: string, options: ExtractOptions = {}): OutputRecord {
  const a = analyze(text, { kind: options.kind ?? 'text', date: options.date });
  return toRecord(options.source ?? '-', a, options.types ? new Set(options.types) : undefined);
}

export { ENTITY_TYPES };
export type { DocumentKind, EntityType };
export type { OutputRecord, OutputEntity, OutputMention, OutputFact } from './emit/record.js';
export type { MoneyValue, RoleFact, QuoteFact, FundingFact } from './types.js';
