import { lexicon } from '../../lexicon/registry.js';
import { has, lower, one, phrase, rule, type NameRule } from '../names/view.js';
import { listedPlace } from './listed-place.js';

/**
 * "Texas Democrats", "Gaza residents" written in capitals, "Kurdistan Muslims": a place's
 * name before a plural of its people (people-plurals.txt, party-adherents.txt) or of a
 * nationality ("Gaza Palestinians") is the place; the people are no name of ours. A place
 * the lists know only: "Kelby Democrats" may be a club's.
 */
export const placeBeforePeople: NameRule = {
  id: 'location.before-people',
  strong: true,
  info: [rule('location.before-people', 'LOCATION', "a listed place before a plural of its people: the place", 'The plan split Ohio Democrats last year.', 'Ohio')],
  read(c) {
    if (c.to - c.from < 2 || c.to - c.from > 4) return null;
    const last = c.tokens[c.to - 1]!;
    const before = c.tokens[c.to - 2]!;
    if (before.post !== ' ' || !/^\p{Lu}\p{Ll}+s$/u.test(last.text)) return null;
    if (!lexicon('peoplePlurals').has(lower(last)) && !has(last, 'Demonym')) return null;
    return listedPlace(phrase(c.tokens, c.from, c.to - 1)) ? one('LOCATION', c.from, c.to - 1, 'location.before-people') : null;
  },
};
