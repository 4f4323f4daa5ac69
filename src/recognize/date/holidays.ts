// The days of the movable holidays (data/holidays.json, "computed") in a given year: Easter
// and the feasts counted from it (the Gregorian computus), the nth weekday of a month
// (Thanksgiving, Memorial Day), days of the Islamic calendar (Umm al-Qura, by
// @tabby_ai/hijri-converter: Ramadan, the Eids), days of the Hebrew calendar (hebrew.ts:
// Passover, Rosh Hashanah, Yom Kippur, Hanukkah) and tables for the rest (Chinese New Year,
// Diwali). A holiday that can fall twice in a Gregorian year (an Islamic one, every 33
// years) gives its first.
import { hijriToGregorian, gregorianToHijri } from '@tabby_ai/hijri-converter';
import { jsonData } from '../../data.js';
import { fromDayNumber, hebrewToDayNumber } from './hebrew.js';

type Rule =
  | { rule: 'easter'; offset: number }
  | { rule: 'nth'; month: number; weekday: number; n: number; after?: number }
  | { rule: 'hijri'; month: number; day: number; wholeMonth?: boolean }
  | { rule: 'hebrew'; month: number; day: number; days?: number }
  | { rule: 'table'; dates: Record<string, string> }
  | { rule: 'same'; as: string };

interface HolidayData {
  fixed: Record<string, [number, number]>;
  computed: Record<string, Rule>;
  notLowerCase: string[];
}

export const holidayData = () => jsonData<HolidayData>('recognize/date/data/holidays.json');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

/** The nth (n < 0: from the end) weekday (1 Monday ... 7 Sunday) of a month. */
function nthWeekday(y: number, month: number, weekday: number, n: number): Date {
  const dow = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;
  if (n > 0) {
    const first = utc(y, month, 1);
    return utc(y, month, 1 + ((weekday - dow(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = utc(y, month + 1, 0);
  return utc(y, month, last.getUTCDate() - ((dow(last) - weekday + 7) % 7) - 7 * (-n - 1));
}

function hijriInYear(y: number, month: number, day: number, wholeMonth: boolean): { first: string; last: string } | undefined {
  try {
    // the Islamic years that begin in or just before Gregorian year y
    const h0 = gregorianToHijri({ year: y, month: 1, day: 1 }).year;
    for (const hy of [h0, h0 + 1]) {
      const g = hijriToGregorian({ year: hy, month, day });
      if (g.year !== y) continue;
      const first = iso(utc(g.year, g.month, g.day));
      if (!wholeMonth) return { first, last: first };
      const next = month === 12 ? { year: hy + 1, month: 1, day: 1 } : { year: hy, month: month + 1, day: 1 };
      const n = hijriToGregorian(next);
      const end = utc(n.year, n.month, n.day);
      end.setUTCDate(end.getUTCDate() - 1);
      return { first, last: iso(end) };
    }
  } catch {
    // outside the converter's range (1924-2077)
  }
  return undefined;
}

/**
 * A day of the Hebrew calendar (month 1 Nisan ... 7 Tishrei ... 9 Kislev) and the `days`
 * the feast lasts, in the Hebrew year (AM 3760 or 3761 years ahead) that puts it in Gregorian
 * year y. Feasts begin at the sundown before their first day; the value keeps the days.
 */
function hebrewInYear(y: number, month: number, day: number, days: number): { first: string; last: string } | undefined {
  for (const hy of [y + 3760, y + 3761]) {
    const start = fromDayNumber(hebrewToDayNumber(hy, month, day));
    if (start.getUTCFullYear() !== y) continue;
    const end = new Date(start.getTime() + (days - 1) * 86400000);
    return { first: iso(start), last: iso(end) };
  }
  return undefined;
}

/** The first and last day of a computed holiday in Gregorian year `y`, or undefined. */
export function holidayIn(name: string, y: number): { first: string; last: string } | undefined {
  const rules = holidayData().computed;
  let r = rules[name];
  if (r?.rule === 'same') r = rules[r.as];
  if (!r) return undefined;
  const one = (d: Date) => ({ first: iso(d), last: iso(d) });
  switch (r.rule) {
    case 'easter': {
      const d = easter(y);
      d.setUTCDate(d.getUTCDate() + r.offset);
      return one(d);
    }
    case 'nth': {
      const d = nthWeekday(y, r.month, r.weekday, r.n);
      d.setUTCDate(d.getUTCDate() + (r.after ?? 0));
      return one(d);
    }
    case 'hijri':
      return hijriInYear(y, r.month, r.day, r.wholeMonth === true);
    case 'hebrew':
      return hebrewInYear(y, r.month, r.day, r.days ?? 1);
    case 'table': {
      const md = r.dates[String(y)];
      return md ? { first: `${y}-${md}`, last: `${y}-${md}` } : undefined;
    }
    default:
      return undefined;
  }
}
