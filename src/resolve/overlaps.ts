// Mentions from different recognizers may overlap ("May" the month inside a name, a date
// inside a program's name). Keep the longer one; on a tie, the type earlier in PRIORITY.
import type { EntityType, Mention } from '../types.js';

const PRIORITY: readonly EntityType[] = ['MONEY', 'DATE', 'PROGRAM', 'ORG', 'PERSON', 'LOCATION'];

export function removeOverlaps(mentions: readonly Mention[], textLength: number): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || a.start - b.start,
  );
  const kept: Mention[] = [];
  const taken = new Uint8Array(textLength);
  for (const m of ranked) {
    if (m.end <= m.start || m.end > textLength) continue;
    if (taken.subarray(m.start, m.end).includes(1)) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
