// `--summary`: the corpus view as a renderer. Each record is only counted; everything is
// written at the end, as one NDJSON object (or CSV row, or table line) per entity.
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from './csv.js';
import { Chalk } from 'chalk';
import type { Format, RenderOptions, Renderer } from './formats.js';
import { valueText } from './csv.js';
import { COLOURS, colourOf } from './table.js';
import { Corpus, publicSummary, type EntitySummary, type ProgramFunding } from '../summary/corpus.js';
import { moneyText } from './money.js';

/** The formats `--summary` can write. */
export const SUMMARY_FORMATS = ['ndjson', 'json', 'csv', 'table'] as const satisfies readonly Format[];
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export const SUMMARY_HEADER = ['type', 'name', 'documents', 'mentions', 'first', 'last', 'value', 'titles', 'funding'];


const fundingText = (f: ProgramFunding) => `${f.payer ?? '?'}: ${moneyText(f.amount)} (${f.source})`;

const fit = (s: string, n: number) => (s.length <= n ? s.padEnd(n) : s.slice(0, Math.max(0, n - 1)) + '…');

function table(es: EntitySummary[], corpus: Corpus, o: RenderOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  // one column short of the terminal, so a full line never wraps
  const width = Math.max(60, Math.min(o.width - 1, 120));
  // type 8, docs 4, mentions 8, first 10, last 10, and a space between columns
  const nameWidth = width - 8 - 4 - 8 - 10 - 10 - 5;
  const lines = [
    c.bold(`${corpus.documents} document${corpus.documents === 1 ? '' : 's'}, ${es.length} entit${es.length === 1 ? 'y' : 'ies'}`),
    c.dim(`${'type'.padEnd(8)} ${'name'.padEnd(nameWidth)} ${'docs'.padStart(4)} ${'mentions'.padStart(8)} ${'first'.padEnd(10)} last`),
  ];
  for (const e of es) {
    const extra = e.titles?.length ? ` (${e.titles.join(', ')})` : e.value !== undefined && e.type === 'DATE' ? ` ${valueText(e.value)}` : '';
    const name = fit(e.name + extra, nameWidth);
    const shown = extra && name.startsWith(e.name) ? e.name + c.dim(name.slice(e.name.length)) : name;
    lines.push(
      `${colourOf(e.type, o.customTypes)(c)(e.type.padEnd(8))} ${shown} ${String(e.documents).padStart(4)} ${String(e.mentions).padStart(8)} ${c.dim((e.first ?? '-').padEnd(10))} ${c.dim((e.last ?? '-').padEnd(10))}`.trimEnd(),
    );
  }
  const funded = es.filter((e) => e.funding?.length);
  if (funded.length) {
    lines.push('', c.bold('funding by program'));
    for (const e of funded) {
      lines.push(COLOURS.PROGRAM(c)(fit(e.name, width).trimEnd()));
      for (const f of e.funding!) lines.push(`  ${fit(fundingText(f), width - 2).trimEnd()}`);
    }
  }
  return lines.join('\n') + '\n';
}

function csvRow(e: EntitySummary): unknown[] {
  return [
    e.type,
    e.name,
    e.documents,
    e.mentions,
    e.first ?? '',
    e.last ?? '',
    valueText(e.value),
    (e.titles ?? []).join('; '),
    (e.funding ?? []).map(fundingText).join('; '),
  ];
}

/** A renderer that counts records and writes the corpus view when the run ends. */
export function summary(format: SummaryFormat, o: RenderOptions): Renderer {
  const corpus = new Corpus();
  return {
    begin: () => '',
    record: (r) => {
      corpus.add(r);
      return '';
    },
    end: () => {
      const es = corpus.entities();
      switch (format) {
        case 'ndjson':
          return es.map((e) => JSON.stringify(publicSummary(e)) + '\n').join('');
        case 'json':
          return JSON.stringify(es.map(publicSummary), null, o.pretty ? 2 : undefined) + '\n';
        case 'csv':
          return stringify([SUMMARY_HEADER, ...es.map(csvRow)], CSV_OPTIONS);
        case 'table':
          return table(es, corpus, o);
      }
    },
  };
}
