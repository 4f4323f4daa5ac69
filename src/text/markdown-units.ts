// Cuts a Markdown document into units parsed one at a time, but only when it needs it.
// micromark is linear on ordinary documents, but superlinear within one huge block (a
// 10 MB line full of emphasis) and in deeply nested containers ("> > > ..." thousands
// deep). Ordinary documents are one unit, so references and fences resolve as usual;
// otherwise units end at blank lines when possible, else inside the block (the next unit
// then continues it), and a unit nested too deep is kept as text.

/** A block (run of non-blank lines) longer than this makes the document go by units. */
export const MAX_BLOCK = 32_768;
/** The size of units, when going by units (micromark is fastest on small inputs). */
export const UNIT_SIZE = 4_096;
/** Container markers (`>`, list bullets) at the start of a line beyond this are pathological. */
export const MAX_NESTING = 40;

export interface Unit {
  from: number;
  to: number;
  /** Too deeply nested to parse: keep as text. */
  asText: boolean;
  /** The unit goes on with the block the previous unit was cut in. */
  continues: boolean;
  /** The white space the cut fell on, as a source range (empty when the cut had none). */
  gapStart: number;
  gapEnd: number;
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}

/** End of the line starting at i: the index of its line ending (or src.length). */
function lineEnd(src: string, i: number): number {
  const n = src.length;
  while (i < n && !isLineEnd(src.charCodeAt(i))) i++;
  return i;
}

function afterLineEnding(src: string, i: number): number {
  if (src.charCodeAt(i) === 13 && src.charCodeAt(i + 1) === 10) return i + 2;
  return i < src.length ? i + 1 : i;
}

/** How many container markers open the line [i, end): `>`, `-`/`*`/`+`, `1.`/`1)` with a space. */
function lineNesting(src: string, i: number, end: number): number {
  let depth = 0;
  for (;;) {
    while (i < end && isBlankChar(src.charCodeAt(i))) i++;
    if (i >= end) return depth;
    const c = src.charCodeAt(i);
    if (c === 62 /* > */) {
      depth++;
      i++;
      continue;
    }
    if ((c === 45 || c === 42 || c === 43) && i + 1 < end && isBlankChar(src.charCodeAt(i + 1))) {
      depth++;
      i += 2;
      continue;
    }
    let j = i;
    while (j < end && j - i < 9 && src.charCodeAt(j) >= 48 && src.charCodeAt(j) <= 57) j++;
    const d = src.charCodeAt(j);
    if (j > i && (d === 46 || d === 41) && j + 1 < end && isBlankChar(src.charCodeAt(j + 1))) {
      depth++;
      i = j + 2;
      continue;
    }
    return depth;
  }
}

interface Scan {
  /** Starts of blank lines, ascending. */
  blanks: number[];
  maxBlock: number;
  /** Lines nested too deep, as [start, end) pairs flattened, ascending. */
  deep: number[];
}

function scan(src: string): Scan {
  const blanks: number[] = [];
  const deep: number[] = [];
  let maxBlock = 0;
  let blockStart = -1;
  for (let i = 0; i < src.length; ) {
    const end = lineEnd(src, i);
    let k = i;
    while (k < end && isBlankChar(src.charCodeAt(k))) k++;
    if (k === end) {
      blanks.push(i);
      if (blockStart >= 0) maxBlock = Math.max(maxBlock, i - blockStart);
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = i;
      if (lineNesting(src, i, end) > MAX_NESTING) deep.push(i, end);
    }
    i = end < src.length ? afterLineEnding(src, end) : end;
  }
  if (blockStart >= 0) maxBlock = Math.max(maxBlock, src.length - blockStart);
  return { blanks, maxBlock, deep };
}

/** The last element of the ascending list in (lo, hi], or -1. */
function lastIn(list: number[], lo: number, hi: number): number {
  let a = 0;
  let b = list.length - 1;
  let found = -1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    if (list[mid]! <= hi) {
      found = list[mid]!;
      a = mid + 1;
    } else b = mid - 1;
  }
  return found > lo ? found : -1;
}

/** Whether any of the [start, end) ranges (flattened, ascending) overlaps [lo, hi). */
function overlaps(ranges: number[], lo: number, hi: number): boolean {
  // the first range ending after lo
  let a = 0;
  let b = ranges.length / 2;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (ranges[2 * mid + 1]! <= lo) a = mid + 1;
    else b = mid;
  }
  return 2 * a < ranges.length && ranges[2 * a]! < hi;
}

export function markdownUnits(src: string): Unit[] {
  const n = src.length;
  const s = scan(src);
  if (n <= MAX_BLOCK || (s.maxBlock <= MAX_BLOCK && s.deep.length === 0)) {
    return [{ from: 0, to: n, asText: s.deep.length > 0, continues: false, gapStart: 0, gapEnd: 0 }];
  }

  const units: Unit[] = [];
  let from = 0;
  let continues = false;
  let gapStart = 0;
  let gapEnd = 0;
  while (from < n) {
    let to = n;
    let next = { continues: false, gapStart: 0, gapEnd: 0 };
    if (n - from > UNIT_SIZE) {
      const limit = from + UNIT_SIZE;
      to = lastIn(s.blanks, from, limit);
      if (to < 0) {
        // no blank line: cut after the last line ending, else white space, else anywhere
        let k = limit - 1;
        while (k > from && !isLineEnd(src.charCodeAt(k))) k--;
        if (k > from) {
          const start = src.charCodeAt(k) === 10 && src.charCodeAt(k - 1) === 13 ? k - 1 : k;
          to = k + 1;
          next = { continues: true, gapStart: start, gapEnd: to };
        } else {
          k = limit - 1;
          while (k > from && !isBlankChar(src.charCodeAt(k))) k--;
          if (k > from) {
            to = k + 1;
            next = { continues: true, gapStart: k, gapEnd: to };
          } else {
            to = limit;
            const c = src.charCodeAt(to - 1);
            if (c >= 0xd800 && c <= 0xdbff) to--; // not between the halves of a surrogate pair
            next = { continues: true, gapStart: to, gapEnd: to };
          }
        }
      }
    }
    units.push({ from, to, asText: overlaps(s.deep, from, to), continues, gapStart, gapEnd });
    ({ continues, gapStart, gapEnd } = next);
    from = to;
  }
  return units;
}
