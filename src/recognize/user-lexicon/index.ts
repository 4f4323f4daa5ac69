// The user-lexicon recognizer: every form of every entry of the users' lexicons, as mentions
// whose `rule` names the lexicon ("lexicon:weapons.jsonl") and whose `entry` ties the forms of
// one entry into one entity (src/resolve/build-entities.ts). Lexicons are compiled once per
// run (per worker thread): the same list of lexicons is the same matcher.
import type { Lexicon, LexiconEntryRef, Mention } from '../../types.js';
import { FormMatcher } from './matcher.js';

export { parseLexicon, checkLexicon, checkEntry, customTypes, LexiconError, MAX_PROBLEMS, type LexiconProblem } from './entries.js';
export type { Lexicon, LexiconEntry } from './entries.js';

interface Target {
  type: string;
  rule: string;
  entry: LexiconEntryRef;
}

interface Compiled {
  matcher: FormMatcher;
  targets: Target[];
}

// by the first lexicon object, then the whole list: a new array of the same lexicons (a
// program calling extract() with `lexicons: [weapons]` each time) is the same matcher
const compiled = new WeakMap<Lexicon, { lexicons: readonly Lexicon[]; c: Compiled }[]>();

/** The lexicons as one matcher: each entry's name and aliases, in order (the first entry to list a form keeps it). */
function compile(lexicons: readonly Lexicon[]): Compiled {
  const known = compiled.get(lexicons[0]!) ?? [];
  const hit = known.find((k) => k.lexicons.length === lexicons.length && k.lexicons.every((l, i) => l === lexicons[i]));
  if (hit) return hit.c;
  const c: Compiled = { matcher: new FormMatcher(), targets: [] };
  lexicons.forEach((l, li) => {
    l.entries.forEach((e, ei) => {
      const target = c.targets.length;
      c.targets.push({ type: e.type, rule: `lexicon:${l.name}`, entry: { key: `${li}:${ei}`, name: e.name, ...(e.id !== undefined ? { id: e.id } : {}) } });
      for (const form of [e.name, ...(e.aliases ?? [])]) c.matcher.add(form, target, e.caseSensitive !== false);
    });
  });
  compiled.set(lexicons[0]!, [...known.slice(-7), { lexicons: [...lexicons], c }]);
  return c;
}

/** The mentions the lexicons find in the text, in text order, none overlapping. */
export function recognizeUserLexicons(text: string, lexicons: readonly Lexicon[]): Mention[] {
  if (lexicons.length === 0) return [];
  const { matcher, targets } = compile(lexicons);
  return matcher.find(text).map((m) => {
    const t = targets[m.target]!;
    return { type: t.type, start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: t.rule, name: t.entry.name, entry: t.entry };
  });
}
