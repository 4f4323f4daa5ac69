// One unit of work: read (or take) the bytes of one document, decode them, run the pipeline
// and build its record. The same function runs in the main thread (`--jobs 1`) and in each
// worker of the pool, so a run gives the same bytes whatever the number of jobs.
import { describeFsError } from '../read/errors.js';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { analyze } from '../pipeline.js';
import { toRecord, type OutputRecord } from '../emit/record.js';
import { decode, InputError } from '../read/decode.js';
import { formatSize } from '../read/size.js';
import { fsPath } from '../read/fs-path.js';
import type { AnyType, DatePreference, Lexicon } from '../types.js';
import type { KindChoice } from '../read/kinds.js';
import { sniff, sniffText } from '../read/sniff.js';
import { feedItems } from '../convert/feed.js';
import { docxText } from '../convert/docx.js';
import { pdfText } from '../convert/pdf.js';
import { notEnglish } from '../nlp/language.js';
import { ConvertError, type Converted } from '../convert/types.js';
import type { SourceDocument } from '../emit/formats.js';

/** Where the document's text comes from: a file, bytes already read, or text already decoded. */
export type JobInput = { path: string } | { bytes: Uint8Array } | { text: string };

export type Job = JobInput & {
  /** the `source` of the record: the path as given, `-`, or an NDJSON record's id */
  source: string;
  /** how to read it; `auto`: from its content (sniff.ts) */
  kind: KindChoice;
  /** the document date, YYYY-MM-DD, overriding what the document says */
  date?: string;
};

/** Settings shared by every job of a run (sent once to each worker). */
export interface JobSettings {
  types?: readonly AnyType[];
  /** files larger than this many bytes are refused */
  maxBytes: number;
  /** send the decoded text back with the record (for renderers that show it) */
  keepText?: boolean;
  /** also places named inside organizations' names */
  nested?: boolean;
  /** HTML: read every visible text of a page, not only its article */
  wholePage?: boolean;
  /** the direction of partial dates in sentences without a tense (--prefer) */
  prefer?: DatePreference;
  /** users' lexicons, loaded and checked in the main thread (a worker gets the entries) */
  lexicons?: readonly Lexicon[];
  /** send each record as its JSON text (see SerializedDocument) */
  serialize?: boolean;
}

interface DocumentExtras {
  source?: SourceDocument;
  /** what the user should know of it (one line each): a text that is plainly not English */
  warnings?: string[];
}

/** One document of a job's input (a feed has one per item), and its text for renderers that show it. */
export interface JobDocument extends DocumentExtras {
  record: OutputRecord;
}

/**
 * The same with `serialize`: the record as JSON.stringify writes it, and its `source`. A
 * worker posts a string for a fraction of what cloning the object graph costs (6% of a
 * worker's time went to postMessage), and the main thread writes NDJSON without parsing it.
 */
export interface SerializedDocument extends DocumentExtras {
  json: string;
  name: string;
}

/** The record of a document, parsed back if it came serialized. */
export const recordOf = (d: JobDocument | SerializedDocument): OutputRecord => ('record' in d ? d.record : (JSON.parse(d.json) as OutputRecord));

/** `work`: the characters analysed (the pool's measure of how large the run is) */
export type JobResult = { documents: (JobDocument | SerializedDocument)[]; work?: number } | { error: string };


export const tooLarge = (size: number, max: number): string =>
  `too large (${formatSize(size)}, more than --max-size ${formatSize(max)}); raise the limit with --max-size`;

