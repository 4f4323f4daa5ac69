// The corpus pass: a short form that one document gives alone ("Obama", "NNSA") is the one
// full name elsewhere in the corpus it can only mean ("Barack Obama", "National Nuclear
// Security Administration"), and joins it; where two full names fit ("Clinton": Bill and
// Hillary) it stays as it is. Within a document build-entities makes these joins already;
// this is the same across documents, run once over the corpus's entities at the end.
import { wordList } from '../data.js';

/** What the pass reads of one corpus entity. */
export interface Named {
  id: string;
  type: string;
  name: string;
  /** found by a user's lexicon: an entry the user named stays as it is */
  lexicon: boolean;
}

const key = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

const isAcronym = (name: string): boolean => /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(name);

let minor: ReadonlySet<string> | undefined;
/** The initials of a name's significant words, hyphenated parts counted ("NNSA", "CTR"). */
function initials(name: string): string {
  minor ??= new Set(wordList('resolve/minor-words.txt'));
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !minor!.has(w.toLowerCase()) && /^\p{L}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The types whose names have short forms: not dates or amounts (those join by value). */
const NAMED = (type: string) => type !== 'DATE' && type !== 'MONEY';

/**
 * Which entity each short form joins: a map from the short form's id to the full name's.
 * The short forms: a person's one word, the surname of one person named in full; a
 * name of two words or more ending the one longer name of its type ("Strategic Forces
 * Subcommittee" in "U.S. Strategic Forces Subcommittee"); an acronym spelling the initials
 * of one name of its type. Deterministic: the result depends on the set of names only.
 */
export function shortFormJoins(entities: readonly Named[]): Map<string, string> {
  // the full names, indexed by type and each word suffix (a person's by surname alone) and by initials
  const bySuffix = new Map<string, Set<string>>();
  const byInitials = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, id: string) => {
    const s = m.get(k);
    if (s) s.add(id);
    else m.set(k, new Set([id]));
  };
  for (const e of entities) {
    if (!NAMED(e.type) || isAcronym(e.name)) continue;
    const w = key(e.name);
    if (w.length < 2) continue;
    for (let n = 1; n < w.length; n++) if (e.type === 'PERSON' ? n === 1 : n >= 2) add(bySuffix, `${e.type}|${w.slice(-n).join(' ')}`, e.id);
    add(byInitials, `${e.type}|${initials(e.name)}`, e.id);
  }
  const joins = new Map<string, string>();
  for (const e of entities) {
    if (!NAMED(e.type) || e.lexicon) continue;
    const w = key(e.name);
    const candidates = isAcronym(e.name) ? byInitials.get(`${e.type}|${e.name.replace(/\./g, '')}`) : w.length > 0 ? bySuffix.get(`${e.type}|${w.join(' ')}`) : undefined;
    if (candidates?.size !== 1) continue;
    const [full] = candidates;
    if (full !== e.id) joins.set(e.id, full!);
  }
  return joins;
}
