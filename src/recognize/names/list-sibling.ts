// "Rivals Apple, Google and Microsoft": a name in a list
// whose other items (two at least) all read as one type is of that type too, however
// common its word or unknown. Each type's rule says which names keep their own reading.
import type { EntityType, RuleInfo } from '../../types.js';
import { listSiblings } from './list-items.js';
import { bare, has, one, type ChunkView, type NameRule } from './view.js';

let reading = false;

export function siblingRule(type: EntityType, id: string, info: RuleInfo[], keepsOwn: (c: ChunkView) => boolean): NameRule {
  return {
    id,
    strong: false,
    info,
    read(c) {
      const n = c.to - c.from;
      if (reading || n < 1 || n > 3) return null;
      for (const t of c.tokens.slice(c.from, c.to)) {
        if (!/^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(bare(t)) || has(t, 'Demonym', 'Date', 'Pronoun')) return null;
      }
      if (keepsOwn(c)) return null;
      const items = listSiblings(c);
      if (items.length < 2) return null;
      // the other items read by the whole list of rules (not this one again)
      reading = true;
      try {
        for (const [from, to] of items) {
          const p = c.read({ ...c, from, to })?.parts;
          if (p?.length !== 1 || p[0]!.type !== type || p[0]!.from !== from || p[0]!.to !== to) return null;
        }
      } finally {
        reading = false;
      }
      return one(type, c.from, c.to, id);
    },
  };
}
