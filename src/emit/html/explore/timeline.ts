// The data of the report's timeline: documents by their date and the DATE values they
// mention by their days, counted per period, with the entities of each period's documents.
import { type DayRange, type Unit, periodInfo, periodOf, unitFor } from './periods.js';

/** What the timeline needs of one document. */
export interface TimelineDoc {
  /** the document's number in the report (its article is #doc-N) */
  doc: number;
  date: DayRange | null;
  /** the days of its DATE values, one each */
  dates: readonly DayRange[];
  /** the ids of the named entities it mentions (not dates or amounts) */
  named: readonly string[];
}

export interface Period extends DayRange {
  key: string;
  label: string;
  /** the documents dated in it or mentioning a date in it, ascending */
  docs: number[];
  /** documents dated in it */
  dated: number;
  /** DATE values placed in it */
  dates: number;
  /** the ids most of its documents mention, most first (ties by id) */
  top: string[];
  /** the period before it on the chart is not the one just before in time */
  gapBefore: boolean;
}

export interface Timeline {
  unit: Unit;
  periods: Period[];
  /** DATE values with no days (durations, vague values) or too broad for the unit */
  unplaced: number;
}

/** A date spanning more periods than this (a year in a month view) is left off the chart. */
export const MAX_SPREAD = 4;
/** More periods than this from the first to the last: only those with something in them. */
export const MAX_PERIODS = 60;
const TOP = 5;

const spanOf = (ranges: DayRange[]): DayRange | null =>
  ranges.length ? ranges.reduce((a, r) => ({ first: r.first < a.first ? r.first : a.first, last: r.last > a.last ? r.last : a.last })) : null;

const UNITS: readonly Unit[] = ['month', 'quarter', 'year'];
const spread = (r: DayRange, unit: Unit) => periodOf(r.last, unit) - periodOf(r.first, unit) + 1;

/**
 * The timeline of documents. The unit is chosen by the span of the documents' dates; when
 * no document has one, by the span of the DATE values, and coarse enough to place them all
 * (a corpus of undated documents mentioning "2013"). `undated` counts DATE values without days.
 */
export function timeline(docs: readonly TimelineDoc[], undated = 0): Timeline {
  const docSpan = spanOf(docs.flatMap((d) => (d.date ? [d.date] : [])));
  const dates = docs.flatMap((d) => d.dates);
  const span = docSpan ?? spanOf(dates);
  if (!span) return { unit: 'month', periods: [], unplaced: undated };
  const fits = (u: Unit) => dates.every((r) => spread(r, u) <= MAX_SPREAD);
  const unit = docSpan ? unitFor(span) : UNITS.slice(UNITS.indexOf(unitFor(span))).find(fits) ?? 'year';
  const at = new Map<number, { docs: Set<number>; dated: number; dates: number }>();
  const slot = (n: number) => at.get(n) ?? at.set(n, { docs: new Set(), dated: 0, dates: 0 }).get(n)!;
  let unplaced = undated;
  for (const d of docs) {
    if (d.date) {
      const s = slot(periodOf(d.date.first, unit));
      s.dated++;
      s.docs.add(d.doc);
    }
    for (const r of d.dates) {
      const from = periodOf(r.first, unit);
      const to = periodOf(r.last, unit);
      if (spread(r, unit) > MAX_SPREAD) {
        unplaced++;
        continue;
      }
      for (let n = from; n <= to; n++) {
        const s = slot(n);
        s.dates++;
        s.docs.add(d.doc);
      }
    }
  }
  const numbers = [...at.keys()].sort((a, b) => a - b);
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  const shown = last - first + 1 <= MAX_PERIODS ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : numbers;
  const named = new Map(docs.map((d) => [d.doc, d.named]));
  const periods = shown.map((n, i): Period => {
    const s = at.get(n);
    const list = s ? [...s.docs].sort((a, b) => a - b) : [];
    return { ...periodInfo(n, unit), docs: list, dated: s?.dated ?? 0, dates: s?.dates ?? 0, top: topIds(list.map((doc) => named.get(doc) ?? [])), gapBefore: i > 0 && shown[i - 1] !== n - 1 };
  });
  return { unit, periods, unplaced };
}

/** The ids in most of these lists (each list counted once per id), most first, ties by id. */
export function topIds(lists: readonly (readonly string[])[], n = TOP): string[] {
  const count = new Map<string, number>();
  for (const list of lists) for (const id of new Set(list)) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([id]) => id);
}
