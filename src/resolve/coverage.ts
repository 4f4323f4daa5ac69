// Where a document's mentions stand: the mention that starts at an offset, and which
// characters some mention covers. Refiners that add or retype mentions at spans a layout
// names (headlines, scorecards, brackets, clubs) ask both before they write.
import type { Mention } from '../types.js';

export class Coverage {
  private readonly byStart = new Map<number, number>();
  private readonly taken: Uint8Array;

  constructor(length: number, mentions: readonly Mention[]) {
    this.taken = new Uint8Array(length);
    mentions.forEach((m, i) => {
      // (the last mention starting there, as the refiners always took it)
      this.byStart.set(m.start, i);
      this.taken.fill(1, m.start, m.end);
    });
  }

  /** The index of the mention that starts at `start`, if any. */
  startingAt(start: number): number | undefined {
    return this.byStart.get(start);
  }

  /** Whether no mention covers any character of [start, end). */
  free(start: number, end: number): boolean {
    return !this.taken.subarray(start, end).includes(1);
  }

  /** Marks [start, end) as covered by a mention just added. */
  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}
