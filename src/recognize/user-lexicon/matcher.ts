// Finds every form of every entry in one pass over the text: a trie of the forms' characters,
// walked from each word start, so the cost grows with the text and the longest form matched,
// not with the number of entries (a lexicon of 100,000 names costs what one of ten does).
// Matches are whole words and the longest at each place; case-insensitive entries live in a
// second trie of lower-cased forms. Any run of white space in the text matches one space of a
// form (a name broken across lines), but never a blank line.

interface Node {
  next: Map<number, Node>;
  /** the target of the form ending here (the first entry to list it keeps it) */
  hit?: number;
}

export interface Match {
  start: number;
  end: number;
  target: number;
}

const SPACE = 32;
const node = (): Node => ({ next: new Map() });

let words: Int8Array | undefined;
/** Whether a UTF-16 unit is part of a word (letters, digits, marks, "_"); memoized per unit. */
function isWord(c: number): boolean {
  const t = (words ??= new Int8Array(65536));
  if (t[c] === 0) t[c] = /[\p{L}\p{N}\p{M}_]/u.test(String.fromCharCode(c)) ? 1 : -1;
  return t[c] === 1;
}

let lower: Uint16Array | undefined;
/** A unit's lower case, where it is one unit too ("İ" lowers to two and is kept as it is). */
function fold(c: number): number {
  const t = (lower ??= new Uint16Array(65536));
  if (t[c] === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    t[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return t[c]!;
}

const isSpace = (c: number) => c === SPACE || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

export class FormMatcher {
  private readonly exact = node();
  private readonly folded = node();

  /** Adds a form; `caseSensitive` false matches it in any letter case. */
  add(form: string, target: number, caseSensitive: boolean): void {
    const s = form.replace(/\s+/g, ' ').trim();
    let n = caseSensitive ? this.exact : this.folded;
    for (let i = 0; i < s.length; i++) {
      const c = caseSensitive ? s.charCodeAt(i) : fold(s.charCodeAt(i));
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = node()));
      n = m;
    }
    if (s && n.hit === undefined) n.hit = target;
  }

  /** The end and target of the longest form starting at `i`, whole words only. */
  private longest(text: string, i: number, root: Node, folding: boolean): Match | null {
    let n: Node | undefined = root;
    let best: Match | null = null;
    let j = i;
    while (j < text.length) {
      let c = text.charCodeAt(j);
      if (isSpace(c)) {
        let newlines = 0;
        while (j < text.length && isSpace(text.charCodeAt(j))) if (text.charCodeAt(j++) === 10) newlines++;
        if (newlines > 1) break;
        c = SPACE;
      } else j++;
      n = n.next.get(folding ? fold(c) : c);
      if (!n) break;
      // a form ending in a letter or digit must not end inside a word ("SS-26" in "SS-26M")
      if (n.hit !== undefined && c !== SPACE && (!isWord(c) || j >= text.length || !isWord(text.charCodeAt(j)))) best = { start: i, end: j, target: n.hit };
    }
    return best;
  }

  /** Every match, left to right, none overlapping: at each place the longest form (case-sensitive first on a tie). */
  find(text: string): Match[] {
    const out: Match[] = [];
    const exact = this.exact.next.size > 0;
    const folded = this.folded.next.size > 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // a form starting with a letter or digit starts a word ("Iskander", not "...iskander")
      if (i > 0 && isWord(c) && isWord(text.charCodeAt(i - 1))) continue;
      if (isSpace(c)) continue;
      const a = exact ? this.longest(text, i, this.exact, false) : null;
      const b = folded ? this.longest(text, i, this.folded, true) : null;
      const m = a && (!b || a.end >= b.end) ? a : b;
      if (!m) continue;
      out.push(m);
      i = m.end - 1;
    }
    return out;
  }
}
