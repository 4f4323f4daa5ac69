// TIMEX3 values and calendar arithmetic (UTC, no time zones: values are calendar dates).
import { dayBounds } from './bounds.js';
import { holidayIn } from './holidays.js';
import type { CalendarUnit, Direction, Stated } from './types.js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidDay(r.y, r.m, r.d) ? r : undefined;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const toDate = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d));
const fromDate = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

export function addDays(t: Ymd, n: number): Ymd {
  const d = toDate(t);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** 1 = Monday ... 7 = Sunday */
export function weekdayOf(t: Ymd): number {
  return ((toDate(t).getUTCDay() + 6) % 7) + 1;
}

export const fmtDay = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

/** The ISO 8601 week of a day: "2013-W09". */
export function isoWeek(t: Ymd): string {
  const d = toDate(t);
  const day = weekdayOf(t);
  d.setUTCDate(d.getUTCDate() + 4 - day); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}

/** Months since year 0, for comparing months across years. */
const monthNumber = (y: number, m: number) => y * 12 + (m - 1);

/** Picks the year of a (month, day?) so that it falls in the given direction from `ref`. */
/**
 * How many months farther a date on the wrong side of the sentence's tense counts when
 * choosing its year: "In October, X said" (past) said in January is last October, but
 * "said it would act in March" said in January is this March. The tense cue is only the
 * nearest verb form, so it biases the choice instead of forcing it (measured on MEANTIME).
 */
export const AGAINST_TENSE_MONTHS = 4;

function yearFor(ref: Ymd, month: number, day: number | undefined, dir: Direction, strict = false): number {
  // compare on a scale where the reference month/day sits between candidates
  const key = (y: number) => (day === undefined ? monthNumber(y, month) * 32 : monthNumber(y, month) * 32 + day);
  const refKey = day === undefined ? monthNumber(ref.y, ref.m) * 32 : monthNumber(ref.y, ref.m) * 32 + ref.d;
  const cands = [ref.y - 1, ref.y, ref.y + 1];
  if (strict && dir === 'past') return Math.max(...cands.filter((y) => key(y) <= refKey));
  if (strict && dir === 'future') return Math.min(...cands.filter((y) => key(y) >= refKey));
  // the nearest occurrence, where one on the wrong side of the tense counts as farther
  const cost = (y: number) => {
    const k = key(y) - refKey;
    const against = (dir === 'past' && k > 0) || (dir === 'future' && k < 0);
    return Math.abs(k) + (against ? AGAINST_TENSE_MONTHS * 32 : 0);
  };
  let best = ref.y;
  for (const y of cands) if (cost(y) < cost(best)) best = y;
  return best;
}

const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

function resolvePartial(s: Extract<Stated, { type: 'partial' }>, ref: Ymd, dir: Direction, strict: boolean): string | undefined {
  const fixedYear = s.yearOffset !== undefined ? ref.y + s.yearOffset : undefined;
  if (s.weekday !== undefined && s.day !== undefined && s.month === undefined) return weekdayDay(s.weekday, s.day, ref, dir);
  if (s.weekday !== undefined) {
    const today = weekdayOf(ref);
    let delta = s.weekday - today; // -6..6
    if (s.shift === 'last') delta = delta < 0 ? delta : delta - 7;
    else if (s.shift === 'next') delta = delta > 0 ? delta : delta + 7;
    else if (s.shift === 'this') delta = delta; // the one in the document's week
    else if (delta !== 0) {
      if (dir === 'future') delta = delta > 0 ? delta : delta + 7;
      else if (dir === 'past') delta = delta < 0 ? delta : delta - 7;
      else delta = Math.abs(delta) <= 3 ? delta : delta > 0 ? delta - 7 : delta + 7;
    }
    return fmtDay(addDays(ref, delta + 7 * (s.weeks ?? 0)));
  }
  if (s.day !== undefined && s.month === undefined) return dayOfNearMonth(s.day, ref, dir, strict);
  if (s.month !== undefined) {
    let y = fixedYear;
    if (y === undefined && s.shift === 'this') y = ref.y;
    else if (y === undefined && s.shift) {
      // "last March" said in March is a year back; "next June" said in June a year ahead
      y = yearFor(ref, s.month, s.day, s.shift === 'last' ? 'past' : 'future', true);
      if (y === ref.y && s.month === ref.m) y += s.shift === 'last' ? -1 : 1;
    }
    y ??= yearFor(ref, s.month, s.day, dir, strict);
    if (s.day === undefined) return fmtMonth(y, s.month);
    return isValidDay(y, s.month, s.day) ? fmtDay({ y, m: s.month, d: s.day }) : undefined;
  }
  if (s.quarter !== undefined) {
    const y = fixedYear ?? yearFor(ref, s.quarter * 3 - 1, undefined, dir, strict);
    return `${y}-Q${s.quarter}`;
  }
  if (s.half !== undefined) {
    const y = fixedYear ?? yearFor(ref, s.half * 6 - 3, undefined, dir, strict);
    return `${y}-H${s.half}`;
  }
  if (s.season !== undefined) {
    let y = fixedYear;
    if (y === undefined) {
      const m = SEASON_MONTH[s.season]!;
      const d2 = s.shift === 'last' ? 'past' : s.shift === 'next' ? 'future' : s.shift === 'this' ? 'nearest' : dir;
      y = yearFor(ref, m, undefined, d2, strict || s.shift !== undefined);
      if (s.shift === 'last' && y === ref.y && Math.abs(ref.m - m) <= 1) y -= 1;
    }
    return `${y}-${s.season}`;
  }
  return undefined;
}

/**
 * "the 9th", "on the 22nd": that day of the document's month, or of the month before or
 * after, whichever lies the direction's way (the nearest when none is given).
 */
function dayOfNearMonth(day: number, ref: Ymd, dir: Direction, strict: boolean): string | undefined {
  const refDay = fmtDay(ref);
  const cands: string[] = [];
  for (const n of [-1, 0, 1]) {
    const t = shiftMonth(ref, n);
    if (isValidDay(t.y, t.m, day)) cands.push(fmtDay({ y: t.y, m: t.m, d: day }));
  }
  const dist = (c: string) => Math.abs(Date.parse(c) - Date.parse(refDay));
  const past = cands.filter((c) => c <= refDay);
  const future = cands.filter((c) => c >= refDay);
  if (dir === 'past' && (strict || past.length)) return past.at(-1);
  if (dir === 'future' && (strict || future.length)) return future[0];
  return [...cands].sort((a, b) => dist(a) - dist(b))[0];
}

/** "Friday the 22nd": the nearest month (the direction's way) whose 22nd is a Friday. */
function weekdayDay(weekday: number, day: number, ref: Ymd, dir: Direction): string | undefined {
  const refDay = fmtDay(ref);
  const steps = dir === 'past' ? [0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14] : dir === 'future' ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] : [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8, 9, -9, 10, -10, 11, -11, 12, -12, 13, -13, 14, -14];
  for (const n of steps) {
    const t = shiftMonth(ref, n);
    if (!isValidDay(t.y, t.m, day)) continue;
    const c = { y: t.y, m: t.m, d: day };
    if (weekdayOf(c) !== weekday) continue;
    if ((dir === 'past' && fmtDay(c) > refDay) || (dir === 'future' && fmtDay(c) < refDay)) continue;
    return fmtDay(c);
  }
  return undefined;
}

