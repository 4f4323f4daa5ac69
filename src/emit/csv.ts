// CSV through csv-stringify: one row per mention (the header of README.md, "Output"), or with --facts one
// row per fact: who (person, speaker, payer), what (title, quoted text, amount), and
// org or recipient.
import { stringify } from 'csv-stringify/sync';
import type { OutputRecord } from './record.js';
import type { RenderOptions, Renderer } from './formats.js';
import type { MoneyValue } from '../types.js';

export const MENTION_HEADER = ['source', 'type', 'name', 'value', 'text', 'start', 'end'];
export const FACT_HEADER = ['source', 'type', 'subject', 'detail', 'object', 'start', 'end'];

const money = (v: MoneyValue) => `${v.amount} ${v.currency}`;
export const valueText = (v: string | MoneyValue | undefined): string => (v === undefined ? '' : typeof v === 'string' ? v : money(v));

function mentionRows(r: OutputRecord): unknown[][] {
  const rows: unknown[][] = [];
  for (const e of r.entities) for (const m of e.mentions) rows.push([r.source, e.type, e.name, valueText(e.value), m.text, m.start, m.end]);
  return rows.sort((a, b) => (a[5] as number) - (b[5] as number));
}

function factRows(r: OutputRecord): unknown[][] {
  return r.facts.map((f) =>
    f.type === 'role' ? [r.source, f.type, f.person, f.title, f.org ?? '', f.start, f.end]
    : f.type === 'quote' ? [r.source, f.type, f.speaker, f.text, f.org ?? '', f.start, f.end]
    : [r.source, f.type, f.payer ?? '', money(f.amount), f.recipient ?? '', f.start, f.end],
  );
}

/**
 * Text cells that open with = + - @ (or a tab or carriage return) are prefixed with a quote
 * mark, so that a spreadsheet shows them as text and never runs them as formulas
 * ("=HYPERLINK(...)" quoted from a web page; the README suggests opening the CSV in a
 * spreadsheet). A lone "-" (standard input's source) is no formula and stays as it is.
 */
export const CSV_OPTIONS = { cast: { string: (s: string) => (/^(?:[=+@\t\r]|-.)/.test(s) ? `'${s}` : s) } };

export function csv(o: RenderOptions): Renderer {
  return {
    begin: () => stringify([o.facts ? FACT_HEADER : MENTION_HEADER], CSV_OPTIONS),
    record: (r) => {
      const rows = o.facts ? factRows(r) : mentionRows(r);
      return rows.length ? stringify(rows, CSV_OPTIONS) : '';
    },
    end: () => '',
  };
}
