// Plain text files: the text is the source, but for a leading BOM (dropped), CRLF and lone
// CR (one "\n" each) and NUL (a space). Most files need none of that and get the identity
// map, with no per-character work beyond one scan.
import type { PlainText } from '../types.js';
import { identityMap, OffsetMapBuilder } from './offset-map.js';

/** Where normalized text goes: the map builder, or the block writer. */
export interface TextSink {
  verbatim(text: string, sourceStart: number): void;
  atomic(text: string, sourceStart: number, sourceEnd: number): void;
}

const SPECIAL = /[\r\0]/g;

/** Writes src[from, to) with line endings and NULs normalized; positions offset by `base`. */
export function writeNormalized(sink: TextSink, src: string, from: number, to: number, base: number): void {
  const special = new RegExp(SPECIAL); // own lastIndex: callers may nest
  special.lastIndex = from;
  let run = from;
  for (let m = special.exec(src); m && m.index < to; m = special.exec(src)) {
    const i = m.index;
    sink.verbatim(src.slice(run, i), base + run);
    if (src.charCodeAt(i) === 0) {
      sink.verbatim(' ', base + i);
      run = i + 1;
    } else if (src.charCodeAt(i + 1) === 10 && i + 1 < to) {
      sink.atomic('\n', base + i, base + i + 2); // CRLF: one newline standing for both chars
      run = i + 2;
      special.lastIndex = run;
    } else {
      sink.verbatim('\n', base + i);
      run = i + 1;
    }
  }
  sink.verbatim(src.slice(run, to), base + run);
}

export function textToPlain(raw: string): PlainText {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  SPECIAL.lastIndex = 0;
  if (!bom && !SPECIAL.test(raw)) return { text: raw, map: identityMap(raw.length), meta: {} };
  const out = new OffsetMapBuilder();
  writeNormalized(out, raw, bom, raw.length, 0);
  const { text, map } = out.build();
  return { text, map, meta: {} };
}
