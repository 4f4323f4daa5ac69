import { isKnownOrg } from '../org/known-orgs.js';
import { knownPlace } from '../location/known-place.js';
import { bare, has, one, phrase, rule, type NameRule } from '../names/view.js';
import { personLike } from './person-like.js';
import { firmClauseAfter } from '../org/context.js';

// "Brenner, who chairs the panel, said ...": English takes "who" after a person and "which"
// after a thing, so a name with ", who" after it is a person's (not a plural: "the Kelby
// Hawks, who won", a team; not a body or a place the lexicons know).
export const personWho: NameRule = {
  id: 'person.who',
  strong: false,
  info: [rule('person.who', 'PERSON', 'a name followed by a comma and "who" or "whose"', 'Brenner, who chairs the panel, said no.', 'Brenner')],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    const next = c.tokens[c.to];
    if (last.post.trim() !== ',' || !next || !/^(?:who|whose)$/.test(next.text)) return null;
    if (c.to - c.from > 3 || !personLike(c, c.from, c.to, true)) return null;
    // "Kelby, who are unbeaten": a plural verb after "who" agrees with a side or a body
    if (next.text === 'who' && /^(?:are|were|have)$/.test(c.tokens[c.to + 1]?.text ?? '')) return null;
    // "Pellworth, whose brands include ...": what only a firm has is a firm's
    if (next.text === 'whose' && firmClauseAfter(c)) return null;
    const name = phrase(c.tokens, c.from, c.to);
    if (has(last, 'Plural') || (/s$/.test(bare(last)) && !has(last, 'Person', 'LastName'))) return null;
    if (knownPlace(name) || isKnownOrg(name) || c.lex.orgNames.has(name) || c.lex.placeNames.has(name)) return null;
    return one('PERSON', c.from, c.to, 'person.who');
  },
};
