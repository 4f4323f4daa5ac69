import { wordList } from '../../data.js';
import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type NameRule } from '../names/view.js';
import { capitalAfterOf } from './group-of.js';

// member-plurals.txt: each plural, and whether it opens a name alone ("*")
let plurals: Map<string, boolean> | undefined;
const opensAlone = (w: string): boolean | undefined =>
  (plurals ??= new Map(wordList('recognize/org/member-plurals.txt').map((l) => [l.replace(/\s*\*$/, '').toLowerCase(), l.endsWith('*')]))).get(w);

/**
 * "the United Farmers of Dunmore", "the Boy Scouts of Kelbania", "Friends of the Earth":
 * capitalized words, a plural noun of the people a society gathers (member-plurals.txt),
 * "of" or "for" and a capitalized name: one organization, whatever the name after "of"
 * would read as alone (a place, a person's shape).
 */
export const orgMembersOf: NameRule = {
  id: 'org.members-of',
  strong: false,
  info: [rule('org.members-of', 'ORG', "a plural noun of members (farmers, scouts, veterans), 'of' or 'for' and a name: a society, union or association", 'He was a member of the United Farmers of Dunmore.', 'United Farmers of Dunmore')],
  read(c) {
    let from = c.from;
    if (/^the$/i.test(c.tokens[from]!.text)) from++;
    for (let i = from; i < c.to - 2; i++) {
      const alone = /^\p{Lu}\p{Ll}+$/u.test(c.tokens[i]!.text) ? opensAlone(lower(c.tokens[i]!)) : undefined;
      if (alone === undefined || c.tokens[i]!.post !== ' ' || !/^(?:of|for)$/.test(c.tokens[i + 1]!.text)) continue;
      // a capitalized word before the plural ("United", "Boy"), unless it opens such names alone
      const words = c.tokens.slice(from, i);
      if (!words.every((t) => /^\p{Lu}/u.test(t.text)) || (words.length === 0 && !alone)) return null;
      // the name after "of" is capitalized: "of America", "of the Earth"
      if (!capitalAfterOf(c, i + 1)) return null;
      // "the Veterans of Kelby Memorial Hall": a building named for the society is a place
      if (lexicon('facilityHeads').has(lower(c.tokens[c.to - 1]!))) return null;
      return one('ORG', from, c.to, 'org.members-of');
    }
    return null;
  },
};
