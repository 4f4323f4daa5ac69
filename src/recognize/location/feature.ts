import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type NameRule } from '../names/view.js';

/**
 * "the Black Sea", "the Zagros Mountains", "the Strait of Hormuz": a feature of the land or
 * the water named by its head word (feature-heads.txt) is a place.
 */
export const feature: NameRule = {
  id: 'location.feature',
  strong: false,
  info: [rule('location.feature', 'LOCATION', 'a feature of the land or the water named by its head word (Sea, River, Mountains, Strait of)', 'Warships sailed into the Zorvan Sea on Monday.', 'Zorvan Sea')],
  read(c) {
    if (c.to - c.from < 2) return null;
    const heads = lexicon('featureHeads');
    const first = lower(c.tokens[c.from]!) === 'the' ? c.from + 1 : c.from;
    // "Strait of Hormuz", "Gulf of Aden", "Sea of Azov" (not "Bank of England": no feature)
    if (first < c.to - 2 && heads.has(lower(c.tokens[first]!)) && c.tokens[first + 1]!.text === 'of' && !c.lex.orgHeads.has(lower(c.tokens[c.to - 1]!))) return one('LOCATION', c.from, c.to, 'location.feature');
    // "People's Republic of China", "Grand Duchy of Kelby": capitals ending in a state's head, then "of"
    const of = c.tokens.findIndex((t, i) => i > first && i < c.to - 1 && i >= c.from && t.text === 'of');
    // ("Republic of Korea Navy": a body's head word after the realm's name makes it the realm's body)
    if (of > first && lexicon('realmHeads').has(lower(c.tokens[of - 1]!)) && c.tokens.slice(first, of).every((t) => /^\p{Lu}/u.test(t.text)) && !c.lex.orgHeads.has(lower(c.tokens[c.to - 1]!))) return one('LOCATION', c.from, c.to, 'location.feature');
    // a connector inside joins two names: "Taikoo of the Hong Kong Island" is read in parts
    if (c.tokens.slice(c.from, c.to).some((t) => t.text === 'of' || t.text === 'for')) return null;
    if (heads.has(lower(c.tokens[c.to - 1]!))) return one('LOCATION', c.from, c.to, 'location.feature');
    return null;
  },
};
