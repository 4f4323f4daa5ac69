import { lexicon } from '../../lexicon/registry.js';
import { bare, none, type NameRule } from '../names/view.js';

/** A figure, not a year: "16", "2.5", "1,200". */
const FIGURE = /^\d[\d.,]*$/;

// "16 GB of memory", "a 500 MW plant": a unit's capitals after a figure (unit-letters.txt)
// are no name, whatever place or body the letters are elsewhere ("GB and Ireland")
export const unit: NameRule = {
  id: 'not-name.unit',
  strong: true,
  info: [],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const before = c.tokens[c.from - 1];
    // (a year before a unit's letters is a figure too: "a 2000 MW plant")
    if (!before || before.post !== ' ' || !FIGURE.test(before.text)) return null;
    return lexicon('unitLetters').has(bare(c.tokens[c.from]!)) ? none() : null;
  },
};
