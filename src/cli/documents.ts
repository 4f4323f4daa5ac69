// The documents of a run, analysed and in input order: the paths on the command line (files,
// folders walked lazily, "-" for standard input) or NDJSON records on standard input, run
// through a pool of worker threads (or in this thread with --jobs 1), with a bounded number
// in flight. Whatever --jobs, the results and the messages come in the same order, so the
// output is the same bytes.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createReadStream } from 'node:fs';
import { describeFsError } from '../read/errors.js';
import { fsPath } from '../read/fs-path.js';
import type { OutputRecord } from '../emit/record.js';
import { inputs } from '../read/inputs.js';
import { ndjsonDocuments } from '../read/ndjson.js';
import { formatSize } from '../read/size.js';
import { inOrder } from '../parallel/ordered.js';
import { GROW_AFTER, Pool } from '../parallel/pool.js';
import type { Job, JobResult, JobSettings } from '../parallel/job.js';
import type { AnyType, DatePreference, Lexicon } from '../types.js';
import type { InputKind, KindChoice } from '../read/kinds.js';
import type { SourceDocument } from '../emit/formats.js';

export interface DocumentsOptions {
  paths: readonly string[];
  /** what standard input holds */
  input: 'files' | 'ndjson';
  kind?: InputKind;
  date?: string;
  jobs: number;
  /**
   * start workers beyond the first only as the work done shows the run is large enough to
   * gain from them (the default --jobs: never slower than one job); else as soon as jobs wait
   */
  ramp?: boolean;
  maxBytes: number;
  types?: readonly AnyType[];
  /** also hand back each document's decoded text */
  keepText?: boolean;
  /** also places named inside organizations' names */
  nested?: boolean;
  /** hand back records as their JSON text, `json` (for renderers that take it: Renderer.json) */
  serialize?: boolean;
  /** HTML: every visible text of a page, not only its article */
  wholePage?: boolean;
  /** the direction of partial dates in sentences without a tense (--prefer) */
  prefer?: DatePreference;
  /** users' lexicons, checked: sent to each worker with the settings */
  lexicons?: readonly Lexicon[];
  onSkip?: (path: string, why: string) => void;
  /** stops the run: nothing more is read, workers are stopped */
  signal?: AbortSignal;
  stdin?: AsyncIterable<Uint8Array>;
}

/** One document done: its record, or why there is none. `label` names it in messages. */
export type Done =
  | ({
      label: string;
      source?: SourceDocument;
      warnings?: string[];
      /** the input it came from (a feed's items share one), and whether more records of it follow */
      input: string;
      more?: true;
      /** the record, or (with `serialize`) its JSON text */
    } & ({ record: OutputRecord } | { json: string }))
  | { label: string; error: string }
  /** a file a folder walk leaves out, and why (only with onSkip), in its place in the order */
  | { label: string; skipped: string };

interface Item {
  label: string;
  kind: KindChoice;
  job?: Job;
  /** the document is standard input, read when its turn comes */
  stdin?: true;
  error?: string;
  skipped?: string;
}

/** Names of this process's own standard input. */
const STDIN_NAMES = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

let streamReads = 0;
/** How many pipes, FIFOs or devices named as files are being read now. */
export const pendingStreamReads = (): number => streamReads;

