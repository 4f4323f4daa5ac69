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
import { ENTITY_TYPES, type AnyType, type CustomTypesOf, type DatePreference, type DocumentKind, type EntityType, type OutputRecord } from './types.js';
import type { LexiconSource } from './recognize/user-lexicon/load.js';

export interface ExtractOptions {
  /** how to read the text: plain text (default), Markdown or HTML */
  kind?: DocumentKind;
  /** the document date (YYYY-MM-DD) relative dates resolve against; else found in the text */
  date?: string;
  /** keep only entities of these types (ours, or a lexicon's own) */
  types?: readonly AnyType[];
  /** the `source` field of the record (default "-") */
  source?: string;
  /** also places named inside organizations' names ("Texas" in "University of Texas") */
  nested?: boolean;
  /** HTML: read the whole page, not only its article (the default) */
  wholePage?: boolean;
  /** the direction of a date without a year or week in a sentence without a tense: "past" or "future" */
  prefer?: DatePreference;
  /**
   * users' lexicons: paths of JSON Lines or TSV files (read once, a LexiconError naming each
   * bad line), or `{name, entries}`; their names win over the built-in rules (README.md, "Lexicons")
   */
  lexicons?: readonly LexiconSource[];
}

/** Extracts the entities and facts of one document, as the record of README.md ("Output"). */
export function extract<O extends ExtractOptions = {}>(text: string, options?: O): OutputRecord<CustomTypesOf<O>> {
  if (typeof text !== 'string') throw new TypeError(`extract: the text must be a string, got ${text === null ? 'null' : typeof text}`);
  const o: ExtractOptions = options ?? {};
  const lexicons = checkOptions(o, 'extract');
  const a = analyze(text, { kind: o.kind ?? 'text', date: o.date, nested: o.nested, wholePage: o.wholePage === true, ...(o.prefer ? { prefer: o.prefer } : {}), ...(lexicons.length ? { lexicons } : {}) });
  return toRecord(o.source ?? '-', a, o.types ? new Set(o.types) : undefined) as OutputRecord<CustomTypesOf<O>>;
}

export { extractFile, extractPaths, DEFAULT_MAX_BYTES, type FileOptions, type PathsOptions } from './files.js';
export { summarize, type CorpusEntity, type ProgramFunding } from './summary/corpus.js';
export { loadLexicon, type LexiconSource } from './recognize/user-lexicon/load.js';
export { parseLexicon, LexiconError, type LexiconProblem } from './recognize/user-lexicon/entries.js';
export { ENTITY_TYPES };
export type { DocumentKind, EntityType };
export type {
  OutputRecord,
  OutputEntity,
  CustomEntity,
  CustomTypesOf,
  AnyType,
  Lexicon,
  LexiconEntry,
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
