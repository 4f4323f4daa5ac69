// The DATE lexicons (data files under recognize/date/data/) and the regular-expression
// pieces built from them, each built once.
import { jsonData } from '../../data.js';
import { alternation } from '../money/numerals.js';

interface NamedEntry {
  name: string;
  abbrevs: string[];
  loose?: string[];
  needsContext?: boolean;
}
interface CalendarNames {
  months: NamedEntry[];
  weekdays: NamedEntry[];
}
interface Units {
  units: Record<string, { letter: string; time?: boolean; factor: number }>;
  plurals: Record<string, string>;
  periodAdjectives: string[];
}
interface Ordinals {
  quarters: Record<string, number>;
  halves: Record<string, number>;
  decadeWords: Record<string, number>;
  centuries: Record<string, number>;
  seasons: Record<string, string>;
  /** "the last Friday of June": first 1 ... fifth 5, last -1, second last -2 */
  nth: Record<string, number>;
  /** ordinal words of the days of a month: "the first of March" */
  days: Record<string, number>;
}

const DIR = 'recognize/date/data/';
export const calendar = () => jsonData<CalendarNames>(DIR + 'months.json');
export const units = () => jsonData<Units>(DIR + 'units.json');
export const ordinals = () => jsonData<Ordinals>(DIR + 'ordinals.json');
export const holidays = () => jsonData<{ fixed: Record<string, [number, number]> }>(DIR + 'holidays.json').fixed;


/** Also accept the all-capitals form of a name ("FEB. 28" in datelines). */
const withCaps = (names: string[]) => names.flatMap((n) => [n, n.toUpperCase()]);

let monthIdx: Map<string, number> | undefined;
/** 1-12 for a month token ("Feb.", "SEPT", "September"), else undefined. */
export function monthIndex(token: string): number | undefined {
  if (!monthIdx) {
    monthIdx = new Map();
    calendar().months.forEach((m, i) => {
      for (const n of [m.name, ...m.abbrevs, ...(m.loose ?? [])]) monthIdx!.set(n.toLowerCase().replace(/\.$/, ''), i + 1);
    });
  }
  return monthIdx.get(token.toLowerCase().replace(/\.$/, ''));
}

/** 1 (Monday) - 7 (Sunday) for a weekday name. */
export function weekdayIndex(token: string): number | undefined {
  const t = token.toLowerCase().replace(/\.$/, '');
  const i = calendar().weekdays.findIndex((w) => [w.name, ...w.abbrevs].some((n) => n.toLowerCase().replace(/\.$/, '') === t));
  return i < 0 ? undefined : i + 1;
}

const cache = new Map<string, string>();
function once(key: string, build: () => string): string {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = build()));
  return v;
}

/**
 * Month names written in lower case ("march 3", "in june"): the full names. "march", "may"
 * and "august" are also words (a verb, a modal, an adjective): they stand only before a day.
 */
export const LOWER_MONTH_WORDS: ReadonlySet<string> = new Set(['march', 'may', 'august']);
const lowerMonths = (beforeDay: boolean) =>
  calendar()
    .months.map((m) => m.name.toLowerCase())
    .filter((n) => beforeDay || !LOWER_MONTH_WORDS.has(n));

/** Month names that may stand before a day number: full, dotted and undotted abbreviations. */
export const MONTH_BEFORE_DAY = () =>
  once('mbd', () => alternation([...withCaps(calendar().months.flatMap((m) => [m.name, ...m.abbrevs, ...(m.loose ?? [])])), ...lowerMonths(true)]));

/** Month names that may stand alone or before a year: full names and dotted abbreviations. */
export const MONTH_ALONE = () =>
  once('ma', () => alternation([...withCaps(calendar().months.flatMap((m) => [m.name, ...m.abbrevs])), ...lowerMonths(false)]));

/** Weekday names (full names, in lower case too: "friday" is no other word; dotted abbreviations only where a month follows). */
export const WEEKDAY = () =>
  once('wd', () => alternation(calendar().weekdays.flatMap((w) => [w.name, w.name.toUpperCase(), w.name.toLowerCase()])));
export const WEEKDAY_ANY = () =>
  once('wda', () => alternation(withCaps(calendar().weekdays.flatMap((w) => [w.name, ...w.abbrevs]))));

/** Singular and plural time-unit words. */
export const UNIT = () =>
  once('unit', () => alternation([...Object.keys(units().units), ...Object.keys(units().plurals)]));

/** The singular unit for a unit word ("decades" -> "decade"). */
export function unitOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w in units().units) return w;
  return units().plurals[w];
}

/** A four-digit year between 1600 and 2099. */
export const YEAR = String.raw`(?:1[6-9]|20)\d\d`;

/** Letters and digits: the edges of a word. */
export const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

/**
 * White space but a line break: JavaScript's `\s` without `\n`, listed. (Written as
 * `[^\S\n]`, a case-insensitive Unicode expression computes the case closure of almost all
 * of Unicode, about 0.1 ms per use at each compile; the date expressions use it hundreds
 * of times, in every process and worker.)
 */
export const HSPACE = String.raw`[\t\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;

/**
 * Compiles a pattern whose `\s` never crosses a line break: a date does not run from a
 * headline into the date line below it ("Friday\nSeptember 18, 2008").
 */
export function compile(source: string, flags: string): RegExp {
  return new RegExp(source.replace(/\\s/g, HSPACE), flags);
}
