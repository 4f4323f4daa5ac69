// The map from plain-text offsets back to source offsets. Documents can be tens of
// megabytes, so the map is a short list of segments in typed arrays (not one object per
// character), searched by bisection:
//   verbatim  - n plain chars copied 1:1 from n source chars (the text may differ, e.g. NUL
//               became a space, but position i maps to source position i);
//   atomic    - a few plain chars that stand for a source range as a whole (`&amp;` -> "&",
//               `\$` -> "$", CRLF -> "\n"): any part of them maps to the whole range;
//   inserted  - plain chars with no source (block separators, joining spaces): as a span
//               start they map to the next source char, as a span end to the end of the
//               previous one, so a span never grows to include unrelated markup.
import type { OffsetMap } from '../types.js';

const VERBATIM = 0;
const ATOMIC = 1;
const INSERTED = 2;

function toIndex(x: number, max: number): number {
  if (!(x > 0)) return 0; // also NaN
  return x >= max ? max : Math.floor(x);
}

/** The map when the plain text is the source itself. */
export function identityMap(sourceLength: number): OffsetMap {
  return {
    toSource(start: number, end: number) {
      const s = toIndex(start, sourceLength);
      return { start: s, end: Math.max(s, toIndex(end, sourceLength)) };
    },
  };
}

class SegmentMap implements OffsetMap {
  constructor(
    private readonly count: number,
    private readonly plainLength: number,
    private readonly pStart: Int32Array,
    // verbatim/atomic: source start; inserted: start of the next mapped source char
    private readonly sStart: Int32Array,
    // verbatim/atomic: source length; inserted: end of the previous mapped source char
    private readonly sLen: Int32Array,
    private readonly kind: Uint8Array,
  ) {}

  /** The segment holding plain char i (0 <= i < plainLength). */
  private find(i: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.pStart[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private startOf(i: number): number {
    const k = this.find(i);
    const kind = this.kind[k];
    if (kind === VERBATIM) return this.sStart[k]! + (i - this.pStart[k]!);
    return this.sStart[k]!; // atomic: the range start; inserted: the next source char
  }

  /** Where the source of plain char i ends. */
  private endOf(i: number): number {
    const k = this.find(i);
    const kind = this.kind[k];
    if (kind === VERBATIM) return this.sStart[k]! + (i - this.pStart[k]!) + 1;
    if (kind === ATOMIC) return this.sStart[k]! + this.sLen[k]!;
    return this.sLen[k]!; // inserted: the end of the previous source char
  }

  toSource(start: number, end: number) {
    const n = this.plainLength;
    if (n === 0 || this.count === 0) return { start: 0, end: 0 };
    const s0 = toIndex(start, n);
    const e0 = Math.max(s0, toIndex(end, n));
    if (s0 === e0) {
      const p = s0 < n ? this.startOf(s0) : this.endOf(n - 1);
      return { start: p, end: p };
    }
    const s = this.startOf(s0);
    const e = this.endOf(e0 - 1);
    // a span of inserted chars only: empty, at the next source char
    return { start: s, end: Math.max(s, e) };
  }
}

/** Collects the plain text and its segments, in plain-text order. */
export class OffsetMapBuilder {
  private pieces: string[] = [];
  private plainLen = 0;
  private n = 0;
  private pStart = new Int32Array(64);
  private sStart = new Int32Array(64);
  private sLen = new Int32Array(64);
  private kind = new Uint8Array(64);
  /** End of the last mapped source range: where an inserted run sits. */
  private sourceCursor = 0;

  /** Length of the plain text so far. */
  get length(): number {
    return this.plainLen;
  }

  private grow(): void {
    const size = this.pStart.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.pStart = more(this.pStart, new Int32Array(size));
    this.sStart = more(this.sStart, new Int32Array(size));
    this.sLen = more(this.sLen, new Int32Array(size));
    this.kind = more(this.kind, new Uint8Array(size));
  }

  private push(kind: number, plainLength: number, sourceStart: number, sourceLength: number): void {
    if (this.n === this.pStart.length) this.grow();
    const k = this.n++;
    this.pStart[k] = this.plainLen;
    this.sStart[k] = sourceStart;
    this.sLen[k] = sourceLength;
    this.kind[k] = kind;
    this.plainLen += plainLength;
  }

  /** `text` stands char for char for source [sourceStart, sourceStart + text.length). */
  verbatim(text: string, sourceStart: number): void {
    if (!text) return;
    this.pieces.push(text);
    const k = this.n - 1;
    // extend the previous verbatim run when both sides are contiguous (the common case)
    if (k >= 0 && this.kind[k] === VERBATIM && this.sStart[k]! + this.sLen[k]! === sourceStart) {
      this.sLen[k] = this.sLen[k]! + text.length;
      this.plainLen += text.length;
    } else {
      this.push(VERBATIM, text.length, sourceStart, text.length);
    }
    this.sourceCursor = sourceStart + text.length;
  }

  /** `text` stands as a whole for source [sourceStart, sourceEnd). */
  atomic(text: string, sourceStart: number, sourceEnd: number): void {
    if (!text) return;
    if (sourceEnd <= sourceStart) return this.insert(text);
    if (text.length === 1 && sourceEnd - sourceStart === 1) return this.verbatim(text, sourceStart);
    this.pieces.push(text);
    this.push(ATOMIC, text.length, sourceStart, sourceEnd - sourceStart);
    this.sourceCursor = sourceEnd;
  }

  /** `text` has no source (separators, joining spaces). */
  insert(text: string): void {
    if (!text) return;
    this.pieces.push(text);
    const k = this.n - 1;
    if (k >= 0 && this.kind[k] === INSERTED) this.plainLen += text.length;
    else this.push(INSERTED, text.length, this.sourceCursor, this.sourceCursor);
  }

  /** The plain text and its map. The builder must not be used afterwards. */
  build(): { text: string; map: OffsetMap } {
    const n = this.n;
    // inserted runs: fill in the previous source end and the next source start
    let prevEnd = 0;
    let seenMapped = false;
    for (let k = 0; k < n; k++) {
      if (this.kind[k] === INSERTED) {
        this.sLen[k] = seenMapped ? prevEnd : -1;
      } else {
        prevEnd = this.sStart[k]! + this.sLen[k]!;
        seenMapped = true;
      }
    }
    let nextStart = -1;
    for (let k = n - 1; k >= 0; k--) {
      if (this.kind[k] === INSERTED) {
        const before = this.sLen[k]!;
        const after = nextStart >= 0 ? nextStart : before >= 0 ? before : 0;
        this.sStart[k] = after;
        this.sLen[k] = before >= 0 ? before : after;
      } else {
        nextStart = this.sStart[k]!;
      }
    }
    const text = this.pieces.join('');
    this.pieces = [];
    return {
      text,
      map: new SegmentMap(n, this.plainLen, this.pStart, this.sStart, this.sLen, this.kind),
    };
  }
}
