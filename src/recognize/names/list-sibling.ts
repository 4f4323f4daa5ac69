// "Rivals Apple, Google and Microsoft", "Photos by Walker Evans, Robert Mapplethorpe, and
// Helmut Newton": a name in a list whose other items (two at least) all read as one type is
// of that type too. Each type's rule says which chunks may be read so (`shaped`).
import type { EntityType, RuleInfo, Token } from '../../types.js';
import { listSiblings } from './list-items.js';
import { one, type ChunkView, type NameRule } from './view.js';

/** How many sibling rules are reading the other items of a list just now. */
let readingNow = 0;

export function siblingRule(type: EntityType, id: string, info: RuleInfo[], shaped: (c: ChunkView) => boolean): NameRule {
  // while the other items are read, by the whole list of rules, this rule stands aside
  let reading = false;
  /** Whether the whole list of rules reads the item as one name of the type, all of it. */
  const readsAs = (c: ChunkView, from: number, to: number): boolean => {
    const p = c.read({ ...c, from, to })?.parts;
    return p?.length === 1 && p[0]!.type === type && p[0]!.from === from && p[0]!.to === to;
  };
  // Each item of a list of n names is read for each of the other items (n² readings): the
  // answers are kept by the sentence's tokens and the item's bounds, for the document being
  // read (its words in lower case: every rule reads them). Only answers read while no other
  // sibling rule was reading: another rule standing aside would read the item otherwise.
  let kept: { lowerWords: ReadonlySet<string>; items: WeakMap<readonly Token[], Map<string, boolean>> } | undefined;
  const remembered = (c: ChunkView, from: number, to: number): boolean => {
    if (kept?.lowerWords !== c.lowerWords) kept = { lowerWords: c.lowerWords, items: new WeakMap() };
    let items = kept.items.get(c.tokens);
    if (!items) kept.items.set(c.tokens, (items = new Map()));
    const key = `${from} ${to} ${c.titleCase}`;
    let answer = items.get(key);
    if (answer === undefined) items.set(key, (answer = readsAs(c, from, to)));
    return answer;
  };
  return {
    id,
    strong: false,
    info,
    read(c) {
      if (reading || !shaped(c)) return null;
      const items = listSiblings(c);
      if (items.length < 2) return null;
      const outermost = readingNow === 0;
      reading = true;
      readingNow++;
      try {
        for (const [from, to] of items) if (!(outermost ? remembered(c, from, to) : readsAs(c, from, to))) return null;
      } finally {
        reading = false;
        readingNow--;
      }
      return one(type, c.from, c.to, id);
    },
  };
}
