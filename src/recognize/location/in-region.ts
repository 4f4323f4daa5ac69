import { lexiconTags } from '../../nlp/tagger.js';
import { bare, one, rule, type NameRule } from '../names/view.js';

// "Houston, Texas", "Livorno, Italy": a name followed by a comma and a known region or
// country is a place in it, whatever else the name could be
export const placeInRegion: NameRule = {
  id: 'location.in-region',
  strong: false,
  info: [rule('location.in-region', 'LOCATION', 'a name followed by a comma and a known region or country', 'The plant is in Zorvale, Texas, near the border.', 'Zorvale')],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    const next = c.tokens[c.to];
    if (!next || c.to - c.from > 3 || last.post.trim() !== ',' || !/^\p{Lu}/u.test(next.text)) return null;
    const region = lexiconTags(bare(next)).some((g) => g === 'Region' || g === 'Country');
    return region && c.tokens.slice(c.from, c.to).every((t) => /^\p{Lu}/u.test(t.text)) ? one('LOCATION', c.from, c.to, 'location.in-region') : null;
  },
};
