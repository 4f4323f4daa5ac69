// What the command line does with files, for Node programs: read a file or walk a folder
// (src/read: the same walk, UTF-8 decoding and kind detection), analyse each document in
// this thread (src/parallel/job.ts, the job the CLI's workers run) and give its record.
import { checkOptions } from './check-options.js';
import { inputs } from './read/inputs.js';
import { kindOf } from './read/kinds.js';
import { recordOf, runJob, tooLarge, type JobResult, type JobSettings } from './parallel/job.js';
import type { AnyRecord, AnyType, CustomTypesOf, DatePreference, Lexicon, OutputRecord } from './types.js';
import type { LexiconSource } from './recognize/user-lexicon/load.js';
import type { InputKind } from './read/kinds.js';

/** The largest file read by default: 10 MB, as the CLI's `--max-size`. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface FileOptions {
  /** how to read the files: by default from the extension (.md Markdown, .html HTML, .rss/.atom a feed, .pdf, .docx), else from the content, as the CLI */
  kind?: InputKind;
  /** the document date (YYYY-MM-DD) relative dates resolve against; else found in each document */
  date?: string;
  /** keep only entities of these types (ours, or a lexicon's own) */
  types?: readonly AnyType[];
  /** refuse files larger than this many bytes (default DEFAULT_MAX_BYTES) */
  maxBytes?: number;
  /** also places named inside organizations' names ("Texas" in "University of Texas") */
  nested?: boolean;
  /** HTML: read the whole page, not only its article (the default) */
  wholePage?: boolean;
  /** the direction of a date without a year or week in a sentence without a tense */
  prefer?: DatePreference;
  /** users' lexicons: file paths or {name, entries}, as extract()'s */
  lexicons?: readonly LexiconSource[];
}

export interface PathsOptions extends FileOptions {
  /** told about each file a folder walk skips (not .txt, .md or .html; a symbolic-link loop) */
  onSkip?: (path: string, why: string) => void;
}

/** The record of a document that could not be read or analysed: no entities, and why. */
const failedRecord = (source: string, error: string): AnyRecord => ({ source, date: null, entities: [], facts: [], error });

const settings = (o: FileOptions, lexicons: readonly Lexicon[]): JobSettings => ({
  maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
  ...(o.types ? { types: o.types } : {}),
  ...(o.nested ? { nested: true } : {}),
  ...(o.wholePage ? { wholePage: true } : {}),
  ...(o.prefer ? { prefer: o.prefer } : {}),
  ...(lexicons.length ? { lexicons } : {}),
});


/**
 * Reads one file (UTF-8, checked) and extracts its entities and facts. `source` is the
 * path as given. A file that cannot be read or analysed gives a record with `error` (one
 * line: why) and nothing else; this function does not throw for it.
 */
export function extractFile<O extends FileOptions = {}>(path: string, o?: O): OutputRecord<CustomTypesOf<O>> {
  type R = OutputRecord<CustomTypesOf<O>>;
  if (typeof path !== 'string') throw new TypeError(`extractFile: the path must be a string, got ${typeof path}`);
  const options: FileOptions = o ?? {};
  const lexicons = checkOptions(options, 'extractFile');
  const failed = (source: string, error: string) => failedRecord(source, error) as R;
  const r = runJob({ path, source: path, kind: options.kind ?? kindOf(path) ?? 'auto', ...(options.date ? { date: options.date } : {}) }, settings(options, lexicons));
  // (this function is synchronous: a PDF is read asynchronously, a feed holds many documents)
  if (r instanceof Promise) {
    void r.catch(() => undefined);
    return failed(path, 'a PDF is read asynchronously: use extractPaths([path])');
  }
  if ('error' in r) return failed(path, r.error);
  if (r.documents.length !== 1) return failed(path, `a feed of ${r.documents.length} items: use extractPaths([path]) for one record per item`);
  return recordOf(r.documents[0]!) as R;
}

async function readStdin(max: number): Promise<Uint8Array | string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of process.stdin as AsyncIterable<Uint8Array>) {
    size += c.length;
    if (size > max) return tooLarge(size, max);
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

/**
 * The records of every document under `paths`, in order, as the CLI reads them: a file as
 * given, a folder walked recursively in sorted order (only the kinds of src/read/kinds.ts;
 * hidden entries and node_modules skipped), `-` for standard input. An input that cannot
 * be read gives a record with `error`; the others still come.
 */
export async function* extractPaths<O extends PathsOptions = {}>(paths: readonly string[], o?: O): AsyncGenerator<OutputRecord<CustomTypesOf<O>>> {
  type R = OutputRecord<CustomTypesOf<O>>;
  if (!Array.isArray(paths)) throw new TypeError(`extractPaths: the paths must be an array of strings, got ${typeof paths}`);
  const options: PathsOptions = o ?? {};
  const s = settings(options, checkOptions(options, 'extractPaths'));
  const failed = (source: string, error: string) => failedRecord(source, error) as R;
  const date = options.date ? { date: options.date } : {};
  for await (const input of inputs(paths, { ...(options.kind ? { kind: options.kind } : {}), ...(options.onSkip ? { onSkip: options.onSkip } : {}) })) {
    if ('error' in input) {
      yield failed(input.source, input.error);
      continue;
    }
    let r: JobResult;
    if (input.path === null) {
      const bytes = await readStdin(s.maxBytes);
      r = typeof bytes === 'string' ? { error: bytes } : await runJob({ bytes, source: input.source, kind: input.kind, ...date }, s);
    } else r = await runJob({ path: input.path, source: input.source, kind: input.kind, ...date }, s);
    if ('error' in r) yield failed(input.source, r.error);
    else for (const d of r.documents) yield recordOf(d) as R;
  }
}
