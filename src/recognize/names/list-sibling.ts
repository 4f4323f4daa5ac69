// "Rivals Apple, Google and Microsoft", "Photos by Walker Evans, Robert Mapplethorpe, and
// Helmut Newton": a name in a list whose other items (two at least) all read as one type is
// of that type too. Each type's rule says which chunks may be read so (`shaped`).
import type { EntityType, RuleInfo } from '../../types.js';
import { listSiblings } from './list-items.js';
import { one, type ChunkView, type NameRule } from './view.js';

export function siblingRule(type: EntityType, id: string, info: RuleInfo[], shaped: (c: ChunkView) => boolean): NameRule {
  // while the other items are read, by the whole list of rules, this rule stands aside
  let reading = false;
  return {
    id,
    strong: false,
    info,
    read(c) {
      if (reading || !shaped(c)) return null;
      const items = listSiblings(c);
      if (items.length < 2) return null;
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
