// The MONEY lexicons (data files under recognize/money/data/) and the expression pieces
// built from them.
import { jsonData, wordList } from '../../data.js';
import { alternation } from './numerals.js';

interface Currencies {
  symbols: Record<string, string>;
  legacySymbols: Record<string, string>;
  codes: string[];
  codeAliases: Record<string, string>;
  names: Record<string, string>;
  ambiguousNames: string[];
  subunits: Record<string, string>;
  subunitValue: Record<string, number>;
  /** letters that name a currency only in a document of the given country */
  guarded: Record<string, string>;
  guardedCurrency: Record<string, string>;
  /** shared symbols and names -> the family of currencies they may be (country.ts) */
  generic: Record<string, string>;
  /** names with no default: only the document's country tells which currency */
  needsCountry: string[];
}
interface Scales {
  words: Record<string, number>;
  abbreviations: Record<string, number>;
  attached: Record<string, number>;
  plural: Record<string, number>;
}

export const currencies = () => jsonData<Currencies>('recognize/money/data/currencies.json');
export const scales = () => jsonData<Scales>('recognize/money/data/scales.json');
export const modifiers = () => wordList('recognize/money/data/modifiers.txt');

const norm = (s: string) => s.replace(/\s+/g, ' ');

/** The ISO code for a symbol as written ("US$", "GB #"), or undefined. */
export function symbolCurrency(sym: string): string | undefined {
  const c = currencies();
  const s = norm(sym);
  return c.symbols[s] ?? c.legacySymbols[s];
}

/** The ISO code for a code or name as written ("USD", "RMB", "euros", "Canadian dollars"). */
export function nameCurrency(name: string): string | undefined {
  const c = currencies();
  const s = norm(name);
  if (c.codes.includes(s)) return c.codeAliases[s] ?? s;
  const lower = Object.keys(c.names).find((k) => k.toLowerCase() === s.toLowerCase());
  if (lower) return c.names[lower];
  const sub = Object.keys(c.subunits).find((k) => k === s.toLowerCase());
  return sub ? c.subunits[sub] : undefined;
}

/** A scale word's factor ("billion", "bn", "m"), 1 if none. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.trim().replace(/\s+/g, ' ');
  const s = scales();
  return s.words[w.toLowerCase()] ?? s.abbreviations[w.toLowerCase()] ?? s.attached[w] ?? 1;
}

let built: Record<string, string> | undefined;
/** Expression pieces: symbols, codes, names, scales. */
export function pieces(): Record<string, string> {
  if (built) return built;
  const c = currencies();
  const s = scales();
  const scaleWords = [...Object.keys(s.words).filter((w) => w !== 'hundred'), ...Object.keys(s.abbreviations)];
  const withCaps = (ws: string[]) => ws.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
  return (built = {
    symbol: alternation(Object.keys(c.symbols)),
    guarded: alternation(Object.keys(c.guarded)),
    legacy: alternation(Object.keys(c.legacySymbols)),
    code: alternation(c.codes),
    // a scale word ("billion", "bn") after a space or not, or a letter right after the digits ("$5m")
    scale: `(?:\\s*(?:${alternation(withCaps(scaleWords))})|(?:${alternation(Object.keys(s.attached))}))(?![\\p{L}\\p{N}])`,
    scaleWord: alternation(withCaps(Object.keys(s.words).filter((w) => w !== 'hundred'))),
    name: alternation([...Object.keys(c.names), ...Object.keys(c.subunits), ...c.codes]),
    plural: alternation(withCaps(Object.keys(s.plural))),
  });
}
