// Offsets inside the pipeline are UTF-16 indices (JavaScript's); the output counts code
// points. These convert between the two for a string that may hold astral characters
// (emoji, rare CJK), in O(log n) per lookup after one pass, and for free when it holds none.

/** How many values of an ascending array are below x. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** UTF-16 index -> code point index, for a string that may hold astral characters. */
export function codePointIndexer(s: string): (i: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i);
    }
  }
  if (pairs.length === 0) return (i) => i;
  // less the number of low surrogates before i
  return (i) => i - countBelow(pairs, i);
}

/** Code point index -> UTF-16 index, for a string that may hold astral characters. */
export function utf16Indexer(s: string): (cp: number) => number {
  const astral: number[] = []; // code point indices of astral characters
  for (let i = 0, cp = 0; i < s.length; i++, cp++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(cp);
        i++;
      }
    }
  }
  if (astral.length === 0) return (cp) => cp;
  // plus one for each astral character before cp
  return (cp) => cp + countBelow(astral, cp);
}
