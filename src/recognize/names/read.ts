// The loop that reads one chunk: the ordered rules of names/order.ts, the first that reads
// it deciding (only strong rules in a headline).
import type { Token } from '../../types.js';
import { withProgramHead } from '../program/head.js';
import { BEFORE_TITLE_RULES, CHUNK_RULES, TITLE_RULE } from './order.js';
import { bare, has, type ChunkView, type Reading } from './view.js';

/** "U.S.-Russian New START": a leading compound of places describes the name, it is not part of it. */
function placeCompound(t: Token): boolean {
  const parts = bare(t).split('-');
  return parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p)) && has(t, 'Acronym', 'Demonym', 'Place');
}

/** Reads a chunk with the first rule that applies. */
export function readChunk(c: ChunkView): Reading | null {
  if (c.to - c.from > 1 && placeCompound(c.tokens[c.from]!)) c = { ...c, from: c.from + 1 };
  for (const rule of CHUNK_RULES) {
    if (c.titleCase && !rule.strong) continue;
    const r = rule.read(c);
    if (r) return withProgramHead(c, r);
  }
  return null;
}

/** Reads a whole chunk: a title inside it first (unless the chunk names an organization in full), else the chunk rules. */
export function readWhole(c: ChunkView): Reading | null {
  const titled = TITLE_RULE.read(c);
  if (!titled) return readChunk(c);
  for (const rule of BEFORE_TITLE_RULES) {
    const r = rule.read(c);
    if (r) return r;
  }
  return titled;
}