/** Reads a whole file, refusing one larger than `max` bytes before reading it. */
export function readBounded(path: string, max: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(fsPath(path), 'r');
  } catch (e) {
    throw new InputError(describeFsError(e, true));
  }
  try {
    const { size } = fstatSync(fd);
    if (size > max) throw new InputError(tooLarge(size, max));
    // a file that grows while it is read is read up to the limit plus one byte, then refused
    const buf = Buffer.allocUnsafe(Math.min(size, max) + 1);
    let n = 0;
    for (let k; n < buf.length && (k = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += k;
    if (n > max) throw new InputError(tooLarge(n, max));
    return buf.subarray(0, n);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(describeFsError(e, true));
  } finally {
    closeSync(fd);
  }
}

/** The bytes (or text) of a job's input. */
function inputOf(job: Job, settings: JobSettings): Uint8Array | string {
  if ('text' in job) {
    if (job.text.length * 3 > settings.maxBytes) {
      const size = Buffer.byteLength(job.text);
      if (size > settings.maxBytes) throw new InputError(tooLarge(size, settings.maxBytes));
    }
    if (job.text.trim() === '') throw new InputError('no text (only white space)');
    return job.text;
  }
  const bytes = 'bytes' in job ? job.bytes : readBounded(job.path, settings.maxBytes);
  if (bytes.length > settings.maxBytes) throw new InputError(tooLarge(bytes.length, settings.maxBytes));
  return bytes;
}

/** The documents of an input: its text as it is, or what a converter takes out of it. */
function convert(job: Job, input: Uint8Array | string, settings: JobSettings): Converted[] | Promise<Converted[]> {
  const kind = job.kind === 'auto' ? (typeof input === 'string' ? sniffText(input) : sniff(input)) : job.kind;
  const text = () => (typeof input === 'string' ? input : decode(input));
  switch (kind) {
    case 'feed':
      return feedItems(text(), job.source);
    case 'text':
    case 'markdown':
    case 'html':
      return [{ source: job.source, text: text(), kind, offsets: 'source' }];
    case 'pdf':
      if (typeof input === 'string') throw new InputError('a PDF must be read from a file');
      return pdfText(input, job.source).then((d) => [d]);
    case 'docx':
      if (typeof input === 'string') throw new InputError('a Word document must be read from a file');
      // what is inflated is bounded too: a zip of a few KB can hold gigabytes
      return [docxText(input, job.source, settings.maxBytes * 8)];
  }
}

const typeSets = new WeakMap<readonly AnyType[], ReadonlySet<AnyType>>();

function analyzed(job: Job, docs: Converted[], settings: JobSettings): JobResult {
  let types: ReadonlySet<AnyType> | undefined;
  if (settings.types) {
    types = typeSets.get(settings.types);
    if (!types) typeSets.set(settings.types, (types = new Set(settings.types)));
  }
  let work = 0;
  const documents = docs.map((d): JobDocument | SerializedDocument => {
    work += d.text.length;
    const a = analyze(d.text, { kind: d.kind, date: job.date, nested: settings.nested, wholePage: settings.wholePage, ...(settings.prefer ? { prefer: settings.prefer } : {}), ...(settings.lexicons ? { lexicons: settings.lexicons } : {}), ...(d.meta ? { meta: d.meta } : {}) });
    const record = toRecord(d.source, a, types, d);
    const language = notEnglish(a.plain.text);
    const warnings = language ? { warnings: [`warning: the text looks ${language}, not English (analysed all the same, with rules for English)`] } : {};
    const out = settings.serialize ? { json: JSON.stringify(record), name: record.source } : { record };
    if (!settings.keepText) return { ...out, ...warnings };
    return { ...out, source: { text: d.text, kind: d.kind, ...(a.plain.regions ? { regions: a.plain.regions } : {}) }, ...warnings };
  });
  return { documents, work };
}

const failure = (e: unknown): JobResult => ({
  error: e instanceof InputError || e instanceof ConvertError ? e.message : `could not be read: ${(e as Error).message}`,
});

/**
 * Runs one job; never throws (nor rejects): a failure is a result with a one-line reason.
 * Synchronous but for formats read asynchronously (PDF).
 */
export function runJob(job: Job, settings: JobSettings): JobResult | Promise<JobResult> {
  let docs: Converted[] | Promise<Converted[]>;
  try {
    docs = convert(job, inputOf(job, settings), settings);
  } catch (e) {
    return failure(e);
  }
  const finish = (d: Converted[]): JobResult => {
    try {
      return analyzed(job, d, settings);
    } catch (e) {
      return { error: `could not be analysed: ${(e as Error).message}` };
    }
  };
  return Array.isArray(docs) ? finish(docs) : docs.then(finish, failure);
}
