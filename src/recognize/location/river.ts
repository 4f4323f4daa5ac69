import { lexicon } from '../../lexicon/registry.js';
import { one, phrase, rule, type NameRule } from '../names/view.js';

/**
 * "crossed the Dnipro", "along the Euphrates": a river that news names by "the" and its
 * name alone (rivers.txt). Only after "the": alone the same word may be a country
 * ("Jordan"), a state ("Missouri") or a firm ("Amazon").
 */
const GEOGRAPHY = /^(?:river|rivers|basin|valley|delta|estuary|rainforest|region|banks?|front|line)$/;

export const river: NameRule = {
  id: 'location.river',
  strong: true,
  info: [rule('location.river', 'LOCATION', 'a river named by "the" and its name alone (a list of rivers)', 'Troops crossed the Dnipro at night.', 'Dnipro')],
  read(c) {
    const before = c.tokens[c.from - 1];
    if (!before || !/^the$/i.test(before.text) || before.post !== ' ') return null;
    // "the Amazon warehouse": a noun after it is what the name modifies (not "the Nile delta")
    const next = c.tokens[c.to];
    if (next && c.tokens[c.to - 1]!.post === ' ' && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb') && !GEOGRAPHY.test(next.text)) return null;
    return lexicon('rivers').has(phrase(c.tokens, c.from, c.to)) ? one('LOCATION', c.from, c.to, 'location.river') : null;
  },
};
