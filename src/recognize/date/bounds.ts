// The first and last day (inclusive, YYYY-MM-DD) of the calendar period a TIMEX3 value names,
// so that sorting or filtering dates needs one string comparison: "2013-02" -> 2013-02-01 /
// 2013-02-28, "2013-W07" -> its Monday / Sunday, "2012-Q4", "199" (the 1990s), ranges
// "a/b" -> the first day of a and the last of b. Durations ("P3Y"), "PAST_REF" and other
// values that name no stretch of the calendar have none.
// (self-contained: timex.ts uses it to resolve "the last Friday of June")

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isValidDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
function addDays(t: Ymd, n: number): Ymd {
  const d = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export interface DayBounds {
  first: string;
  last: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const fmtDay = (t: Ymd) => day(t.y, t.m, t.d);
const monthsSpan = (y: number, m1: number, y2: number, m2: number): DayBounds => ({
  first: day(y, m1, 1),
  last: day(y2, m2, daysInMonth(y2, m2)),
});

/** The Monday of ISO week `w` of year `y`. */
function isoWeekMonday(y: number, w: number) {
  // 4 January is always in week 1
  const jan4 = { y, m: 1, d: 4 };
  const dow = ((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7) + 1;
  return addDays(jan4, (w - 1) * 7 - (dow - 1));
}

/**
 * Seasons as the northern meteorological ones, in the year the resolver gives them (winter
 * centred on January: "2013-WI" is December 2012 to February 2013).
 */
const SEASONS: Record<string, [number, number, number, number]> = {
  SP: [0, 3, 0, 5],
  SU: [0, 6, 0, 8],
  FA: [0, 9, 0, 11],
  WI: [-1, 12, 0, 2],
};

/** The day bounds of one TIMEX3 value, or undefined when it names no calendar period. */
export function dayBounds(value: string): DayBounds | undefined {
  const range = /^([^/]+)\/([^/]+)$/.exec(value);
  if (range) {
    const a = dayBounds(range[1]!);
    const b = dayBounds(range[2]!);
    return a && b && a.first <= b.last ? { first: a.first, last: b.last } : undefined;
  }
  // a time of day keeps the day it falls on
  const v = value.replace(/^(\d{4}-\d{2}-\d{2})T.*$/, '$1');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    return isValidDay(y, mo, d) ? { first: v, last: v } : undefined;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const [y, mo] = [+m[1]!, +m[2]!];
    return mo >= 1 && mo <= 12 ? monthsSpan(y, mo, y, mo) : undefined;
  }
  if ((m = /^(\d{4})$/.exec(v))) return monthsSpan(+m[1]!, 1, +m[1]!, 12);
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const [y, w] = [+m[1]!, +m[2]!];
    if (w < 1 || w > 53) return undefined;
    const monday = isoWeekMonday(y, w);
    return m[3]
      ? { first: fmtDay(addDays(monday, 5)), last: fmtDay(addDays(monday, 6)) }
      : { first: fmtDay(monday), last: fmtDay(addDays(monday, 6)) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const [y, q] = [+m[1]!, +m[2]!];
    return monthsSpan(y, q * 3 - 2, y, q * 3);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const [y, h] = [+m[1]!, +m[2]!];
    return monthsSpan(y, h * 6 - 5, y, h * 6);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const y = +m[1]!;
    const [dy1, m1, dy2, m2] = SEASONS[m[2]!]!;
    return monthsSpan(y + dy1, m1, y + dy2, m2);
  }
  // a decade "199", a century "19"
  if ((m = /^(\d{3})$/.exec(v))) return monthsSpan(+m[1]! * 10, 1, +m[1]! * 10 + 9, 12);
  if ((m = /^(\d{2})$/.exec(v))) return monthsSpan(+m[1]! * 100, 1, +m[1]! * 100 + 99, 12);
  return undefined;
}
