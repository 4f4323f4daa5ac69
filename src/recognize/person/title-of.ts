import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { bare, lower, none, type NameRule } from '../names/view.js';
import { titleAt } from './title-name.js';

/**
 * "Fellow of the Royal Society", "Governor of the Bank of England", "Secretary of the
 * Navy": a role, then "of" and what it is held in. The role is no part of the name: the
 * rest is read alone (and is a name or nothing: "Secretary of State" names no body).
 */
export const titleOf: NameRule = {
  id: 'person.title-of',
  strong: false,
  info: [],
  read(c) {
    const at = /^the$/i.test(c.tokens[c.from]!.text) ? c.from + 1 : c.from;
    if (at >= c.to) return null;
    // (an "of" inside the chunk, with a word after it, before the search for a title)
    let of = at + 1;
    while (of < c.to - 1 && c.tokens[of]!.text !== 'of') of++;
    if (of >= c.to - 1) return null;
    const end = titleAt(c, at, c.to) ?? (lexicon('rolesBeforeOf').has(lower(c.tokens[at]!)) ? at + 1 : null);
    if (end === null || c.tokens[end]?.text !== 'of') return null;
    const from = c.tokens[end + 1]?.text === 'the' ? end + 2 : end + 1;
    if (from >= c.to) return null;
    // one common word names no body, whatever its place in the sentence ("Minister of Finance")
    if (from === c.to - 1 && isCommonWord(bare(c.tokens[from]!).toLowerCase()) && !c.lex.orgNames.has(bare(c.tokens[from]!))) return none();
    return c.read({ ...c, from }) ?? none();
  },
};
