// Calendar periods for the report's timeline. A date is a range of days (YYYY-MM-DD,
// inclusive): a DATE entity's own `first`/`last` when it has them, else read from its value
// (a year, a month or a day; durations and vaguer values have no range). Periods are
// months, quarters or years, numbered so that consecutive periods differ by one.

/** Days from `first` to `last`, both included, as YYYY-MM-DD. */
export interface DayRange {
  first: string;
  last: string;
}

export type Unit = 'month' | 'quarter' | 'year';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isDay(s: unknown): s is string {
  const m = typeof s === 'string' ? DAY.exec(s) : null;
  return !!m && +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= daysIn(+m[1]!, +m[2]!);
}

/** The days a date covers: its `first`/`last` if it has both, else those of its value (YYYY, YYYY-MM, YYYY-MM-DD). */
export function dayRange(d: { value?: unknown; first?: unknown; last?: unknown }): DayRange | null {
  if (isDay(d.first) && isDay(d.last) && d.first <= d.last) return { first: d.first, last: d.last };
  const v = typeof d.value === 'string' ? d.value : '';
  if (/^\d{4}$/.test(v)) return { first: `${v}-01-01`, last: `${v}-12-31` };
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month && +month[2]! >= 1 && +month[2]! <= 12) return { first: `${v}-01`, last: `${v}-${pad(daysIn(+month[1]!, +month[2]!))}` };
  return isDay(v) ? { first: v, last: v } : null;
}

/** The number of the period a day falls in. */
export function periodOf(day: string, unit: Unit): number {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7) - 1;
  return unit === 'year' ? y : unit === 'quarter' ? y * 4 + Math.floor(m / 3) : y * 12 + m;
}

/** A period's days, key ("2013-05", "2013-Q2", "2013") and label ("May 2013", "Q2 2013", "2013"). */
export function periodInfo(n: number, unit: Unit): DayRange & { key: string; label: string } {
  if (unit === 'year') return { first: `${n}-01-01`, last: `${n}-12-31`, key: String(n), label: String(n) };
  if (unit === 'quarter') {
    const y = Math.floor(n / 4);
    const q = n - y * 4;
    return { first: `${y}-${pad(q * 3 + 1)}-01`, last: `${y}-${pad(q * 3 + 3)}-${pad(daysIn(y, q * 3 + 3))}`, key: `${y}-Q${q + 1}`, label: `Q${q + 1} ${y}` };
  }
  const y = Math.floor(n / 12);
  const m = n - y * 12 + 1;
  return { first: `${y}-${pad(m)}-01`, last: `${y}-${pad(m)}-${pad(daysIn(y, m))}`, key: `${y}-${pad(m)}`, label: `${MONTHS[m - 1]} ${y}` };
}

/** Months for up to four years of documents, quarters up to twelve, years beyond. */
export function unitFor(span: DayRange): Unit {
  const months = periodOf(span.last, 'month') - periodOf(span.first, 'month') + 1;
  return months <= 48 ? 'month' : months <= 144 ? 'quarter' : 'year';
}
