import { lexicon } from '../../lexicon/registry.js';
import { bare, lower, one, rule, type NameRule } from '../names/view.js';

/**
 * "House Republicans", "Senate Democrats", "Parliament's Conservatives": a chamber's word
 * (chamber-words.txt) before a party's people (party-adherents.txt) names the chamber, an
 * organization; the people are no name of ours ("Republicans" alone read as a place).
 */
export const orgChamberMembers: NameRule = {
  id: 'org.chamber-members',
  strong: true,
  info: [rule('org.chamber-members', 'ORG', "a chamber's word before a party's people: the chamber", 'The bill was blocked by Senate Republicans on Tuesday.', 'Senate')],
  read(c) {
    if (c.to - c.from !== 2) return null;
    const [chamber, people] = [c.tokens[c.from]!, c.tokens[c.from + 1]!];
    if (chamber.post !== ' ' || !lexicon('chamberWords').has(bare(chamber)) || !/^\p{Lu}/u.test(people.text) || !lexicon('partyAdherents').has(lower(people))) return null;
    return one('ORG', c.from, c.from + 1, 'org.chamber-members');
  },
};
