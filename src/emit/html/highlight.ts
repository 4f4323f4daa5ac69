// A document's text with its mentions marked, in the spirit of displaCy: each mention a
// <mark> coloured by type, carrying the entity it belongs to and the rule that found it.
import type { DocumentKind } from '../../types.js';
import type { OutputRecord } from '../record.js';
import { escapeHtml, escapeHtmlSource } from './escape.js';
import { visibleRuns } from './runs.js';
import { utf16Indexer } from '../../text/code-points.js';

interface Span {
  start: number;
  end: number;
  entity: number;
  rule: string;
}

/** The id the report gives entity `i` of document `doc` (element ids and data-e). */
export const entityKey = (doc: number, i: number) => `d${doc}-e${i}`;

/** Mentions as UTF-16 spans of `text`, in order, without overlaps (the earlier, longer one wins). */
export function mentionSpans(text: string, r: OutputRecord): Span[] {
  const at = utf16Indexer(text);
  const spans: Span[] = [];
  r.entities.forEach((e, entity) => {
    for (const m of e.mentions) {
      const start = at(m.start);
      const end = at(m.end);
      if (start < end && end <= text.length) spans.push({ start, end, entity, rule: m.retypedBy ? `${m.rule}, retyped by ${m.retypedBy}` : m.rule });
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}

/** The marked-up text of a document: escaped, its mentions in <mark> elements. */
export function highlight(text: string, kind: DocumentKind, r: OutputRecord, doc: number, regions?: readonly { start: number; end: number }[]): string {
  const spans = mentionSpans(text, r);
  const show =
    kind === 'html'
      ? (s: string) => escapeHtmlSource(s.replace(/\s+/g, ' '))
      : (s: string) => escapeHtml(s);
  const parts: string[] = [];
  let k = 0; // the first span that may still reach into the current run
  for (const run of visibleRuns(text, kind, regions)) {
    if (run.breaks) parts.push(run.breaks === 2 ? '\n\n' : '\n');
    let at = run.start;
    while (k < spans.length && spans[k]!.end <= run.start) k++;
    for (let j = k; j < spans.length && spans[j]!.start < run.end; j++) {
      const s = spans[j]!;
      const from = Math.max(s.start, run.start);
      const to = Math.min(s.end, run.end);
      if (from > at) parts.push(show(text.slice(at, from)));
      const type = r.entities[s.entity]!.type;
      parts.push(`<mark class="m t-${type}" data-e="${entityKey(doc, s.entity)}" data-rule="${escapeHtml(s.rule)}">${show(text.slice(from, to))}</mark>`);
      at = to;
    }
    if (run.end > at) parts.push(show(text.slice(at, run.end)));
  }
  return parts.join('');
}
