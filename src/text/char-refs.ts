// Character references as CommonMark reads them (`&amp;`, `&#8220;`, `&#x24;`), so the
// Markdown stage can tell which source range a decoded character came from. Named
// references are decoded by htmlparser2 (a declared dependency) rather than a table of our own.
import { Parser } from 'htmlparser2';

const namedCache = new Map<string, string | null>();

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** A numeric reference's text, with CommonMark's replacement of unusable code points. */
function numeric(code: number): string {
  const bad =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55295 && code < 57344) ||
    (code > 64975 && code < 65008) ||
    (code & 65535) === 65535 ||
    (code & 65535) === 65534 ||
    code > 1114111;
  return bad ? '\uFFFD' : String.fromCodePoint(code);
}

function named(name: string): string | null {
  const hit = namedCache.get(name);
  if (hit !== undefined) return hit;
  let out = '';
  const parser = new Parser({ ontext: (t) => void (out += t) }, { decodeEntities: true });
  parser.end(`&${name};`);
  // an exact named reference decodes to one or two code points; a legacy prefix match
  // ("&notit;" -> "¬it;") leaves the rest of the name behind and does not count
  const decoded = out !== `&${name};` && [...out].length <= 2 && !(out.length > 1 && out.endsWith(';')) ? out : null;
  if (namedCache.size < 4096) namedCache.set(name, decoded);
  return decoded;
}

/**
 * The character reference starting at src[i] (which must be "&"), if any, before `end`:
 * its source length and its text.
 */
export function matchCharRef(src: string, i: number, end: number): { length: number; text: string } | null {
  let j = i + 1;
  if (j >= end) return null;
  if (src.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = src.charCodeAt(j) === 120 || src.charCodeAt(j) === 88; // x X
    if (hex) j++;
    const digitsStart = j;
    const max = hex ? 6 : 7;
    while (j < end && j - digitsStart < max && (hex ? isHex(src.charCodeAt(j)) : isDigit(src.charCodeAt(j)))) j++;
    if (j === digitsStart || j >= end || src.charCodeAt(j) !== 59 /* ; */) return null;
    const code = parseInt(src.slice(digitsStart, j), hex ? 16 : 10);
    return { length: j + 1 - i, text: numeric(code) };
  }
  const nameStart = j;
  while (j < end && j - nameStart < 32 && isAlnum(src.charCodeAt(j))) j++;
  if (j === nameStart || j >= end || src.charCodeAt(j) !== 59) return null;
  const text = named(src.slice(nameStart, j));
  return text === null ? null : { length: j + 1 - i, text };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
