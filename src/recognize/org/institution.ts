import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type NameRule } from '../names/view.js';

/**
 * "the Kelby Hall of Fame", "the Dunmore Athletics Hall of Honor": a building's word and
 * "of" that end the name of an institution (institution-endings.txt) make it a body one is
 * elected to, not the place (read before the facility rule that reads "Museum of Flight").
 */
export const orgInstitution: NameRule = {
  id: 'org.institution',
  strong: false,
  info: [rule('org.institution', 'ORG', 'a name ending in "Hall of Fame" or "Hall of Honor": an institution with members', 'She was inducted into the Kelby Hall of Fame in 1998.', 'Kelby Hall of Fame')],
  read(c) {
    // (asked of every chunk: the phrase is built only after its last word, "of", matches)
    if (c.to - c.from < 3 || c.tokens[c.to - 2]!.text !== 'of') return null;
    const ending = c.tokens.slice(c.to - 3, c.to).map(lower).join(' ');
    return lexicon('institutionEndings').has(ending) ? one('ORG', c.from, c.to, 'org.institution') : null;
  },
};
