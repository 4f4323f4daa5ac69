// A user's lexicon: names the built-in rules cannot know (weapons systems, facilities,
// agencies), each with its type and aliases, in the spirit of spaCy's EntityRuler patterns.
// One entry a line, JSON Lines or tab-separated; every bad line is named by its number.
import { ENTITY_TYPES, type Lexicon, type LexiconEntry } from '../../types.js';

export type { Lexicon, LexiconEntry };

/** What is wrong with one line of a lexicon (line 0: with the whole file). */
export interface LexiconProblem {
  line: number;
  message: string;
}

/** A lexicon that cannot be used: every bad line, as `file:line: why` (up to MAX_PROBLEMS). */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly LexiconProblem[],
  ) {
    // (line 0: the file as a whole, one that cannot be read)
    super(problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
    this.name = 'LexiconError';
  }
}

/** Past this many bad lines the rest are not listed: the file is likely not a lexicon at all. */
export const MAX_PROBLEMS = 20;

const KEYS = new Set(['type', 'name', 'aliases', 'id', 'caseSensitive']);
/** DATE and MONEY carry values (a TIMEX3 date, an amount) that a list of names cannot give. */
const VALUED = new Set(['DATE', 'MONEY']);
const TYPE = /^[A-Z][A-Z0-9_]*$/;
/** the longest form matched: a name, not a paragraph */
const MAX_FORM = 200;

/** Why a form cannot be matched, or null. */
function badForm(s: unknown, what: string): string | null {
  if (typeof s !== 'string') return `${what} must be a string, got ${JSON.stringify(s)}`;
  const t = s.trim();
  if (!t) return `${what} is empty`;
  if (t.length > MAX_FORM) return `${what} is longer than ${MAX_FORM} characters`;
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(t)) return `${what} holds a control character`;
  return null;
}

function badType(t: unknown): string | null {
  if (typeof t !== 'string' || !TYPE.test(t))
    return `"type" must be an upper-case word (${ENTITY_TYPES.filter((x) => !VALUED.has(x)).join(', ')} or one of your own, such as WEAPON), got ${JSON.stringify(t)}`;
  if (VALUED.has(t)) return `"type" ${t} needs a value that a lexicon cannot give; use PERSON, ORG, LOCATION, PROGRAM or a type of your own`;
  return null;
}

/** Checks one entry (from JSON or a program); returns it cleaned, or why it is not one. */
export function checkEntry(x: unknown): LexiconEntry | string {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return `expected an object {"type", "name", "aliases"?, "id"?, "caseSensitive"?}, got ${JSON.stringify(x)}`;
  const o = x as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !KEYS.has(k));
  if (unknown.length) return `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')} (an entry has type, name, aliases, id, caseSensitive)`;
  const why = badType(o.type) ?? badForm(o.name, '"name"');
  if (why) return why;
  if (o.aliases !== undefined) {
    if (!Array.isArray(o.aliases)) return `"aliases" must be a list of strings, got ${JSON.stringify(o.aliases)}`;
    for (const [i, a] of o.aliases.entries()) {
      const bad = badForm(a, `"aliases"[${i}]`);
      if (bad) return bad;
    }
  }
  if (o.id !== undefined && (typeof o.id !== 'string' || !/^[^\s\x00-\x1f\x7f]{1,200}$/.test(o.id))) return `"id" must be a string without spaces, got ${JSON.stringify(o.id)}`;
  if (o.caseSensitive !== undefined && typeof o.caseSensitive !== 'boolean') return `"caseSensitive" must be true or false, got ${JSON.stringify(o.caseSensitive)}`;
  return {
    type: o.type as string,
    name: (o.name as string).trim(),
    ...(o.aliases ? { aliases: (o.aliases as string[]).map((a) => a.trim()) } : {}),
    ...(o.id !== undefined ? { id: o.id as string } : {}),
    ...(o.caseSensitive !== undefined ? { caseSensitive: o.caseSensitive as boolean } : {}),
  };
}

/** `name<TAB>type<TAB>aliases`, the aliases separated by `|` (optional). */
function tsvEntry(line: string): LexiconEntry | string {
  const cols = line.split('\t');
  if (cols.length < 2) return 'expected a JSON object, or name<TAB>type<TAB>aliases (tab-separated, aliases split by |)';
  if (cols.length > 3) return `expected at most 3 tab-separated columns (name, type, aliases), got ${cols.length}`;
  const [name, type, aliases] = cols.map((c) => c.trim());
  const list = aliases ? aliases.split('|').map((a) => a.trim()) : [];
  return checkEntry({ type, name, ...(list.length ? { aliases: list } : {}) });
}

/**
 * The entries of a lexicon's text: one a line, a JSON object or `name<TAB>type<TAB>aliases`;
 * blank lines and lines starting with `#` are skipped. Throws a LexiconError naming each bad line.
 */
export function parseLexicon(text: string, file: string): Lexicon {
  const entries: LexiconEntry[] = [];
  const problems: LexiconProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    let entry: LexiconEntry | string;
    if (t.startsWith('{')) {
      try {
        entry = checkEntry(JSON.parse(t));
      } catch (e) {
        entry = `not valid JSON (${(e as Error).message})`;
      }
    } else entry = tsvEntry(line);
    if (typeof entry === 'string') problems.push({ line: i + 1, message: entry });
    else entries.push(entry);
  }
  if (problems.length) throw new LexiconError(file, problems);
  if (entries.length === 0) throw new LexiconError(file, [{ line: 1, message: 'no entries (one a line: {"type": "WEAPON", "name": "...", "aliases": [...]} or name<TAB>type<TAB>aliases)' }]);
  return { name: file.split(/[\\/]/).pop() || file, entries };
}

/** Checks a lexicon a program built: a name and a list of entries. Throws a TypeError. */
export function checkLexicon(x: unknown, fn: string): Lexicon {
  if (x === null || typeof x !== 'object') throw new TypeError(`${fn}: a lexicon is a file path or {name, entries}, got ${JSON.stringify(x)}`);
  const o = x as { name?: unknown; entries?: unknown };
  if (typeof o.name !== 'string' || !o.name) throw new TypeError(`${fn}: a lexicon's name must be a non-empty string, got ${JSON.stringify(o.name)}`);
  if (!Array.isArray(o.entries)) throw new TypeError(`${fn}: lexicon ${o.name}: entries must be a list, got ${JSON.stringify(o.entries)}`);
  const entries = o.entries.map((e, i) => {
    const c = checkEntry(e);
    if (typeof c === 'string') throw new TypeError(`${fn}: lexicon ${o.name}, entry ${i}: ${c}`);
    return c;
  });
  return { name: o.name, entries };
}

/** The types the lexicons add to ours, in the order first named. */
export function customTypes(lexicons: readonly Lexicon[]): string[] {
  const out = new Set<string>();
  for (const l of lexicons) for (const e of l.entries) if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) out.add(e.type);
  return [...out];
}
