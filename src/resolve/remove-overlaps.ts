// Mentions from different recognizers may overlap ("May" the month inside a name, a date
// inside a program's name). Keep the longer one; on a tie, the type earlier in PRIORITY.
import { keepLongest } from '../recognize/shared/spans.js';
import type { AnyType, Mention } from '../types.js';
import type { ResolveRefiner } from './types.js';

const PRIORITY: readonly AnyType[] = ['MONEY', 'DATE', 'PROGRAM', 'ORG', 'PERSON', 'LOCATION'];

export function removeOverlaps(mentions: readonly Mention[], textLength: number): Mention[] {
  return keepLongest(mentions, (a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || a.start - b.start, textLength);
}

export const removeOverlapsRefiner: ResolveRefiner = {
  id: 'remove-overlaps',
  refine: (a) => void (a.mentions = removeOverlaps(a.mentions, a.plain.text.length)),
};
