// Front matter: the block of metadata at the very top of a Markdown note, YAML between `---`
// lines (Jekyll, Hugo, Obsidian) or TOML between `+++` lines (Hugo, Zola). It is not text
// of the document: it is left out of the analysis, and its date and title become the
// document's metadata. Only top-level `key: value` (`key = value`) lines are read; a full
// YAML or TOML parser would bring a dependency for three keys, and a block it cannot read
// still must not become text.
import { parseMetaDate } from './meta-date.js';
import type { TextMeta } from '../types.js';

/** Keys holding the publication date, best first (matched case-insensitively). */
export const FRONT_MATTER_DATE_KEYS: readonly string[] = ['published', 'publishdate', 'publish_date', 'date_published', 'datepublished', 'pubdate', 'date', 'created'];
export const FRONT_MATTER_TITLE_KEYS: readonly string[] = ['title'];

/** The fences: YAML `---` (closed by `---` or `...`), TOML `+++`. */
const FENCES: readonly { open: string; close: readonly string[]; separator: RegExp }[] = [
  { open: '---', close: ['---', '...'], separator: /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/ },
  { open: '+++', close: ['+++'], separator: /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/ },
];

/** Front matter blocks longer than this are not looked for (it is a note's head, not a book). */
const MAX_LINES = 200;

export interface FrontMatter {
  /** where the text after the block starts */
  end: number;
  meta: TextMeta;
}

/** A scalar as written: quotes taken off, a trailing comment dropped. */
function scalar(raw: string): string {
  const v = raw.trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'((?:[^']|'')*)'/.exec(v);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, '$1') : quoted[2]!.replace(/''/g, "'");
  return v.replace(/\s+#.*$/, '').trim();
}

/** The front matter at the start of `src`, or null when it has none. */
export function frontMatter(src: string): FrontMatter | null {
  const fence = FENCES.find((f) => src.startsWith(f.open) && /^[ \t]*\r?\n/.test(src.slice(f.open.length)));
  if (!fence) return null;
  let at = src.indexOf('\n') + 1;
  const values = new Map<string, string>();
  for (let n = 0; n < MAX_LINES && at < src.length; n++) {
    const nl = src.indexOf('\n', at);
    const lineEnd = nl < 0 ? src.length : nl;
    const line = src.slice(at, lineEnd).replace(/\r$/, '');
    const next = nl < 0 ? src.length : nl + 1;
    if (fence.close.includes(line.trimEnd())) {
      const meta: TextMeta = {};
      const get = (keys: readonly string[]) => keys.map((k) => values.get(k)).find((v) => v !== undefined && v !== '');
      const date = FRONT_MATTER_DATE_KEYS.map((k) => parseMetaDate(values.get(k))).find(Boolean);
      if (date) meta.date = date;
      const title = get(FRONT_MATTER_TITLE_KEYS);
      if (title) meta.title = title;
      return { end: next, meta };
    }
    const m = fence.separator.exec(line);
    if (m && !values.has(m[1]!.toLowerCase())) values.set(m[1]!.toLowerCase(), scalar(m[2] ?? ''));
    at = next;
  }
  return null; // never closed: not front matter, but a rule and text
}