/** A movable holiday's day (or days: Ramadan) in the year its phrase points to. */
function resolveHoliday(s: Extract<Stated, { type: 'holiday' }>, ref: Ymd | undefined, dir: Direction, strict: boolean): string | undefined {
  const value = (b: { first: string; last: string } | undefined) => (b ? (b.first === b.last ? b.first : `${b.first}/${b.last}`) : undefined);
  if (s.year !== undefined) return value(holidayIn(s.name, s.year));
  if (!ref) return undefined;
  const today = fmtDay(ref);
  const cands = [ref.y - 1, ref.y, ref.y + 1].map((y) => holidayIn(s.name, y)).filter((b): b is { first: string; last: string } => b !== undefined);
  if (s.shift === 'this') return value(holidayIn(s.name, ref.y));
  if (s.shift === 'last') return value(cands.filter((b) => b.last < today).at(-1));
  if (s.shift === 'next') return value(cands.find((b) => b.first > today));
  const days = (b: { first: string; last: string }) => {
    if (b.first <= today && today <= b.last) return 0;
    return (Date.parse(b.first > today ? b.first : b.last) - Date.parse(today)) / 86400000;
  };
  if (strict && dir === 'past') return value(cands.filter((b) => days(b) <= 0).at(-1));
  if (strict && dir === 'future') return value(cands.find((b) => days(b) >= 0));
  // the nearest, where one on the wrong side of the tense counts as farther (see yearFor)
  const cost = (b: { first: string; last: string }) => {
    const k = days(b);
    const against = (dir === 'past' && k > 0) || (dir === 'future' && k < 0);
    return Math.abs(k) + (against ? AGAINST_TENSE_MONTHS * 30 : 0);
  };
  return value([...cands].sort((a, b) => cost(a) - cost(b))[0]);
}

