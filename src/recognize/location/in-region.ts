import { one, rule, type NameRule } from '../names/view.js';
import { regionAfter } from './cue.js';

// "Houston, Texas", "Livorno, Italy": a name followed by a comma and a known region or
// country is a place in it, whatever else the name could be
export const placeInRegion: NameRule = {
  id: 'location.in-region',
  strong: false,
  info: [rule('location.in-region', 'LOCATION', 'a name followed by a comma and a known region or country', 'The plant is in Zorvale, Texas, near the border.', 'Zorvale')],
  read(c) {
    // the region by compromise's lexicon or by the list of regions ("Dover, Del.", "Maiduguri, Borno")
    if (c.to - c.from > 3 || !regionAfter(c)) return null;
    return c.tokens.slice(c.from, c.to).every((t) => /^\p{Lu}/u.test(t.text)) ? one('LOCATION', c.from, c.to, 'location.in-region') : null;
  },
};
