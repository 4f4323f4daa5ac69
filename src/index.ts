// extract as a library: the same pipeline the command line runs, on a string, a file or
// the files under some paths, and the corpus view of their records.
//
//   import { extract, extractPaths, summarize } from 'extract';
//   const doc = extract(text, { kind: 'markdown', date: '2013-01-31' });
//   for (const e of doc.entities) if (e.type === 'MONEY') console.log(e.value.amount, e.value.currency);
//   const corpus = await summarize(extractPaths(['articles/']));
//
// The record is described in README.md, section "Output".
import { analyze } from './pipeline.js';
import { checkOptions } from './check-options.js';
import { toRecord } from './emit/record.js';
import { ENTITY_TYPES, type DatePreference, type DocumentKind, type EntityType, type OutputRecord } from './types.js';

export interface ExtractOptions {
  /** how to read the text: plain text (default), Markdown or HTML */
  kind?: DocumentKind;
  /** the document date (YYYY-MM-DD) relative dates resolve against; else found in the text */
  date?: string;
  /** keep only entities of these types */
  types?: readonly EntityType[];
  /** the `source` field of the record (default "-") */
  source?: string;
  /** also places named inside organizations' names ("Texas" in "University of Texas") */
  nested?: boolean;
  /** HTML: read the whole page, not only its article (the default) */
  wholePage?: boolean;
  /** the direction of a date without a year or week in a sentence without a tense: "past" or "future" */
  prefer?: DatePreference;
}

/** Extracts the entities and facts of one document, as the record of README.md ("Output"). */
export function extract(text: string, options: ExtractOptions = {}): OutputRecord {
  if (typeof text !== 'string') throw new TypeError(`extract: the text must be a string, got ${text === null ? 'null' : typeof text}`);
  checkOptions(options, 'extract');
  const a = analyze(text, { kind: options.kind ?? 'text', date: options.date, nested: options.nested, wholePage: options.wholePage === true, ...(options.prefer ? { prefer: options.prefer } : {}) });
  return toRecord(options.source ?? '-', a, options.types ? new Set(options.types) : undefined);
}

export { extractFile, extractPaths, DEFAULT_MAX_BYTES, type FileOptions, type PathsOptions } from './files.js';
export { summarize, type CorpusEntity, type ProgramFunding } from './summary/corpus.js';
export { ENTITY_TYPES };
export type { DocumentKind, EntityType };
export type {
  OutputRecord,
  OutputEntity,
  NameEntity,
  DateEntity,
  MoneyEntity,
  OutputMention,
  OutputFact,
  DocumentDateSource,
  MoneyValue,
  RoleFact,
  QuoteFact,
  FundingFact,
} from './types.js';