async function readAll(stream: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of stream) {
    size += c.length;
    if (size > max) return `too large (more than --max-size ${formatSize(max)}); raise the limit with --max-size`;
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

async function* fileItems(o: DocumentsOptions): AsyncGenerator<Item> {
  // what the walk leaves out takes its place among the documents, so that --verbose speaks in input order
  const skips: [string, string][] = [];
  const onSkip = o.onSkip ? (path: string, why: string) => void skips.push([path, why]) : undefined;
  const pending = function* (): Generator<Item> {
    for (const [path, why] of skips.splice(0)) yield { label: path, kind: 'text', skipped: why };
  };
  for await (const input of inputs(o.paths, { kind: o.kind, ...(onSkip ? { onSkip } : {}) })) {
    yield* pending();
    if ('error' in input) yield { label: input.source, kind: 'text', error: input.error };
    else if (input.path === null) yield { label: input.source, kind: input.kind, stdin: true };
    else yield { label: input.source, kind: input.kind, job: { source: input.source, kind: input.kind, date: o.date, path: input.path } };
  }
  yield* pending();
}

/** The NDJSON streams to read: standard input, or the files named (`-` standard input). */
async function* ndjsonStreams(o: DocumentsOptions): AsyncGenerator<{ name: string; stream: AsyncIterable<Uint8Array> } | { name: string; error: string }> {
  // standard input alone: its lines are named by number only, as they always were
  if (o.paths.length === 0 || (o.paths.length === 1 && o.paths[0] === '-')) {
    yield { name: '', stream: o.stdin ?? process.stdin };
    return;
  }
  for (const p of o.paths) {
    if (p === '-') {
      yield { name: '-', stream: o.stdin ?? process.stdin };
      continue;
    }
    const error = await stat(fsPath(p)).then((s) => (s.isDirectory() ? 'is a folder (--input ndjson reads JSON Lines files)' : null), (e: unknown) => describeFsError(e));
    if (error) yield { name: p, error };
    else yield { name: p, stream: createReadStream(fsPath(p)) };
  }
}

async function* ndjsonItems(o: DocumentsOptions): AsyncGenerator<Item> {
  for await (const input of ndjsonStreams(o)) {
    if ('error' in input) {
      yield { label: input.name, kind: 'text', error: input.error };
      continue;
    }
    try {
      yield* ndjsonFileItems(o, input.name, input.stream);
    } catch (e) {
      yield { label: input.name, kind: 'text', error: describeFsError(e) };
    }
  }
}

async function* ndjsonFileItems(o: DocumentsOptions, name: string, stream: AsyncIterable<Uint8Array>): AsyncGenerator<Item> {
  for await (const item of ndjsonDocuments(stream, o.maxBytes)) {
    const label = name ? `${name}: line ${item.line}` : `line ${item.line}`;
    if ('error' in item) {
      yield { label, kind: 'text', error: item.error };
      continue;
    }
    const { id, text, date, kind } = item.doc;
    // a record holds text: --kind pdf or docx says nothing of it
    const k = kind ?? (o.kind === 'pdf' || o.kind === 'docx' ? undefined : o.kind) ?? 'text';
    yield { label: `${label} (id ${JSON.stringify(id)})`, kind: k, job: { source: id, kind: k, date: o.date ?? date, text } };
  }
}

/**
 * How many documents to run at once: never more workers than cores (each holds its own
 * lexicons: -j 64 took 3.4 GB and ran 10x slower than -j 2 on two cores), nor than files
 * named when no folder is.
 */
async function jobsFor(o: DocumentsOptions): Promise<number> {
  const jobs = Math.min(o.jobs, Math.max(1, availableParallelism()));
  if (jobs <= 1 || o.input === 'ndjson') return Math.max(1, jobs);
  for (const p of o.paths) if (p !== '-' && (await stat(p).then((s) => s.isDirectory(), () => false))) return jobs;
  return Math.min(jobs, Math.max(1, o.paths.length));
}

/** Documents in flight per job: read, queued, in a worker, or done and waiting for the head of the line. */
const IN_FLIGHT_PER_JOB = 16;

export async function* documents(o: DocumentsOptions): AsyncGenerator<Done> {
  const jobs = await jobsFor(o);
  const settings: JobSettings = { types: o.types, maxBytes: o.maxBytes, keepText: o.keepText, nested: o.nested, wholePage: o.wholePage, serialize: o.serialize, ...(o.prefer ? { prefer: o.prefer } : {}), ...(o.lexicons?.length ? { lexicons: o.lexicons } : {}) };
  // even one job runs in a worker: this thread stays free to take a signal at once (a long
  // document would hold it otherwise) and to read and write while the worker analyses
  const pool = new Pool(jobs, settings, undefined, o.ramp ? GROW_AFTER : 0);
  const execute = (job: Job): Promise<JobResult> => pool.run(job);
  o.signal?.addEventListener('abort', () => void pool.close(), { once: true });
  const work = async (item: Item): Promise<Done[]> => {
    if (item.skipped !== undefined) return [{ label: item.label, skipped: item.skipped }];
    if (item.error !== undefined) return [{ label: item.label, error: item.error }];
    let job = item.job;
    // a pipe, a FIFO or a device named as a file ("/dev/stdin", "<(cat a.txt)") says it
    // holds 0 bytes: read it as a stream, here, where waiting for its writer blocks nothing
    // and a signal still ends the run
    if (job && 'path' in job && (await stat(fsPath(job.path)).then((s) => !s.isFile(), () => false))) {
      streamReads++;
      // our own standard input by name is read as standard input (a socket cannot be reopened)
      const stream = STDIN_NAMES.has(job.path) ? (o.stdin ?? process.stdin) : createReadStream(fsPath(job.path));
      const bytes = await readAll(stream, o.maxBytes)
        .catch((e: unknown) => describeFsError(e))
        .finally(() => streamReads--);
      if (typeof bytes === 'string') return [{ label: item.label, error: bytes }];
      job = { source: job.source, kind: job.kind, date: job.date, bytes };
    }
    if (item.stdin) {
      const bytes = await readAll(o.stdin ?? process.stdin, o.maxBytes);
      if (typeof bytes === 'string') return [{ label: item.label, error: bytes }];
      job = { source: item.label, kind: item.kind, date: o.date, bytes };
    }
    const r = await execute(job!);
    if ('error' in r) return [{ label: item.label, error: r.error }];
    // a feed gives one record per item, each named in messages by its own source
    return r.documents.map((d, i) => ({
      label: r.documents.length > 1 ? ('name' in d ? d.name : d.record.source) : item.label,
      ...('json' in d ? { json: d.json } : { record: d.record }),
      ...(d.source ? { source: d.source } : {}),
      ...(d.warnings ? { warnings: d.warnings } : {}),
      input: item.label,
      ...(i < r.documents.length - 1 ? { more: true as const } : {}),
    }));
  };
  const items = o.input === 'ndjson' ? ndjsonItems(o) : fileItems(o);
  try {
    // enough in flight to keep every worker busy while the head of the line is slow: with
    // 4 a worker, -j 2 on news of mixed sizes left a worker waiting 0.3-1.4 s of a 10 s run
    // for the other to finish the head document; with 16, never (a finished record waits
    // as JSON text, a few KB for news)
    for await (const done of inOrder(items, work, jobs * IN_FLIGHT_PER_JOB, o.signal)) yield* done;
  } finally {
    await pool.close();
  }
}
