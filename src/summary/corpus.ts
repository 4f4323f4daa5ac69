// The corpus view: what a whole run says, entity by entity. Records are added one at a time
// and only counts are kept (never a document's text), and for each entity the indices of
// its documents (so that a short form joined to its full name at the end, in
// join-short-forms.ts, counts a document naming both once): memory grows with the distinct
// entities of each document, not with the text of the corpus.
import type { AnyRecord as OutputRecord, AnyType as EntityType, MoneyValue } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import { shortFormJoins } from './join-short-forms.js';

/** One funding fact naming a program as its recipient, with the document it is from. */
export interface ProgramFunding {
  source: string;
  date: string | null;
  payer?: string;
  amount: MoneyValue;
  recipient: string;
}

/** One entity across the corpus: the unit of `--summary` output (one NDJSON line each). */
export interface EntitySummary {
  /** the entity's id (type and a slug of its name), the same in every document */
  id: string;
  type: EntityType;
  /** the canonical name most documents give it */
  name: string;
  value?: string | MoneyValue;
  /** how many documents mention it */
  documents: number;
  /** how many mentions in all */
  mentions: number;
  /** the earliest and latest document date among those documents (null: none had a date) */
  first: string | null;
  last: string | null;
  /** PERSON: the titles role facts give them, most stated first */
  titles?: string[];
  /** PROGRAM: funding facts whose recipient is this program */
  funding?: ProgramFunding[];
  /** the index (0-based, input order) of the first document it appears in */
  firstDocument: number;
  /** the ids of short forms other documents gave alone that the corpus pass joined to it ("PERSON:obama") */
  joined?: string[];
}

interface Tally {
  id: string;
  type: EntityType;
  names: Map<string, number>;
  value?: string | MoneyValue;
  documents: number;
  mentions: number;
  first: string | null;
  last: string | null;
  titles: Map<string, number>;
  funding: ProgramFunding[];
  firstDocument: number;
  /** the documents it is in (indices, ascending): documents of joined short forms are counted once */
  docs: number[];
  /** found by a user's lexicon */
  lexicon: boolean;
}

const TYPE_RANK = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));
/** Our types in their order, then a lexicon's types by name. */
export const typeOrder = (a: EntityType, b: EntityType): number =>
  (TYPE_RANK.get(a) ?? ENTITY_TYPES.length) - (TYPE_RANK.get(b) ?? ENTITY_TYPES.length) || (a < b ? -1 : a > b ? 1 : 0);

/** A program's name, without "the" or a trailing "program", for matching recipients. */
const programKey = (s: string) =>
  s.toLowerCase().replace(/^the\s+/, '').replace(/\s+(program|programme)s?$/, '').replace(/\s+/g, ' ').trim();

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** The most counted key; ties go to the one counted first. */
function most(m: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of m) if (c > n) [best, n] = [k, c];
  return best;
}

export class Corpus {
  private readonly tallies = new Map<string, Tally>();
  private count = 0;
  private withDate = 0;

  /** documents added so far */
  get documents(): number {
    return this.count;
  }

  add(r: OutputRecord): void {
    const doc = this.count++;
    if (r.date) this.withDate++;
    const byName = new Map<string, Tally>();
    for (const e of r.entities) {
      let t = this.tallies.get(e.id);
      if (!t) {
        t = {
          id: e.id,
          type: e.type,
          names: new Map(),
          ...(e.value !== undefined ? { value: e.value } : {}),
          documents: 0,
          mentions: 0,
          first: null,
          last: null,
          titles: new Map(),
          funding: [],
          firstDocument: doc,
          docs: [],
          lexicon: false,
        };
        this.tallies.set(e.id, t);
      }
      if (t.docs[t.docs.length - 1] !== doc) {
        t.documents++;
        t.docs.push(doc);
      }
      t.mentions += e.mentions.length;
      if (!t.lexicon && e.mentions.some((m) => m.rule.startsWith('lexicon:'))) t.lexicon = true;
      bump(t.names, e.name);
      if (r.date) {
        if (t.first === null || r.date < t.first) t.first = r.date;
        if (t.last === null || r.date > t.last) t.last = r.date;
      }
      byName.set(`${e.type}\u0000${e.name}`, t);
    }
    const programs = r.entities.filter((e) => e.type === 'PROGRAM').map((e) => ({ key: programKey(e.name), tally: byName.get(`PROGRAM\u0000${e.name}`)! }));
    for (const f of r.facts) {
      if (f.type === 'role') {
        // the fact points at its person by id (the name alone may be two entities' in odd texts)
        const person = (f.personId ? this.tallies.get(f.personId) : undefined) ?? byName.get(`PERSON\u0000${f.person}`);
        if (person) bump(person.titles, f.title);
      } else if (f.type === 'funding' && f.recipient) {
        const key = programKey(f.recipient);
        const p = programs.find((x) => x.key && (key === x.key || key.includes(x.key)));
        if (p) p.tally.funding.push({ source: r.source, date: r.date, ...(f.payer ? { payer: f.payer } : {}), amount: f.amount, recipient: f.recipient });
      }
    }
  }

