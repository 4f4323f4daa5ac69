// The document record (README.md, "Output"): offsets moved from the plain text to the source as
// read, counted in Unicode code points, and `text` sliced from the source.
import { dayBounds } from '../recognize/date/bounds.js';
import { codePointIndexer } from '../text/code-points.js';
import type { Analysis, AnyRecord, Entity, AnyType, Fact, MoneyValue, OutputEntity as PublicEntity, OutputMention } from '../types.js';

export type { OutputMention, OutputFact } from '../types.js';
/** Inside the program a record may hold any lexicon's types (the library's API narrows them). */
export type OutputRecord = AnyRecord;
export type OutputEntity = PublicEntity<string>;

/** The entity as written: a value only where its type has one (DATE a string, MONEY an amount). */
function outputEntity(e: Entity, mentions: OutputMention[]): OutputEntity {
  const { id, name } = e;
  // (keys in the order of the contract; MONEY mentions always carry their amount)
  if (e.type === 'MONEY') return { id, type: 'MONEY', name, value: e.value as MoneyValue, mentions };
  if (e.type === 'DATE') {
    if (typeof e.value !== 'string') return { id, type: 'DATE', name, mentions };
    // the days a calendar period spans, so that jq can sort and filter with one comparison
    const b = dayBounds(e.value);
    return { id, type: 'DATE', name, value: e.value, ...(b ? { first: b.first, last: b.last } : {}), mentions };
  }
  return { id, type: e.type, name, mentions } as OutputEntity;
}

const FACT_SUBJECTS: Record<Fact['type'], readonly AnyType[]> = { role: ['PERSON'], quote: ['PERSON', 'ORG'], funding: ['MONEY'] };

/** What a converter says about the text (src/convert/types.ts): where offsets point, where pages start. */
export interface TextOrigin {
  offsets?: 'source' | 'text';
  /** UTF-16 indices where each page starts in the text */
  pages?: readonly number[];
}

/** The page (1-based) of a UTF-16 index, by bisection over the pages' starts. */
function pageAt(pages: readonly number[], at: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (pages[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function toRecord(source: string, a: Analysis, types?: ReadonlySet<AnyType>, origin: TextOrigin = {}): OutputRecord {
  const cp = codePointIndexer(a.raw);
  const pages = origin.pages?.length ? origin.pages : undefined;
  const span = (start: number, end: number) => {
    const s = a.plain.map.toSource(start, end);
    return { text: a.raw.slice(s.start, s.end), start: cp(s.start), end: cp(s.end) };
  };
  const entities: OutputEntity[] = [];
  for (const e of a.entities) {
    if (types && !types.has(e.type)) continue;
    const mentions = e.mentions.map((m) => ({
      ...span(m.start, m.end),
      ...(pages ? { page: pageAt(pages, a.plain.map.toSource(m.start, m.end).start) } : {}),
      rule: m.rule,
      ...(m.retypedBy ? { retypedBy: m.retypedBy } : {}),
    }));
    entities.push(outputEntity(e, mentions));
  }
  // with --types, a fact stays when the entity it is about is of a kept type: a role is a
  // person's, a quote its speaker's (a person or an organization), funding an amount's
  const facts = (types ? a.facts.filter((f) => FACT_SUBJECTS[f.type].some((t) => types.has(t))) : a.facts).map((f) => {
    const s = span(f.start, f.end);
    return { ...f, start: s.start, end: s.end };
  });
  return {
    source,
    date: a.date?.value ?? null,
    ...(a.date ? { dateSource: a.date.source } : {}),
    ...(a.plain.meta.title ? { title: a.plain.meta.title } : {}),
    ...(origin.offsets === 'text' ? { offsets: 'text' as const } : {}),
    entities,
    facts,
  };
}
