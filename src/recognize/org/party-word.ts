import { lexicon } from '../../lexicon/registry.js';
import { lower, one, phrase, rule, type NameRule } from '../names/view.js';

// "a member of One Nation", "she joined Labor": words before a party's name that say it is one
const MEMBER_OF = /^(?:members?|leader|leaders) of$/;

/**
 * A party named by a common word ("a Labor MP", "the Liberal candidate", "a Greens senator",
 * "a member of One Nation"): the word as party-words.txt writes it, with a party's people
 * after it (party-member-nouns.txt) or "member of" or "joined" before it. Lower case ("a
 * liberal policy", "labor costs") or another noun after it ("Labor Day") is no party.
 */
export const orgPartyWord: NameRule = {
  id: 'org.party-word',
  strong: false,
  info: [rule('org.party-word', 'ORG', "a party named by a common word, with a party's people after it or 'member of' before it", 'She was elected as a Greens senator in 2019.', 'Greens')],
  read(c) {
    for (const to of [c.from + 2, c.from + 1]) {
      if (to > c.to || !lexicon('partyWords').has(phrase(c.tokens, c.from, to))) continue;
      const last = c.tokens[to - 1]!;
      const next = c.tokens[to];
      const after = last.post === ' ' && next !== undefined && lexicon('partyMemberNouns').has(next.text);
      const b1 = c.tokens[c.from - 1];
      const b2 = c.tokens[c.from - 2];
      const before = !!b1 && b1.post === ' ' && (lower(b1) === 'joined' || (!!b2 && b2.post === ' ' && MEMBER_OF.test(`${lower(b2)} ${lower(b1)}`)));
      // the party's name is the whole chunk, or the chunk's opening before a capitalized noun of its people ("Labor MP")
      if ((after && (to === c.to || to === c.to - 1)) || (before && to === c.to)) return one('ORG', c.from, to, 'org.party-word');
    }
    return null;
  },
};
