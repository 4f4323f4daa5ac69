// Finds every form of every entry in one pass over the text: a radix trie of the forms
// (each node an edge of several characters, so 100,000 names are some 200,000 nodes),
// walked from each word start; the cost grows with the text and the longest form matched,
// not with the number of entries. Matches are whole words and the longest at each place;
// case-insensitive entries live in a second trie of lower-cased forms. Any run of white
// space in the text matches one space of a form (a name broken across lines), but never a
// blank line.

interface Node {
  /** the characters of the edge into this node (the root's is empty) */
  label: string;
  children: Map<number, Node> | null;
  /** the target of the form ending here (the first entry to list it keeps it) */
  hit?: number;
}

export interface Match {
  start: number;
  end: number;
  target: number;
}

const SPACE = 32;
const node = (label: string): Node => ({ label, children: null });

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

/**
 * A built trie as a few flat arrays, nodes numbered breadth-first with each node's
 * children in order of their first character, so that they are consecutive numbers: a
 * collector walks six arrays, not a million objects (with 100,000 names, the objects'
 * garbage collection took longer than the matching).
 */
class FlatTrie {
  /** every edge's characters, one after another */
  readonly labels: string;
  readonly labelStart: Int32Array;
  readonly labelLength: Int32Array;
  /** the target of the form ending at a node, or -1 */
  readonly hit: Int32Array;
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  readonly empty: boolean;

  constructor(root: Node) {
    const nodes: Node[] = [root];
    const first: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const children = nodes[i]!.children;
      first.push(nodes.length);
      if (children) for (const c of [...children.keys()].sort((a, b) => a - b)) nodes.push(children.get(c)!);
    }
    const n = nodes.length;
    this.labelStart = new Int32Array(n);
    this.labelLength = new Int32Array(n);
    this.hit = new Int32Array(n);
    this.firstChild = Int32Array.from(first);
    this.childCount = new Int32Array(n);
    let at = 0;
    nodes.forEach((x, i) => {
      this.labelStart[i] = at;
      this.labelLength[i] = x.label.length;
      at += x.label.length;
      this.hit[i] = x.hit ?? -1;
      this.childCount[i] = x.children?.size ?? 0;
    });
    this.labels = nodes.map((x) => x.label).join('');
    this.empty = this.childCount[0] === 0;
  }

  /** The child of node `n` whose edge starts with `c`, or -1 (a binary search among its children). */
  child(n: number, c: number): number {
    let lo = this.firstChild[n]!;
    let hi = lo + this.childCount[n]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.labels.charCodeAt(this.labelStart[mid]!);
      if (d === c) return mid;
      if (d < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

export class FormMatcher {
  private readonly exact = node('');
  private readonly folded = node('');
  private flatExact?: FlatTrie;
  private flatFolded?: FlatTrie;
  /** where a walk has read to: the text index after the last unit read */
  private at = 0;

  /** Adds a form; `caseSensitive` false matches it in any letter case. */
  add(form: string, target: number, caseSensitive: boolean): void {
    if (this.flatExact) throw new Error('FormMatcher: add() after find()');
    let s = form.replace(/\s+/g, ' ').trim();
    if (!s) return;
    if (!caseSensitive) s = Array.from({ length: s.length }, (_, i) => String.fromCharCode(fold(s.charCodeAt(i)))).join('');
    let n = caseSensitive ? this.exact : this.folded;
    let i = 0;
    for (;;) {
      if (i === s.length) {
        if (n.hit === undefined) n.hit = target;
        return;
      }
      const c = s.charCodeAt(i);
      const child = n.children?.get(c);
      if (!child) {
        (n.children ??= new Map()).set(c, { label: s.slice(i), children: null, hit: target });
        return;
      }
      const label = child.label;
      let k = 1;
      while (k < label.length && i + k < s.length && label.charCodeAt(k) === s.charCodeAt(i + k)) k++;
      if (k < label.length) {
        // the form parts from the edge within it: split the edge there
        const mid: Node = { label: label.slice(0, k), children: new Map([[label.charCodeAt(k), child]]) };
        child.label = label.slice(k);
        n.children!.set(c, mid);
        n = mid;
      } else n = child;
      i += k;
    }
  }

  /** The unit of text at `this.at` as a form sees it (a run of white space one space), or -1 at a blank line or the end. */
  private read(text: string, folding: boolean): number {
    let j = this.at;
    if (j >= text.length) return -1;
    const c = text.charCodeAt(j);
    if (!isSpace(c)) {
      this.at = j + 1;
      return folding ? fold(c) : c;
    }
    let newlines = 0;
    while (j < text.length && isSpace(text.charCodeAt(j))) if (text.charCodeAt(j++) === 10) newlines++;
    this.at = j;
    return newlines > 1 ? -1 : SPACE;
  }

  /** The end and target of the longest form starting at `i`, whole words only. */
  private longest(text: string, i: number, t: FlatTrie, folding: boolean): Match | null {
    let n = 0;
    let best: Match | null = null;
    this.at = i;
    for (;;) {
      const c = this.read(text, folding);
      const m = c < 0 ? -1 : t.child(n, c);
      if (m < 0) break;
      const end = t.labelStart[m]! + t.labelLength[m]!;
      let k = t.labelStart[m]! + 1;
      while (k < end && this.read(text, folding) === t.labels.charCodeAt(k)) k++;
      if (k < end) break;
      n = m;
      const last = t.labels.charCodeAt(end - 1);
      const j = this.at;
      // a form ending in a letter or digit must not end inside a word ("SS-26" in "SS-26M")
      if (t.hit[n]! >= 0 && (!isWord(last) || j >= text.length || !isWord(text.charCodeAt(j)))) best = { start: i, end: j, target: t.hit[n]! };
    }
    return best;
  }

  /** Every match, left to right, none overlapping: at each place the longest form (case-sensitive first on a tie). */
  find(text: string): Match[] {
    const out: Match[] = [];
    // (flattened once all forms are in: the objects of the build become garbage)
    const exact = (this.flatExact ??= new FlatTrie(this.exact));
    const folded = (this.flatFolded ??= new FlatTrie(this.folded));
    this.exact.children = this.folded.children = null;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // a form starting with a letter or digit starts a word ("Iskander", not "...iskander")
      if (isSpace(c) || (i > 0 && isWord(c) && isWord(text.charCodeAt(i - 1)))) continue;
      const a = exact.empty ? null : this.longest(text, i, exact, false);
      const b = folded.empty ? null : this.longest(text, i, folded, true);
      const m = a && (!b || a.end >= b.end) ? a : b;
      if (!m) continue;
      out.push(m);
      i = m.end - 1;
    }
    return out;
  }
}