  /**
   * The tallies after the corpus pass (join-short-forms.ts): each short form a document gave
   * alone added to the one full name it can only mean.
   */
  private joinedTallies(): { tally: Tally; joined: string[] }[] {
    const named = [...this.tallies.values()].map((t) => ({ id: t.id, type: t.type, name: most(t.names), lexicon: t.lexicon }));
    const joins = shortFormJoins(named);
    const out = new Map<string, { tally: Tally; joined: string[] }>();
    for (const t of this.tallies.values()) if (!joins.has(t.id)) out.set(t.id, { tally: { ...t, names: new Map(t.names), titles: new Map(t.titles), funding: [...t.funding], docs: t.docs }, joined: [] });
    for (const [short, full] of [...joins].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const s = this.tallies.get(short)!;
      const into = out.get(full)!;
      const t = into.tally;
      into.joined.push(short);
      // the full name keeps its name: the short form's mentions count, not its spelling
      for (const [k, n] of s.titles) t.titles.set(k, (t.titles.get(k) ?? 0) + n);
      t.funding.push(...s.funding);
      t.mentions += s.mentions;
      t.docs = [...new Set([...t.docs, ...s.docs])].sort((a, b) => a - b);
      t.documents = t.docs.length;
      t.firstDocument = Math.min(t.firstDocument, s.firstDocument);
      if (s.first !== null && (t.first === null || s.first < t.first)) t.first = s.first;
      if (s.last !== null && (t.last === null || s.last > t.last)) t.last = s.last;
    }
    return [...out.values()];
  }

  /** Every entity, most documents first, then most mentions, then by type and name. */
  entities(): EntitySummary[] {
    const out: EntitySummary[] = [];
    for (const { tally: t, joined } of this.joinedTallies()) {
      const titles = [...t.titles].sort((a, b) => b[1] - a[1]).map(([k]) => k);
      out.push({
        id: t.id,
        type: t.type,
        name: most(t.names),
        ...(t.value !== undefined ? { value: t.value } : {}),
        documents: t.documents,
        mentions: t.mentions,
        first: t.first,
        last: t.last,
        ...(t.type === 'PERSON' ? { titles } : {}),
        ...(t.type === 'PROGRAM' ? { funding: t.funding } : {}),
        firstDocument: t.firstDocument,
        ...(joined.length ? { joined } : {}),
      });
    }
    return out.sort(
      (a, b) =>
        b.documents - a.documents || b.mentions - a.mentions || typeOrder(a.type, b.type) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }

  /** Documents that had a date, for the "first/last" columns to make sense. */
  get dated(): number {
    return this.withDate;
  }
}

/** The public shape: the summary without the renderer's bookkeeping. */
export type CorpusEntity = Omit<EntitySummary, 'firstDocument'>;

export function publicSummary(e: EntitySummary): CorpusEntity {
  const { firstDocument: _, ...rest } = e;
  return rest;
}

/**
 * The corpus view of records (what `extract --summary` writes): every entity across the
 * documents, most documents first. Records with an `error` are left out, as the CLI leaves
 * out inputs it could not read. Given an async iterable (extractPaths), it resolves when
 * the last record is counted.
 */
export function summarize(records: Iterable<OutputRecord>): CorpusEntity[];
export function summarize(records: AsyncIterable<OutputRecord>): Promise<CorpusEntity[]>;
export function summarize(records: Iterable<OutputRecord> | AsyncIterable<OutputRecord>): CorpusEntity[] | Promise<CorpusEntity[]> {
  const corpus = new Corpus();
  if (Symbol.asyncIterator in records) {
    return (async () => {
      for await (const r of records) if (r.error === undefined) corpus.add(r);
      return corpus.entities().map(publicSummary);
    })();
  }
  for (const r of records) if (r.error === undefined) corpus.add(r);
  return corpus.entities().map(publicSummary);
}
