// `--input ndjson`: documents as JSON records on standard input, one per line:
//   {"id": "a-17", "text": "...", "date": "2013-01-31", "kind": "markdown"}
// (date and kind optional). Lines are split from the byte stream as it arrives, so memory
// holds one line at a time; a line longer than the size limit is skipped, not buffered.
import type { DocumentKind } from '../types.js';
import { formatSize } from './size.js';

export interface DocumentLine {
  id: string;
  text: string;
  date?: string;
  kind?: DocumentKind;
}

export type NdjsonItem = { line: number; doc: DocumentLine } | { line: number; id?: string; error: string };

const KINDS: readonly string[] = ['text', 'markdown', 'html'];
const decoder = new TextDecoder('utf-8', { fatal: true });

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The document of one line, or why it is not one. */
export function parseDocumentLine(line: string): DocumentLine | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object {"id": ..., "text": ...}';
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : null;
  if (id === null) return 'no "id" (a string or a number)';
  if (typeof o.text !== 'string') return `id ${JSON.stringify(id)}: no "text" (a string)`;
  const doc: DocumentLine = { id, text: o.text };
  if (o.date !== undefined && o.date !== null) {
    if (typeof o.date !== 'string' || !isIsoDate(o.date)) return `id ${JSON.stringify(id)}: "date" must be a date as YYYY-MM-DD`;
    doc.date = o.date;
  }
  if (o.kind !== undefined && o.kind !== null) {
    if (typeof o.kind !== 'string' || !KINDS.includes(o.kind)) return `id ${JSON.stringify(id)}: "kind" must be text, markdown or html`;
    doc.kind = o.kind as DocumentKind;
  }
  return doc;
}

/** Splits a byte stream into lines and parses each; blank lines are skipped. */
export async function* ndjsonDocuments(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<NdjsonItem> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipping = false;
  let line = 0;
  // the JSON of a document may be larger than its text (escapes): allow some slack
  const limit = maxBytes * 2 + 1024;
  function* finish(): Generator<NdjsonItem> {
    line++;
    if (skipping || held > limit) {
      skipping = false;
      yield { line, error: `longer than --max-size ${formatSize(maxBytes)}; raise the limit with --max-size` };
      return;
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    held = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { line, error: 'not valid UTF-8' };
      return;
    }
    if (text.trim() === '') return;
    const doc = parseDocumentLine(text);
    yield typeof doc === 'string' ? { line, error: doc } : { line, doc };
  }
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let at = 0;
    for (let nl; (nl = buf.indexOf(0x0a, at)) >= 0; at = nl + 1) {
      if (!skipping) {
        parts.push(buf.subarray(at, nl));
        held += nl - at;
      }
      yield* finish();
      parts = [];
      held = 0;
    }
    if (at < buf.length && !skipping) {
      parts.push(buf.subarray(at));
      held += buf.length - at;
      if (held > limit) {
        skipping = true;
        parts = [];
        held = 0;
      }
    }
  }
  if (parts.length > 0 || skipping) yield* finish();
}
