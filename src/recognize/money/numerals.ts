// Numerals shared by the MONEY and DATE recognizers (Duckling's "numeral" dimension, which
// both depend on): digits with thousands separators and decimals, and number words up to
// ninety-nine ("twenty-five", "two and a half", "a dozen"). Lexicon: money/data/numbers.json.
import { jsonData } from '../../data.js';

interface NumberLexicon {
  units: Record<string, number>;
  tens: Record<string, number>;
  articles: Record<string, number>;
  vague: string[];
}

const lexicon = () => jsonData<NumberLexicon>('recognize/money/data/numbers.json');

/** Escapes a literal for use inside a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literals, longest first (so "US$" is tried before "$"). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '\\s+'))
    .join('|');
}

// Digits: "1,200,000.5", "1200", "2.5". Callers put a look-behind (?<![\d.,]) in front so
// that a long run of digits and commas is tried from its first character only (linear).
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Amounts of money may also group digits the Indian way: "1,50,000", "12,34,56,789". */
export const MONEY_DIGITS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|${DIGITS}`;

let wordsRe: string | undefined;
/** Number words: "seven", "twenty-five", "twenty five", "two and a half", "three hundred and fifty". */
export function numberWordsRe(): string {
  if (wordsRe) return wordsRe;
  const lx = lexicon();
  const units = alternation(Object.keys(lx.units));
  const tens = alternation(Object.keys(lx.tens));
  const ones = alternation(Object.keys(lx.units).filter((w) => lx.units[w]! > 0 && lx.units[w]! < 10));
  const below100 = `(?:(?:${tens})(?:[- ](?:${ones}))?|${units})`;
  const hundreds = `(?:${ones}|a|one)[ ]hundred(?:[ ](?:and[ ])?${below100})?`;
  return (wordsRe = `(?:${hundreds}|${below100})(?:\\s+and\\s+a\\s+half)?`);
}

/** Articles that count as a number before a unit: "a", "an", "half a", "a dozen". */
export function articlesRe(): string {
  return alternation(Object.keys(lexicon().articles));
}

/** Vague quantities: "several", "a few", "many". */
export function vagueRe(): string {
  return alternation(lexicon().vague);
}

export function isVague(s: string): boolean {
  return lexicon().vague.includes(s.toLowerCase().replace(/\s+/g, ' '));
}

/** The value of a numeral matched by DIGITS, numberWordsRe() or articlesRe(); undefined if vague. */
export function parseNumeral(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[\d.,]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  const lx = lexicon();
  if (t in lx.articles) return lx.articles[t];
  let rest = t;
  let half = 0;
  const h = / and a half$/.exec(rest);
  if (h) {
    half = 0.5;
    rest = rest.slice(0, h.index);
  }
  const hundred = /^(a|one|[a-z]+) hundred(?: (?:and )?(.+))?$/.exec(rest);
  if (hundred) {
    const h = hundred[1] === 'a' ? 1 : lx.units[hundred[1]!];
    const rem = hundred[2] === undefined ? 0 : below100(lx, hundred[2]);
    return h === undefined || h < 1 || h > 9 || rem === undefined ? undefined : h * 100 + rem + half;
  }
  const n = below100(lx, rest);
  return n === undefined ? undefined : n + half;
}

function below100(lx: NumberLexicon, t: string): number | undefined {
  if (t in lx.units) return lx.units[t]!;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  if (m && m[1]! in lx.tens) {
    const tens = lx.tens[m[1]!]!;
    if (!m[2]) return tens;
    const u = lx.units[m[2]];
    if (u !== undefined && u > 0 && u < 10) return tens + u;
  }
  return undefined;
}

/** Rounds an amount to at most six decimals, removing binary floating-point noise. */
export function roundAmount(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
