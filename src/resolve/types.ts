// A resolution refiner: one step of src/resolve/index.ts's ordered list, reading and
// rewriting the document's analysis (its mentions, then its entities).
import type { Analysis } from '../types.js';

export interface ResolveRefiner {
  /** what it does, as its file is named: "remove-overlaps", "build-entities" */
  readonly id: string;
  refine(a: Analysis): void;
}
