import { lexicon } from '../../lexicon/registry.js';
import { listedPlace } from '../location/listed-place.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { bare, has, lower, one, phrase, rule, type NameRule } from '../names/view.js';


/**
 * "the Boston Bruins", "the Kelby Hawks": a place's name and one capitalized plural noun
 * name a team or a body of it ("the Pakistan Rangers"). Features of the land are places
 * ("the Cayman Islands"), peoples and parties no name ("Texas Democrats").
 */
export const orgPlacePlural: NameRule = {
  id: 'org.place-plural',
  strong: false,
  info: [rule('org.place-plural', 'ORG', "a place's name and a capitalized plural noun: a team or a body of the place", 'He signed with the Dunmore Hawks last season.', 'Dunmore Hawks')],
  read(c) {
    if (c.to - c.from < 2 || c.to - c.from > 4) return null;
    const last = c.tokens[c.to - 1]!;
    // (a place's tag of the tagger's own, not one it spread over the run from the place before)
    if (!/^\p{Lu}\p{Ll}+s$/u.test(bare(last)) || /ss$/.test(bare(last)) || has(last, 'Demonym', 'Person') || lexiconTags(bare(last)).includes('Place')) return null;
    if (lexicon('placePlurals').has(lower(last))) return null;
    // the place, then the plural or a word and the plural ("the Sacramento River Cats", "the
    // Toronto Maple Leafs"); "St. Louis": the lists write an abbreviation with its period
    for (const to of [c.to - 1, c.to - 2]) {
      if (to <= c.from || (to === c.to - 2 && !/^\p{Lu}\p{Ll}+$/u.test(c.tokens[to]!.text))) continue;
      const place = phrase(c.tokens, c.from, to);
      const dotted = c.tokens.slice(c.from, to).map((t) => t.text + (t.post.startsWith('.') ? '.' : '')).join(' ');
      if (listedPlace(place) || listedPlace(dotted)) return one('ORG', c.from, c.to, 'org.place-plural');
    }
    return null;
  },
};
