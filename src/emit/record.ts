// The document record of OUTPUT.md: offsets moved from the plain text to the source as
// read, counted in Unicode code points, and `text` sliced from the source.
import { codePointIndexer } from '../text/code-points.js';
import type { Analysis, DocumentDateSource, EntityType, Fact, MoneyValue } from '../types.js';

export interface OutputMention {
  text: string;
  start: number;
  end: number;
  /** the rule that found the mention */
  rule: string;
  /** the resolution rule that changed its type, when one did */
  retypedBy?: string;
}

export interface OutputEntity {
  id: string;
  type: EntityType;
  name: string;
  value?: string | MoneyValue;
  mentions: OutputMention[];
}

export type OutputFact = Fact;

export interface OutputRecord {
  source: string;
  date: string | null;
  dateSource?: DocumentDateSource;
  entities: OutputEntity[];
  facts: OutputFact[];
  error?: string;
}

export function toRecord(source: string, a: Analysis, types?: ReadonlySet<EntityType>): OutputRecord {
  const cp = codePointIndexer(a.raw);
  const span = (start: number, end: number) => {
    const s = a.plain.map.toSource(start, end);
    return { text: a.raw.slice(s.start, s.end), start: cp(s.start), end: cp(s.end) };
  };
  const entities: OutputEntity[] = [];
  for (const e of a.entities) {
    if (types && !types.has(e.type)) continue;
    entities.push({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.value !== undefined ? { value: e.value } : {}),
      mentions: e.mentions.map((m) => ({ ...span(m.start, m.end), rule: m.rule, ...(m.retypedBy ? { retypedBy: m.retypedBy } : {}) })),
    });
  }
  const facts = a.facts.map((f) => {
    const s = span(f.start, f.end);
    return { ...f, start: s.start, end: s.end };
  });
  return {
    source,
    date: a.date?.value ?? null,
    ...(a.date ? { dateSource: a.date.source } : {}),
    entities,
    facts,
  };
}