/** The nth weekday, week or day of the period `of` resolves to (see Stated 'nth'). */
function resolveNth(s: Extract<Stated, { type: 'nth' }>, date: string | null, dir: Direction, strict: boolean): string | undefined {
  const period = resolve(s.of, date, dir, strict);
  const b = period ? dayBounds(period) : undefined;
  if (!b) return undefined;
  const first = parseYmd(b.first)!;
  const last = parseYmd(b.last)!;
  if (s.unit === 'day') {
    const d = addDays(first, s.n - 1);
    return fmtDay(d) <= b.last ? fmtDay(d) : undefined;
  }
  // a week of a month is one of its whole weeks, Monday to Sunday
  const wd = s.unit === 'week' ? (s.n > 0 ? 1 : 7) : s.weekday!;
  let t: Ymd;
  if (s.n > 0) t = addDays(first, ((wd - weekdayOf(first) + 7) % 7) + 7 * (s.n - 1));
  else t = addDays(last, -((weekdayOf(last) - wd + 7) % 7) - 7 * (-s.n - 1));
  const day = fmtDay(t);
  if (day < b.first || day > b.last) return undefined;
  return s.unit === 'week' ? isoWeek(t) : day;
}

function shiftMonth(ref: Ymd, n: number): { y: number; m: number } {
  const k = monthNumber(ref.y, ref.m) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

function resolveRelative(unit: CalendarUnit, offset: number, ref: Ymd): string {
  switch (unit) {
    case 'day':
      return fmtDay(addDays(ref, offset));
    case 'week':
      return isoWeek(addDays(ref, offset * 7));
    case 'weekend':
      return `${isoWeek(addDays(ref, offset * 7))}-WE`;
    case 'month': {
      const t = shiftMonth(ref, offset);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const q = ref.y * 4 + Math.floor((ref.m - 1) / 3) + offset;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'year':
      return pad(ref.y + offset, 4);
    case 'decade':
      return String(Math.floor(ref.y / 10) + offset);
    case 'century':
      return pad(Math.floor(ref.y / 100) + offset, 2);
  }
}

function resolveAgo(unit: string, count: number | undefined, ref: Ymd): string | undefined {
  if (count === undefined) return 'PAST_REF';
  switch (unit) {
    case 'day':
      return fmtDay(addDays(ref, -Math.round(count)));
    case 'week':
      return fmtDay(addDays(ref, -Math.round(count * 7)));
    case 'month': {
      const t = shiftMonth(ref, -Math.round(count));
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = shiftMonth(ref, -Math.round(count * 3));
      return `${t.y}-Q${Math.ceil(t.m / 3)}`;
    }
    case 'year':
    case 'decade':
    case 'century': {
      const years = count * (unit === 'year' ? 1 : unit === 'decade' ? 10 : 100);
      return pad(ref.y - Math.round(years), 4);
    }
    default:
      return undefined; // hours and minutes ago name a time, not a date
  }
}

/** The TIMEX3 value of what a phrase states, against the document date (YYYY-MM-DD or null). */
export function resolve(s: Stated, date: string | null, dir: Direction = 'nearest', strict = false): string | undefined {
  if (s.type === 'value') return s.value;
  const ref = date ? parseYmd(date) : undefined;
  if (s.type === 'range') {
    const from = resolve(s.from, date, dir, strict);
    if (!from) return undefined;
    // the end takes the year of the start when it does not state its own
    let to: string | undefined;
    const t = s.to;
    if (t.type === 'partial' && t.yearOffset === undefined && t.month !== undefined && /^\d{4}-/.test(from)) {
      const month = t.month;
      const at = (y: number) => (t.day === undefined ? fmtMonth(y, month) : fmtDay({ y, m: month, d: t.day }));
      const y = +from.slice(0, 4);
      to = at(y);
      if (to < from) to = at(y + 1);
    } else to = resolve(t, date, dir, strict);
    return to ? `${from}/${to}` : from;
  }
  if (s.type === 'nth') return resolveNth(s, date, dir, strict);
  if (s.type === 'holiday') return resolveHoliday(s, ref, dir, strict);
  if (!ref) return undefined;
  if (s.type === 'anaphor' || s.type === 'same-period') return undefined; // refiners resolve them
  if (s.type === 'partial') return resolvePartial(s, ref, dir, strict);
  if (s.type === 'relative') return (s.fiscal ? 'FY' : '') + resolveRelative(s.unit, s.offset, ref);
  if (s.type === 'rolling') {
    const [a, b] = s.ahead ? [1, s.count] : [-s.count, -1];
    return a === b ? resolveRelative(s.unit, a, ref) : `${resolveRelative(s.unit, a, ref)}/${resolveRelative(s.unit, b, ref)}`;
  }
  return resolveAgo(s.unit, s.count, ref);
}

/** Whether a phrase needs a direction (its year or week is not stated). */
export function needsDirection(s: Stated): boolean {
  if (s.type === 'partial') return s.yearOffset === undefined && (s.shift === undefined || s.season !== undefined);
  if (s.type === 'range') return needsDirection(s.from);
  if (s.type === 'nth') return needsDirection(s.of);
  if (s.type === 'holiday') return s.year === undefined && s.shift === undefined;
  return false;
}
