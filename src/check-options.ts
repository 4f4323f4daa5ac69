// The library's options are checked where a program passes them: a wrong value is a clear
// TypeError naming the option and what it takes, never a silent default or a crash deeper in.
import { ENTITY_TYPES, type AnyType, type DocumentKind, type Lexicon } from './types.js';
import { customTypes } from './recognize/user-lexicon/entries.js';
import { loadLexicons, type LexiconSource } from './recognize/user-lexicon/load.js';

const KINDS: readonly DocumentKind[] = ['text', 'markdown', 'html'];
/** the kinds a file can be (src/read/kinds.ts): a text's, and the formats converted to text */
const FILE_KINDS: readonly string[] = [...KINDS, 'feed', 'pdf', 'docx'];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export interface CheckedOptions {
  kind?: string;
  date?: string;
  types?: readonly AnyType[];
  nested?: boolean;
  wholePage?: boolean;
  prefer?: string;
  lexicons?: readonly LexiconSource[];
}

/**
 * Throws a TypeError for an option that is not one extract takes (a LexiconError for a
 * lexicon file with bad lines); gives the lexicons, loaded and checked.
 */
export function checkOptions(o: CheckedOptions | undefined, fn: string): readonly Lexicon[] {
  if (o === undefined) return [];
  if (o === null || typeof o !== 'object') throw new TypeError(`${fn}: options must be an object, got ${String(o)}`);
  const kinds: readonly string[] = fn === 'extract' ? KINDS : FILE_KINDS;
  if (o.kind !== undefined && !kinds.includes(o.kind)) throw new TypeError(`${fn}: options.kind must be one of ${kinds.join(', ')}, got ${JSON.stringify(o.kind)}`);
  if (o.date !== undefined && (typeof o.date !== 'string' || !isIsoDate(o.date))) throw new TypeError(`${fn}: options.date must be a date written YYYY-MM-DD, got ${JSON.stringify(o.date)}`);
  if (o.nested !== undefined && typeof o.nested !== 'boolean') throw new TypeError(`${fn}: options.nested must be true or false, got ${JSON.stringify(o.nested)}`);
  if (o.prefer !== undefined && o.prefer !== 'past' && o.prefer !== 'future') throw new TypeError(`${fn}: options.prefer must be "past" or "future", got ${JSON.stringify(o.prefer)}`);
  if (o.wholePage !== undefined && typeof o.wholePage !== 'boolean') throw new TypeError(`${fn}: options.wholePage must be true or false, got ${JSON.stringify(o.wholePage)}`);
  const lexicons = o.lexicons === undefined ? [] : loadLexicons(o.lexicons, fn);
  if (o.types !== undefined) {
    const known: readonly string[] = [...ENTITY_TYPES, ...customTypes(lexicons)];
    const bad = Array.isArray(o.types) ? o.types.filter((t) => !known.includes(t)) : [o.types];
    if (bad.length) throw new TypeError(`${fn}: options.types must hold entity types (${known.join(', ')}), got ${JSON.stringify(bad)}`);
  }
  return lexicons;
}
