// Lines a Markdown node's value up with its source range. The parser gives each node's
// value (escapes and references decoded, block-quote markers and indentation stripped) and
// the source range it came from, but not where each character of the value sits; walking
// both strings together recovers that, so every plain character maps back exactly.
import type { BlockWriter } from './block-writer.js';
import { matchCharRef } from './char-refs.js';

/**
 * 'text': escapes and character references are decoded in the value (text nodes);
 * 'literal': the value is the source with markers stripped (code spans, code blocks).
 */
export type AlignMode = 'text' | 'literal';

/** Give up looking for a value char after skipping this many source chars. */
const SKIP_LIMIT = 256;

const BACKSLASH = 92;
const AMP = 38;
const CR = 13;
const LF = 10;

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * Writes `value` to `w`, mapping it onto `src[from, to)`; source positions written are
 * offset by `base`. Line endings in the value become `lineEnding`, NUL becomes a space.
 */
export function alignValue(
  w: BlockWriter,
  value: string,
  src: string,
  from: number,
  to: number,
  base: number,
  mode: AlignMode,
  lineEnding: string,
): void {
  const n = value.length;
  let i = from;
  let j = 0;
  let runV = -1; // start of the pending verbatim run in the value
  let runS = 0; // ... and in the source
  let skipFrom = -1; // where the current run of skipped source chars began

  const flushRun = () => {
    if (runV >= 0) {
      w.verbatim(value.slice(runV, j), base + runS);
      runV = -1;
    }
  };

  while (j < n) {
    const v = value.charCodeAt(j);
    if (i >= to) break;
    const s = src.charCodeAt(i);

    // a line ending in the value: the next line ending in the source
    if (v === CR || v === LF) {
      if (s === CR || s === LF) {
        flushRun();
        const ls = s === CR && src.charCodeAt(i + 1) === LF && i + 1 < to ? 2 : 1;
        const lv = v === CR && value.charCodeAt(j + 1) === LF ? 2 : 1;
        w.atomic(lineEnding, base + i, base + i + ls);
        i += ls;
        j += lv;
        skipFrom = -1;
        continue;
      }
    } else if (mode === 'text' && s === BACKSLASH && i + 1 < to) {
      const next = src.charCodeAt(i + 1);
      if (next === v && isAsciiPunct(next)) {
        // `\$` -> "$": the char stands for both source chars, so a span starting at
        // it starts at the backslash
        flushRun();
        w.atomic(value[j]!, base + i, base + i + 2);
        i += 2;
        j++;
        skipFrom = -1;
        continue;
      }
    } else if (mode === 'text' && s === AMP) {
      const ref = matchCharRef(src, i, to);
      if (ref && !value.startsWith(src.slice(i, i + ref.length), j) && value.startsWith(ref.text, j)) {
        flushRun();
        w.atomic(ref.text, base + i, base + i + ref.length);
        i += ref.length;
        j += ref.text.length;
        skipFrom = -1;
        continue;
      }
    }

    if (v === s) {
      if (runV < 0) {
        runV = j;
        runS = i;
      }
      i++;
      j++;
      skipFrom = -1;
      continue;
    }
    flushRun();
    if ((s === 0 && v === 0xfffd) || (s === 9 && v === 32)) {
      // NUL (the parser made it U+FFFD) and tabs (expanded to spaces) stay one char
      w.verbatim(' ', base + i);
      i++;
      j++;
      skipFrom = -1;
      continue;
    }
    if (!(s <= 32 || isAsciiPunct(s))) {
      // markers and indentation are punctuation and white space; a letter in the source
      // is text, so the value char has no source here (e.g. a tab expanded to spaces)
      w.insert(v === CR || v === LF ? lineEnding : value[j]!);
      j++;
      continue;
    }
    // a source char the value does not have (a marker, indentation): skip it
    if (skipFrom < 0) skipFrom = i;
    i++;
    if (i - skipFrom > SKIP_LIMIT || i >= to) {
      // the value char is not in the source after all: write it unmapped, resume
      w.insert(v === CR || v === LF ? lineEnding : value[j]!);
      j++;
      i = skipFrom;
      skipFrom = -1;
    }
  }
  flushRun();
  if (j < n) w.insert(value.slice(j).replace(/\r\n?|\n/g, lineEnding));
}
