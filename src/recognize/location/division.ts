import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type NameRule } from '../names/view.js';

/**
 * "Bov Parish", "Tarvos Oblast", "the Kelby Governorate": capitals ending in the word of an
 * administrative division (division-heads.txt) name the division, a place, whatever the
 * words before it are (a person's name: "Jefferson Parish").
 */
export const division: NameRule = {
  id: 'location.division',
  strong: false,
  info: [rule('location.division', 'LOCATION', "capitals ending in the word of an administrative division (Parish, Oblast, Governorate, Taluk)", 'He was born in Kelby Parish in 1920.', 'Kelby Parish')],
  read(c) {
    if (c.to - c.from < 2) return null;
    const last = c.tokens[c.to - 1]!;
    if (!/^\p{Lu}\p{Ll}/u.test(last.text) || !lexicon('divisionHeads').has(lower(last))) return null;
    // "the Governorate of Kelby" reads as a head and "of": only a name before the head here
    if (c.tokens.slice(c.from, c.to - 1).some((t) => !/^\p{Lu}/u.test(t.text))) return null;
    return one('LOCATION', c.from, c.to, 'location.division');
  },
};
