// "Brent crude rose", "U.S. West Texas Intermediate fell": a commodity's grade
// (benchmarks.txt) names no one; a place before it ("U.S.") is read alone. Not a name that
// merely ends in the word ("Mr. Brent", "Ann Brent"): the words before are a place.
import { lexicon } from '../../lexicon/registry.js';
import { none, phrase, type NameRule } from '../names/view.js';

export const benchmark: NameRule = {
  id: 'not-name.benchmark',
  strong: true,
  info: [],
  read(c) {
    for (let i = c.from; i < c.to; i++) {
      if (!lexicon('benchmarks').has(phrase(c.tokens, i, c.to))) continue;
      if (i === c.from) return none();
      const before = c.read({ ...c, to: i });
      return before && before.parts.length === 1 && before.parts[0]!.type === 'LOCATION' && !before.title ? before : null;
    }
    return null;
  },
};
