// The country a document is about (data/countries.json), for the symbols and names several
// countries share: "$" is the Canadian dollar in a Toronto report, "Sh" the Ugandan
// shilling in a Kampala one, "pesos" Philippine in Manila. Counted, not parsed: each
// country's names, its people's and its cities', the opening lines (a dateline) three times.
import { jsonData } from '../../data.js';
import { alternation } from './numerals.js';

interface Country {
  cues: string[];
  currency: string;
  family: string;
}

export const countries = () => jsonData<{ countries: Record<string, Country> }>('recognize/money/data/countries.json').countries;

/** How far into the text a name counts as the dateline's (three times). */
const OPENING = 200;
const OPENING_WEIGHT = 3;
/** A country must be named at least this often (weighted) to be the document's. */
const MIN_SCORE = 2;

/** Capitalized words before a country that leave it a country ("In Kenya", "The Philippines"). */
const OPEN_WORDS = new Set(['In', 'At', 'The', 'From', 'And', 'But', 'For', 'On', 'To', 'By', 'With', 'Across', 'Inside', 'Outside', 'Like', 'Unlike', 'As', 'Since', 'While', 'When', 'If']);

let cueRe: RegExp | undefined;
let cueOf: Map<string, string> | undefined;

/** The ISO 3166 code of the document's country, or undefined when none stands out. */
export function documentCountry(text: string): string | undefined {
  const table = countries();
  if (!cueRe || !cueOf) {
    cueOf = new Map();
    // the capitals of a dateline too ("NAIROBI, Kenya")
    for (const [code, c] of Object.entries(table)) for (const cue of c.cues) for (const form of [cue, cue.toUpperCase()]) cueOf.set(form, code);
    cueRe = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternation(cueOf.keys())})(?![\\p{L}\\p{N}])`, 'gu');
  }
  const score = new Map<string, number>();
  cueRe.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = cueRe.exec(text)); ) {
    const code = cueOf.get(m[0].replace(/\s+/g, ' '));
    // "Air Canada", "American Airlines", "Bank of India": a country inside a longer name
    const end = m.index + m[0].length;
    const before = /(\p{Lu}[\p{L}.]*) (?:of )?$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (/^ (?:of )?\p{Lu}/u.test(text.slice(end, end + 5)) || (before && !OPEN_WORDS.has(before[1]!))) continue;
    if (code) score.set(code, (score.get(code) ?? 0) + (m.index < OPENING ? OPENING_WEIGHT : 1));
  }
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [code, n] of score) {
    if (n > top) [best, top, second] = [code, n, top];
    else if (n > second) second = n;
  }
  return best && top >= MIN_SCORE && top > second ? best : undefined;
}

/**
 * The currency of an amount written with a shared symbol or name (`written`, "$", "Rs",
 * "pesos") in a document of `country`: the country's own when its currency is of that
 * family, else `currency` (the default: USD for "$", INR for "Rs", MXN for "pesos").
 */
export function localCurrency(written: string, currency: string, country: string | undefined, generic: Record<string, string>): string {
  const family = generic[written] ?? generic[written.toLowerCase()];
  if (!family || !country) return currency;
  const c = countries()[country];
  return c && c.family === family ? c.currency : currency;
}
